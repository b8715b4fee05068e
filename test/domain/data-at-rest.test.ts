import { Api } from "grammy";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOutboxSender } from "../../src/delivery/sender.ts";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { attachDocument } from "../../src/domain/documents/attach.ts";
import { submitLoanApplication } from "../../src/domain/loans/submit.ts";
import { enqueue, purgeSettledPayloads } from "../../src/domain/outbox.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { erasePersonalData, strikeOut } from "../../src/domain/privacy/erase.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { changeStatus } from "../../src/domain/review/change-status.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import { BotApiState, plain } from "../../src/emulator/bot-api-state.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { fakeFetch } from "../support/fake-fetch.ts";
import { applicant, regionId, validDraft } from "../support/fixtures.ts";
import { findInStorage } from "../support/scan.ts";

const DAY = 86_400_000;

/** Two applicants as they typed themselves: everything here is personal data. */
const ZAHRA = {
  platformUserId: 1001,
  firstName: "Zahra",
  fullName: "زهرا احمدی",
  nationalId: "0499370899",
  birthDate: "1987-06-14",
  phone: "+989123456789",
  village: "کوشک",
  businessName: "عسل کوهپایه",
  description: "تولید و بسته‌بندی عسل طبیعی",
  purpose: "خرید دار قالی و مواد اولیهٔ پشم",
};
const REZA = {
  platformUserId: 1002,
  firstName: "Reza",
  fullName: "رضا کریمی",
  nationalId: "0790419904",
  birthDate: "1979-11-02",
  phone: "+989351112233",
  village: "دهبید",
  businessName: "نان محلی دهبید",
  description: "پخت نان محلی در خانه",
};
/** The forms a national ID or mobile is written in, and the date of birth as kept. */
const numbers = (p: { nationalId: string; phone: string; birthDate: string }) => [p.nationalId, p.phone, `0${p.phone.slice(3)}`, p.phone.slice(3), p.birthDate];

describe("striking a person out of a coordinator's note", () => {
  it("finds names in any case and numbers in any common written form", () => {
    const note = "Zahra AHMADI, national ID 049-937-0899: call 0912 345 6789 or +989123456789 about عسل کوهپایه";
    expect(strikeOut(note, ["zahra ahmadi", "عسل کوهپایه"], ["0499370899", "9123456789"])).toBe("—, national ID —: call — or — about —");
    expect(strikeOut("بدون نام", ["زهرا"], ["0499370899"])).toBe("بدون نام");
  });
});

