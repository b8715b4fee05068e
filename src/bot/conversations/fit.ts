import { BUSINESS_CATEGORIES } from "../../domain/catalog.ts";
import { fitProgramsFor } from "../../domain/programs/eligibility.ts";
import type { County } from "../../domain/regions.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { categoryKeyboard } from "../keyboards/registration.ts";
import { fitResults } from "../views/program.ts";
import { ask } from "./ask.ts";
import { openFlow } from "./flow.ts";
import { choiceStep, countyStep } from "./steps.ts";

export const FIT = "fit";

/** The answers of a "which programs fit me" without a business, from a page button's key ("<category>.<county code>"); undefined for "-". */
export function fitAnswersOf(key: string, counties: County[]) {
  const [category, code] = key.split(".");
  const county = counties.find((c) => c.code === code);
  return county && category ? { category, countyCode: county.code, deprived: county.deprived } : undefined;
}

/**
 * "Which programs fit me?" for someone with no registered business yet: asks only the two
 * things the rules need (field of work and county), then lists programs, fitting first.
 */
export function fitConversation(deps: BotDeps) {
  return async function fit(conversation: Conv, ctx: ConvContext): Promise<void> {
    const flow = await openFlow(conversation, ctx, { name: FIT, keepWhenLeft: false });
    const applicantId = ctx.user.id;
    const counties = deps.counties;
    if (!flow.has("intro")) {
      await flow.ctx.reply(flow.ctx.t("fit-intro"));
      await flow.once("intro", () => true);
    }
    const category = await ask(flow, "category", choiceStep("reg-ask-category", categoryKeyboard, "cat", BUSINESS_CATEGORIES));
    const regionId = await ask(flow, "county", countyStep(counties));
    await flow.end();
    const county = counties.find((c) => c.id === regionId)!;
    // The answers travel in the page buttons, so a later page is worked out the same way.
    const key = `${category}.${county.code}`;
    const shown = await conversation.external(async () =>
      fitResults(flow.ctx, await fitProgramsFor(deps.db, applicantId, deps.clock.now(), fitAnswersOf(key, counties)), 0, key),
    );
    await flow.ctx.reply(`${shown.text}\n\n${flow.ctx.t("fit-register-hint")}`, { reply_markup: shown.keyboard });
  };
}
