import type { Db, Tx } from "../../db/client.ts";
import { queueButton } from "../../shared/buttons.ts";
import type { DomainDeps } from "../context.ts";
import { readJobState, writeJobState } from "../job-state.ts";
import { unfenced, type Fence } from "../fence.ts";
import { localTime } from "../local-time.ts";
import { enqueueOnce, type OutboxMessage } from "../outbox.ts";
import { AT_BANK, AWAITING_STAFF } from "../review/transitions.ts";
import { formatTrackingCode } from "../tracking-code.ts";
import { DAY_MS } from "../local-time.ts";
import type { ReminderSettings } from "./settings.ts";
import { medianDays, periodRange, reportOf } from "../report/working-group.ts";

/** A digest more than this late (the bot was down at its hour) is skipped, not sent at night. */
const LATE_LIMIT_MINUTES = 6 * 60;
/** The admins' overdue list names at most this many cases (the oldest). */
const OVERDUE_LIST_LENGTH = 20;

/**
 * The daily digests (coordinators: their counties; admins: the overdue list) and the admins'
 * weekly summary. Each is due once per local day: the day is recorded with the messages in
 * one transaction, and every message has a per-day key, so a restart, a clock set back or a
 * second instance never sends one twice. Returns how many messages it queued.
 */
export async function digestsTick(deps: Pick<DomainDeps, "db" | "clock">, settings: ReminderSettings, fence: Fence = unfenced): Promise<number> {
  const now = deps.clock.now();
  const local = localTime(now, settings.timeZone);
  let queued = 0;
  if (settings.digestAt !== null && isDue(local.minutes, settings.digestAt)) {
    queued += await oncePerDay(deps.db, fence, "digest:daily", local.day, async (tx) => [
      ...(await coordinatorDigests(tx, settings, now, local.day)),
      ...(await adminOverdueLists(tx, settings, now, local.day)),
      ...(await adminBankOverdueLists(tx, settings, now, local.day)),
    ]);
  }
  // The first day of each Jalali month: the observers get the month before.
  if (settings.digestAt !== null && isDue(local.minutes, settings.digestAt) && isFirstOfJalaliMonth(now)) {
    queued += await oncePerDay(deps.db, fence, "digest:monthly-report", local.day, (tx) => monthlyReports(tx, settings, now, local.day));
  }
  if (settings.weekly && local.weekday === settings.weekly.weekday && isDue(local.minutes, settings.weekly.at)) {
    queued += await oncePerDay(deps.db, fence, "digest:weekly", local.day, (tx) => weeklySummaries(tx, settings, now, local.day));
  }
  return queued;
}

const isDue = (minutes: number, at: number) => minutes >= at && minutes < at + LATE_LIMIT_MINUTES;

async function oncePerDay(db: Db, fence: Fence, key: string, day: string, build: (tx: Tx) => Promise<OutboxMessage[]>): Promise<number> {
  if ((await readJobState(db, key)) === day) return 0;
  return db.$transaction(async (tx) => {
    await fence(tx);
    await writeJobState(tx, key, day);
    return enqueueOnce(tx, await build(tx));
  });
}

const overdueCutoff = (settings: ReminderSettings, now: Date) => new Date(now.getTime() - settings.slaDays * DAY_MS);
const overdueWhere = (settings: ReminderSettings, now: Date) =>
  settings.slaDays > 0 ? { status: { in: [...AWAITING_STAFF] }, statusChangedAt: { lt: overdueCutoff(settings, now) } } : null;

/** Loans at the bank past the 15-day rule (introduced before the cutoff, neither paid nor returned). */
const bankOverdueWhere = (settings: ReminderSettings, now: Date) =>
  settings.bankPaymentDays > 0
    ? {
        status: { in: [...AT_BANK] },
        referrals: { some: { paidAt: null, returnReason: null, introducedAt: { lt: new Date(now.getTime() - settings.bankPaymentDays * DAY_MS) } } },
      }
    : null;

