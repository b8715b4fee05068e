import type { z } from "zod";
import { refusalOf } from "../../domain/input/refusal.ts";
import type { ConvContext } from "../context.ts";
import type { Json } from "../middlewares/chat-state.ts";
import type { Flow } from "./flow.ts";

/** The message(s) a prompt sent or edited (what `ctx.reply` and `ctx.editMessageText` return). */
export type Prompted = { message_id: number } | true | readonly ({ message_id: number } | true)[];

/** The ids of the messages a prompt returned (`true`, an edited inline message, has none). */
function idsOf(prompted: Prompted | undefined): number[] {
  const all = Array.isArray(prompted) ? prompted : [prompted];
  return all.flatMap((m: unknown) =>
    typeof m === "object" && m !== null && typeof (m as { message_id?: unknown }).message_id === "number" ? [(m as { message_id: number }).message_id] : [],
  );
}

/** The latest messages of one question kept (each wrong answer re-asks on a new one): older ones are no longer its answers. */
const ASKED_KEPT = 8;

function moreAsked(asked: number[] | undefined, more: number[]): number[] {
  return [...(asked ?? []), ...more].slice(-ASKED_KEPT);
}

/** What a step makes of one update. */
export type Outcome<T, U = never> =
  | { value: T }
  /** Explain with this i18n key (and params) and ask the same question again. */
  | { retry: string; params?: Record<string, string | number> }
  /**
   * Handled (a page turned, a choice ticked): the question's working state is now `ui`; a message
   * sent for it (a "did you mean …?" with buttons) is one more that asks it.
   */
  | { handled: true; ui: U; asked?: Prompted }
  /** Not for this step: a stale or forged button, a service update. */
  | { ignored: true };

/**
 * One question: how it is asked and how an update answers it; `ui` is its working state. Both
 * the answer and the working state are kept in the draft, so they are JSON values.
 */
export interface Step<T, U = never> {
  /** Sends (or edits) the message(s) asking the question and returns them: their buttons, and only theirs, answer it. */
  prompt(ctx: ConvContext, ui: U | undefined): Promise<Prompted>;
  read(ctx: ConvContext, ui: U | undefined): Outcome<T, U> | Promise<Outcome<T, U>>;
}

/**
 * The one way a flow asks. An answer already in the draft is returned at once (that is how the
 * replay after each answer reaches the next question); otherwise the question is sent — unless
 * it is the latest message already — and one update is read: an answer is stored, a wrong one
 * explained and the question asked again; every case ends with a rewind, so the next update
 * starts from a log of one question. An update that is not an answer is never read as one:
 * /help, /language and the settings are answered beside the flow, which stays open; a menu tap,
 * another command or an action button (a case's, a document's) leaves the flow (saying what was
 * left unfinished) and then does what it says; the flow's own entry only asks its question again.
 * A button answers only from a message that asked the open question (recorded in the draft when
 * it is sent): one on any older message — an earlier question, a finished flow, another case —
 * is answered "no longer active" and changes nothing; the question stays open.
 */
export async function ask<T, U = never>(flow: Flow, key: string, step: Step<T, U>): Promise<T> {
  if (flow.has(key)) return flow.get<T>(key);
  const { conversation } = flow;
  if (flow.prompted !== key) {
    const asked = idsOf(await step.prompt(flow.ctx, flow.ui<U>(key)));
    await flow.change((draft) => void Object.assign(draft, { prompted: key, asked }));
  }
  const update = await conversation.wait();
  flow.ctx = update;
  const detour = update.navigation.detour(update);
  if (detour?.during === "beside") return conversation.skip({ next: true });
  if (detour?.during === "leave") {
    // Its own entry, for the same thing (a button naming another document or loan is an entry of its own).
    if (detour.enters === flow.options.name && (detour.about === undefined || detour.about === flow.options.about)) {
      if (update.callbackQuery) await update.answerCallbackQuery();
      await flow.change((draft) => void delete draft.prompted);
      return flow.rewind();
    }
    if (flow.options.left) await update.reply(flow.options.left(update));
    if (!flow.options.keepWhenLeft) await flow.end();
    return conversation.halt({ next: true });
  }
  if (detour?.during === "unknown-command") {
    await update.reply(update.t("err-command-in-flow", { flow: update.t(`flow-${flow.options.name}`) }));
    return flow.rewind();
  }
  if (update.callbackQuery && !flow.asks(update.callbackQuery.message?.message_id)) {
    await update.answerCallbackQuery({ text: update.t("unhandled-callback") });
    return flow.rewind();
  }
  const outcome = await step.read(update, flow.ui<U>(key));
  if (update.callbackQuery) {
    if ("retry" in outcome) await update.answerCallbackQuery({ text: update.t(outcome.retry, outcome.params), show_alert: true });
    else await update.answerCallbackQuery("ignored" in outcome ? { text: update.t("unhandled-callback") } : undefined);
  }
  if ("value" in outcome) return flow.store(key, outcome.value);
  if ("handled" in outcome) {
    const more = idsOf(outcome.asked);
    await flow.change((draft) => {
      draft.ui[key] = outcome.ui as Json;
      if (more.length > 0) draft.asked = moreAsked(draft.asked, more);
    });
    return flow.rewind();
  }
  if ("retry" in outcome && update.message) {
    await update.reply(update.t(outcome.retry, outcome.params));
    const again = idsOf(await step.prompt(update, flow.ui<U>(key)));
    await flow.change((draft) => void (draft.asked = moreAsked(draft.asked, again)));
  } else if ("ignored" in outcome && update.message) {
    // A message this step cannot read at all (a sticker where buttons are expected).
    await update.reply(update.t("err-use-buttons"));
  }
  return flow.rewind();
}

/** The question asked again with the schema's first message (a length limit named). */
export function retryOf(error: z.ZodError): { retry: string; params: Record<string, number> } {
  const { key, params } = refusalOf(error);
  return { retry: key, params };
}

/** A free-text answer checked by a zod schema whose messages are i18n keys. */
export function textStep<S extends z.ZodType<unknown, string>>(prompt: (ctx: ConvContext) => Promise<Prompted>, schema: S): Step<z.output<S>> {
  return {
    prompt,
    read(ctx) {
      if (!ctx.message) return { ignored: true };
      const text = ctx.message.text;
      if (text === undefined) return { retry: "err-text-expected" };
      const result = schema.safeParse(text);
      return result.success ? { value: result.data } : retryOf(result.error);
    },
  };
}
