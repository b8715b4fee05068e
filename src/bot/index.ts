import { conversations, createConversation } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Middleware } from "grammy";
import { KeyValueStorage } from "../db/key-value-storage.ts";
import { createI18n } from "../i18n/translator.ts";
import type { BaseContext, BotContext, ConvContext } from "./context.ts";
import type { BotDeps } from "./deps.ts";
import { REGISTRATION, registrationConversation } from "./conversations/registration.ts";
import { TRACK, trackConversation } from "./conversations/track.ts";
import { APPLY, applyConversation } from "./conversations/apply.ts";
import { FIT, fitConversation } from "./conversations/fit.ts";
import { UPLOAD, uploadConversation } from "./conversations/upload.ts";
import { REJECT, rejectConversation, REQUEST_DOCUMENTS, requestDocumentsConversation } from "./conversations/case-actions.ts";
import { COORDINATOR_COUNTIES, coordinatorCountiesConversation, INVITE, inviteConversation } from "./conversations/admin.ts";
import { BROADCAST, broadcastConversation } from "./conversations/broadcast.ts";
import { adminFeature } from "./features/admin.ts";
import { broadcastsFeature } from "./features/broadcasts.ts";
import { statsFeature } from "./features/stats.ts";
import { reviewFeature } from "./features/review.ts";
import { applicationsFeature } from "./features/applications.ts";
import { cancelFeature } from "./features/cancel.ts";
import { chatMemberFeature } from "./features/chat-member.ts";
import { documentsFeature } from "./features/documents.ts";
import { programsFeature } from "./features/programs.ts";
import { languageFeature } from "./features/language.ts";
import { registrationFeature } from "./features/registration.ts";
import { privacyFeature } from "./features/privacy.ts";
import { settingsFeature } from "./features/settings.ts";
import { startFeature } from "./features/start.ts";
import { unhandledFeature } from "./features/unhandled.ts";
import { loadUser, UserCache } from "./middlewares/user.ts";
import { errorReply, logUpdates } from "./middlewares/errors.ts";
import { processOnce } from "./middlewares/once.ts";
import { rateLimit } from "./middlewares/rate-limit.ts";

/** Bump when a conversation changes shape: stored states of older versions are dropped. */
export const CONVERSATION_VERSION = 1;

/** Builds a bot with every feature; it is not started (main.ts or a test does that). */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.config.botToken, deps.botConfig);
  const cache = new UserCache();
  const i18n = createI18n<BaseContext>((ctx) => ctx.user?.language ?? "fa");
  const user = loadUser(deps, cache);
  // Conversations build their own context per update: give it the user and i18n too.
  const conversationPlugins = [user, i18n] as Middleware<ConvContext>[];

  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(logUpdates(deps.logger));
  if (deps.ledger) bot.use(processOnce(deps.ledger));
  bot.catch(errorReply);

  const privateChats = bot.chatType("private");
  privateChats.use(user, i18n);
  if (deps.rateLimitPerMinute) privateChats.use(rateLimit(deps.rateLimitPerMinute));
  privateChats.use(chatMemberFeature(deps, cache));
  privateChats.use(
    conversations<BotContext, ConvContext>({
      storage: { type: "key", version: CONVERSATION_VERSION, adapter: new KeyValueStorage(deps.sessions) },
      plugins: conversationPlugins,
    }),
  );
  privateChats.use(cancelFeature(deps));
  privateChats.use(createConversation(registrationConversation(deps), REGISTRATION));
  privateChats.use(createConversation(trackConversation(deps), TRACK));
  privateChats.use(createConversation(applyConversation(deps), APPLY));
  privateChats.use(createConversation(fitConversation(deps), FIT));
  privateChats.use(createConversation(uploadConversation(deps), UPLOAD));
  privateChats.use(createConversation(rejectConversation(deps), REJECT));
  privateChats.use(createConversation(requestDocumentsConversation(deps), REQUEST_DOCUMENTS));
  privateChats.use(createConversation(inviteConversation(deps), INVITE));
  privateChats.use(createConversation(coordinatorCountiesConversation(deps), COORDINATOR_COUNTIES));
  privateChats.use(createConversation(broadcastConversation(deps), BROADCAST));
  privateChats.use(
    adminFeature(deps, cache),
    startFeature(i18n),
    languageFeature(deps, i18n, cache),
    registrationFeature(deps, i18n),
    settingsFeature(deps, i18n),
    privacyFeature(deps, cache),
    applicationsFeature(deps, i18n),
    programsFeature(deps, i18n),
    documentsFeature(deps),
    reviewFeature(deps, i18n),
    broadcastsFeature(deps),
    statsFeature(deps),
    unhandledFeature(deps),
  );
  return bot;
}
