import cron from "node-cron";
import type { Db } from "../db/client.ts";
import type { Clock } from "../domain/clock.ts";
import type { Logger } from "../logger.ts";
import { acquireLease } from "./lease.ts";

export interface Job {
  name: string;
  /** node-cron expression (six fields: seconds first), in `timeZone`. */
  schedule: string;
  tick(): Promise<unknown>;
}

const LEASE_MS = 60_000;

/** Runs one tick if `holder` gets the job's lease; false when another instance has it. */
export async function tickUnderLease(db: Db, clock: Clock, job: Pick<Job, "name" | "tick">, holder: string): Promise<boolean> {
  if (!(await acquireLease(db, job.name, holder, LEASE_MS, clock.now()))) return false;
  await job.tick();
  return true;
}

/**
 * Runs each job on its schedule, a tick at a time, and only under its lease, so several
 * instances on one database never run the same tick together. `holder` is the instance's
 * stable name (INSTANCE_ID), so a restarted instance takes its leases back at once.
 */
export function startJobs(jobs: Job[], deps: { db: Db; clock: Clock; logger: Logger; timeZone: string; holder: string }): { stop(): Promise<void> } {
  const { holder } = deps;
  const running = new Map<string, Promise<void>>();
  const tasks = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      () => {
        if (running.has(job.name)) return; // the previous tick is still working
        const work = (async () => {
          try {
            await tickUnderLease(deps.db, deps.clock, job, holder);
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
