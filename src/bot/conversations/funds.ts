import { z } from "zod";
import { BOOK_LIMITS, recordContribution, recordLoan, recordRepayment } from "../../domain/funds/entries.ts";
import { createFund, FUND_JOIN_PREFIX, fundStatement, fundVillages } from "../../domain/funds/funds.ts";
import { parseWholeNumber } from "../../domain/input/amount.ts";
import { cleanText } from "../../domain/input/clean-text.ts";
import type { Conv, ConvContext } from "../context.ts";
import type { BotDeps } from "../deps.ts";
import { fundKeyboard, fundStatementText } from "../views/fund.ts";
import { money } from "../views/program.ts";
import { orRefusal } from "../views/refusal.ts";
import { amountStep } from "./amount-step.ts";
import { ask, textStep } from "./ask.ts";
import { openFlow } from "./flow.ts";
import { singleChoiceStep } from "./steps.ts";

export const FUND_NEW = "fund-new";
export const FUND_ENTRY = "fund-entry";
export type EntryFlowKind = "contribution" | "loan" | "repayment";

/** The deep link members join a fund with. */
export function fundJoinLink(platform: string, username: string, token: string): string {
  return `https://${platform === "bale" ? "ble.ir" : "t.me"}/${username}?start=${FUND_JOIN_PREFIX}${token}`;
}

const fundName = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(3, { error: "err-fund-name" }).max(60, { error: "err-fund-name" }));

const installments = z.string().transform((value, ctx) => {
  const n = parseWholeNumber(value);
  if (n === null || n < 1 || n > BOOK_LIMITS.maxInstallments) {
    ctx.addIssue({ code: "custom", message: "err-fund-installments" });
    return z.NEVER;
  }
  return n;
});

const purpose = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(3, { error: "err-fund-purpose" }).max(200, { error: "err-too-long" }));

/** A facilitator (or coordinator) creates a fund: the village, its name; then the join link for its members. */
export function fundNewConversation(deps: BotDeps) {
  return async function fundNew(conversation: Conv, ctx: ConvContext): Promise<void> {
    const userId = ctx.user.id;
    const villages = await conversation.external(() => fundVillages(deps, userId));
    const flow = await openFlow(conversation, ctx, { name: FUND_NEW, keepWhenLeft: false, left: (c) => c.t("fund-new-left") });
    if (villages.length === 0) {
      await flow.end();
      return void (await flow.ctx.reply(flow.ctx.t("err-no-villages")));
    }
    const lang = flow.ctx.user.language;
    const villageId = await ask(
      flow,
      "village",
      singleChoiceStep(
        (c) => c.t("fund-new-ask-village"),
        villages.map((v) => ({ id: String(v.id), label: lang === "fa" ? v.nameFa : v.nameEn })),
      ),
    );
    const name = await ask(
      flow,
      "name",
      textStep((c) => c.reply(c.t("fund-new-ask-name")), fundName),
    );
    await flow.end();
    const username = ctx.me.username;
    const created = await conversation.external(() =>
      orRefusal(flow.ctx, async () => {
        const { fundId, joinToken } = await createFund(deps, userId, { villageId: Number(villageId), name });
        return { fundId, link: fundJoinLink(deps.config.platform, username, joinToken) };
      }),
    );
    if (!created.ok) return void (await flow.ctx.reply(created.text));
    await flow.ctx.reply(flow.ctx.t("fund-created", { name, link: created.value.link }), { link_preview_options: { is_disabled: true } });
  };
}

/**
 * A keeper records an entry in a fund's book: a contribution (member, amount), a loan (a member
 * who is not a trustee, amount, installments, purpose) or a repayment (an open loan, amount);
 * then the statement as it stands.
 */
export function fundEntryConversation(deps: BotDeps) {
  return async function fundEntry(conversation: Conv, ctx: ConvContext, fundId: number, kind: EntryFlowKind): Promise<void> {
    const userId = ctx.user.id;
    // The fund as it is on entry (before the flow's checkpoint): whom the entry can be for, as plain labels (the replay log keeps JSON).
    const choice = await conversation.external(() =>
      orRefusal(ctx, async () => {
        const s = await fundStatement(deps, userId, fundId);
        const nameOf = (memberId: number) => s.members.find((m) => m.memberId === memberId)?.name ?? "—";
        if (kind === "repayment") {
          return s.figures.loans
            .filter((l) => l.remainingRials > 0n)
            .map((l) => ({ id: String(l.loanId), label: `${nameOf(l.memberId)} — ${money(ctx, l.remainingRials)}` }));
        }
        return s.members.filter((m) => kind === "contribution" || m.role !== "trustee").map((m) => ({ id: String(m.memberId), label: m.name }));
      }),
    );
    const flow = await openFlow(conversation, ctx, { name: FUND_ENTRY, keepWhenLeft: false, left: (c) => c.t("fund-entry-left") });
    if (!choice.ok || choice.value.length === 0) {
      await flow.end();
      return void (await flow.ctx.reply(choice.ok ? flow.ctx.t(kind === "repayment" ? "fund-no-open-loans" : "fund-no-members") : choice.text));
    }
    const options = choice.value;
    const chosen = Number(
      await ask(
        flow,
        "who",
        singleChoiceStep((c) => c.t(`fund-ask-who-${kind}`), options),
      ),
    );
    const amount = await ask(
      flow,
      "amount",
      amountStep({
        prompt: (c) => c.reply(c.t(`fund-ask-amount-${kind}`)),
        limits: { min: BOOK_LIMITS.minRials, max: BOOK_LIMITS.maxRials },
        rangeKey: "err-fund-amount",
        usual: { min: 100_000n, max: 10_000_000_000n },
      }),
    );
    const plan =
      kind === "loan"
        ? await ask(
            flow,
            "installments",
            textStep((c) => c.reply(c.t("fund-ask-installments", { max: BOOK_LIMITS.maxInstallments })), installments),
          )
        : 0;
    const why =
      kind === "loan"
        ? await ask(
            flow,
            "purpose",
            textStep((c) => c.reply(c.t("fund-ask-purpose")), purpose),
          )
        : "";
    await flow.end();
    const result = await conversation.external(() =>
      orRefusal(flow.ctx, async () => {
        const rials = BigInt(amount);
        if (kind === "contribution") await recordContribution(deps, userId, fundId, chosen, rials);
        else if (kind === "loan") await recordLoan(deps, userId, fundId, { memberId: chosen, amountRials: rials, installments: plan, purpose: why });
        else await recordRepayment(deps, userId, fundId, chosen, rials);
        const after = await fundStatement(deps, userId, fundId);
        return { text: fundStatementText(flow.ctx, after), keyboard: fundKeyboard(flow.ctx, after).inline_keyboard };
      }),
    );
    if (!result.ok) return void (await flow.ctx.reply(result.text));
    await flow.ctx.reply(`${flow.ctx.t(`fund-recorded-${kind}`)}\n\n${result.value.text}`, {
      reply_markup: result.value.keyboard ? { inline_keyboard: result.value.keyboard } : undefined,
    });
  };
}
