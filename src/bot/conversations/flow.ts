import type { Checkpoint } from "@grammyjs/conversations";
import type { BotContext, Conv, ConvContext } from "../context.ts";
import type { Draft, Json } from "../middlewares/chat-state.ts";

export interface FlowOptions {
  /** The conversation's id (it names the draft in the chat's state). */
  name: string;
  /**
   * Answers outlive the conversation (true: a registration left half-way is taken up again at
   * its next entry), or each entry starts afresh (false).
   */
  keepWhenLeft: boolean;
  /** What the person is told when they leave it half-way (what was left unfinished); nothing when absent. */
  left?(ctx: ConvContext): string;
  /**
   * What this run is about when the flow is opened for one thing (a document of an application,
   * a loan's follow-up): a kept draft about something else is not taken up, and the flow's own
   * entry button for something else leaves it instead of re-asking (see `CallbackFamily.about`).
   */
  about?: string;
}

/**
 * A flow's answers so far, kept in the chat's state (encrypted, written once per update), and
 * the conversation's way back to its start. Every answer is stored here and the conversation
 * then rewinds to the checkpoint taken when it opened, so its replay log never holds more than
 * the question that is open: each answer costs the same, however many came before, and the
 * stored state stays small. Replaying from the checkpoint is cheap, since the answers are read
 * from the draft instead of being recomputed from old updates.
 */
export class Flow {
  readonly options: FlowOptions;
  readonly conversation: Conv;
  /** The context of the latest update (prompts are written in the language it carries). */
  ctx: ConvContext;
  readonly #checkpoint: Checkpoint;
  /** The conversation's copy of the draft, kept equal to the chat state's by every change. */
  readonly #draft: Draft;

  constructor(conversation: Conv, ctx: ConvContext, options: FlowOptions, checkpoint: Checkpoint, draft: Draft) {
    this.conversation = conversation;
    this.ctx = ctx;
    this.options = options;
    this.#checkpoint = checkpoint;
    this.#draft = draft;
  }

  has(key: string): boolean {
    return key in this.#draft.answers;
  }

  get<T>(key: string): T {
    return this.#draft.answers[key] as T;
  }

  get prompted(): string | undefined {
    return this.#draft.prompted;
  }

  /**
   * Whether a button on this message may answer the open question: it must be a message that
   * asked it. A draft written before the messages were recorded (undefined) takes any.
   */
  asks(messageId: number | undefined): boolean {
    const { asked, after } = this.#draft;
    if (asked === undefined) return true;
    return messageId !== undefined && (asked.includes(messageId) || (after !== undefined && messageId > after));
  }

  /** The open question is done with: what it asked, and the update that answered it, are now older messages. */
  #moveOn(draft: Draft): void {
    draft.after = latestMessage(this.ctx, draft);
    draft.asked = [];
  }

  ui<U>(key: string): U | undefined {
    return this.#draft.ui[key] as U | undefined;
  }

  /** Applies a change to this copy and to the chat's state (which the update then writes). */
  async change(apply: (draft: Draft) => void): Promise<void> {
    apply(this.#draft);
    const name = this.options.name;
    await this.conversation.external((outside: BotContext) => apply(outside.chatState.draft(name)));
  }

  /** Back to the start: the replay reads every stored answer and asks the next open question. */
  rewind(): Promise<never> {
    return this.conversation.rewind(this.#checkpoint);
  }

  async store(key: string, value: unknown): Promise<never> {
    await this.change((draft) => {
      draft.answers[key] = value as Json;
      delete draft.ui[key];
      this.#moveOn(draft);
    });
    return this.rewind();
  }

  /** Forgets answers (a field to change, an action taken): the replay asks the first of them anew. */
  async forget(...keys: string[]): Promise<never> {
    await this.change((draft) => {
      for (const key of keys) delete draft.answers[key];
      delete draft.prompted;
      this.#moveOn(draft);
    });
    return this.rewind();
  }

  /**
   * The domain refused what the flow's answers asked for (a time that has passed, an amount over
   * a cap, a village no longer the facilitator's): the person is told why and asked `keys` again
   * (the summary, say), every other answer kept, to change one and try again, or cancel.
   */
  async refused(text: string, ...keys: string[]): Promise<never> {
    await this.ctx.reply(text);
    return this.forget(...keys);
  }

  /** A value made once and kept (a submission key, a count): the same on every replay and after a restart. */
  async once<T extends Json>(key: string, make: () => T | Promise<T>): Promise<T> {
    if (!this.has(key)) {
      // Made inside `external`, so a replay gets the value made the first time.
      const name = this.options.name;
      const value = await this.conversation.external(async (outside: BotContext) => {
        const answers = outside.chatState.draft(name).answers;
        if (!(key in answers)) answers[key] = await make();
        return structuredClone(answers[key]) as T;
      });
      this.#draft.answers[key] = value;
    }
    return this.get<T>(key);
  }

  /** The flow is over: its draft goes. */
  async end(): Promise<void> {
    const name = this.options.name;
    await this.conversation.external((outside: BotContext) => outside.chatState.dropDraft(name));
  }
}

/**
 * Opens a flow. On entry (once per conversation, before the checkpoint) a kept draft of the
 * same flow about the same thing is taken up where it was left, its open question asked again;
 * any other starts afresh. Then every replay starts at the checkpoint with the draft as the chat's state holds it.
 */
export async function openFlow(conversation: Conv, ctx: ConvContext, options: FlowOptions): Promise<Flow> {
  const { name, about } = options;
  await conversation.external((outside: BotContext) => {
    const kept = outside.chatState.drafts[name];
    // Taken up: its open question is asked again, so the buttons of the messages sent before are no longer its answers.
    if (kept && options.keepWhenLeft && kept.about === about) {
      delete kept.prompted;
      kept.after = latestMessage(ctx, kept);
      kept.asked = [];
      return;
    }
    outside.chatState.dropDraft(name);
    const fresh = outside.chatState.draft(name);
    if (about !== undefined) fresh.about = about;
    fresh.after = latestMessage(ctx, fresh);
    fresh.asked = [];
  });
  const checkpoint = conversation.checkpoint();
  // The user as they are now: a question asked after a language change is asked in the new language.
  // A copy: the replay log keeps what `external` returned, and the live draft changes after this.
  const { draft, user } = await conversation.external((outside: BotContext) => structuredClone({ draft: outside.chatState.draft(name), user: outside.user }));
  ctx.user = user;
  ctx.i18n.useLocale(user.language);
  return new Flow(conversation, ctx, options, checkpoint, draft);
}

/** The latest message id this update and the draft know of: the update's own message (or the pressed one), or one that asked. */
function latestMessage(ctx: ConvContext, draft: Draft): number {
  return Math.max(ctx.msg?.message_id ?? 0, ...(draft.asked ?? []), draft.after ?? 0);
}
