import { Composer } from "grammy";
import { setUserStatus } from "../../domain/users.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";

/** Blocking the bot stops everything pushed to the user; unblocking (or writing) resumes it. */
export function chatMemberFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  feature.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status === "kicked" ? "stopped" : "active";
    await setUserStatus(deps.db, ctx.user.id, status);
    ctx.user = { ...ctx.user, status };
  });
  return feature;
}
