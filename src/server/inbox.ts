import type { Update } from "grammy/types";
import type { InboxStore } from "../db/inbox-store.ts";
import type { PersonalDataCipher } from "../domain/personal-data.ts";

/** The one way in: polling and the webhook both store updates here before the platform is told they arrived. */
export interface Inbox {
  /**
   * Stores a batch (a duplicate is left as it is); throws when the database cannot take it.
   * `complete`: no id below the batch's last is still to come (polling, which fetches them in order).
   */
  receive(updates: Update[], complete?: boolean): Promise<void>;
}

/** The chat an update belongs to (its updates are handled in order), or its sender, or the update alone. */
export function chatKeyOf(update: Update): string {
  const chat =
    update.message?.chat ??
    update.edited_message?.chat ??
    update.channel_post?.chat ??
    update.edited_channel_post?.chat ??
    update.callback_query?.message?.chat ??
    update.my_chat_member?.chat ??
    update.chat_member?.chat ??
    update.chat_join_request?.chat;
  if (chat) return `c${chat.id}`;
  const from = update.callback_query?.from ?? update.inline_query?.from ?? update.chosen_inline_result?.from ?? update.pre_checkout_query?.from;
  return from ? `u${from.id}` : `x${update.update_id}`;
}

/** The bot's id, the part of the token before the colon: update ids are unique per bot. */
export function botIdOf(token: string): string {
  return token.split(":", 1)[0]!;
}

export function createInbox(options: { store: InboxStore; cipher: PersonalDataCipher; botToken: string; stored(): void }): Inbox {
  const bot = botIdOf(options.botToken);
  return {
    async receive(updates, complete = false) {
      if (updates.length === 0) return;
      // The payload holds what people typed: encrypted at rest like every other personal datum.
      const rows = updates.map((u) => ({ updateId: u.update_id, chatKey: chatKeyOf(u), payload: options.cipher.encrypt(JSON.stringify(u)) }));
      await options.store.add(bot, rows, new Date(), complete);
      options.stored();
    },
  };
}
