import { InlineKeyboard } from "grammy";
import { z } from "zod";
import { callbackFamily } from "../../shared/callback-data.ts";
import type { BaseContext } from "../context.ts";

/**
 * What one message may hold: Telegram and Bale refuse a text over 4096 characters; the margin
 * leaves room for the page line and for the bidi marks Fluent puts around every placeable.
 */
export const TEXT_LIMIT = 3800;

/** The views that can grow past one message, each paged by the one mechanism below. */
export const PAGED_VIEWS = ["case", "app", "apps", "coords", "program", "fit", "casts"] as const;
export type PagedView = (typeof PAGED_VIEWS)[number];

/** "Page n of a view": the view, what it shows (a case id, a tracking code, "-" for one's own list), the page. */
export const pageButton = callbackFamily("pg", z.tuple([z.enum(PAGED_VIEWS), z.string().regex(/^[\w.-]{1,40}$/), z.coerce.number().int().min(0).max(999)]), {
  // Turning a page in the middle of a flow changes nothing in it.
  during: "beside",
});

export interface Page {
  text: string;
  page: number;
  pages: number;
  /** Which of the blocks are on this page (a list's buttons follow its entries). */
  shown: number[];
}

/** A block alone too long for a message is cut, visibly. */
function fit(block: string, room: number): string {
  return block.length <= room ? block : `${block.slice(0, Math.max(0, room - 2))} …`;
}

/**
 * One page of a view: `head` opens the first page, `continued` the others; the blocks (an
 * entry of a history, an item of a list) are laid out in order and never split across pages.
 */
export function paginate(head: string, blocks: string[], page: number, continued: string, limit = TEXT_LIMIT): Page {
  const pages: number[][] = [[]];
  const cut = blocks.map((raw, i) => fit(raw, limit - (i === 0 ? head : continued).length - 1));
  let used = head.length;
  cut.forEach((block, i) => {
    if (used + block.length + 1 > limit && pages.at(-1)!.length > 0) {
      pages.push([]);
      used = continued.length;
    }
    pages.at(-1)!.push(i);
    used += block.length + 1;
  });
  const current = Math.min(Math.max(page, 0), pages.length - 1);
  const shown = pages[current]!;
  const opening = current === 0 ? head : continued;
  // Empty blocks are blank lines between sections; only an empty opening is left out.
  const text = [...(opening ? [opening] : []), ...shown.map((i) => cut[i]!)].join("\n");
  return { text, page: current, pages: pages.length, shown };
}

/** The page row under a paged view's own buttons: previous, "n / m", next (nothing when it fits one page). */
export function withPageRow(
  ctx: BaseContext,
  keyboard: InlineKeyboard | undefined,
  view: PagedView,
  key: string,
  { page, pages }: Page,
): InlineKeyboard | undefined {
  if (pages === 1) return keyboard;
  const row = keyboard ?? new InlineKeyboard();
  row.row();
  if (page > 0) row.text(ctx.t("btn-prev"), pageButton.pack(view, key, page - 1));
  row.text(ctx.t("pager-position", { page: page + 1, pages }), pageButton.pack(view, key, page));
  if (page < pages - 1) row.text(ctx.t("btn-next"), pageButton.pack(view, key, page + 1));
  return row;
}
