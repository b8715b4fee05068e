import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getOwnApplication, listOwnApplications } from "../../src/domain/applications/queries.ts";
import { attachDocument, uploadTarget } from "../../src/domain/documents/attach.ts";
import { registerOnBehalf } from "../../src/domain/facilitators/on-behalf.ts";
import { eraseHeldPerson, issueTakeoverCode, takeOverRecord } from "../../src/domain/facilitators/takeover.ts";
import { acceptInvitation, createFacilitatorInvitation, createInvitation } from "../../src/domain/invitations.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { caseDetails } from "../../src/domain/review/cases.ts";
import { changeStatus } from "../../src/domain/review/change-status.ts";
import { communityStats } from "../../src/domain/stats/community.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, coordinatorOf, facilitatorOf, refusal, validDraft } from "../support/fixtures.ts";

describe.each(PROVIDERS)("facilitators on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now = new Date("2026-12-02T08:00:00Z");
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  const village = async (nameEn: string) => (await database.prisma.village.findFirstOrThrow({ where: { nameEn } })).id;
  let coordinator: number;
  let facilitator: number;

  beforeEach(async () => {
    if (skip) return;
    now = new Date("2026-12-02T08:00:00Z");
    database = await createTestDatabase(provider);
    coordinator = await coordinatorOf(database.prisma);
    facilitator = await facilitatorOf(deps(), coordinator, ["Qalat", "Guyom"]);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const fileFor = async (overrides = {}, key = "k1") =>
    registerOnBehalf(deps(), facilitator, key, await validDraft(database.prisma, { village: "قلات", ...overrides }), "spoken");

  it.skipIf(skip)("an invitation makes a facilitator of some villages, from a coordinator of their county only", async () => {
    const db = database.prisma;
    expect(await db.user.findUniqueOrThrow({ where: { id: facilitator }, include: { villages: true } })).toMatchObject({
      role: "facilitator",
      villages: [{ villageId: await village("Qalat") }, { villageId: await village("Guyom") }],
    });
    expect(await refusal(createFacilitatorInvitation(deps(), coordinator, [await village("Kenareh")], 72))).toBe("forbidden");
    expect(await db.auditLog.count({ where: { action: "refused.forbidden", actorId: coordinator } })).toBe(1);
    const { token } = await createFacilitatorInvitation(deps(), coordinator, [await village("Kaftarak")], 72);
    expect(await refusal(acceptInvitation(deps(), coordinator, token))).toBe("invitation-staff");
    expect(await refusal(createFacilitatorInvitation(deps(), facilitator, [await village("Qalat")], 72))).toBe("not-staff");
    // A facilitator who opens a coordinator's invitation becomes a coordinator.
    const admin = (await applicant(db, 9009, "Ali")).id;
    await db.user.update({ where: { id: admin }, data: { role: "admin" } });
    const coordinatorLink = await createInvitation(deps(), admin, ["fars-shiraz"], 72);
    expect(await acceptInvitation(deps(), facilitator, coordinatorLink.token)).toMatchObject({ role: "coordinator" });
  });

  it.skipIf(skip)("registers a person on their behalf with consent: a held record, filed by the facilitator, the coordinators told", async () => {
    const db = database.prisma;
    const filed = await fileFor();
    expect(filed).toMatchObject({ created: true, takeover: { code: expect.stringMatching(/^\d{4}-\d{4}-\d{4}$/) } });
    const person = await db.user.findUniqueOrThrow({ where: { id: filed.personId } });
    expect(person).toMatchObject({ platform: "held", chatId: "", status: "stopped", heldById: facilitator, consentKind: "spoken", fullName: "زهرا احمدی" });
    const app = await db.application.findUniqueOrThrow({ where: { id: filed.applicationId }, include: { events: true, business: true } });
    expect(app).toMatchObject({ applicantId: person.id, filedById: facilitator, events: [{ actorId: facilitator, toStatus: "submitted" }] });
    expect(app.business).toMatchObject({ village: "قلات", villageId: await village("Qalat") });
    expect(await db.outbox.count({ where: { recipientId: coordinator, template: "notify-new-case" } })).toBe(1);
    expect(await db.auditLog.findFirst({ where: { action: "registration.on-behalf" } })).toMatchObject({ actorId: facilitator });
    // The same submission again files nothing and makes no second record.
    expect(await fileFor()).toMatchObject({ created: false, personId: person.id, takeover: null });
    expect(await db.user.count({ where: { platform: "held" } })).toBe(1);

    expect(await communityStats(deps(), coordinator)).toMatchObject({ byFacilitator: [{ name: "Sara", cases: 1 }] });
    const shown = await caseDetails(deps(), coordinator, filed.applicationId);
    expect(shown.filedBy).toMatchObject({ name: "Sara", consentKind: "spoken", stillHeld: true });
  });

  it.skipIf(skip)("refuses outside the facilitator's villages, and anyone who is not a facilitator, recording it", async () => {
    const db = database.prisma;
    expect(await refusal(fileFor({ village: "کفترک" }))).toBe("outside-villages");
    expect(await refusal(fileFor({ village: "قلات", regionId: (await db.region.findUniqueOrThrow({ where: { code: "fars-jahrom" } })).id }))).toBe(
      "outside-villages",
    );
    expect(await refusal(fileFor({ village: "روستای تازه" }))).toBe("outside-villages");
    const zahra = await applicant(db, 1001);
    expect(await refusal(registerOnBehalf(deps(), zahra.id, "k9", await validDraft(db, { village: "قلات" }), "signed"))).toBe("not-facilitator");
    expect(await db.auditLog.count({ where: { action: { in: ["refused.outside-villages", "refused.not-facilitator"] } } })).toBe(4);
    // Too young to register: refused before the person's record is made.
    expect(await refusal(fileFor({ birthDate: "2020-01-01" }))).toBe("invalid-birth-date");
    expect(await db.user.count({ where: { heldById: { not: null } } })).toBe(0);
    expect(await db.application.count()).toBe(0);
  });

  it.skipIf(skip)("the facilitator follows the case, is told of its changes for the person, and sends its documents", async () => {
    const db = database.prisma;
    const filed = await fileFor();
    expect(await listOwnApplications(db, facilitator)).toMatchObject([{ trackingCode: filed.trackingCode, onBehalfOf: "زهرا احمدی" }]);
    expect(await getOwnApplication(db, facilitator, filed.trackingCode)).toMatchObject({ onBehalfOf: { name: "زهرا احمدی", personId: filed.personId } });
    // Another facilitator sees nothing of it.
    const other = (await applicant(db, 3004, "Mina")).id;
    await db.user.update({ where: { id: other }, data: { role: "facilitator" } });
    expect(await listOwnApplications(db, other)).toEqual([]);
    expect(await refusal(getOwnApplication(db, other, filed.trackingCode))).toBe("application-not-found");

    await changeStatus(deps(), coordinator, { applicationId: filed.applicationId, version: 0, to: "documents_requested", documents: ["national-card"] });
    const notice = await db.outbox.findFirstOrThrow({ where: { kind: "status" } });
    expect(notice).toMatchObject({ recipientId: facilitator, subjectUserId: filed.personId });
    expect(JSON.parse(notice.params!)).toMatchObject({ onBehalfOf: "زهرا احمدی" });

    expect(await refusal(uploadTarget(deps(), other, filed.trackingCode, "national-card"))).toBe("application-not-found");
    const file = { kind: "photo" as const, sentAs: "photo" as const, fileId: "f1", fileUniqueId: "u1", sizeBytes: 1000 };
    await attachDocument(deps(), facilitator, filed.trackingCode, "national-card", file, 10 * 2 ** 20);
    const app = await db.application.findUniqueOrThrow({ where: { id: filed.applicationId }, include: { documents: true } });
    expect(app).toMatchObject({ status: "under_review", documents: [{ uploadedById: facilitator }] });
  });

  it.skipIf(skip)("the person takes the record over with the code, once; the facilitator then holds it no more", async () => {
    const db = database.prisma;
    const filed = await fileFor();
    const zahra = await applicant(db, 1001);
    expect(await takeOverRecord(deps(), zahra.id, filed.takeover!.code.replace(/-/g, " "))).toEqual({ applications: 1 });
    expect(await db.user.findUniqueOrThrow({ where: { id: zahra.id } })).toMatchObject({
      fullName: "زهرا احمدی",
      nationalId: "0499370899",
      phone: "+989123456789",
      birthDate: "1990-03-21",
      consentKind: "spoken",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: filed.personId } })).toMatchObject({
      fullName: null,
      nationalId: null,
      birthDate: null,
      heldById: null,
    });
    expect(await listOwnApplications(db, zahra.id)).toMatchObject([{ trackingCode: filed.trackingCode, onBehalfOf: null }]);
    expect(await listOwnApplications(db, facilitator)).toEqual([]);
    expect((await caseDetails(deps(), coordinator, filed.applicationId)).filedBy).toMatchObject({ name: "Sara", stillHeld: false });

    const reza = await applicant(db, 1002, "Reza");
    expect(await refusal(takeOverRecord(deps(), reza.id, filed.takeover!.code))).toBe("takeover-used");
    expect(await refusal(takeOverRecord(deps(), reza.id, "1111-2222-3333"))).toBe("takeover-invalid");
    expect(await refusal(issueTakeoverCode(deps(), facilitator, filed.personId))).toBe("forbidden");
    expect(await db.auditLog.count({ where: { action: { startsWith: "refused.takeover-" } } })).toBe(2);
  });

  it.skipIf(skip)("the facilitator erases a person's record at their request; nobody else can", async () => {
    const db = database.prisma;
    const filed = await fileFor();
    const other = (await applicant(db, 3004, "Mina")).id;
    expect(await refusal(eraseHeldPerson(deps(), other, filed.personId))).toBe("forbidden");
    await eraseHeldPerson(deps(), facilitator, filed.personId);
    expect(await db.user.findUniqueOrThrow({ where: { id: filed.personId } })).toMatchObject({ fullName: null, nationalId: null, phone: null, heldById: null });
    expect(await db.application.findUniqueOrThrow({ where: { id: filed.applicationId }, include: { business: true } })).toMatchObject({
      status: "withdrawn",
      business: { name: "—", village: "—" },
    });
    expect(await listOwnApplications(db, facilitator)).toEqual([]);
    const zahra = await applicant(db, 1001);
    expect(await refusal(takeOverRecord(deps(), zahra.id, filed.takeover!.code))).toBe("takeover-invalid");
    expect(await db.auditLog.count({ where: { action: "privacy.erase-held", actorId: facilitator } })).toBe(1);
  });

  it.skipIf(skip)("a new code replaces the old one; codes expire; an account with its own registration cannot take one over", async () => {
    const db = database.prisma;
    const filed = await fileFor();
    const second = await issueTakeoverCode(deps(), facilitator, filed.personId);
    const reza = await applicant(db, 1002, "Reza");
    expect(await refusal(takeOverRecord(deps(), reza.id, filed.takeover!.code))).toBe("takeover-invalid");
    await submitRegistration(deps(), reza.id, "own", await validDraft(db, { nationalId: "0012345679" }));
    expect(await refusal(takeOverRecord(deps(), reza.id, second.code))).toBe("takeover-has-record");
    now = new Date(now.getTime() + 31 * 86_400_000);
    const zahra = await applicant(db, 1001);
    expect(await refusal(takeOverRecord(deps(), zahra.id, second.code))).toBe("takeover-expired");
  });
});
