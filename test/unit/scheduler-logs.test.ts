import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startJobs } from "../../src/jobs/scheduler.ts";
import { createTestDatabase, type TestDatabase } from "../support/db.ts";
import { until } from "../support/wait.ts";

describe("the job scheduler's own messages", () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await database?.drop();
  });

  it("go through the structured log, never to the console with colour codes", async () => {
    database = await createTestDatabase("sqlite");
    const lines: { msg: string; job?: string }[] = [];
    const logger = pino({ level: "debug" }, { write: (line: string) => void lines.push(JSON.parse(line) as { msg: string; job?: string }) });
    const consoleCalls: unknown[] = [];
    for (const method of ["info", "warn", "error", "debug", "log"] as const)
      vi.spyOn(console, method).mockImplementation((...args) => void consoleCalls.push(args));
    let ticks = 0;
    const jobs = startJobs([{ name: "every-second", schedule: "* * * * * *", tick: async () => void ticks++ }], {
      db: database.prisma,
      clock: { now: () => new Date() },
      logger,
      timeZone: "Asia/Tehran",
      holder: "test",
    });
    try {
      await until(() => ticks > 0, 10_000, "a first tick");
      // A busy machine: the event loop blocked past the next second, so node-cron misses a tick and says so.
      const blockedUntil = Date.now() + 2_500;
      while (Date.now() < blockedUntil);
      await until(() => lines.some((l) => l.msg.includes("missed execution")), 10_000, "node-cron's missed-tick warning");
    } finally {
      await jobs.stop();
    }
    expect(lines.find((l) => l.msg.includes("missed execution"))?.job).toBe("every-second");
    expect(consoleCalls).toEqual([]);
  });
});
