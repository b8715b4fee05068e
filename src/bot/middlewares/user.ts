import type { MiddlewareFn } from "grammy";
import { ensureUser } from "../../domain/users.ts";
import type { BotDeps } from "../deps.ts";
import type { BaseContext } from "../context.ts";

/**
 * Sets ctx.user, read from the database on every update (no cache: a role or language changed
 * through another instance counts at once). Updates without a sender (channel posts, polls)
 * and bots go no further.
 */
export function loadUser(deps: BotDeps): MiddlewareFn<BaseContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    if (!from || from.is_bot) return;
    ctx.user = await ensureUser(deps.db, {
      platform: deps.config.platform,
      platformUserId: String(from.id),
      chatId: String(ctx.chat?.id ?? from.id),
      firstName: from.first_name.slice(0, 64),
    });
    await next();
  };
}
