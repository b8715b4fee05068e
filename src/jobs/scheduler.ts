import { randomUUID } from "node:crypto";
import cron from "node-cron";
import type { Db } from "../db/client.ts";
import type { Clock } from "../domain/clock.ts";
import type { Logger } from "../logger.ts";
import { acquireLease } from "./lease.ts";

export interface Job {
  name: string;
  /** node-cron expression (six fields: seconds first), in `timeZone`. */
  schedule: string;
  tick(): Promise<void>;
}

/**
 * Runs each job on its schedule, a tick at a time, and only under its lease, so several
 * instances on one database never run the same tick together.
 */
export function startJobs(jobs: Job[], deps: { db: Db; clock: Clock; logger: Logger; timeZone: string }): { stop(): Promise<void> } {
  const holder = randomUUID();
  const running = new Map<string, Promise<void>>();
  const tasks = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      () => {
        if (running.has(job.name)) return; // the previous tick is still working
        const work = (async () => {
          try {
            if (!(await acquireLease(deps.db, job.name, holder, 60_000, deps.clock.now()))) return;
            await job.tick();
          } catch (error) {
            deps.logger.error({ err: error, job: job.name }, "job tick failed; it runs again at the next one");
          }
        })().finally(() => running.delete(job.name));
        running.set(job.name, work);
      },
      { timezone: deps.timeZone, noOverlap: true },
    ),
  );
  return {
    async stop() {
      for (const task of tasks) await task.stop();
      await Promise.all(running.values());
    },
  };
}
