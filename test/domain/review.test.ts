import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, type ApplicationKind, type ApplicationStatus } from "../../src/domain/catalog.ts";
import { attachDocument } from "../../src/domain/documents/attach.ts";
import { acceptInvitation, createInvitation, listCoordinators, setCoordinatorCounties } from "../../src/domain/invitations.ts";
import { submitLoanApplication } from "../../src/domain/loans/submit.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { assignToMe, caseDetails, reviewQueue } from "../../src/domain/review/cases.ts";
import { changeStatus, type StatusChange } from "../../src/domain/review/change-status.ts";
import { findTransition, TRANSITIONS } from "../../src/domain/review/transitions.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, reviewStaff, regionId, validDraft } from "../support/fixtures.ts";

describe("the state machine", () => {
  const allowed = new Set([
    "home_permit:submitted>under_review",
    "home_permit:submitted>documents_requested",
    "home_permit:submitted>approved",
    "home_permit:submitted>rejected",
    "home_permit:under_review>documents_requested",
    "home_permit:under_review>approved",
    "home_permit:under_review>rejected",
    "home_permit:documents_requested>under_review",
    "home_permit:documents_requested>rejected",
    "home_permit:approved>issued",
    "loan:submitted>under_review",
    "loan:submitted>documents_requested",
    "loan:submitted>approved",
    "loan:submitted>rejected",
    "loan:under_review>documents_requested",
    "loan:under_review>approved",
    "loan:under_review>rejected",
    "loan:documents_requested>under_review",
    "loan:documents_requested>rejected",
    "loan:approved>referred_to_bank",
    "loan:referred_to_bank>bank_approved",
    "loan:referred_to_bank>bank_returned",
    "loan:referred_to_bank>paid",
    "loan:bank_approved>paid",
    "loan:bank_approved>bank_returned",
    "loan:bank_returned>referred_to_bank",
  ]);
  const cases: [ApplicationKind, ApplicationStatus, ApplicationStatus][] = [];
  for (const kind of ["home_permit", "loan"] as const)
    for (const from of APPLICATION_STATUSES) for (const to of APPLICATION_STATUSES) cases.push([kind, from, to]);

  it.each(cases)("%s: %s → %s for staff", (kind, from, to) => {
    const key = `${kind}:${from}>${to}`;
    expect(findTransition(kind, from, to, "coordinator", "plain") !== undefined, key).toBe(allowed.has(key));
    expect(findTransition(kind, from, to, "admin", "plain") !== undefined, key).toBe(allowed.has(key));
  });

  it("lets an applicant make only the move their last upload makes", () => {
    const applicantMoves = TRANSITIONS.filter((t) => t.roles.includes("applicant"));
    expect(applicantMoves.map((t) => [`${t.from}>${t.to}`, t.needsRequestedDocuments])).toEqual([["documents_requested>under_review", true]]);
    expect(TRANSITIONS.filter((t) => t.needsRequestedDocuments && t.roles.some((r) => r !== "applicant"))).toEqual([]);
  });
});

