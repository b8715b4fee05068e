import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { menuButton } from "../filters/menu-button.ts";
import { mainMenu } from "../keyboards/main-menu.ts";

/** Answered beside a flow (src/bot/navigation.ts): a line saying the flow is still open, and how to leave it. */
export function stillOpen(ctx: BotContext): string[] {
  const open = Object.keys(ctx.conversation.active());
  return open.length > 0 ? ["", ctx.t("flow-still-open", { flow: ctx.t(`flow-${open[0]}`) })] : [];
}

/** /start greets and shows the main menu; /help and the help button explain it (staff get their own part). */
export function startFeature() {
  const feature = new Composer<BotContext>();
  feature.command("start", (ctx) =>
    ctx.reply([ctx.t("start-greeting", { name: ctx.from?.first_name ?? "" }), ...stillOpen(ctx)].join("\n"), { reply_markup: mainMenu(ctx) }),
  );
  const help = (ctx: BotContext) => {
    const staff = ctx.user.role === "applicant" ? [] : ["", ctx.t(`help-text-${ctx.user.role}`)];
    return ctx.reply([ctx.t("help-text"), ...staff, ...stillOpen(ctx)].join("\n"), { reply_markup: mainMenu(ctx) });
  };
  feature.command("help", help);
  feature.filter(menuButton("menu-help"), help);
  return feature;
}
