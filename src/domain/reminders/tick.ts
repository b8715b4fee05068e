import type { DomainDeps } from "../context.ts";
import { reminderRules } from "./rules.ts";
import type { ReminderSettings } from "./settings.ts";
import { runWindowRule } from "./window.ts";
import { unfenced, type Fence } from "../fence.ts";

/** One pass of every reminder rule over what became due since the last; returns how many messages it queued. */
export async function remindersTick(deps: Pick<DomainDeps, "db" | "clock">, settings: ReminderSettings, fence: Fence = unfenced): Promise<number> {
  let queued = 0;
  for (const rule of reminderRules(settings)) queued += await runWindowRule(deps.db, rule, deps.clock.now(), fence);
  return queued;
}
