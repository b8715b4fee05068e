import { BUSINESS_CATEGORIES } from "../../domain/catalog.ts";
import { fitProgramsFor } from "../../domain/programs/eligibility.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { categoryKeyboard } from "../keyboards/registration.ts";
import { fitResults } from "../views/program.ts";
import { ask } from "./ask.ts";
import { choiceStep, countyStep } from "./steps.ts";

export const FIT = "fit";

/**
 * "Which programs fit me?" for someone with no registered business yet: asks only the two
 * things the rules need (field of work and county), then lists programs, fitting first.
 */
export function fitConversation(deps: BotDeps) {
  return async function fit(conversation: Conv, ctx: ConvContext): Promise<void> {
    const applicantId = ctx.user.id;
    const counties = deps.counties;
    await ctx.reply(ctx.t("fit-intro"));
    const category = await ask(conversation, ctx, choiceStep("reg-ask-category", categoryKeyboard, "cat", BUSINESS_CATEGORIES));
    const regionId = await ask(conversation, ctx, countyStep(counties));
    const county = counties.find((c) => c.id === regionId)!;
    const answers = { category, countyCode: county.code, deprived: county.deprived };
    const text = await conversation.external(async () => {
      const { text, keyboard } = fitResults(ctx, await fitProgramsFor(deps.db, applicantId, deps.clock.now(), answers));
      return { text: `${text}\n\n${ctx.t("fit-register-hint")}`, keyboard };
    });
    await ctx.reply(text.text, { reply_markup: text.keyboard });
  };
}