/**
 * Counts by county, from one grouped query, and by coordinator and county those of the
 * coordinators' own cases (an applicant who joined the staff): a digest leaves out what their
 * queue does not list (reviewScope).
 */
async function countByRegion(tx: Tx, where: object | null, staffIds: number[]): Promise<{ all: Map<number, number>; own: Map<string, number> }> {
  if (!where) return { all: new Map(), own: new Map() };
  const [rows, own] = await Promise.all([
    tx.application.groupBy({ by: ["regionId"], where, _count: { _all: true } }),
    tx.application.groupBy({ by: ["applicantId", "regionId"], where: { AND: [where, { applicantId: { in: staffIds } }] }, _count: { _all: true } }),
  ]);
  return { all: new Map(rows.map((r) => [r.regionId, r._count._all])), own: new Map(own.map((r) => [`${r.applicantId}:${r.regionId}`, r._count._all])) };
}

/** Each active coordinator: new, waiting and overdue cases of their counties, not their own (nothing when all are zero). */
async function coordinatorDigests(tx: Tx, settings: ReminderSettings, now: Date, day: string): Promise<OutboxMessage[]> {
  const coordinators = await tx.user.findMany({
    where: { role: "coordinator", status: "active" },
    select: { id: true, counties: { select: { regionId: true } } },
  });
  const ids = coordinators.map((c) => c.id);
  const [fresh, waiting, documents, overdue, bankOverdue, secondBody] = await Promise.all([
    countByRegion(tx, { submittedAt: { gte: new Date(now.getTime() - DAY_MS) } }, ids),
    countByRegion(tx, { status: { in: [...AWAITING_STAFF] } }, ids),
    countByRegion(tx, { status: "documents_requested" }, ids),
    countByRegion(tx, overdueWhere(settings, now), ids),
    countByRegion(tx, bankOverdueWhere(settings, now), ids),
    // Starred fields' permits the coordinator approved, waiting for the health network, veterinary or culture office.
    countByRegion(tx, { status: "awaiting_second_body" }, ids),
  ]);
  return coordinators.flatMap((c) => {
    const sum = (counts: Awaited<ReturnType<typeof countByRegion>>, regions: number[]) =>
      regions.reduce((total, r) => total + (counts.all.get(r) ?? 0) - (counts.own.get(`${c.id}:${r}`) ?? 0), 0);
    const regions = c.counties.map((r) => r.regionId);
    const counts = {
      fresh: sum(fresh, regions),
      waiting: sum(waiting, regions),
      documents: sum(documents, regions),
      overdue: sum(overdue, regions),
      bankOverdue: sum(bankOverdue, regions),
      secondBody: sum(secondBody, regions),
    };
    if (counts.fresh + counts.waiting + counts.documents + counts.bankOverdue + counts.secondBody === 0) return [];
    return [
      {
        recipientId: c.id,
        kind: "digest",
        template: "digest-coordinator",
        params: { ...counts, date: { day: now.toISOString() } },
        buttons: [[{ label: { t: "menu-queue" }, data: queueButton.pack("all", "all", 0) }]],
        dedupeKey: `digest:coordinator:${c.id}:${day}`,
        notBefore: now,
      },
    ];
  });
}

/** One line of an admin's list: a case, its county, and since when it waits. */
interface WaitingCase {
  trackingCode: string;
  since: Date;
  region: { nameFa: string; nameEn: string };
}

/**
 * Each active admin's list of waiting cases, oldest first, their own cases left out (as their
 * queue leaves them out, reviewScope): one message each, none when nothing waits. Read per
 * admin (a province has a handful), so each list and total is exactly what they may act on.
 */
