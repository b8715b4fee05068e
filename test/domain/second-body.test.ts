import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { caseDetails } from "../../src/domain/review/cases.ts";
import { changeStatus } from "../../src/domain/review/change-status.ts";
import { readSecondBodies, refusalReasonsOf, secondBodyFor } from "../../src/domain/review/second-body.ts";
import { findTransition } from "../../src/domain/review/transitions.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, reviewStaff, moveCase, validDraft } from "../support/fixtures.ts";

describe("starred fields", () => {
  it("names a second body for food, livestock and fisheries, cultural and artistic work, and none for the rest", () => {
    expect(secondBodyFor("food")?.code).toBe("health");
    expect(secondBodyFor("livestock")?.code).toBe("veterinary");
    expect(secondBodyFor("fisheries")?.code).toBe("veterinary");
    expect(secondBodyFor("arts")?.code).toBe("culture");
    for (const plain of ["handicrafts", "agriculture", "beekeeping", "carpet", "services", "other"]) expect(secondBodyFor(plain)).toBeNull();
    const file = readSecondBodies();
    for (const body of file.bodies) expect(refusalReasonsOf(body.code).length).toBeGreaterThan(1);
    expect(refusalReasonsOf("culture").map((r) => r.code)).toContain("content");
    expect(refusalReasonsOf("health").map((r) => r.code)).not.toContain("content");
  });

  it("gives a starred permit the second body's step and a plain one today's path", () => {
    expect(findTransition("home_permit", "under_review", "approved", "coordinator", "starred")).toBeUndefined();
    expect(findTransition("home_permit", "under_review", "awaiting_second_body", "coordinator", "starred")).toBeDefined();
    expect(findTransition("home_permit", "awaiting_second_body", "issued", "coordinator", "starred")).toBeDefined();
    expect(findTransition("home_permit", "awaiting_second_body", "second_body_refused", "admin", "starred")?.needsSecondBodyReason).toBe(true);
    expect(findTransition("home_permit", "awaiting_second_body", "issued", "applicant", "starred")).toBeUndefined();
    expect(findTransition("home_permit", "under_review", "awaiting_second_body", "coordinator", "plain")).toBeUndefined();
    expect(findTransition("home_permit", "approved", "issued", "coordinator", "starred")).toBeUndefined();
    // Loans are not permits: a food business's loan is approved as any other.
    expect(findTransition("loan", "under_review", "approved", "coordinator", "starred")).toBeDefined();
  });
});

