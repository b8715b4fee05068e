import type { HubAdvice, HubView } from "../../domain/hubs/hubs.ts";
import { formatInteger, formatList } from "../../i18n/format.ts";
import type { Language } from "../../domain/catalog.ts";

/** What these views need of a context: words and the reader's language (the bot's context, or the console's view). */
type Words = { t(key: string, params?: Record<string, string | number>): string; user: { language: Language } };

/** A hub's name, county and chain, what it makes and how much it takes in. */
export function hubHeading(ctx: Words, hub: HubView): string[] {
  const lang = ctx.user.language;
  const lines = [
    ctx.t("hub-name", { county: hub.county[lang], name: hub.name[lang], chain: ctx.t(`chain-${hub.chain}`) }),
    ctx.t("hub-products", {
      list: formatList(
        hub.products.map((p) => p[lang]),
        lang,
      ),
      capacity: ctx.t(`hub-capacity-${hub.capacity.unit}`, { amount: formatInteger(hub.capacity.amount, lang) }),
    }),
  ];
  if (hub.provisional) lines.push(ctx.t("hub-provisional"));
  return lines;
}

/** Whom to contact to sell to the hub, and where it is. */
export function hubContact(ctx: Words, hub: HubView): string {
  const lang = ctx.user.language;
  return ctx.t("hub-contact", {
    office: hub.contact.office[lang],
    phone: hub.contact.phone,
    place: hub.location.place[lang],
    address: hub.location.address[lang],
  });
}

/**
 * The county hub for a person: its name and chain; when their field feeds it, what it buys
 * from them and whom to contact; otherwise which fields it buys from.
 */
export function hubAdviceLines(ctx: Words, advice: HubAdvice[]): string[] {
  const lang = ctx.user.language;
  const lines: string[] = [];
  for (const a of advice) {
    lines.push("", ...hubHeading(ctx, a.hub));
    if (a.linked) lines.push(ctx.t("hub-you-are-linked"));
    if (a.feeds.length > 0) {
      for (const b of a.feeds) {
        const season = b.season ? ctx.t("hub-season", { season: b.season[lang] }) : "";
        lines.push(ctx.t("hub-buys-from-you", { field: ctx.t(`category-${b.category}`), what: b.what[lang], season }));
      }
      lines.push(hubContact(ctx, a.hub));
    } else {
      lines.push(
        ctx.t("hub-buys-from", {
          list: formatList(
            a.hub.buys.map((b) => ctx.t(`category-${b.category}`)),
            lang,
          ),
        }),
      );
    }
  }
  return lines;
}
