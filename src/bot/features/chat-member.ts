import { Composer } from "grammy";
import { setUserStatus } from "../../domain/users.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { userCacheKey, type UserCache } from "../middlewares/user.ts";

/** Blocking the bot stops everything pushed to the user; unblocking (or writing) resumes it. */
export function chatMemberFeature(deps: BotDeps, cache: UserCache) {
  const feature = new Composer<BotContext>();
  feature.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status === "kicked" ? "stopped" : "active";
    await setUserStatus(deps.db, ctx.user.id, status);
    ctx.user = { ...ctx.user, status };
    cache.set(userCacheKey(deps.config.platform, ctx.from.id), ctx.user);
  });
  return feature;
}
