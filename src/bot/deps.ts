import type { BotConfig } from "grammy";
import type { Config } from "../config.ts";
import type { KeyValueStore } from "../db/key-value-store.ts";
import type { County } from "../domain/regions.ts";
import type { ReviewDeps } from "../domain/review/change-status.ts";
import type { Logger } from "../logger.ts";
import type { BotContext } from "./context.ts";
import type { UpdateLedger } from "./middlewares/once.ts";

export interface BotDeps extends ReviewDeps {
  /** The province's counties, loaded at start (reference data: conversations read it without logging it). */
  counties: County[];
  /** Where sessions and conversation state live (src/db/key-value-store.ts). */
  sessions: KeyValueStore;
  config: Pick<Config, "botToken" | "apiRoot" | "platform" | "timeZone" | "filesDir" | "maxUploadBytes" | "invitationTtlHours">;
  logger: Logger;
  /** Called after a use case wrote to the outbox, so the sender looks at once. */
  onOutboxChanged?: () => void;
  /** Records update ids so a redelivered update is processed once (src/bot/middlewares/once.ts). */
  ledger?: UpdateLedger;
  /** Updates a user may send per minute before "please slow down" (0 or absent: no limit). */
  rateLimitPerMinute?: number;
  /** grammY options: a fake `client.fetch` and preset `botInfo` in tests, the API root. */
  botConfig?: BotConfig<BotContext>;
}