async function adminLists(
  tx: Tx,
  now: Date,
  day: string,
  list: { dedupe: string; template: string; days: number },
  read: (adminId: number) => Promise<{ total: number; oldest: WaitingCase[] }>,
): Promise<OutboxMessage[]> {
  const admins = await tx.user.findMany({ where: { role: "admin", status: "active" }, select: { id: true } });
  const messages: OutboxMessage[] = [];
  for (const admin of admins) {
    const { total, oldest } = await read(admin.id);
    if (total === 0) continue;
    const line = (c: WaitingCase, language: "fa" | "en") => {
      const days = Math.floor((now.getTime() - c.since.getTime()) / DAY_MS).toLocaleString(language === "fa" ? "fa-IR" : "en-US");
      const county = language === "fa" ? c.region.nameFa : c.region.nameEn;
      // Isolated left-to-right: inside a Persian line an un-isolated "1234-5678" shows as "5678-1234".
      return `• \u2066${formatTrackingCode(c.trackingCode)}\u2069 — ${county} — ${days}`;
    };
    const lines = { fa: oldest.map((c) => line(c, "fa")).join("\n"), en: oldest.map((c) => line(c, "en")).join("\n") };
    messages.push({
      recipientId: admin.id,
      kind: "digest",
      template: list.template,
      params: { total, shown: oldest.length, list: lines, days: list.days },
      dedupeKey: `digest:${list.dedupe}:${admin.id}:${day}`,
      notBefore: now,
    });
  }
  return messages;
}

const REGION_NAMES = { select: { nameFa: true, nameEn: true } } as const;

/** Each active admin: the overdue cases of the province, oldest first (nothing when there are none). */
async function adminOverdueLists(tx: Tx, settings: ReminderSettings, now: Date, day: string): Promise<OutboxMessage[]> {
  const overdue = overdueWhere(settings, now);
  if (!overdue) return [];
  return adminLists(tx, now, day, { dedupe: "overdue", template: "digest-overdue", days: settings.slaDays }, async (adminId) => {
    const where = { AND: [overdue, { applicantId: { not: adminId } }] };
    const [total, rows] = await Promise.all([
      tx.application.count({ where }),
      tx.application.findMany({
        where,
        orderBy: { statusChangedAt: "asc" },
        take: OVERDUE_LIST_LENGTH,
        select: { trackingCode: true, statusChangedAt: true, region: REGION_NAMES },
      }),
    ]);
    return { total, oldest: rows.map((r) => ({ trackingCode: r.trackingCode, since: r.statusChangedAt, region: r.region })) };
  });
}

/** Each active admin: the province's loans at the bank past the 15-day rule, longest waiting first (nothing when there are none). */
async function adminBankOverdueLists(tx: Tx, settings: ReminderSettings, now: Date, day: string): Promise<OutboxMessage[]> {
  const overdue = bankOverdueWhere(settings, now);
  if (!overdue) return [];
  return adminLists(tx, now, day, { dedupe: "bank-overdue", template: "digest-bank-overdue", days: settings.bankPaymentDays }, async (adminId) => {
    const where = { ...overdue.referrals.some, application: { status: overdue.status, applicantId: { not: adminId } } };
    const [total, rows] = await Promise.all([
      tx.bankReferral.count({ where }),
      tx.bankReferral.findMany({
        where,
        orderBy: { introducedAt: "asc" },
        take: OVERDUE_LIST_LENGTH,
        select: { introducedAt: true, application: { select: { trackingCode: true, region: REGION_NAMES } } },
      }),
    ]);
    return { total, oldest: rows.map((r) => ({ trackingCode: r.application.trackingCode, since: r.introducedAt, region: r.application.region })) };
  });
}

/** Whether `date` falls on the first day of a Jalali month in Tehran. */
const isFirstOfJalaliMonth = (date: Date) => date.getTime() - periodRange(date, "month").from.getTime() < DAY_MS;

