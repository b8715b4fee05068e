import type { Db, Tx } from "../../db/client.ts";
import { audit } from "../audit.ts";
import type { ValueChain } from "../catalog.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { enqueue } from "../outbox.ts";
import { loadActor, refuse } from "../review/actor.ts";
import type { HubEntry } from "./hub-file.ts";

type Text = { fa: string; en: string };

/** A county's conversion-industry hub as the bot and the console show it. Plain JSON (conversations store what they read). */
export interface HubView {
  id: number;
  code: string;
  countyCode: string;
  county: Text;
  name: Text;
  chain: ValueChain;
  products: Text[];
  valueChain: Text;
  buys: HubEntry["buys"];
  location: HubEntry["location"];
  capacity: HubEntry["capacity"];
  contact: HubEntry["contact"];
  provisional: boolean;
}

const include = { region: { select: { code: true, nameFa: true, nameEn: true } } } as const;
type HubRow = Awaited<ReturnType<Db["hub"]["findFirstOrThrow"]>> & { region: { code: string; nameFa: string; nameEn: string } };

function toView(h: HubRow): HubView {
  const details = JSON.parse(h.details) as Pick<HubEntry, "products" | "valueChain" | "buys" | "location" | "capacity" | "contact">;
  return {
    id: h.id,
    code: h.code,
    countyCode: h.region.code,
    county: { fa: h.region.nameFa, en: h.region.nameEn },
    name: { fa: h.nameFa, en: h.nameEn },
    chain: h.chain as ValueChain,
    ...details,
    provisional: h.provisional,
  };
}

/** The hubs in force, in the file's order. */
export async function listHubs(db: Db | Tx): Promise<HubView[]> {
  return (await db.hub.findMany({ where: { retired: false }, orderBy: { sortOrder: "asc" }, include })).map(toView);
}

/** The hub in force of a county, if it has one. */
export async function hubOfCounty(db: Db | Tx, regionId: number): Promise<HubView | null> {
  const row = await db.hub.findFirst({ where: { regionId, retired: false }, include });
  return row ? toView(row) : null;
}

/** What the hub buys from businesses of this field of work (empty: the field does not feed it). */
export function feedsOf(hub: HubView, category: string | undefined): HubView["buys"] {
  return hub.buys.filter((b) => b.category === category);
}

/** The hub of a county a person works (or means to work) in, and what it buys from their fields. */
export interface HubAdvice {
  hub: HubView;
  /** What it buys from the person's fields of work: how their business can sell to it. */
  feeds: HubView["buys"];
  /** One of the person's businesses is linked to it already. */
  linked: boolean;
}

/** The hubs of the counties of these businesses (or answers), one each, with what each buys from the fields given. */
export function adviceFor(hubs: HubView[], situations: { countyCode?: string; category?: string; hubId?: number | null }[]): HubAdvice[] {
  const advice: HubAdvice[] = [];
  for (const s of situations) {
    const hub = hubs.find((h) => h.countyCode === s.countyCode);
    if (!hub) continue;
    let entry = advice.find((a) => a.hub.code === hub.code);
    if (!entry) advice.push((entry = { hub, feeds: [], linked: false }));
    for (const b of feedsOf(hub, s.category)) if (!entry.feeds.includes(b)) entry.feeds.push(b);
    if (s.hubId === hub.id) entry.linked = true;
  }
  return advice;
}

/** What a case's page says of the hub: the county's, the one the business is linked to, and whether its field feeds it. */
export interface BusinessHub {
  countyHub: HubView | null;
  linked: { code: string; name: Text } | null;
  feeds: boolean;
}

export async function businessHub(db: Db, business: { regionId: number; category: string; hubId: number | null }): Promise<BusinessHub> {
  const [countyHub, linked] = await Promise.all([
    hubOfCounty(db, business.regionId),
    business.hubId ? db.hub.findUnique({ where: { id: business.hubId }, select: { code: true, nameFa: true, nameEn: true } }) : null,
  ]);
  return {
    countyHub,
    linked: linked ? { code: linked.code, name: { fa: linked.nameFa, en: linked.nameEn } } : null,
    feeds: countyHub !== null && feedsOf(countyHub, business.category).length > 0,
  };
}

/**
 * A coordinator of the business's county (or an admin) links the business to its county's hub
 * (it sells its produce there), or ends the link. Refused and recorded outside their counties;
 * audited; the owner is told (the hub's contact with what it buys from their field).
 * Linking twice, or ending a link that is not there, changes nothing.
 */
export async function setBusinessHub(deps: DomainDeps, actorId: number, businessId: number, link: boolean): Promise<{ changed: boolean }> {
  const actor = await loadActor(deps.db, actorId);
  const business = await deps.db.business.findUnique({
    where: { id: businessId },
    select: { id: true, ownerId: true, regionId: true, category: true, hubId: true },
  });
  if (!business) throw new DomainError("business-not-found", "err-business-not-found");
  const subject = { type: "business", id: businessId };
  // Staff never decide on their own business (the rule of isOwnCase).
  if (actor.role !== "applicant" && business.ownerId === actor.id) {
    await refuse(deps.db, actor, "own-case", "err-own-case", subject, { action: link ? "hub-link" : "hub-unlink" });
  }
  if (!(actor.role === "admin" || (actor.role === "coordinator" && actor.regionIds.includes(business.regionId)))) {
    await refuse(deps.db, actor, "forbidden", "err-forbidden", subject, { action: link ? "hub-link" : "hub-unlink" });
  }
  const hub = link ? await hubOfCounty(deps.db, business.regionId) : null;
  if (link && !hub) throw new DomainError("no-hub", "err-hub-none");
  if ((link && business.hubId === hub!.id) || (!link && business.hubId === null)) return { changed: false };
  const now = deps.clock.now();
  return deps.db.$transaction(async (tx) => {
    // Decided on the link as it was read: a second coordinator's tap at the same moment changes nothing.
    const { count } = await tx.business.updateMany({
      where: { id: businessId, hubId: business.hubId },
      data: { hubId: hub?.id ?? null, hubLinkedAt: hub ? now : null },
    });
    if (count === 0) return { changed: false };
    const previous = business.hubId ? await tx.hub.findUnique({ where: { id: business.hubId }, select: { code: true } }) : null;
    await audit(tx, {
      actorId,
      action: link ? "business.hub-link" : "business.hub-unlink",
      subjectType: "business",
      subjectId: businessId,
      details: { hub: hub?.code ?? null, previous: previous?.code ?? null },
    });
    if (hub) {
      const what = feedsOf(hub, business.category)[0]?.what;
      await enqueue(tx, [
        {
          recipientId: business.ownerId,
          kind: "hub",
          template: what ? "notify-hub-linked" : "notify-hub-linked-unfed",
          params: { hub: hub.name, ...(what ? { what } : {}), office: hub.contact.office, phone: hub.contact.phone },
          dedupeKey: `hub-link:${businessId}:${hub.id}:${now.getTime()}`,
          notBefore: now,
        },
      ]);
    }
    return { changed: true };
  });
}
