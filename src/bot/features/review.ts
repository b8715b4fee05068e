import { Composer } from "grammy";
import { assignToMe, caseDetails, QUEUE_PAGE_SIZE, reviewQueue } from "../../domain/review/cases.ts";
import { changeStatus } from "../../domain/review/change-status.ts";
import { caseButton } from "../../shared/buttons.ts";
import type { BotContext } from "../context.ts";
import { menuButton } from "../filters/menu-button.ts";
import { REJECT, REQUEST_DOCUMENTS } from "../conversations/case-actions.ts";
import type { BotDeps } from "../deps.ts";
import { caseKeyboard, casePage, queueView, type QueueState } from "../views/case.ts";
import { queueButton } from "../../shared/buttons.ts";
import { orRefusal } from "../views/refusal.ts";

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

  /** The case as it is now: a fresh page, or the buttons of the message acted on brought up to date. */
  const refresh = async (ctx: BotContext, applicationId: number, asNewMessage: boolean) => {
    const result = await orRefusal(ctx, () => caseDetails(deps, ctx.user.id, applicationId));
    if (!result.ok) return ctx.reply(result.text);
    if (asNewMessage) return ctx.reply(casePage(ctx, result.value, tz), { reply_markup: caseKeyboard(ctx, result.value) });
    return ctx.editMessageReplyMarkup({ reply_markup: caseKeyboard(ctx, result.value) }).catch(() => undefined);
  };

  feature.callbackQuery(caseButton.pattern, async (ctx, next) => {
    const button = caseButton.unpack(ctx.callbackQuery.data);
    if (!button) return next();
    const applicationId = button[0] === "to" ? button[2] : button[1];
    if (button[0] === "open") {
      await ctx.answerCallbackQuery();
      return refresh(ctx, applicationId, true);
    }
    if (button[0] === "files") return sendFiles(ctx, applicationId);
    if (button[0] === "reject" || button[0] === "docs") {
      // Check first, so a forged or stale button never starts the conversation.
      const check = await orRefusal(ctx, () => caseDetails(deps, ctx.user.id, applicationId));
      if (!check.ok) return ctx.answerCallbackQuery({ text: check.text, show_alert: true });
      await ctx.answerCallbackQuery();
      return ctx.conversation.enter(button[0] === "reject" ? REJECT : REQUEST_DOCUMENTS, applicationId, button[2]);
    }
    const done = await orRefusal(ctx, async () => {
      if (button[0] === "to") {
        const changed = await changeStatus(deps, ctx.user.id, { applicationId, version: button[3], to: button[1] });
        return ctx.t("case-done", { status: ctx.t(`status-${changed.status}`) });
      }
      await assignToMe(deps, ctx.user.id, applicationId, button[2]);
      return ctx.t("case-assigned-to-you");
    });
    deps.onOutboxChanged?.();
    await ctx.answerCallbackQuery({ text: done.ok ? done.value : done.text, show_alert: !done.ok });
    return refresh(ctx, applicationId, false);
  });

  /** Sends the case's documents again by their file ids (nothing is downloaded). */
  const sendFiles = async (ctx: BotContext, applicationId: number) => {
    const result = await orRefusal(ctx, () => caseDetails(deps, ctx.user.id, applicationId));
    if (!result.ok) return ctx.answerCallbackQuery({ text: result.text, show_alert: true });
    await ctx.answerCallbackQuery();
    const names = new Map(result.value.checklist.map((d) => [d.code, d.name[ctx.user.language]]));
    for (const file of result.value.files) {
      const caption = names.get(file.documentCode) ?? file.documentCode;
      if (file.kind === "photo") await ctx.replyWithPhoto(file.fileId, { caption });
      else await ctx.replyWithDocument(file.fileId, { caption });
    }
  };
  return feature;
}