describe.each(PROVIDERS)("personal data at rest on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now = new Date("2026-11-29T08:30:00Z");
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let api: BotApiState;
  const deliver = () =>
    createOutboxSender({
      db: database.prisma,
      api: new Api("1:test", { fetch: fakeFetch(api) as never }),
      translate: createTranslate(),
      clock: { now: () => now },
      logger: pino({ level: "silent" }),
      timeZone: "Asia/Tehran",
      ratePerSecond: 1000,
    }).drain();

  beforeEach(async () => {
    if (skip) return;
    now = new Date("2026-11-29T08:30:00Z");
    api = new BotApiState();
    database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  /** Registration, a loan with every document, a review with notes naming her, and every message delivered. */
  async function lifeOfACase() {
    const db = database.prisma;
    const coordinator = (await assignCoordinator(db, { platform: "telegram", platformUserId: "5005" }, ["fars-khonj"])).userId;
    const khonj = await regionId(db, "fars-khonj");
    const register = async (p: typeof ZAHRA | typeof REZA) => {
      const user = await applicant(db, p.platformUserId, p.firstName);
      const { fullName, nationalId, birthDate, phone, village, businessName, description } = p;
      const draft = await validDraft(db, {
        fullName,
        nationalId,
        birthDate,
        phone,
        village,
        businessName,
        description,
        regionId: khonj,
        category: "handicrafts",
      });
      const { applicationId } = await submitRegistration(deps(), user.id, `reg-${p.platformUserId}`, draft);
      return { userId: user.id, applicationId };
    };
    const zahra = await register(ZAHRA);
    const reza = await register(REZA);
    const business = await db.business.findFirstOrThrow({ where: { ownerId: zahra.userId } });
    const loan = await submitLoanApplication(deps(), zahra.userId, "loan", {
      businessId: business.id,
      programCode: "rural-jobs-note18",
      amountRials: 1_000_000_000,
      purpose: ZAHRA.purpose,
      repaymentMonths: 48,
    });
    for (const [code, kind] of [
      ["national-card", "photo"],
      ["birth-certificate", "pdf"],
      ["business-plan", "pdf"],
    ] as const) {
      await attachDocument(
        deps(),
        zahra.userId,
        loan.trackingCode,
        code,
        { kind, sentAs: kind === "photo" ? "photo" : "document", fileId: `f-${code}`, fileUniqueId: `u-${code}`, sizeBytes: 1000 },
        10 * 2 ** 20,
      );
    }
    const move = async (applicationId: number, to: string, extra: object = {}) => {
      const { version } = await db.application.findUniqueOrThrow({ where: { id: applicationId } });
      return changeStatus(deps(), coordinator, { applicationId, version, to: to as never, ...extra });
    };
    await move(zahra.applicationId, "under_review");
    await move(zahra.applicationId, "documents_requested", {
      documents: ["health-card"],
      note: `${ZAHRA.fullName}، کارت بهداشت با کد ملی ${ZAHRA.nationalId} لازم است؛ تماس: 0912 345 6789`,
    });
    await attachDocument(
      deps(),
      zahra.userId,
      (await db.application.findUniqueOrThrow({ where: { id: zahra.applicationId } })).trackingCode,
      "health-card",
      {
        kind: "photo",
        sentAs: "photo",
        fileId: "f-health",
        fileUniqueId: "u-health",
      },
      10 * 2 ** 20,
    );
    await move(zahra.applicationId, "approved", { note: `مدارک ${ZAHRA.businessName} کامل است` });
    await move(zahra.applicationId, "issued");
    await move(reza.applicationId, "rejected", { note: `${REZA.fullName}: محل کار با کسب‌وکار خانگی جور نیست` });
    expect(await deliver()).toBeGreaterThan(5);
    expect(
      plain(
        api
          .messagesTo(5005)
          .map((m) => m.text)
          .join("\n"),
      ),
    ).toContain(ZAHRA.fullName);
    return { coordinator, zahra, reza, loan };
  }

  it.skipIf(skip)("after registrations, a loan, a review and an erasure: nothing of the erased person anywhere, nobody's identity in the clear", async () => {
    const db = database.prisma;
    const { coordinator, zahra, reza } = await lifeOfACase();
    const everyone = [...numbers(ZAHRA), ...numbers(REZA), ZAHRA.fullName, REZA.fullName, ZAHRA.firstName, REZA.firstName];
    expect(await findInStorage(database.url, everyone)).toEqual([]);

    // What her rows hold as ciphertext now must be gone too once she is erased.
    const sealed = await db.$queryRawUnsafe<{ fullName: string; nationalIdEnc: string; phoneEnc: string; firstName: string }[]>(
      `SELECT "fullName", "nationalIdEnc", "phoneEnc", "firstName" FROM "User" WHERE "id" = ${zahra.userId}`,
    );
    const sealedNames = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM "Business" WHERE "ownerId" = ${zahra.userId}`);
    const ciphertexts = [...Object.values(sealed[0]!), ...sealedNames.map((b) => b.name)];

    await erasePersonalData(deps(), zahra.userId);

    const hers = [...numbers(ZAHRA), ZAHRA.fullName, ZAHRA.firstName, ZAHRA.businessName, ZAHRA.village, ZAHRA.description, ZAHRA.purpose];
    expect(await findInStorage(database.url, [...hers, ...everyone])).toEqual([]);
    expect(await findInStorage(database.url, ciphertexts)).toEqual([]);

    // Her copies in other people's messages are gone; the records stay, without a name.
    const copies = await db.outbox.findMany({ where: { OR: [{ recipientId: zahra.userId }, { subjectUserId: zahra.userId }] } });
    expect(copies.length).toBeGreaterThanOrEqual(4);
    expect(copies.every((c) => c.params === null && c.buttons === null && c.template && c.kind && c.createdAt)).toBe(true);
    expect(copies.filter((c) => c.recipientId === coordinator).map((c) => c.template)).toEqual(expect.arrayContaining(["notify-new-case", "notify-new-loan"]));
    const notes = await db.applicationEvent.findMany({ where: { application: { applicantId: zahra.userId }, note: { not: null } }, orderBy: { id: "asc" } });
    expect(notes.map((n) => n.note)).toEqual(["—، کارت بهداشت با کد ملی — لازم است؛ تماس: —", "مدارک — کامل است"]);
    expect(await db.application.findMany({ where: { applicantId: zahra.userId }, select: { status: true, purpose: true } })).toEqual(
      expect.arrayContaining([
        { status: "issued", purpose: null },
        { status: "withdrawn", purpose: null },
      ]),
    );

    // Reza is untouched, and still readable through the sealing.
    expect(await db.user.findUniqueOrThrow({ where: { id: reza.userId } })).toMatchObject({
      fullName: REZA.fullName,
      nationalId: REZA.nationalId,
      phone: REZA.phone,
    });
    const rezaNotice = await db.outbox.findFirstOrThrow({ where: { subjectUserId: reza.userId } });
    expect(JSON.parse(rezaNotice.params!)).toMatchObject({ fullName: REZA.fullName, businessName: REZA.businessName });
    expect((await db.applicationEvent.findFirstOrThrow({ where: { applicationId: reza.applicationId, toStatus: "rejected" } })).note).toContain(REZA.fullName);
  });

  it.skipIf(skip)("cancels pending messages about the erased person, and a message in flight keeps no name", async () => {
    const db = database.prisma;
    await assignCoordinator(db, { platform: "telegram", platformUserId: "5005" }, ["fars-shiraz"]);
    const zahra = (await applicant(db, 1001, "Zahra")).id;
    await submitRegistration(deps(), zahra, "reg", await validDraft(db));
    await db.outbox.updateMany({ where: { template: "notify-new-case" }, data: { state: "sending", claimedAt: now } });
    await enqueue(db, [{ recipientId: zahra, kind: "reminder", template: "reminder-registration", params: {}, dedupeKey: "r1", notBefore: now }]);
    await erasePersonalData(deps(), zahra);
    expect(await db.outbox.findMany({ select: { template: true, state: true, params: true }, orderBy: { id: "asc" } })).toEqual([
      { template: "notify-new-case", state: "sending", params: null },
      { template: "reminder-registration", state: "cancelled", params: null },
    ]);
  });

  it.skipIf(skip)("removes a settled message's payload after OUTBOX_RETENTION_DAYS and keeps its record", async () => {
    const db = database.prisma;
    await lifeOfACase();
    const settled = await db.outbox.count({ where: { state: "sent" } });
    await enqueue(db, [
      {
        recipientId: (await applicant(db, 1003)).id,
        kind: "reminder",
        template: "reminder-registration",
        params: {},
        dedupeKey: "later",
        notBefore: new Date(now.getTime() + 60 * DAY),
      },
    ]);
    now = new Date(now.getTime() + 29 * DAY);
    expect(await purgeSettledPayloads(deps(), 30)).toBe(0);
    now = new Date(now.getTime() + 2 * DAY);
    expect(await purgeSettledPayloads(deps(), 30)).toBe(settled);
    expect(await purgeSettledPayloads(deps(), 30)).toBe(0);
    const rows = await db.outbox.findMany();
    expect(rows.filter((r) => r.state === "sent").every((r) => r.params === null && r.buttons === null && r.sentAt && r.template)).toBe(true);
    expect(rows.find((r) => r.dedupeKey === "later")).toMatchObject({ state: "pending", params: "{}" });
  });
});
