import { Composer } from "grammy";
import { assignToMe, caseDetails, QUEUE_PAGE_SIZE, reviewQueue } from "../../domain/review/cases.ts";
import { changeStatus } from "../../domain/review/change-status.ts";
import { setBusinessHub } from "../../domain/hubs/hubs.ts";
import { caseButton, CONFIRMED_MOVES } from "../../shared/buttons.ts";
import type { BotContext } from "../context.ts";
import { menuButton } from "../filters/menu-button.ts";
import { REJECT, REQUEST_DOCUMENTS } from "../conversations/case-actions.ts";
import { BANK_PAY, BANK_REFER, BANK_RETURN } from "../conversations/bank-actions.ts";
import type { BotDeps } from "../deps.ts";
import { caseKeyboard, casePage, confirmKeyboard, queueView, refusalKeyboard, type QueueState } from "../views/case.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import { queueButton } from "../../shared/buttons.ts";
import { orRefusal } from "../views/refusal.ts";
import { pageButton, withPageRow } from "../views/pager.ts";

/** The conversation each asking action opens, and the status it leads to. */
const FLOWS = {
  reject: { name: REJECT, to: "rejected" },
  docs: { name: REQUEST_DOCUMENTS, to: "documents_requested" },
  refer: { name: BANK_REFER, to: "referred_to_bank" },
  pay: { name: BANK_PAY, to: "paid" },
  return: { name: BANK_RETURN, to: "bank_returned" },
} as const;

/**
 * Coordinators' work: the queue, a case's page, and the actions on it. Every action goes to
 * the domain, which authorizes it; the buttons shown are only a convenience.
 */
