import { conversations, createConversation } from "@grammyjs/conversations";
import { Bot, type Middleware } from "grammy";
import { createI18n } from "../i18n/translator.ts";
import type { BaseContext, BotContext, Conv, ConvContext } from "./context.ts";
import type { BotDeps } from "./deps.ts";
import { REGISTER_FOR, REGISTRATION, registrationConversation } from "./conversations/registration.ts";
import { TRACK, trackConversation } from "./conversations/track.ts";
import { APPLY, applyConversation } from "./conversations/apply.ts";
import { FIT, fitConversation } from "./conversations/fit.ts";
import { DOCUMENT_CHOICE, documentChoiceConversation, UPLOAD, uploadConversation } from "./conversations/upload.ts";
import { REJECT, rejectConversation, REQUEST_DOCUMENTS, requestDocumentsConversation } from "./conversations/case-actions.ts";
import {
  COORDINATOR_COUNTIES,
  coordinatorCountiesConversation,
  INVITE,
  INVITE_FACILITATOR,
  inviteConversation,
  inviteFacilitatorConversation,
} from "./conversations/admin.ts";
import { BANK_PAY, BANK_REFER, BANK_RETURN, bankPayConversation, bankReferConversation, bankReturnConversation } from "./conversations/bank-actions.ts";
import { BROADCAST, broadcastConversation } from "./conversations/broadcast.ts";
import { JOBS_CORRECT, JOBS_REPORT, jobsCorrectConversation, jobsReportConversation } from "./conversations/jobs.ts";
import { adminFeature } from "./features/admin.ts";
import { jobsFeature } from "./features/jobs.ts";
import { reportFeature } from "./features/report.ts";
import { facilitatorsFeature } from "./features/facilitators.ts";
import { fundsFeature } from "./features/funds.ts";
import { FUND_ENTRY, FUND_NEW, fundEntryConversation, fundNewConversation } from "./conversations/funds.ts";
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
import { webFeature } from "./features/web.ts";
import { loadUser } from "./middlewares/user.ts";
import { chatState, conversationsInChatState } from "./middlewares/chat-state.ts";
import { createNavigation } from "./navigation.ts";
import { errorReply, logUpdates } from "./middlewares/errors.ts";
import { rateLimit } from "./middlewares/rate-limit.ts";
import { callbackNotices } from "./middlewares/callback-notices.ts";
import { platformCalls } from "./outgoing-text.ts";
import { PLATFORMS } from "../platform.ts";

/** Bump when a conversation changes shape: stored states of older versions are dropped. */
export const CONVERSATION_VERSION = 2;

/** Builds a bot with every feature; it is not started (main.ts or a test does that). */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.config.botToken, deps.botConfig);
  const platform = PLATFORMS[deps.config.platform];
  // What the platform takes (Bale: text as its markup): on every call, the outbox sender's too.
  const calls = platformCalls(platform);
  if (calls) bot.api.config.use(calls);
  const notices = callbackNotices(platform, deps.logger);
  const i18n = createI18n<BaseContext>((ctx) => ctx.user?.language ?? "fa");
  const navigation = createNavigation(i18n);
  const navigate: Middleware<BaseContext> = (ctx, next) => {
    ctx.navigation = navigation;
    return next();
  };
  // A conversation builds its own context (and API) for each update it reads: it takes the user
  // (already read for this update, outside), the platform's calls, i18n and the navigation too.
  const conversationPlugins = (conversation: Conv): Middleware<ConvContext>[] => [
    (ctx, next) => {
      if (calls) ctx.api.config.use(calls);
      return next();
    },
    notices,
    async (ctx, next) => {
      ctx.user = await conversation.external((outside: BotContext) => ({ ...outside.user }));
      await next();
    },
    i18n,
    navigate,
  ];

  bot.use(logUpdates(deps.logger), notices);
  bot.catch(errorReply);

  const privateChats = bot.chatType("private");
  privateChats.use(loadUser(deps), i18n, navigate);
  if (deps.rateLimitPerMinute) privateChats.use(rateLimit(deps.rateLimitPerMinute));
  privateChats.use(chatMemberFeature(deps));
  privateChats.use(chatState({ store: deps.chatStates, cipher: deps.cipher, clock: deps.clock, ttlDays: deps.conversationTtlDays }));
  privateChats.use(
    conversations<BotContext, ConvContext>({
      storage: { type: "context", version: CONVERSATION_VERSION, adapter: conversationsInChatState },
      plugins: conversationPlugins,
    }),
  );
  privateChats.use(cancelFeature(deps));
  privateChats.use(createConversation(registrationConversation(deps), REGISTRATION));
  privateChats.use(createConversation(registrationConversation(deps, { onBehalf: true }), REGISTER_FOR));
  privateChats.use(createConversation(trackConversation(deps), TRACK));
  privateChats.use(createConversation(applyConversation(deps), APPLY));
  privateChats.use(createConversation(fitConversation(deps), FIT));
  privateChats.use(createConversation(uploadConversation(deps), UPLOAD));
  privateChats.use(createConversation(documentChoiceConversation(deps), DOCUMENT_CHOICE));
  privateChats.use(createConversation(rejectConversation(deps), REJECT));
  privateChats.use(createConversation(requestDocumentsConversation(deps), REQUEST_DOCUMENTS));
  privateChats.use(createConversation(bankReferConversation(deps), BANK_REFER));
  privateChats.use(createConversation(bankPayConversation(deps), BANK_PAY));
  privateChats.use(createConversation(bankReturnConversation(deps), BANK_RETURN));
  privateChats.use(createConversation(jobsReportConversation(deps), JOBS_REPORT));
  privateChats.use(createConversation(jobsCorrectConversation(deps), JOBS_CORRECT));
  privateChats.use(createConversation(inviteConversation(deps), INVITE));
  privateChats.use(createConversation(coordinatorCountiesConversation(deps), COORDINATOR_COUNTIES));
  privateChats.use(createConversation(inviteFacilitatorConversation(deps), INVITE_FACILITATOR));
  privateChats.use(createConversation(fundNewConversation(deps), FUND_NEW));
  privateChats.use(createConversation(fundEntryConversation(deps), FUND_ENTRY));
  privateChats.use(createConversation(broadcastConversation(deps), BROADCAST));
  privateChats.use(
    adminFeature(deps),
    facilitatorsFeature(deps),
    fundsFeature(deps),
    startFeature(),
    languageFeature(deps),
    registrationFeature(deps),
    settingsFeature(deps),
    privacyFeature(deps),
    applicationsFeature(deps),
    programsFeature(deps),
    documentsFeature(deps),
    reviewFeature(deps),
    jobsFeature(deps),
    broadcastsFeature(deps),
    statsFeature(deps),
    webFeature(deps),
    reportFeature(deps),
    unhandledFeature(deps),
  );
  return bot;
}
