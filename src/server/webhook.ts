import { createHash, timingSafeEqual } from "node:crypto";
import { BotError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import { z } from "zod";
import type { BotContext } from "../bot/context.ts";
import { UpdateInFlight } from "../bot/middlewares/once.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import type { Logger } from "../logger.ts";
import type { PlatformProfile } from "../platform.ts";
import { end, readBody, type Route } from "./http.ts";

const MAX_BODY_BYTES = 1 << 20;
export const SECRET_HEADER = "x-telegram-bot-api-secret-token";
const updateShape = z.object({ update_id: z.number().int().nonnegative() }).passthrough();

/** Compares secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined) return false;
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** Where the platform posts: Telegram proves itself with a header, Bale with the path. */
export function webhookPath(platform: PlatformProfile, secret: string): string {
  return platform.webhookAuth === "path" ? `/webhook/${secret}` : "/webhook";
}

/**
 * The webhook: authenticates the platform, then answers only once the update is handled.
 * 200 when it was handled (or was a duplicate, or failed because of a bug: already answered
 * to the user and logged); 503 when the database is unavailable or another instance is on
 * it, so the platform delivers it again later and nothing is lost.
 */
export function webhookRoute(
  bot: Bot<BotContext>,
  options: { platform: PlatformProfile; secret: string; logger: Logger },
): { matches(path: string): boolean; route: Route } {
  const { platform, secret, logger } = options;
  const prefix = "/webhook";
  return {
    matches: (path) => path === prefix || path.startsWith(`${prefix}/`),
    async route(req, res) {
      const path = (req.url ?? "").split("?")[0]!;
      const given = platform.webhookAuth === "header" ? (req.headers[SECRET_HEADER] as string | undefined) : path.slice(prefix.length + 1);
      if ((platform.webhookAuth === "header" && path !== prefix) || !sameSecret(given, secret)) return end(res, 401, "unauthorized");
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === null) return end(res, 413, "too large");
      let update: Update;
      try {
        const parsed = updateShape.safeParse(JSON.parse(body.toString("utf8")));
        if (!parsed.success) return end(res, 400, "not an update");
        update = parsed.data;
      } catch {
        return end(res, 400, "not JSON");
      }
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        const cause = error instanceof BotError ? error.error : error;
        if (cause instanceof UpdateInFlight || isDatabaseUnavailable(cause)) {
          logger.warn(
            { updateId: update.update_id, err: cause instanceof UpdateInFlight ? undefined : cause },
            "update not handled now; the platform will deliver it again",
          );
          return end(res, 503, "try again later");
        }
        if (error instanceof BotError) await bot.errorHandler(error as BotError<BotContext>);
        else throw error;
      }
      end(res, 200, "ok");
    },
  };
}
