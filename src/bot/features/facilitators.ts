import { Composer, InlineKeyboard } from "grammy";
import { requireFacilitator } from "../../domain/facilitators/scope.ts";
import { eraseHeldPerson, issueTakeoverCode, TAKEOVER_PREFIX, takeOverRecord } from "../../domain/facilitators/takeover.ts";
import { loadActor, requireStaff } from "../../domain/review/actor.ts";
import type { BotContext } from "../context.ts";
import { INVITE_FACILITATOR } from "../conversations/admin.ts";
import { REGISTER_FOR } from "../conversations/registration.ts";
import type { BotDeps } from "../deps.ts";
import { menuButton } from "../filters/menu-button.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { orRefusal } from "../views/refusal.ts";
import { eraseHeldButton, takeoverButton, takeoverInstructions } from "../views/takeover.ts";

/**
 * Facilitators: registering a person on their behalf, a new take-over code for one of them;
 * staff invite facilitators; and anyone takes their record over with a code they were given
 * (`/takeover <code>`, or the deep link `/start take_<digits>`).
 */
export function facilitatorsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();

  const registerFor = async (ctx: BotContext) => {
    const allowed = await orRefusal(ctx, async () => requireFacilitator(deps.db, await loadActor(deps.db, ctx.user.id), "register-for"));
    if (!allowed.ok) return ctx.reply(allowed.text);
    await ctx.conversation.enter(REGISTER_FOR);
  };
  feature.command("registerfor", registerFor);
  feature.filter(menuButton("menu-register-for"), registerFor);

  feature.command("invitefacilitator", async (ctx) => {
    const allowed = await orRefusal(ctx, async () => requireStaff(deps.db, await loadActor(deps.db, ctx.user.id), "invite-facilitator"));
    if (!allowed.ok) return ctx.reply(allowed.text);
    await ctx.conversation.enter(INVITE_FACILITATOR);
  });

  feature.callbackQuery(takeoverButton.pattern, async (ctx, next) => {
    const button = takeoverButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const issued = await orRefusal(ctx, () => issueTakeoverCode(deps, ctx.user.id, button[0]));
    if (!issued.ok) return ctx.answerCallbackQuery({ text: issued.text, show_alert: true });
    await ctx.answerCallbackQuery();
    await ctx.reply(takeoverInstructions(ctx, issued.value.code));
  });

  feature.callbackQuery(eraseHeldButton.pattern, async (ctx, next) => {
    const button = eraseHeldButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    await ctx.answerCallbackQuery();
    if (button[0] === "ask") {
      return ctx.reply(ctx.t("erase-held-confirm"), {
        reply_markup: new InlineKeyboard().text(ctx.t("btn-erase-held-sure"), eraseHeldButton.pack("sure", button[1])),
      });
    }
    const erased = await orRefusal(ctx, () => eraseHeldPerson(deps, ctx.user.id, button[1]));
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return ctx.reply(erased.ok ? ctx.t("erase-held-done") : erased.text);
  });

  const takeOver = async (ctx: BotContext, code: string) => {
    if (code === "") return ctx.reply(ctx.t("takeover-usage"));
    const result = await orRefusal(ctx, () => takeOverRecord(deps, ctx.user.id, code));
    if (!result.ok) return ctx.reply(result.text, { reply_markup: mainMenu(ctx) });
    return ctx.reply(ctx.t("takeover-done", { count: result.value.applications }), { reply_markup: mainMenu(ctx) });
  };
  feature.command("takeover", (ctx) => takeOver(ctx, ctx.match));
  feature.command("start").filter(
    (ctx) => ctx.match.startsWith(TAKEOVER_PREFIX),
    (ctx) => takeOver(ctx, ctx.match.slice(TAKEOVER_PREFIX.length)),
  );
  return feature;
}
