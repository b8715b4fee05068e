import { z } from "zod";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BaseContext } from "../context.ts";

/** What the facilitator passes on to the person: the code and how to use it (their own account, /takeover). */
export function takeoverInstructions(ctx: BaseContext, code: string): string {
  return ctx.t("takeover-instructions", { code, bot: `@${ctx.me.username}` });
}

/** A facilitator asks for a new take-over code for a person they hold (their record's id). */
export const takeoverButton = callbackFamily("tko", z.tuple([z.coerce.number().int().positive()]));

/** A facilitator erases a person's record at their request: "ask" asks, "sure" does it (the record's id). */
export const eraseHeldButton = callbackFamily("erh", z.tuple([z.enum(["ask", "sure"]), z.coerce.number().int().positive()]));
