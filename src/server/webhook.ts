import { createHash, timingSafeEqual } from "node:crypto";
import type { Update } from "grammy/types";
import { z } from "zod";
import type { Logger } from "../logger.ts";
import type { PlatformProfile } from "../platform.ts";
import { end, readBody, type Route } from "./http.ts";
import type { Inbox } from "./inbox.ts";

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
 * The webhook: authenticates the platform, stores the update in the inbox and answers 200 as
 * soon as the row is committed — handling happens from the inbox, so the answer never waits for
 * it and a redelivery is never needed. 503 when the database cannot take the update now: the
 * platform may deliver it again (Telegram does; nothing here relies on it).
 */
export function webhookRoute(
  inbox: Inbox,
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
        await inbox.receive([update]);
      } catch (error) {
        logger.warn({ updateId: update.update_id, err: error }, "the inbox could not store an update; answered 503");
        return end(res, 503, "try again later");
      }
      end(res, 200, "ok");
    },
  };
}
