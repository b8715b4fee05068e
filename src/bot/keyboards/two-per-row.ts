import { InlineKeyboard } from "grammy";

/** Inline buttons two to a row (labels in Persian run long on small phones), ending a row. */
export function twoPerRow<T>(items: readonly T[], button: (item: T) => [label: string, data: string]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  items.forEach((item, i) => {
    keyboard.text(...button(item));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard.row();
}