export function reviewFeature(deps: BotDeps) {
  const feature = new Composer<BotContext>();
  const tz = deps.config.timeZone;

  const showQueue = async (ctx: BotContext, state: QueueState, edit: boolean) => {
    const filter = { page: state.page, status: state.status === "all" ? undefined : state.status, kind: state.kind === "all" ? undefined : state.kind };
    const result = await orRefusal(ctx, () => reviewQueue(deps, ctx.user.id, filter));
    if (!result.ok) return edit ? ctx.answerCallbackQuery({ text: result.text, show_alert: true }) : ctx.reply(result.text);
    const view = queueView(ctx, result.value.items, result.value.total, state, QUEUE_PAGE_SIZE, tz);
    if (!edit) return ctx.reply(view.text, { reply_markup: view.keyboard });
    await ctx.answerCallbackQuery();
    return ctx.editMessageText(view.text, { reply_markup: view.keyboard });
  };
  const queue = (ctx: BotContext) => showQueue(ctx, { status: "all", kind: "all", page: 0 }, false);
  feature.command("queue", queue);
  feature.filter(menuButton("menu-queue"), queue);
  feature.callbackQuery(queueButton.pattern, async (ctx, next) => {
    const button = queueButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const [status, kind, page] = button;
    return showQueue(ctx, { status, kind, page }, true);
  });

  /** The case as it is now: a fresh page, or the message acted on (a page or a notice) rewritten as the page it is now. */
  const refresh = async (ctx: BotContext, applicationId: number, how: "new" | "edit" | "keys", pageNumber = 0) => {
    const result = await orRefusal(ctx, () => caseDetails(deps, ctx.user.id, applicationId));
    if (!result.ok) return ctx.reply(result.text);
    const page = casePage(ctx, result.value, tz, pageNumber);
    const keyboard = withPageRow(ctx, caseKeyboard(ctx, result.value), "case", String(applicationId), page);
    if (how === "new") return ctx.reply(page.text, { reply_markup: keyboard });
    // "message is not modified" when nothing changed: nothing to do.
    if (how === "keys") return ctx.editMessageReplyMarkup({ reply_markup: keyboard }).catch(() => undefined);
    return ctx.editMessageText(page.text, { reply_markup: keyboard }).catch(() => undefined);
  };
  feature.callbackQuery(pageButton.pattern, async (ctx, next) => {
    const button = pageButton.unpack(ctx.callbackQuery.data);
    if (button?.[0] !== "case" || !/^\d+$/.test(button[1])) return next();
    await ctx.answerCallbackQuery();
    return refresh(ctx, Number(button[1]), "edit", button[2]);
  });

  feature.callbackQuery(caseButton.pattern, async (ctx, next) => {
    const button = caseButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const applicationId = button[0] === "to" || button[0] === "sure" || button[0] === "hub" || button[0] === "sbr" ? button[2] : button[1];
    if (button[0] === "open" || button[0] === "keys") {
      await ctx.answerCallbackQuery();
      return refresh(ctx, applicationId, button[0] === "open" ? "new" : "keys");
    }
    if (button[0] === "files") return sendFiles(ctx, applicationId);
    if (button[0] === "sbno") {
      // The reasons of this case's body, only while the refusal is open to this coordinator at the version shown.
      const check = await orRefusal(ctx, () => caseDetails(deps, ctx.user.id, applicationId));
      if (!check.ok) return ctx.answerCallbackQuery({ text: check.text, show_alert: true });
      if (check.value.version !== button[2] || !check.value.moves.some((m) => m.needsSecondBodyReason)) {
        return ctx.answerCallbackQuery({ text: ctx.t("err-stale", { status: ctx.t(`status-${check.value.status}`) }), show_alert: true });
      }
      await ctx.answerCallbackQuery({
        text: ctx.t("second-body-ask-reason", { body: check.value.secondBody!.name[ctx.user.language], code: formatTrackingCode(check.value.trackingCode) }),
      });
      return ctx.editMessageReplyMarkup({ reply_markup: refusalKeyboard(ctx, check.value) }).catch(() => undefined);
    }
    if (button[0] === "hub") return linkHub(ctx, applicationId, button[1] === "link");
    if (button[0] !== "assign" && button[0] in FLOWS) {
      // Check first, so a forged or stale button never starts the conversation: the case is theirs and the move open now.
      const check = await orRefusal(ctx, () => caseDetails(deps, ctx.user.id, applicationId));
      if (!check.ok) return ctx.answerCallbackQuery({ text: check.text, show_alert: true });
      const flow = FLOWS[button[0] as keyof typeof FLOWS];
      if (check.value.version !== button[2] || !check.value.moves.some((m) => m.to === flow.to)) {
        return ctx.answerCallbackQuery({ text: ctx.t("err-stale", { status: ctx.t(`status-${check.value.status}`) }), show_alert: true });
      }
      await ctx.answerCallbackQuery();
      return ctx.conversation.enter(flow.name, applicationId, button[2]);
    }
    if (button[0] === "to" && CONFIRMED_MOVES.includes(button[1])) {
      // Cannot be undone: the domain checks the move now, and one more tap on the same message makes it.
      const allowed = await orRefusal(ctx, () => changeStatus(deps, ctx.user.id, { applicationId, version: button[3], to: button[1], dryRun: true }));
      if (!allowed.ok) return ctx.answerCallbackQuery({ text: allowed.text, show_alert: true });
      await ctx.answerCallbackQuery();
      return ctx.editMessageReplyMarkup({ reply_markup: confirmKeyboard(ctx, button[1], applicationId, button[3]) }).catch(() => undefined);
    }
    const done = await orRefusal(ctx, async () => {
      if (button[0] === "sbr") {
        const changed = await changeStatus(deps, ctx.user.id, { applicationId, version: button[3], to: "second_body_refused", secondBodyReason: button[1] });
        return ctx.t("case-done", { status: ctx.t(`status-${changed.status}`) });
      }
      if (button[0] === "to" || button[0] === "sure") {
        const changed = await changeStatus(deps, ctx.user.id, { applicationId, version: button[3], to: button[1] });
        return ctx.t("case-done", { status: ctx.t(`status-${changed.status}`) });
      }
      await assignToMe(deps, ctx.user.id, applicationId, button[2]);
      return ctx.t("case-assigned-to-you");
    });
    deps.onOutboxChanged?.();
    await ctx.answerCallbackQuery({ text: done.ok ? done.value : done.text, show_alert: !done.ok });
    return refresh(ctx, applicationId, "edit");
  });

  /** Links the case's business to its county hub (or ends the link), through the domain, and shows the case as it is now. */
  const linkHub = async (ctx: BotContext, applicationId: number, link: boolean) => {
    const done = await orRefusal(ctx, async () => {
      const details = await caseDetails(deps, ctx.user.id, applicationId);
      const { changed } = await setBusinessHub(deps, ctx.user.id, details.business.id, link);
      if (!changed) return ctx.t(link ? "hub-already-linked" : "hub-not-linked");
      return link ? ctx.t("hub-linked-done", { name: details.hub.countyHub!.name[ctx.user.language] }) : ctx.t("hub-unlinked-done");
    });
    // Refused: only the alert (the case is not theirs to be shown again).
    if (!done.ok) return ctx.answerCallbackQuery({ text: done.text, show_alert: true });
    deps.onOutboxChanged?.();
    await ctx.answerCallbackQuery({ text: done.value });
    return refresh(ctx, applicationId, "edit");
  };

  /** Sends the case's documents again by their file ids (nothing is downloaded). */
  const sendFiles = async (ctx: BotContext, applicationId: number) => {
    const result = await orRefusal(ctx, () => caseDetails(deps, ctx.user.id, applicationId));
    if (!result.ok) return ctx.answerCallbackQuery({ text: result.text, show_alert: true });
    await ctx.answerCallbackQuery();
    const names = new Map(result.value.checklist.map((d) => [d.code, d.name[ctx.user.language]]));
    for (const file of result.value.files) {
      const caption = names.get(file.documentCode) ?? file.documentCode;
      if (file.sentAs === "photo") await ctx.replyWithPhoto(file.fileId, { caption });
      else await ctx.replyWithDocument(file.fileId, { caption });
    }
  };
  return feature;
}
