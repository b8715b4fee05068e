import { Composer, InlineKeyboard, InputFile } from "grammy";
import { reverseEntry } from "../../domain/funds/entries.ts";
import {
  addHeldMember,
  FUND_JOIN_PREFIX,
  fundFor,
  fundsOf,
  fundStatement,
  heldPeopleOutside,
  joinFund,
  latestEntries,
  myFunds,
  newJoinLink,
  setTrustee,
} from "../../domain/funds/funds.ts";
import { convertFund, formUnion, fundHistory, fundProgress, readThresholds, unionProgress } from "../../domain/funds/thresholds.ts";
import { loadActor } from "../../domain/review/actor.ts";
import { fundFileName, fundWorkbook } from "../../export/fund-workbook.ts";
import { formatDate } from "../../i18n/format.ts";
import type { BotContext } from "../context.ts";
import { FUND_ENTRY, FUND_NEW, fundJoinLink } from "../conversations/funds.ts";
import type { BotDeps } from "../deps.ts";
import { menuButton } from "../filters/menu-button.ts";
import { mainMenu } from "../keyboards/main-menu.ts";
import { fundButton, fundKeyboard, fundStatementText, loanLine, progressText, unionButton } from "../views/fund.ts";
import { money } from "../views/program.ts";
import { orRefusal } from "../views/refusal.ts";

/**
 * Community funds: /funds (a member's savings, loans and next installment; the funds one keeps
 * or oversees), a fund's statement with its keepers' actions, joining by link.
 */
