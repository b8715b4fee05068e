import { Composer, InlineKeyboard, InputFile } from "grammy";
import { z } from "zod";
import { DomainError } from "../../domain/errors.ts";
import { collectMyData } from "../../domain/privacy/my-data.ts";
import { ensureErasable, erasePersonalData } from "../../domain/privacy/erase.ts";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BotContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { myDataMessages } from "../views/my-data.ts";

/** Bound to the user it was shown to, so it cannot erase anyone else (or the fresh account after). */
const eraseButton = callbackFamily("erase", z.tuple([z.enum(["yes", "no"]), z.coerce.number().int().positive()]));

/** /mydata sends everything stored about the user; /deleteme erases it after a confirmation. */
export function privacyFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  feature.command("mydata", async (ctx) => {
    const data = await collectMyData(deps, ctx.user.id);
    const file = new InputFile(Buffer.from(JSON.stringify(data, null, 2), "utf8"), "karyar-my-data.json");
    for (const text of myDataMessages(ctx, data, deps.config.timeZone)) await ctx.reply(text);
    await ctx.replyWithDocument(file, { caption: ctx.t("mydata-caption") });
  });
  feature.command("deleteme", (ctx) =>
    ctx.reply(ctx.t("deleteme-confirm"), {
      reply_markup: new InlineKeyboard()
        .text(ctx.t("deleteme-yes"), eraseButton.pack("yes", ctx.user.id))
        .row()
        .text(ctx.t("deleteme-no"), eraseButton.pack("no", ctx.user.id)),
    }),
  );
  feature.callbackQuery(eraseButton.pattern, async (ctx, next) => {
    const button = eraseButton.unpack(ctx.callbackQuery.data);
    if (!button || button[1] !== ctx.user.id) return next();
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    if (button[0] === "no") return ctx.reply(ctx.t("deleteme-kept"));
    try {
      await ensureErasable(deps, ctx.user.id);
      // Conversation state and drafts go first (and are not written back after this update),
      // so the file rewrite at the end of the erasure leaves nothing of them in the file either.
      await ctx.conversation.exitAll();
      ctx.chatState.erase();
      await deps.chatStates.delete(String(ctx.chat!.id));
      await erasePersonalData(deps, ctx.user.id);
      await ctx.reply(ctx.t("deleteme-done"), { reply_markup: { remove_keyboard: true } });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      await ctx.reply(ctx.t(error.i18nKey));
    }
  });
  return feature;
}