describe.each(PROVIDERS)("the second body's approval on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now = new Date("2026-11-29T08:30:00Z");
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let zahra: number;
  let shiraz: number;
  let jahrom: number;
  let admin: number;

  beforeEach(async () => {
    if (skip) return;
    now = new Date("2026-11-29T08:30:00Z");
    database = await createTestDatabase(provider);
    const db = database.prisma;
    zahra = (await applicant(db, 1001)).id;
    ({ shiraz, jahrom, admin } = await reviewStaff(db));
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const file = async (category: string) =>
    (await submitRegistration(deps(), zahra, `reg-${category}`, await validDraft(database.prisma, { category } as never))).applicationId;
  const app = (id: number) => database.prisma.application.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: "asc" } } } });
  const toZahra = async () =>
    (await database.prisma.outbox.findMany({ where: { recipientId: zahra }, orderBy: { id: "asc" } })).map((o) => ({
      template: o.template,
      params: JSON.parse(o.params!),
    }));

  it.skipIf(skip)("holds a livestock permit for the veterinary organization, then issues it on its approval", async () => {
    const id = await file("livestock");
    await moveCase(deps(), shiraz, id, "under_review");
    await expect(moveCase(deps(), shiraz, id, "approved")).rejects.toMatchObject({ code: "transition-refused" });
    await expect(moveCase(deps(), shiraz, id, "issued")).rejects.toMatchObject({ code: "transition-refused" });
    await moveCase(deps(), shiraz, id, "awaiting_second_body");
    expect(await app(id)).toMatchObject({ status: "awaiting_second_body", secondBody: "veterinary", permitNumber: null });
    const details = await caseDetails(deps(), shiraz, id);
    expect(details.secondBody).toMatchObject({ code: "veterinary", refusal: null });
    expect(details.moves.map((m) => m.to)).toEqual(["issued", "second_body_refused"]);

    now = new Date("2026-12-01T06:00:00Z");
    await moveCase(deps(), shiraz, id, "issued");
    const issued = await app(id);
    expect(issued).toMatchObject({ status: "issued", permitNumber: `KR-1405-${String(id).padStart(6, "0")}` });
    expect(issued.events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      [null, "submitted", zahra],
      ["submitted", "under_review", shiraz],
      ["under_review", "awaiting_second_body", shiraz],
      ["awaiting_second_body", "issued", shiraz],
    ]);
    const sent = await toZahra();
    expect(sent.map((o) => o.template)).toEqual(["notify-status", "notify-second-body-waiting", "notify-permit-issued"]);
    expect(sent[1]!.params.body).toEqual({ fa: "ادارهٔ دامپزشکی شهرستان", en: "the county veterinary organization" });
  });

  it.skipIf(skip)("records the health network's refusal with a reason from its list and tells the applicant why", async () => {
    const id = await file("food");
    await moveCase(deps(), shiraz, id, "awaiting_second_body");
    await expect(moveCase(deps(), admin, id, "second_body_refused")).rejects.toMatchObject({ code: "second-body-reason-required" });
    // A reason of another body's list is not the health network's to give.
    await expect(moveCase(deps(), admin, id, "second_body_refused", { secondBodyReason: "content" })).rejects.toMatchObject({
      code: "second-body-reason-required",
    });
    await moveCase(deps(), admin, id, "second_body_refused", { secondBodyReason: "health-card", note: "کارت بهداشت منقضی شده" });
    expect(await app(id)).toMatchObject({ status: "second_body_refused", secondBody: "health", secondBodyRefusal: "health-card", permitNumber: null });
    const refusal = (await toZahra()).at(-1)!;
    expect(refusal).toMatchObject({
      template: "notify-second-body-refused",
      params: { body: { en: "the county health network" }, reason: { en: "no valid health card was presented" }, note: "کارت بهداشت منقضی شده" },
    });
    expect((await caseDetails(deps(), admin, id)).moves).toEqual([]);
  });

  it.skipIf(skip)("keeps a plain field's permit on today's path", async () => {
    const id = await file("handicrafts");
    await moveCase(deps(), shiraz, id, "approved");
    await expect(moveCase(deps(), shiraz, id, "awaiting_second_body")).rejects.toMatchObject({ code: "transition-refused" });
    await moveCase(deps(), shiraz, id, "issued");
    expect(await app(id)).toMatchObject({ status: "issued", secondBody: null });
    expect((await caseDetails(deps(), shiraz, id)).secondBody).toBeNull();
  });

  it.skipIf(skip)("refuses another county's coordinator and a second press of the same decision, and audits both", async () => {
    const id = await file("arts");
    await moveCase(deps(), shiraz, id, "awaiting_second_body");
    const { version } = await app(id);
    await expect(changeStatus(deps(), jahrom, { applicationId: id, version, to: "issued" })).rejects.toMatchObject({ code: "forbidden" });
    await changeStatus(deps(), shiraz, { applicationId: id, version, to: "second_body_refused", secondBodyReason: "content" });
    // The same button again (the version it was shown), and the other decision on that old page: both stale.
    await expect(changeStatus(deps(), shiraz, { applicationId: id, version, to: "second_body_refused", secondBodyReason: "content" })).rejects.toMatchObject({
      code: "stale",
      i18nKey: "err-stale",
      params: { status: "second_body_refused" },
    });
    await expect(changeStatus(deps(), shiraz, { applicationId: id, version, to: "issued" })).rejects.toMatchObject({ code: "stale" });
    const after = await app(id);
    expect(after.events.filter((e) => e.toStatus === "second_body_refused")).toHaveLength(1);
    expect((await toZahra()).filter((o) => o.template === "notify-second-body-refused")).toHaveLength(1);
    const audit = await database.prisma.auditLog.findMany({ where: { subjectType: "application", subjectId: String(id) }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["refused.forbidden", jahrom],
      ["refused.stale", shiraz],
      ["refused.stale", shiraz],
    ]);
  });
});