export function fundsFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  const tz = deps.config.timeZone;

  const list = async (ctx: BotContext) => {
    const [mine, funds] = await Promise.all([myFunds(deps, ctx.user.id), fundsOf(deps, ctx.user.id)]);
    const blocks = mine.map((m) =>
      [
        ctx.t(m.role === "trustee" ? "fund-mine-trustee" : "fund-mine", { name: m.name, contributed: money(ctx, m.contributedRials) }),
        ...m.loans.map((l) => loanLine(ctx, l, tz)),
      ].join("\n"),
    );
    const keyboard = new InlineKeyboard();
    for (const f of funds) keyboard.text(`🏦 ${f.name}`, fundButton.pack("open", f.id)).row();
    if (ctx.user.role !== "applicant") keyboard.text(ctx.t("btn-fund-new"), fundButton.pack("new")).row();
    // Coordinators: how far each of their counties' cooperatives are from forming a union.
    const unions = ctx.user.role === "coordinator" || ctx.user.role === "admin" ? await unionLines(ctx, keyboard) : [];
    // Not a member: the funds one keeps or oversees (their buttons), or how a fund begins.
    const none = funds.length > 0 ? "fund-kept" : ctx.user.role === "applicant" ? "fund-none" : "fund-none-staff";
    const text = [blocks.length > 0 ? [ctx.t("fund-mine-title"), ...blocks].join("\n\n") : ctx.t(none), ...unions].join("\n\n");
    return ctx.reply(text, { reply_markup: keyboard });
  };
  const unionLines = async (ctx: BotContext, keyboard: InlineKeyboard) => {
    const actor = await loadActor(deps.db, ctx.user.id);
    const lang = ctx.user.language;
    const lines = [];
    for (const county of deps.counties.filter((c) => actor.role === "admin" || actor.regionIds.includes(c.id))) {
      const p = await unionProgress(deps, ctx.user.id, county.id, thresholds);
      if (p.cooperatives.length === 0 && p.unions.length === 0) continue;
      const name = lang === "fa" ? county.nameFa : county.nameEn;
      lines.push(ctx.t("union-progress", { county: name, have: p.cooperatives.length, need: p.need, unions: p.unions.length }));
      if (p.ready) keyboard.text(ctx.t("btn-union-form", { county: name }), unionButton.pack("form", county.id)).row();
    }
    return lines;
  };
  feature.callbackQuery(unionButton.pattern, async (ctx, next) => {
    const button = unionButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const county = deps.counties.find((c) => c.id === button[1]);
    if (!county) return next();
    const name = ctx.t("union-default-name", { county: ctx.user.language === "fa" ? county.nameFa : county.nameEn });
    if (button[0] === "form") {
      await ctx.answerCallbackQuery();
      return ctx.reply(ctx.t("union-confirm", { name }), {
        reply_markup: new InlineKeyboard().text(ctx.t("btn-union-sure"), unionButton.pack("sure", county.id)),
      });
    }
    const formed = await orRefusal(ctx, () => formUnion(deps, ctx.user.id, county.id, name, thresholds));
    if (!formed.ok) return ctx.answerCallbackQuery({ text: formed.text, show_alert: true });
    await ctx.answerCallbackQuery();
    deps.onOutboxChanged?.();
    await ctx.editMessageReplyMarkup().catch(() => undefined);
    return ctx.reply(ctx.t("union-formed", { name }));
  });

  feature.command("funds", list);
  feature.filter(menuButton("menu-funds"), list);

  const thresholds = deps.fundThresholds ?? readThresholds();
  const showFund = async (ctx: BotContext, fundId: number, prefix?: string) => {
    const page = await orRefusal(ctx, async () => ({
      statement: await fundStatement(deps, ctx.user.id, fundId),
      progress: await fundProgress(deps, ctx.user.id, fundId, thresholds),
      history: await fundHistory(deps, ctx.user.id, fundId),
    }));
    if (!page.ok) return ctx.reply(page.text);
    const { statement, progress, history } = page.value;
    const text = [prefix, fundStatementText(ctx, statement), progressText(ctx, progress, history, tz, statement.fund.union)].filter(Boolean).join("\n\n");
    return ctx.reply(text, { reply_markup: fundKeyboard(ctx, statement, progress) });
  };

  const trusteesKeyboard = async (ctx: BotContext, fundId: number) => {
    const s = await fundStatement(deps, ctx.user.id, fundId);
    const keyboard = new InlineKeyboard();
    for (const m of s.members) {
      const trustee = m.role === "trustee";
      keyboard.text(`${trustee ? "✅" : "⬜"} ${m.name}`, fundButton.pack("trustee", fundId, m.memberId, trustee ? "off" : "on")).row();
    }
    return keyboard;
  };

  feature.callbackQuery(fundButton.pattern, async (ctx, next) => {
    const button = fundButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const action = button[0];
    if (action === "new") {
      await ctx.answerCallbackQuery();
      return ctx.conversation.enter(FUND_NEW);
    }
    const fundId = button[1];
    const done = await orRefusal(ctx, async () => {
      switch (action) {
        case "open":
          return () => showFund(ctx, fundId);
        case "contribution":
        case "loan":
        case "repayment":
          // Only a keeper gets the questions (the domain checks again when the entry is written).
          await fundFor(deps, ctx.user.id, fundId, "keep");
          return () => ctx.conversation.enter(FUND_ENTRY, fundId, action);
        case "correct": {
          const entries = await latestEntries(deps, ctx.user.id, fundId);
          const keyboard = new InlineKeyboard();
          for (const e of entries) {
            const label = ctx.t("fund-entry-button", {
              kind: ctx.t(`fund-kind-${e.kind}`),
              name: e.name,
              amount: money(ctx, e.amountRials),
              date: formatDate(e.recordedAt, ctx.user.language, tz),
            });
            keyboard.text(label, fundButton.pack("undo", fundId, e.id)).row();
          }
          return () => ctx.reply(ctx.t(entries.length > 0 ? "fund-correct-ask" : "fund-correct-none"), { reply_markup: keyboard });
        }
        case "undo":
          await reverseEntry(deps, ctx.user.id, fundId, button[2]);
          return () => showFund(ctx, fundId, ctx.t("fund-reversed"));
        case "trustees": {
          const keyboard = await trusteesKeyboard(ctx, fundId);
          return () => ctx.reply(ctx.t("fund-trustees-ask"), { reply_markup: keyboard });
        }
        case "trustee": {
          // Not a toggle of the state as it is now: a press on an older list (the member changed since) does what its button said.
          await setTrustee(deps, ctx.user.id, fundId, button[2], button[3] === "on");
          const keyboard = await trusteesKeyboard(ctx, fundId);
          return () => ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined);
        }
        case "add": {
          const people = await heldPeopleOutside(deps, ctx.user.id, fundId);
          const keyboard = new InlineKeyboard();
          for (const p of people) keyboard.text(p.name, fundButton.pack("addp", fundId, p.id)).row();
          return () => ctx.reply(ctx.t(people.length > 0 ? "fund-add-ask" : "fund-add-none"), { reply_markup: keyboard });
        }
        case "addp":
          await addHeldMember(deps, ctx.user.id, fundId, button[2]);
          return () => showFund(ctx, fundId, ctx.t("fund-added"));
        case "convert": {
          const sure = new InlineKeyboard().text(ctx.t("btn-fund-convert-sure"), fundButton.pack("convsure", fundId));
          return () => ctx.reply(ctx.t("fund-convert-confirm"), { reply_markup: sure });
        }
        case "convsure":
          await convertFund(deps, ctx.user.id, fundId, thresholds);
          deps.onOutboxChanged?.();
          return () => showFund(ctx, fundId, ctx.t("fund-converted"));
        case "xlsx": {
          const statement = await fundStatement(deps, ctx.user.id, fundId);
          const now = deps.clock.now();
          const xlsx = await fundWorkbook(statement, now, { t: deps.translate, language: ctx.user.language, timeZone: tz });
          const file = new InputFile(xlsx, fundFileName(statement, now, tz));
          return () => ctx.replyWithDocument(file, { caption: ctx.t("fund-xlsx-caption", { name: statement.fund.name }) });
        }
        case "link": {
          const token = await newJoinLink(deps, ctx.user.id, fundId);
          const link = fundJoinLink(deps.config.platform, ctx.me.username, token);
          return () => ctx.reply(ctx.t("fund-link", { link }), { link_preview_options: { is_disabled: true } });
        }
      }
    });
    if (!done.ok) return ctx.answerCallbackQuery({ text: done.text, show_alert: true });
    await ctx.answerCallbackQuery();
    await done.value();
  });

  // /start fund_<token>: a fund's join link.
  feature.command("start").filter(
    (ctx) => ctx.match.startsWith(FUND_JOIN_PREFIX),
    async (ctx) => {
      const joined = await orRefusal(ctx, () => joinFund(deps, ctx.user.id, ctx.match.slice(FUND_JOIN_PREFIX.length)));
      if (!joined.ok) return ctx.reply(joined.text, { reply_markup: mainMenu(ctx) });
      return ctx.reply(ctx.t(joined.value.joined ? "fund-joined" : "fund-joined-already", { name: joined.value.name }), { reply_markup: mainMenu(ctx) });
    },
  );
  return feature;
}
