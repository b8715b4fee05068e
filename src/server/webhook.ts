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

/** How long a webhook request keeps trying to store its update where the platform never delivers it again. */
const STORE_PATIENCE_MS = 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The webhook: authenticates the platform, stores the update in the inbox and answers 200 as
 * soon as the row is committed — handling happens from the inbox, so the answer never waits for
 * it and a redelivery is never needed. When the database cannot take the update now: 503 where
 * the platform delivers it again (Telegram); where it is not known to (Bale), the request keeps
 * trying to store it for a while (answered 200 once stored, even to a platform that stopped
 * waiting) and is taken even while the server closes; only then is the update given up, and
 * logged as lost.
 */
export function webhookRoute(
  inbox: Inbox,
  options: { platform: PlatformProfile; secret: string; logger: Logger; patienceMs?: number },
): { matches(path: string): boolean; route: Route; whileClosing: boolean } {
  const { platform, secret, logger } = options;
  const prefix = "/webhook";

  async function store(update: Update): Promise<boolean> {
    const deadline = Date.now() + (platform.redeliversWebhooks ? 0 : (options.patienceMs ?? STORE_PATIENCE_MS));
    for (let failures = 0; ; failures++) {
      try {
        await inbox.receive([update]);
        return true;
      } catch (error) {
        const wait = Math.min(250 * 2 ** failures, 5_000);
        if (Date.now() + wait > deadline) {
          if (platform.redeliversWebhooks) logger.warn({ updateId: update.update_id, err: error }, "the inbox could not store an update; answered 503");
          else
            logger.error(
              { updateId: update.update_id, err: error },
              "the inbox could not store an update in time; the platform does not deliver it again: lost",
            );
          return false;
        }
        if (failures === 0) logger.warn({ updateId: update.update_id, err: error }, "the inbox could not store an update; trying again");
        await sleep(wait);
      }
    }
  }

  return {
    matches: (path) => path === prefix || path.startsWith(`${prefix}/`),
    // The platform would not deliver a refused update again: take it while the database is still open.
    whileClosing: !platform.redeliversWebhooks,
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
      if (await store(update)) end(res, 200, "ok");
      else end(res, 503, "try again later");
    },
  };
}
