import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { UserSummary } from "../domain/users.ts";
import type { Logger } from "../logger.ts";

/** What every handler (and every conversation step) can rely on. */
export type BaseContext = Context &
  I18nFlavor & {
    /** The user behind the update (loaded by middlewares/user.ts). */
    user: UserSummary;
    log: Logger;
  };

export type BotContext = ConversationFlavor<BaseContext>;
export type ConvContext = BaseContext;
export type Conv = Conversation<BotContext, ConvContext>;
