import type { MessageEntity } from "grammy/types";
import { countAudience, type Audience } from "../../domain/broadcasts/audience.ts";
import { createBroadcast, setProgressMessage, type BroadcastMessage } from "../../domain/broadcasts/broadcasts.ts";
import { APPLICATION_KINDS, APPLICATION_STATUSES, BUSINESS_CATEGORIES, type LANGUAGES } from "../../domain/catalog.ts";
import { parseJalaliDateTime } from "../../domain/input/jalali-time.ts";
import { formatDateTime, formatInteger } from "../../i18n/format.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { orRefusal } from "../views/refusal.ts";
import { ask, type Outcome, type Step } from "./ask.ts";
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

function timeStep(now: () => Date): Step<Date> {
  return {
    prompt: (ctx) => ctx.reply(ctx.t("broadcast-ask-time")),
    read(ctx): Outcome<Date> {
      if (!ctx.message) return { ignored: true };
      const when = parseJalaliDateTime(ctx.message.text ?? "");
      if (!when) return { retry: "err-broadcast-time" };
      return when.getTime() <= now().getTime() ? { retry: "err-broadcast-past" } : { value: when };
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
    const adminId = ctx.user.id;
    const lang = ctx.user.language;
    const message = await ask(conversation, ctx, messageStep());
    const audience = await askAudience(conversation, ctx, deps);
    const count = await conversation.external(() => countAudience(deps.db, audience));
    for (;;) {
      const action = await ask(
        conversation,
        ctx,
        singleChoiceStep(() => ctx.t("broadcast-count", { count: formatInteger(count, lang) }), [
          { id: "test", label: ctx.t("btn-broadcast-test") },
          { id: "now", label: ctx.t("btn-broadcast-now") },
          { id: "schedule", label: ctx.t("btn-broadcast-schedule") },
          { id: "cancel", label: ctx.t("btn-cancel") },
        ] as const),
      );
      if (action === "cancel") return void (await ctx.reply(ctx.t("cancel-done")));
      if (action === "test") {
        await sendAs(ctx, message);
        continue;
      }
      // "Now" is read once, outside the replay, so replaying the answer always gives the same verdict.
      const now = action === "schedule" ? await conversation.external(() => Date.now()) : 0;
      const scheduledAt =
        action === "schedule"
          ? await ask(
              conversation,
              ctx,
              timeStep(() => new Date(now)),
            )
          : undefined;
      const created = await conversation.external(() =>
        orRefusal(ctx, async () => (await createBroadcast(deps, adminId, { message, audience, scheduledAt: scheduledAt && new Date(scheduledAt) })).id),
      );
      if (!created.ok) return void (await ctx.reply(created.text));
      const id = created.value;
      const shown = scheduledAt ? ctx.t("broadcast-scheduled", { id, time: formatDateTime(new Date(scheduledAt), lang, deps.config.timeZone) }) : `📣 ${id} …`;
      const progress = await ctx.reply(shown);
      await conversation.external(() => setProgressMessage(deps.db, id, String(progress.chat.id), progress.message_id));
      return;
    }
  };
}

async function askAudience(conversation: Conv, ctx: ConvContext, deps: BotDeps): Promise<Audience> {
  const lang = ctx.user.language;
  const to = await ask(
    conversation,
    ctx,
    singleChoiceStep(() => ctx.t("broadcast-ask-audience"), [
      { id: "all", label: ctx.t("btn-audience-all") },
      { id: "filter", label: ctx.t("btn-audience-filter") },
      { id: "coordinators", label: ctx.t("btn-audience-coordinators") },
    ] as const),
  );
  if (to === "coordinators") return { to };
  if (to === "all") return { to: "applicants", counties: [], categories: [] };
  const any = { id: "any", label: ctx.t("btn-any") } as const;
  const counties = await ask(
    conversation,
    ctx,
    multiChoiceStep(
      () => ctx.t("broadcast-ask-counties"),
      deps.counties.map((c) => ({ id: c.code, label: lang === "fa" ? c.nameFa : c.nameEn })),
      [],
      true,
    ),
  );
  const categories = await ask(
    conversation,
    ctx,
    multiChoiceStep(
      () => ctx.t("broadcast-ask-categories"),
      BUSINESS_CATEGORIES.map((c) => ({ id: c, label: ctx.t(`category-${c}`) })),
      [],
      true,
    ),
  );
  const kind = await ask(
    conversation,
    ctx,
    singleChoiceStep(() => ctx.t("broadcast-ask-kind"), [any, ...APPLICATION_KINDS.map((k) => ({ id: k, label: ctx.t(`kind-${k}`) }))]),
  );
  const status = await ask(
    conversation,
    ctx,
    singleChoiceStep(() => ctx.t("broadcast-ask-status"), [any, ...APPLICATION_STATUSES.map((s) => ({ id: s, label: ctx.t(`status-${s}`) }))]),
  );
  const language = await ask(
    conversation,
    ctx,
    singleChoiceStep(() => ctx.t("broadcast-ask-language"), [any, { id: "fa", label: "فارسی" }, { id: "en", label: "English" }]),
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
