import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createLogger, type Logger } from "../../src/logger.ts";

const TOKEN = "7123456789:AAHk-secret_part-0123456789abcdefghij";
const SECRET_PART = TOKEN.slice(TOKEN.indexOf(":") + 1);
const URL_WITH_TOKEN = `https://api.telegram.org/bot${TOKEN}/getUpdates`;

/** A logger writing into an array of parsed lines (and the raw text, to search). */
function capture(secrets: string[] = [TOKEN]): { logger: Logger; lines: () => Record<string, any>[]; all: () => string } {
  const raw: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => void raw.push(line) }, { secrets });
  return { logger, lines: () => raw.map((line) => JSON.parse(line) as Record<string, any>), all: () => raw.join("\n") };
}

/** grammY's HttpError: the network error it wraps sits in `error`, not in `cause`. */
class HttpError extends Error {
  readonly error: unknown;
  constructor(message: string, error: unknown) {
    super(message);
    this.error = error;
    this.name = "HttpError";
  }
}

describe("the log scrubber", () => {
  it("never writes national IDs, phone numbers, tokens or message texts found under their keys", () => {
    const { logger, all } = capture();
    logger.info({ botToken: "123:SECRET", nationalId: "0499370899", phone: "+989123456789", text: "my secret answer" }, "direct");
    logger.info({ update: { message: { text: "زهرا احمدی 0499370899", contact: { phone_number: "+989123456789" } } } }, "nested");
    logger.info({ payload: { caption: "a caption", token: "123:SECRET" } }, "payload");
    for (const secret of ["123:SECRET", "0499370899", "+989123456789", "my secret answer", "زهرا", "a caption"]) expect(all()).not.toContain(secret);
    expect(all()).toContain("[redacted]");
  });

  it("removes a token from a URL inside an Error's cause inside an object, and keeps the rest", () => {
    const { logger, lines, all } = capture();
    const network = new Error(`request to ${URL_WITH_TOKEN} failed, reason: connect ECONNREFUSED`);
    logger.error(
      { job: { name: "poll", err: new HttpError("Network request for 'getUpdates' failed!", new TypeError("fetch failed", { cause: network })) } },
      "failed",
    );
    expect(all()).not.toContain(TOKEN);
    expect(all()).not.toContain(SECRET_PART);
    const err = lines()[0]!.job.err;
    expect(err).toMatchObject({
      type: "HttpError",
      message: "Network request for 'getUpdates' failed!",
      error: { type: "TypeError", message: "fetch failed" },
    });
    expect(err.error.cause.message).toBe("request to https://api.telegram.org/bot[redacted]/getUpdates failed, reason: connect ECONNREFUSED");
  });

  it("removes a token from a stack, a message string, interpolated arguments and a child's bindings", () => {
    const { logger, lines, all } = capture();
    const error = new Error(`GET ${URL_WITH_TOKEN}`);
    logger.error(error);
    logger.warn(`calling ${URL_WITH_TOKEN}`);
    logger.info("%s then %s", URL_WITH_TOKEN, { url: new URL(URL_WITH_TOKEN) });
    logger.child({ api: URL_WITH_TOKEN }).child({ key: TOKEN }).info("child");
    expect(all()).not.toContain(SECRET_PART);
    expect(lines()[0]!.err.stack).toMatch(/^Error: GET https:\/\/api\.telegram\.org\/bot\[redacted\]\/getUpdates\n\s+at /);
    expect(lines()[0]!.msg).toBe("GET https://api.telegram.org/bot[redacted]/getUpdates");
    expect(lines()[3]).toMatchObject({ api: "https://api.telegram.org/bot[redacted]/getUpdates", key: "[redacted]" });
  });

  it("removes any bot<digits>:<secret> and the configured token wherever it stands, also URL-encoded or halved", () => {
    const { logger, all } = capture();
    logger.info({ other: "https://tapi.bale.ai/bot99:zzzzzzzzzzzzzzzzzzzz/sendMessage", encoded: `bot7123456789%3A${SECRET_PART}` }, `token=${TOKEN}`);
    logger.info({ parts: [TOKEN.split(":")[0], SECRET_PART] }, "split");
    expect(all()).not.toMatch(/zzzzzzzz|AAHk-secret/);
    expect(all()).toContain("https://tapi.bale.ai/bot[redacted]/sendMessage");
    expect(all()).toContain("token=[redacted]");
  });

  it("removes a national ID and a mobile, in any digits and form, from a message", () => {
    const { logger, lines } = capture();
    logger.info("national ID 0499370899 and ۰۴۹۹۳۷۰۸۹۹, mobiles 09123456789, +989123456789, 989123456789, ۰۹۱۲۳۴۵۶۷۸۹; update 123456789");
    logger.error({ err: new Error("value 0499370899 and 09123456789 rejected") }, "failed");
    expect(lines()[0]!.msg).toBe("national ID [redacted] and [redacted], mobiles [redacted], [redacted], [redacted], [redacted]; update 123456789");
    expect(JSON.stringify(lines()[1])).not.toMatch(/0499370899|09123456789/);
    expect(lines()[1]!.err.message).toBe("value [redacted] and [redacted] rejected");
  });

  it("prints dates and URLs as values, and stops at a circular structure", () => {
    const { logger, lines } = capture();
    const loop: Record<string, unknown> = { name: "loop" };
    loop.self = loop;
    logger.info({ at: new Date(0), url: new URL("https://example.org/a"), loop }, "values");
    expect(lines()[0]).toMatchObject({ at: "1970-01-01T00:00:00.000Z", url: "https://example.org/a", loop: { name: "loop", self: { name: "loop" } } });
    expect(JSON.stringify(lines()[0])).toContain("[too deep]");
  });
});

