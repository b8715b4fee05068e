import { z } from "zod";
import { readTrackingCode, trackingCodeRefusalKey } from "../../domain/tracking-code.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { showOwnApplication } from "../views/application.ts";
import { ask, textStep } from "./ask.ts";
import { openFlow } from "./flow.ts";

export const TRACK = "track";

const trackingCode = z.string().transform((text, ctx) => {
  const reading = readTrackingCode(text);
  if (reading.ok) return reading.code;
  ctx.addIssue({ code: "custom", message: trackingCodeRefusalKey(reading.reason) });
  return z.NEVER;
});

/** Asks for a tracking code until one is well-formed, then shows that application. */
export function trackConversation(deps: BotDeps) {
  return async function track(conversation: Conv, ctx: ConvContext): Promise<void> {
    const flow = await openFlow(conversation, ctx, { name: TRACK, keepWhenLeft: false });
    const code = await ask(
      flow,
      "code",
      textStep((c) => c.reply(c.t("track-ask")), trackingCode),
    );
    await flow.end();
    const applicantId = ctx.user.id;
    const shown = await conversation.external(() => showOwnApplication(deps, flow.ctx, applicantId, code));
    await flow.ctx.reply(shown.text, { reply_markup: shown.buttons });
  };
}