/** Each active observer: last Jalali month's report for the province, as text (the charts are in /report), then as a spreadsheet. */
async function monthlyReports(tx: Tx, settings: ReminderSettings, now: Date, day: string): Promise<OutboxMessage[]> {
  const observers = await tx.user.findMany({ where: { role: "observer", status: "active" }, select: { id: true } });
  if (observers.length === 0) return [];
  const range = periodRange(new Date(now.getTime() - DAY_MS), "month");
  const report = await reportOf(tx, null, "month", range, settings.bankPaymentDays || undefined);
  const f = report.total;
  const median = medianDays(f.daysHistogram);
  const share = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);
  const ranked = (language: "fa" | "en") =>
    report.counties
      .slice(0, 5)
      .map(
        (c, i) =>
          `${(i + 1).toLocaleString(language === "fa" ? "fa-IR" : "en-US")}. ${c.county[language]} — ${c.paid.toLocaleString(language === "fa" ? "fa-IR" : "en-US")}`,
      )
      .join("\n") || "—";
  const params = {
    from: { day: range.from.toISOString() },
    to: { day: new Date(range.to.getTime() - 1).toISOString() },
    registered: f.registered,
    introduced: f.introduced,
    paid: f.paid,
    paidAmount: { rials: String(f.paidRials) },
    returned: f.returned,
    median: median === null ? "—" : Math.round(median),
    within: share(f.paidWithinRule, f.paid),
    committed: f.committedJobs,
    realized: f.realizedJobs,
    realizedShare: share(f.realizedJobs, f.committedJobs),
    newJobs: f.newJobs,
    keptJobs: f.keptJobs,
    permits: f.permitsIssued,
    counties: { fa: ranked("fa"), en: ranked("en") },
  };
  // Then the spreadsheet, a row of its own (one Bot API call a row): built when it is sent, in the observer's language.
  return observers.flatMap((o): OutboxMessage[] => [
    { recipientId: o.id, kind: "digest", template: "report-monthly", params, dedupeKey: `digest:monthly-report:${o.id}:${day}`, notBefore: now },
    {
      recipientId: o.id,
      kind: "digest",
      template: "report-monthly-xlsx-caption",
      params: {},
      attachment: { kind: "working-group-report", period: "month", at: range.from.toISOString() },
      dedupeKey: `digest:monthly-report-xlsx:${o.id}:${day}`,
      notBefore: now,
    },
  ]);
}

/** Each active admin: the last seven days across the province. */
async function weeklySummaries(tx: Tx, settings: ReminderSettings, now: Date, day: string): Promise<OutboxMessage[]> {
  const since = new Date(now.getTime() - 7 * DAY_MS);
  const [filed, moves, waiting, overdue, admins] = await Promise.all([
    tx.application.groupBy({ by: ["kind"], where: { submittedAt: { gte: since } }, _count: { _all: true } }),
    tx.applicationEvent.groupBy({ by: ["toStatus"], where: { createdAt: { gte: since }, fromStatus: { not: null } }, _count: { _all: true } }),
    tx.application.count({ where: { status: { in: [...AWAITING_STAFF] } } }),
    settings.slaDays > 0 ? tx.application.count({ where: overdueWhere(settings, now)! }) : Promise.resolve(0),
    tx.user.findMany({ where: { role: "admin", status: "active" }, select: { id: true } }),
  ]);
  const kind = (k: string) => filed.find((f) => f.kind === k)?._count._all ?? 0;
  const moved = (s: string) => moves.find((m) => m.toStatus === s)?._count._all ?? 0;
  const params = {
    from: { day: since.toISOString() },
    to: { day: now.toISOString() },
    permits: kind("home_permit"),
    loans: kind("loan"),
    approved: moved("approved"),
    rejected: moved("rejected"),
    issued: moved("issued"),
    paid: moved("paid"),
    waiting,
    overdue,
  };
  return admins.map((a) => ({
    recipientId: a.id,
    kind: "digest",
    template: "digest-weekly",
    params,
    dedupeKey: `digest:weekly:${a.id}:${day}`,
    notBefore: now,
  }));
}