/** Runs `script` in a fresh Node process after `routeProcessOutput` with the token configured; returns what it printed. */
function runRouted(script: string): { status: number | null; lines: Record<string, any>[]; output: string } {
  const logger = new URL("../../src/logger.ts", import.meta.url).href;
  const program = `
    import { createLogger, routeProcessOutput } from ${JSON.stringify(logger)};
    routeProcessOutput(createLogger("debug", undefined, { secrets: [${JSON.stringify(TOKEN)}] }));
    const URL_WITH_TOKEN = ${JSON.stringify(URL_WITH_TOKEN)};
    ${script}`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8", timeout: 20_000 });
  const output = run.stdout + run.stderr;
  const lines = output
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, any>);
  return { status: run.status, lines, output };
}

describe("what the process prints outside pino", () => {
  it("goes through the scrubbing logger: console.* with an error's URL, direct stream writes, warnings", () => {
    const { status, lines, output } = runRouted(`
      const network = new Error("request to " + URL_WITH_TOKEN + " failed, reason: connect ECONNREFUSED");
      console.error("[grammY runner] Error while fetching updates:");
      console.error("[grammY runner]", Object.assign(new Error("Network request for 'getUpdates' failed!"), { error: network }));
      console.warn("careful with", { national: "0499370899" });
      console.log("mobile", "09123456789");
      process.stderr.write("debug: " + URL_WITH_TOKEN + "\\n");
      process.emitWarning("deprecated: " + URL_WITH_TOKEN);
      setTimeout(() => {}, 50);
    `);
    expect(status).toBe(0);
    expect(output).not.toContain(SECRET_PART);
    expect(output).not.toMatch(/0499370899|09123456789/);
    expect(lines.map((l) => [l.level, l.msg.split("\n")[0]])).toEqual([
      [50, "[grammY runner] Error while fetching updates:"],
      [50, "[grammY runner] Error: Network request for 'getUpdates' failed!"],
      [40, "careful with { national: '[redacted]' }"],
      [30, "mobile [redacted]"],
      [50, "debug: https://api.telegram.org/bot[redacted]/getUpdates"],
      [40, "process warning"],
    ]);
    expect(lines[1]!.msg).toContain("request to https://api.telegram.org/bot[redacted]/getUpdates failed");
    expect(lines[5]!.err).toMatchObject({ type: "Warning", message: "deprecated: https://api.telegram.org/bot[redacted]/getUpdates" });
  });

  it("logs an uncaught exception as fatal and exits non-zero", () => {
    const { status, lines, output } = runRouted(`setTimeout(() => { throw new Error("boom at " + URL_WITH_TOKEN); }, 10);`);
    expect(status).toBe(1);
    expect(output).not.toContain(SECRET_PART);
    expect(lines).toMatchObject([{ level: 60, msg: "uncaught exception", err: { message: "boom at https://api.telegram.org/bot[redacted]/getUpdates" } }]);
  });

  it("logs an unhandled rejection as fatal and exits non-zero, as Node would", () => {
    const { status, lines, output } = runRouted(`Promise.reject(new Error("rejected at " + URL_WITH_TOKEN));`);
    expect(status).toBe(1);
    expect(output).not.toContain(SECRET_PART);
    expect(lines).toMatchObject([
      { level: 60, msg: "unhandled promise rejection", err: { message: "rejected at https://api.telegram.org/bot[redacted]/getUpdates" } },
    ]);
  });
});
