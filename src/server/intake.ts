import { run, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { BotContext } from "../bot/context.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import type { PlatformProfile } from "../platform.ts";
import { startHttpServer } from "./http.ts";
import { webhookPath, webhookRoute } from "./webhook.ts";

/** How updates come in: long polling, or a webhook; the HTTP server answers health checks in both. */
export async function startIntake(bot: Bot<BotContext>, config: Config, platform: PlatformProfile, logger: Logger, ready: () => Promise<boolean>) {
  const allowed_updates = ["message", "edited_message", "callback_query", "my_chat_member"] as const;
  let runner: RunnerHandle | undefined;
  if (config.mode === "polling") {
    // A webhook left set by a webhook deployment would make getUpdates fail.
    await bot.api.deleteWebhook().catch((error) => logger.warn({ err: error }, "deleteWebhook failed"));
    runner = run(bot, { runner: { fetch: { allowed_updates: [...allowed_updates] } } });
  }
  const path = webhookPath(platform, config.webhook.secret);
  const http = config.http
    ? await startHttpServer({
        ...config.http,
        logger,
        ready,
        webhook: config.mode === "webhook" ? webhookRoute(bot, { platform, secret: config.webhook.secret, logger }) : undefined,
      })
    : undefined;
  if (config.mode === "webhook" && config.webhook.register) {
    await bot.api.setWebhook(`${config.webhook.url}${path}`, {
      allowed_updates: [...allowed_updates],
      ...(platform.webhookAuth === "header" ? { secret_token: config.webhook.secret } : {}),
    });
    logger.info("webhook registered");
  }
  return {
    port: http?.port,
    /** Stops taking updates and finishes those in flight. */
    async stop() {
      await http?.close();
      if (runner?.isRunning()) await runner.stop();
    },
  };
}
