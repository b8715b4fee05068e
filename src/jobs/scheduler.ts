import cron from "node-cron";
import type { Db } from "../db/client.ts";
import type { Clock } from "../domain/clock.ts";
import type { Logger } from "../logger.ts";
import type { Fence } from "../domain/fence.ts";
import { acquireLease, leaseFence } from "./lease.ts";

export interface Job {
  name: string;
  /** node-cron expression (six fields: seconds first), in `timeZone`. */
  schedule: string;
  /** One tick; `fence` goes into the transaction that commits its work (see domain/fence.ts). */
  tick(fence: Fence): Promise<unknown>;
}

const LEASE_MS = 60_000;

/**
 * Runs one tick if `holder` gets the job's lease (false when another instance has it), renewing
 * the lease while the tick works, so a long tick keeps it; a tick that loses it all the same
 * cannot commit (its fence throws).
 */
export async function tickUnderLease(db: Db, clock: Clock, job: Pick<Job, "name" | "tick">, holder: string, leaseMs = LEASE_MS): Promise<boolean> {
  if (!(await acquireLease(db, job.name, holder, leaseMs, clock.now()))) return false;
  const renewal = setInterval(() => void acquireLease(db, job.name, holder, leaseMs, clock.now()).catch(() => false), leaseMs / 3);
  try {
    await job.tick(leaseFence(job.name, holder, clock));
  } finally {
    clearInterval(renewal);
  }
  return true;
}

/** node-cron's own messages (a missed tick on a busy machine) through pino: its default writes ANSI colours to the console. */
function cronLogger(logger: Logger, job: string) {
  const log = logger.child({ job, component: "node-cron" });
  return {
    info: (message: string) => log.info(message),
    warn: (message: string) => log.warn(message),
    error: (message: string | Error, err?: Error) =>
      log.error({ err: err ?? (message instanceof Error ? message : undefined) }, String(message instanceof Error ? message.message : message)),
    debug: (message: string | Error, err?: Error) => log.debug({ err }, String(message instanceof Error ? message.message : message)),
  };
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
      { timezone: deps.timeZone, noOverlap: true, name: job.name, logger: cronLogger(deps.logger, job.name) },
    ),
  );
  return {
    async stop() {
      for (const task of tasks) await task.stop();
      await Promise.all(running.values());
    },
  };
}