describe.each(PROVIDERS)("review on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now = new Date("2026-11-29T08:30:00Z");
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let zahra: number;
  let shiraz: number;
  let jahrom: number;
  let admin: number;
  let appId: number;

  beforeEach(async () => {
    if (skip) return;
    now = new Date("2026-11-29T08:30:00Z");
    database = await createTestDatabase(provider);
    const db = database.prisma;
    zahra = (await applicant(db, 1001)).id;
    ({ shiraz, jahrom, admin } = await reviewStaff(db));
    appId = (await submitRegistration(deps(), zahra, "reg", await validDraft(db))).applicationId;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const version = async () => (await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).version;
  const move = async (actor: number, to: ApplicationStatus, extra: Omit<StatusChange, "applicationId" | "version" | "to"> = {}) =>
    changeStatus(deps(), actor, { applicationId: appId, version: await version(), to, ...extra });
  const outboxFor = (userId: number) => database.prisma.outbox.findMany({ where: { recipientId: userId }, orderBy: { id: "asc" } });

  it.skipIf(skip)("walks a permit from review to issue, recording who, when and why, telling the applicant each time", async () => {
    await assignToMe(deps(), shiraz, appId, await version());
    await move(shiraz, "documents_requested", { documents: ["address-proof", "health-card"], note: "سند منزل و کارت بهداشت لازم است" });
    await expect(move(shiraz, "approved")).rejects.toMatchObject({ code: "transition-refused" });

    const code = (await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).trackingCode;
    const file = (n: string) => ({ kind: "photo" as const, sentAs: "photo" as const, fileId: n, fileUniqueId: n, sizeBytes: 1000 });
    await attachDocument(deps(), zahra, code, "address-proof", file("a"), 10 * 2 ** 20);
    expect((await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("documents_requested");
    await attachDocument(deps(), zahra, code, "health-card", file("b"), 10 * 2 ** 20);
    expect((await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("under_review");

    await move(shiraz, "approved");
    now = new Date("2026-12-01T06:00:00Z");
    await move(shiraz, "issued");

    const app = await database.prisma.application.findUniqueOrThrow({ where: { id: appId }, include: { events: { orderBy: { id: "asc" } } } });
    expect(app).toMatchObject({ status: "issued", assignedToId: shiraz, permitNumber: `KR-1405-${String(appId).padStart(6, "0")}` });
    expect(app.permitIssuedAt?.toISOString()).toBe("2026-12-01T06:00:00.000Z");
    expect(app.permitExpiresAt?.toISOString()).toBe("2027-12-01T06:00:00.000Z");
    expect(app.events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      [null, "submitted", zahra],
      ["submitted", "under_review", shiraz],
      ["under_review", "documents_requested", shiraz],
      ["documents_requested", "under_review", zahra],
      ["under_review", "approved", shiraz],
      ["approved", "issued", shiraz],
    ]);
    expect(app.events[2]!.note).toBe("سند منزل و کارت بهداشت لازم است");

    const toZahra = await outboxFor(zahra);
    expect(toZahra.map((o) => o.template)).toEqual(["notify-status", "notify-docs-requested", "notify-status", "notify-status", "notify-permit-issued"]);
    const request = toZahra[1]!;
    expect(JSON.parse(request.buttons!)).toEqual([
      [{ label: { fa: "📎 سند یا اجاره‌نامهٔ محل سکونت", en: "📎 Deed or lease of the home" }, data: `doc:${code}:address-proof` }],
      [{ label: { fa: "📎 کارت بهداشت", en: "📎 Health card" }, data: `doc:${code}:health-card` }],
    ]);
    expect(JSON.parse(toZahra[4]!.params!)).toMatchObject({ permitNumber: app.permitNumber, issuedAt: { day: "2026-12-01T06:00:00.000Z" } });
    expect((await outboxFor(shiraz)).map((o) => o.template)).toEqual(["notify-new-case", "notify-docs-back"]);
  });

  it.skipIf(skip)("requires a reason to reject and known documents to request", async () => {
    await expect(move(shiraz, "rejected")).rejects.toMatchObject({ code: "note-required" });
    await expect(move(shiraz, "rejected", { note: " \u200b " })).rejects.toMatchObject({ code: "note-required" });
    await expect(move(shiraz, "documents_requested", { documents: [] })).rejects.toMatchObject({ code: "documents-required" });
    await expect(move(shiraz, "documents_requested", { documents: ["passport"] })).rejects.toMatchObject({ code: "documents-required" });
    await move(shiraz, "rejected", { note: "محل کار با کسب‌وکار خانگی جور نیست" });
    const notice = (await outboxFor(zahra)).at(-1)!;
    expect(notice.template).toBe("notify-status-note");
    expect(JSON.parse(notice.params!)).toMatchObject({ status: { t: "status-rejected" }, note: "محل کار با کسب‌وکار خانگی جور نیست" });
  });

  it.skipIf(skip)("refuses, and records, actions outside a coordinator's counties and by applicants", async () => {
    await expect(move(jahrom, "approved")).rejects.toMatchObject({ code: "forbidden" });
    await expect(caseDetails(deps(), jahrom, appId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(assignToMe(deps(), jahrom, appId, 0)).rejects.toMatchObject({ code: "forbidden" });
    await expect(move(zahra, "approved")).rejects.toMatchObject({ code: "not-staff" });
    const ali = (await applicant(database.prisma, 2002, "Ali")).id;
    await expect(move(ali, "approved")).rejects.toMatchObject({ code: "forbidden" });
    await expect(reviewQueue(deps(), ali, { page: 0 })).rejects.toMatchObject({ code: "not-staff" });
    await expect(createInvitation(deps(), shiraz, ["fars-fasa"], 72)).rejects.toMatchObject({ code: "not-admin" });
    const refusals = await database.prisma.auditLog.findMany({ where: { action: { startsWith: "refused." } }, orderBy: { id: "asc" } });
    expect(refusals.map((r) => [r.action, r.actorId])).toEqual([
      ["refused.forbidden", jahrom],
      ["refused.forbidden", jahrom],
      ["refused.forbidden", jahrom],
      ["refused.not-staff", zahra],
      ["refused.forbidden", ali],
      ["refused.not-staff", ali],
      ["refused.not-admin", shiraz],
    ]);
    expect((await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("submitted");
    // The admin may act anywhere.
    await move(admin, "approved");
  });

  it.skipIf(skip)("lets the applicant send a case back to review only by uploading every requested document", async () => {
    await move(shiraz, "documents_requested", { documents: ["address-proof", "health-card"] });
    const code = (await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).trackingCode;
    const file = (n: string) => ({ kind: "photo" as const, sentAs: "photo" as const, fileId: n, fileUniqueId: n, sizeBytes: 1000 });
    const status = async () => (await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status;

    await expect(move(zahra, "under_review")).rejects.toMatchObject({ code: "documents-missing", i18nKey: "err-documents-missing" });
    await attachDocument(deps(), zahra, code, "address-proof", file("a"), 10 * 2 ** 20);
    await expect(move(zahra, "under_review")).rejects.toMatchObject({ code: "documents-missing" });
    expect(await status()).toBe("documents_requested");
    expect((await outboxFor(shiraz)).map((o) => o.template)).toEqual(["notify-new-case"]);
    const refused = await database.prisma.auditLog.findMany({ where: { action: "refused.documents-missing" } });
    expect(refused.map((r) => [r.actorId, r.subjectId])).toEqual([
      [zahra, String(appId)],
      [zahra, String(appId)],
    ]);

    await attachDocument(deps(), zahra, code, "health-card", file("b"), 10 * 2 ** 20);
    expect(await status()).toBe("under_review");
    expect((await outboxFor(shiraz)).map((o) => o.template)).toEqual(["notify-new-case", "notify-docs-back"]);

    // Staff may take a case back to review without waiting for the documents.
    await move(shiraz, "documents_requested", { documents: ["health-card"] });
    await move(shiraz, "under_review");
    expect(await status()).toBe("under_review");
  });

  it.skipIf(skip)("lets exactly one of two simultaneous approvals through; the other learns the current state", async () => {
    const v = await version();
    const results = await Promise.allSettled([
      changeStatus(deps(), shiraz, { applicationId: appId, version: v, to: "approved" }),
      changeStatus(deps(), admin, { applicationId: appId, version: v, to: "approved" }),
      changeStatus(deps(), shiraz, { applicationId: appId, version: v, to: "rejected", note: "تکراری" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toMatchObject({ code: "stale" });
    }
    const events = await database.prisma.applicationEvent.count({ where: { applicationId: appId } });
    expect(events).toBe(2);
    expect((await outboxFor(zahra)).length).toBe(1);
    await expect(changeStatus(deps(), shiraz, { applicationId: appId, version: v, to: "approved" })).rejects.toMatchObject({
      code: "stale",
      params: { status: expect.stringMatching(/approved|rejected/) },
    });
  });

  it.skipIf(skip)("shows a coordinator their own counties' open cases, oldest first, with filters", async () => {
    const second = await applicant(database.prisma, 1002, "Maryam");
    now = new Date("2026-11-30T08:30:00Z");
    const loanBusiness = await submitRegistration(deps(), second.id, "reg2", await validDraft(database.prisma, { nationalId: "0790419904" }));
    const inJahrom = await applicant(database.prisma, 1003, "Reza");
    await submitRegistration(deps(), inJahrom.id, "reg3", await validDraft(database.prisma, { regionId: await regionId(database.prisma, "fars-jahrom") }));

    const all = await reviewQueue(deps(), shiraz, { page: 0 });
    expect(all.total).toBe(2);
    expect(all.items.map((i) => i.id)).toEqual([appId, loanBusiness.applicationId]);
    expect((await reviewQueue(deps(), admin, { page: 0 })).total).toBe(3);
    expect((await reviewQueue(deps(), shiraz, { page: 0, kind: "loan" })).total).toBe(0);
    await move(shiraz, "approved");
    expect((await reviewQueue(deps(), shiraz, { page: 0, status: "approved" })).items.map((i) => i.id)).toEqual([appId]);
    await move(shiraz, "issued");
    expect((await reviewQueue(deps(), shiraz, { page: 0 })).total).toBe(1);

    const details = await caseDetails(deps(), shiraz, appId);
    expect(details.applicant).toEqual({ fullName: "زهرا احمدی", nationalId: "0499370899", phone: "+989123456789" });
    expect(details.history.map((h) => h.to)).toEqual(["submitted", "approved", "issued"]);
    expect(details.moves).toEqual([]);
  });

  it.skipIf(skip)("moves a loan through bank referral to payment", async () => {
    const khonj = await submitRegistration(
      deps(),
      zahra,
      "reg-khonj",
      await validDraft(database.prisma, { regionId: await regionId(database.prisma, "fars-khonj"), category: "handicrafts" }),
    );
    const business = await database.prisma.application.findUniqueOrThrow({ where: { id: khonj.applicationId } });
    const loan = await submitLoanApplication(deps(), zahra, "loan", {
      businessId: business.businessId,
      programCode: "community-fund",
      amountRials: 200_000_000,
      purpose: "خرید پشم و رنگ",
      repaymentMonths: 12,
    });
    appId = loan.applicationId;
    await move(admin, "approved");
    await expect(move(admin, "issued")).rejects.toMatchObject({ code: "transition-refused" });
    await expect(move(admin, "referred_to_bank")).rejects.toMatchObject({ code: "bank-required" });
    await move(admin, "referred_to_bank", { introduction: { bank: "keshavarzi", branch: "مرکزی", introducedAt: now } });
    await expect(move(admin, "paid")).rejects.toMatchObject({ code: "payment-required" });
    await move(admin, "paid", { payment: { amountRials: 200_000_000, paidAt: now } });
    expect((await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status).toBe("paid");
  });

  it.skipIf(skip)("invitations work once, expire, and every role change is audited", async () => {
    const { token } = await createInvitation(deps(), admin, ["fars-fasa", "fars-darab"], 72);
    const newcomer = (await applicant(database.prisma, 7007, "Nasrin")).id;
    const other = (await applicant(database.prisma, 8008, "Omid")).id;
    const [a, b] = await Promise.allSettled([acceptInvitation(deps(), newcomer, token), acceptInvitation(deps(), other, token)]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const winner = a.status === "fulfilled" ? newcomer : other;
    await expect(acceptInvitation(deps(), winner, token)).rejects.toMatchObject({ code: "invitation-used" });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: winner } })).role).toBe("coordinator");
    const listed = (await listCoordinators(deps(), admin)).find((c) => c.userId === winner);
    expect(listed?.counties.map((c) => c.code).sort()).toEqual(["fars-darab", "fars-fasa"]);

    const late = await createInvitation(deps(), admin, ["fars-fasa"], 1);
    now = new Date(now.getTime() + 2 * 3_600_000);
    await expect(acceptInvitation(deps(), other, late.token)).rejects.toMatchObject({ code: "invitation-expired" });
    await expect(acceptInvitation(deps(), other, "made-up-token")).rejects.toMatchObject({ code: "invitation-invalid" });

    await setCoordinatorCounties(deps(), admin, winner, ["fars-lamerd"]);
    await setCoordinatorCounties(deps(), admin, winner, []);
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: winner } })).role).toBe("applicant");
    const changes = await database.prisma.auditLog.findMany({ where: { subjectType: "user", subjectId: String(winner) }, orderBy: { id: "asc" } });
    expect(changes.map((c) => c.action)).toEqual(["role.coordinator", "role.coordinator", "role.revoked"]);
    expect(JSON.parse(changes[2]!.details)).toMatchObject({
      from: { role: "coordinator", counties: ["fars-lamerd"] },
      to: { role: "applicant", counties: [] },
    });
  });
});
