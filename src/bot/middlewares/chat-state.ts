import type { MiddlewareFn } from "grammy";
import type { ChatStateStore } from "../../db/chat-state-store.ts";
import type { Clock } from "../../domain/clock.ts";
import { DAY_MS } from "../../domain/local-time.ts";
import type { PersonalDataCipher } from "../../domain/personal-data.ts";
import type { BotContext } from "../context.ts";

/** A JSON value: what a flow may keep between updates. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What a flow keeps between two updates: its answers, the question asked last, each question's working state. */
export interface Draft {
  answers: Record<string, Json>;
  /** The key of the question whose prompt is the latest message of this flow. */
  prompted?: string;
  /**
   * The messages that asked the open question (its prompt, a re-ask, a "did you mean …?"): a
   * button answers it only from one of these, never from an older message of the chat.
   */
  asked?: number[];
  /**
   * The chat's latest message when the open question began (the previous answer, or the flow's
   * entry): a message after it was sent for this question, even one not recorded in `asked`
   * (the prompt sent again when a crash came between sending it and writing the draft).
   */
  after?: number;
  /** What this draft is about (a case, a loan's follow-up, a document): a kept draft is taken up only for the same. */
  about?: string;
  /** A question's state while it is open: a page of buttons, the choices ticked so far. */
  ui: Record<string, Json>;
}

interface Stored {
  /** CHAT_STATE_VERSION when it was written; any other version is dropped. */
  v: number;
  conversations?: unknown;
  drafts: Record<string, Draft>;
}

/** Bump when a flow's draft changes shape: stored states of older versions are dropped. */
export const CHAT_STATE_VERSION = 2;

/**
 * The chat's state during one update: loaded once before the handlers run, written once after
 * them (encrypted, compare-and-set), so the conversations plugin's data and the drafts of
 * every flow change together or not at all.
 */
export class ChatState {
  conversations: unknown;
  drafts: Record<string, Draft>;
  /** Erasure: nothing of this chat is written back (the row is deleted). */
  erased = false;

  constructor(stored: Stored | undefined) {
    this.conversations = stored?.conversations;
    this.drafts = stored?.drafts ?? {};
  }

  draft(name: string): Draft {
    return (this.drafts[name] ??= { answers: {}, ui: {} });
  }

  dropDraft(name: string): void {
    delete this.drafts[name];
  }

  /** /deleteme: forget everything, and delete the row instead of writing it. */
  erase(): void {
    this.conversations = undefined;
    this.drafts = {};
    this.erased = true;
  }

  isEmpty(): boolean {
    return this.conversations === undefined && Object.keys(this.drafts).length === 0;
  }

  serialize(): string {
    return JSON.stringify({ v: CHAT_STATE_VERSION, conversations: this.conversations, drafts: this.drafts } satisfies Stored);
  }
}

export interface ChatStateFlavor {
  chatState: ChatState;
}

export interface ChatStateOptions {
  store: ChatStateStore;
  cipher: PersonalDataCipher;
  clock: Clock;
  /** An untouched state is purged this long after its last change (after the last reminder has had its chance). */
  ttlDays: number;
}

const EMPTY = new ChatState(undefined).serialize();

/** A state with nothing left in it stays this long, so a redelivered update is still recognised. */
const TOMBSTONE_MS = DAY_MS;

/**
 * Loads the chat's state before the rest of the update and writes it back after, at the
 * version it was read at (two instances can never both advance one chat: the second write
 * throws StaleChatState and the update is handled again). The row remembers the update that
 * last changed it: the same update delivered again after a crash is skipped, its effects are
 * already there.
 */
export function chatState(options: ChatStateOptions): MiddlewareFn<BotContext> {
  const { store, cipher, clock } = options;
  return async (ctx, next) => {
    const key = String(ctx.chat!.id);
    const updateId = ctx.update.update_id;
    const row = await store.read(key);
    if (row?.lastUpdateId === updateId) return;
    let stored: Stored | undefined;
    // What it was, as serialized: the decrypted text itself (serializing what it parses to gives the same text).
    let before = EMPTY;
    if (row?.value) {
      const text = cipher.decrypt(row.value);
      const parsed = JSON.parse(text) as Stored;
      if (parsed.v === CHAT_STATE_VERSION) [stored, before] = [parsed, text];
    }
    const state = new ChatState(stored);
    ctx.chatState = state;
    await next();
    if (state.erased) return store.delete(key);
    const after = state.serialize();
    if (after === before && row) return;
    if (state.isEmpty() && !row) return;
    const now = clock.now().getTime();
    // An emptied state keeps only the update id, briefly; a flow's draft lives until its time runs out.
    const value = state.isEmpty() ? "" : cipher.encrypt(after);
    const expiresAt = new Date(now + (state.isEmpty() ? TOMBSTONE_MS : options.ttlDays * DAY_MS));
    await store.write(key, row?.version ?? 0, { value, lastUpdateId: updateId, expiresAt });
  };
}

/** The conversations plugin keeps its data in the chat's state (a "context" storage). */
export const conversationsInChatState = {
  read: (ctx: BotContext) => ctx.chatState.conversations as never,
  write: (ctx: BotContext, state: unknown) => void (ctx.chatState.conversations = state),
  delete: (ctx: BotContext) => void (ctx.chatState.conversations = undefined),
};
