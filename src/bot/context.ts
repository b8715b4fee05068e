import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { UserSummary } from "../domain/users.ts";
import type { Logger } from "../logger.ts";
import type { ChatStateFlavor } from "./middlewares/chat-state.ts";
import type { Navigation } from "./navigation.ts";

/** What every handler (and every conversation step) can rely on. */
export type BaseContext = Context &
  I18nFlavor & {
    /** The user behind the update (loaded by middlewares/user.ts). */
    user: UserSummary;
    log: Logger;
    /** What a menu tap, a command or a button means in the middle of a flow (src/bot/navigation.ts). */
    navigation: Navigation;
  };

export type BotContext = ConversationFlavor<BaseContext> & ChatStateFlavor;
export type ConvContext = BaseContext;
export type Conv = Conversation<BotContext, ConvContext>;
