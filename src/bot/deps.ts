import type { BotConfig } from "grammy";
import type { Config } from "../config.ts";
import type { ChatStateStore } from "../db/chat-state-store.ts";
import type { County } from "../domain/regions.ts";
import type { FundThresholds } from "../domain/funds/thresholds.ts";
import type { ReviewDeps } from "../domain/review/change-status.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";
import type { BotContext } from "./context.ts";

export interface BotDeps extends ReviewDeps {
  /** When a fund is ready to become a cooperative (FUND_THRESHOLDS_FILE); absent: data/fund-thresholds.json. */
  fundThresholds?: FundThresholds;
  /** The province's counties, loaded at start (reference data: conversations read it without logging it). */
  counties: County[];
  /** Where each chat's state (conversations and drafts) lives. */
  chatStates: ChatStateStore;
  /** A flow left untouched this many days is forgotten (its encrypted draft is purged). */
  conversationTtlDays: number;
  config: Pick<Config, "botToken" | "apiRoot" | "platform" | "timeZone" | "filesDir" | "maxUploadBytes" | "invitationTtlHours"> & Partial<Pick<Config, "web">>;
  logger: Logger;
  /** Text in any language, outside a user's own context (another person's command menu). */
  translate: Translate;
  /** Called after a use case wrote to the outbox, so the sender looks at once. */
  onOutboxChanged?: () => void;
  /** The 15-day rule (BANK_PAYMENT_DAYS), as the report counts it. */
  bankPaymentDays?: number;
  /** Updates a user may send per minute before "please slow down" (0 or absent: no limit). */
  rateLimitPerMinute?: number;
  /** grammY options: a fake `client.fetch` and preset `botInfo` in tests, the API root. */
  botConfig?: BotConfig<BotContext>;
}
