import type { MessageEntity } from "grammy/types";
import { countAudience, type Audience } from "../../domain/broadcasts/audience.ts";
import { createBroadcast, setProgressMessage, type BroadcastMessage } from "../../domain/broadcasts/broadcasts.ts";
import { APPLICATION_KINDS, APPLICATION_STATUSES, BUSINESS_CATEGORIES, type LANGUAGES } from "../../domain/catalog.ts";
import { parseJalaliDateTime } from "../../domain/input/jalali-time.ts";
import { formatDateTime, formatInteger } from "../../i18n/format.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";
import type { Clock } from "../../domain/clock.ts";
import { ask, type Outcome, type Step } from "./ask.ts";
import { openFlow, type Flow } from "./flow.ts";
import { multiChoiceStep, singleChoiceStep } from "./steps.ts";

export const BROADCAST = "broadcast";

function messageStep(): Step<BroadcastMessage> {
  return {
    prompt: (ctx) => ctx.reply(ctx.t("broadcast-ask-message")),
    read(ctx): Outcome<BroadcastMessage> {
      const message = ctx.message;
      if (!message) return { ignored: true };
      if (message.text !== undefined) return { value: { text: message.text, entities: message.entities } };
      const photo = message.photo?.at(-1);
      if (photo) return { value: { text: message.caption ?? "", entities: message.caption_entities, photoFileId: photo.file_id } };
      return { retry: "err-broadcast-message" };
    },
  };
}

/** A Jalali date and time in the future, kept as an ISO timestamp. */
function timeStep(clock: Clock): Step<string> {
  return {
    prompt: (ctx) => ctx.reply(ctx.t("broadcast-ask-time")),
    read(ctx): Outcome<string> {
      if (!ctx.message) return { ignored: true };
      const when = parseJalaliDateTime(ctx.message.text ?? "");
      if (!when) return { retry: "err-broadcast-time" };
      // Read once, when this update arrives (a step's answer is stored, never replayed).
      return when.getTime() <= clock.now().getTime() ? { retry: "err-broadcast-past" } : { value: when.toISOString() };
    },
  };
}

/** Sends the message as every recipient will see it. */
async function sendAs(ctx: ConvContext, message: BroadcastMessage) {
  const entities = message.entities as MessageEntity[] | undefined;
  if (message.photoFileId) await ctx.replyWithPhoto(message.photoFileId, { caption: message.text, caption_entities: entities });
  else await ctx.reply(message.text, { entities });
}

/**
 * An admin's announcement: the message, the audience (with how many it reaches), a test
 * send, then now or at a Jalali date and time. The jobs deliver it through the outbox.
 */
export function broadcastConversation(deps: BotDeps) {
  return async function broadcast(conversation: Conv, ctx: ConvContext): Promise<void> {
    const flow = await openFlow(conversation, ctx, { name: BROADCAST, keepWhenLeft: false, left: (c) => c.t("broadcast-left") });
    const adminId = ctx.user.id;
    const message = await ask(flow, "message", messageStep());
    const audience = await askAudience(flow, deps);
    const count = await flow.once("count", () => countAudience(deps.db, audience));
    const action = await ask(
      flow,
      "action",
      singleChoiceStep((c) => c.t("broadcast-count", { count: formatInteger(count, c.user.language) }), [
        { id: "test", label: flow.ctx.t("btn-broadcast-test") },
        { id: "now", label: flow.ctx.t("btn-broadcast-now") },
        { id: "schedule", label: flow.ctx.t("btn-broadcast-schedule") },
        { id: "cancel", label: flow.ctx.t("btn-cancel") },
      ] as const),
    );
    if (action === "cancel") {
      await flow.end();
      return void (await flow.ctx.reply(flow.ctx.t("cancel-done")));
    }
    if (action === "test") {
      await sendAs(flow.ctx, message);
      return flow.forget("action");
    }
    const scheduledAt = action === "schedule" ? await ask(flow, "time", timeStep(deps.clock)) : undefined;
    const created = await conversation.external(() =>
      orRefusal(
        flow.ctx,
        async () =>
          (await createBroadcast(deps, adminId, { message, audience, scheduledAt: scheduledAt === undefined ? undefined : new Date(scheduledAt) })).id,
      ),
    );
    if (!created.ok) return flow.refused(created.text, "action", "time");
    await flow.end();
    const id = created.value;
    const lang = flow.ctx.user.language;
    const shown = scheduledAt
      ? flow.ctx.t("broadcast-scheduled", { id, time: formatDateTime(new Date(scheduledAt), lang, deps.config.timeZone) })
      : `📣 ${id} …`;
    const progress = await flow.ctx.reply(shown);
    await conversation.external(() => setProgressMessage(deps.db, id, String(progress.chat.id), progress.message_id));
  };
}

async function askAudience(flow: Flow, deps: BotDeps): Promise<Audience> {
  const lang = flow.ctx.user.language;
  const to = await ask(
    flow,
    "to",
    singleChoiceStep((c) => c.t("broadcast-ask-audience"), [
      { id: "all", label: flow.ctx.t("btn-audience-all") },
      { id: "filter", label: flow.ctx.t("btn-audience-filter") },
      { id: "coordinators", label: flow.ctx.t("btn-audience-coordinators") },
    ] as const),
  );
  if (to === "coordinators") return { to };
  if (to === "all") return { to: "applicants", counties: [], categories: [] };
  const any = { id: "any", label: flow.ctx.t("btn-any") } as const;
  const counties = await ask(
    flow,
    "counties",
    multiChoiceStep(
      (c) => c.t("broadcast-ask-counties"),
      deps.counties.map((c) => ({ id: c.code, label: lang === "fa" ? c.nameFa : c.nameEn })),
      { allowNone: true },
    ),
  );
  const categories = await ask(
    flow,
    "categories",
    multiChoiceStep(
      (c) => c.t("broadcast-ask-categories"),
      BUSINESS_CATEGORIES.map((c) => ({ id: c, label: flow.ctx.t(`category-${c}`) })),
      { allowNone: true },
    ),
  );
  const kind = await ask(
    flow,
    "kind",
    singleChoiceStep((c) => c.t("broadcast-ask-kind"), [any, ...APPLICATION_KINDS.map((k) => ({ id: k, label: flow.ctx.t(`kind-${k}`) }))]),
  );
  const status = await ask(
    flow,
    "status",
    singleChoiceStep((c) => c.t("broadcast-ask-status"), [any, ...APPLICATION_STATUSES.map((s) => ({ id: s, label: flow.ctx.t(`status-${s}`) }))]),
  );
  const language = await ask(
    flow,
    "language",
    singleChoiceStep((c) => c.t("broadcast-ask-language"), [any, { id: "fa", label: "فارسی" }, { id: "en", label: "English" }]),
  );
  return {
    to: "applicants",
    counties,
    categories: categories as (typeof BUSINESS_CATEGORIES)[number][],
    ...(kind !== "any" ? { applicationKind: kind } : {}),
    ...(status !== "any" ? { applicationStatus: status } : {}),
    ...(language !== "any" ? { language: language as (typeof LANGUAGES)[number] } : {}),
  };
}
