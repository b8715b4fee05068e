import type { MiddlewareFn } from "grammy";
import { ensureUser, type UserSummary } from "../../domain/users.ts";
import type { BotDeps } from "../deps.ts";
import type { BaseContext } from "../context.ts";

const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers recently seen users for a minute so most updates need no database round trip
 * to know who is writing (the upsert also refreshes chat id and lifts a "stopped" status).
 */
export class UserCache {
  readonly #entries = new Map<string, { user: UserSummary; until: number }>();

  get(key: string): UserSummary | undefined {
    const entry = this.#entries.get(key);
    if (!entry || entry.until < Date.now()) return undefined;
    return entry.user;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  set(key: string, user: UserSummary): void {
    this.#entries.delete(key);
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, { user, until: Date.now() + TTL_MS });
  }
}

export function userCacheKey(platform: string, userId: number): string {
  return `${platform}:${userId}`;
}

/** Sets ctx.user; updates without a sender (channel posts, polls) pass through untouched. */
export function loadUser(deps: BotDeps, cache: UserCache): MiddlewareFn<BaseContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    if (!from || from.is_bot) return;
    const key = userCacheKey(deps.config.platform, from.id);
    let user = cache.get(key);
    if (!user) {
      user = await ensureUser(deps.db, {
        platform: deps.config.platform,
        platformUserId: String(from.id),
        chatId: String(ctx.chat?.id ?? from.id),
        firstName: from.first_name.slice(0, 64),
      });
      cache.set(key, user);
    }
    ctx.user = user;
    await next();
  };
}
