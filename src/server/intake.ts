import { createRunner, createSource, type RunnerHandle, type UpdateSink, type UpdateSupplier } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import type { PlatformProfile } from "../platform.ts";
import { startHttpServer, type Route } from "./http.ts";
import type { Inbox } from "./inbox.ts";
import { webhookPath, webhookRoute } from "./webhook.ts";

export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
const backoff = (failures: number) => Math.min(250 * 2 ** failures, 30_000);

/**
 * Long polling that confirms an update to the platform only once it is stored: the offset
 * that confirms a batch is sent with the next getUpdates, which the runner asks for only after
 * the sink below has stored the batch in the inbox. Errors are logged (scrubbed) here and
 * retried with back-off, never printed by the runner itself.
 */
function pollInto(bot: Bot<BotContext>, inbox: Inbox, logger: Logger): RunnerHandle {
  let offset = 0;
  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, signal) {
      for (let failures = 0; ; failures++) {
        try {
          const limit = Math.max(1, Math.min(batchSize, 100));
          const updates = await bot.api.getUpdates({ offset, limit, timeout: 30, allowed_updates: [...ALLOWED_UPDATES] }, signal);
          if (updates.length > 0) offset = updates.at(-1)!.update_id + 1;
          return updates;
        } catch (error) {
          if (signal.aborted) throw error;
          logger.warn({ err: error, failures: failures + 1 }, "getUpdates failed; trying again");
          await sleep(backoff(failures), signal as AbortSignal);
        }
      }
    },
  };
  const sink: UpdateSink<Update> = {
    async handle(updates) {
      // Not confirmed until stored: while the database is away, the platform keeps the batch.
      for (let failures = 0; ; failures++) {
        try {
          await inbox.receive(updates, true);
          return 100;
        } catch (error) {
          logger.warn({ err: error, updates: updates.length }, "the inbox could not store updates; the platform keeps them until it can");
          await sleep(backoff(failures));
        }
      }
    },
    size: () => 0,
    snapshot: () => [],
  };
  const runner = createRunner(createSource(supplier), sink);
  runner.start();
  return runner;
}

/** How updates come in: long polling or a webhook, both into the inbox; the HTTP server answers health checks in both (and serves the console). */
export async function startIntake(
  bot: Bot<BotContext>,
  inbox: Inbox,
  config: Config,
  platform: PlatformProfile,
  logger: Logger,
  ready: () => Promise<boolean>,
  web?: Route,
) {
  let runner: RunnerHandle | undefined;
  if (config.mode === "polling") {
    // A webhook left set by a webhook deployment would make getUpdates fail.
    await bot.api.deleteWebhook().catch((error) => logger.warn({ err: error }, "deleteWebhook failed"));
    runner = pollInto(bot, inbox, logger);
  }
  const path = webhookPath(platform, config.webhook.secret);
  const http = config.http
    ? await startHttpServer({
        ...config.http,
        logger,
        ready,
        webhook: config.mode === "webhook" ? webhookRoute(inbox, { platform, secret: config.webhook.secret, logger }) : undefined,
        web,
      })
    : undefined;
  if (config.mode === "webhook" && config.webhook.register) {
    await bot.api.setWebhook(`${config.webhook.url}${path}`, {
      allowed_updates: [...ALLOWED_UPDATES],
      ...(platform.webhookAuth === "header" ? { secret_token: config.webhook.secret } : {}),
    });
    logger.info("webhook registered");
  }
  return {
    port: http?.port,
    /** Stops taking updates (what was stored is handled by the dispatcher, now or after a restart). */
    async stop() {
      await http?.close();
      if (runner?.isRunning()) await runner.stop();
    },
  };
}
