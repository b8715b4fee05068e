import type { ApiClientOptions } from "grammy";
import type { Config } from "../config.ts";
import type { ReviewDeps } from "../domain/review/change-status.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";

/** What the console needs: the domain's dependencies, words, and the Bot API (documents by file id). */
export interface WebDeps extends ReviewDeps {
  translate: Translate;
  logger: Logger;
  config: Pick<Config, "botToken" | "apiRoot" | "timeZone" | "platform" | "invitationTtlHours"> & {
    web: NonNullable<Config["web"]>;
    /** bankPaymentDays: the 15-day rule the report counts against (its default when absent or 0). */
    reminders: Pick<Config["reminders"], "slaDays"> & Partial<Pick<Config["reminders"], "bankPaymentDays">>;
  };
  /** The bot's username, for invitation links (t.me/<bot>?start=…). */
  botUsername: string;
  /** grammY client options for getFile and downloads (a fake fetch in tests). */
  botClient?: ApiClientOptions;
  /** Called after a use case wrote to the outbox (the sender, when it runs in this process, looks at once). */
  onOutboxChanged?: () => void;
}
