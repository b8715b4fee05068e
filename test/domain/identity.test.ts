import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { caseKeyboard, casePage } from "../../src/bot/views/case.ts";
import type { BaseContext } from "../../src/bot/context.ts";
import { renderOutboxText } from "../../src/delivery/render.ts";
import { getOwnApplication } from "../../src/domain/applications/queries.ts";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import type { ParamValue } from "../../src/domain/outbox.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { erasePersonalData } from "../../src/domain/privacy/erase.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { caseDetails } from "../../src/domain/review/cases.ts";
import { formatTrackingCode } from "../../src/domain/tracking-code.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, regionId, validDraft } from "../support/fixtures.ts";

const translate = createTranslate();
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, "");

/** Just enough of a bot context for the case views, in `language`. */
function viewContext(userId: number, language: "fa" | "en"): BaseContext {
  return {
    user: { id: userId, language, role: "coordinator", status: "active" },
    t: (key: string, args?: Record<string, string | number>) => translate(language, key, args),
  } as never;
}

describe.each(PROVIDERS)("one person, one identity on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  const deps = () => ({ db: database.prisma, clock: { now: () => new Date("2026-11-29T08:30:00Z") }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let shiraz: { userId: number };
  let jahrom: { userId: number };
  let zahra: { id: number; code: string; appId: number };

  beforeEach(async () => {
    if (skip) return;
    database = await createTestDatabase(provider);
    const db = database.prisma;
    shiraz = await assignCoordinator(db, { platform: "telegram", platformUserId: "5005" }, ["fars-shiraz"]);
    jahrom = await assignCoordinator(db, { platform: "telegram", platformUserId: "6006" }, ["fars-jahrom"]);
    const id = (await applicant(db, 1001)).id;
    const filed = await submitRegistration(deps(), id, "zahra", await validDraft(db));
    zahra = { id, code: filed.trackingCode, appId: filed.applicationId };
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const noticeTo = async (recipientId: number, appId: number) => {
    const row = await database.prisma.outbox.findFirstOrThrow({ where: { recipientId, dedupeKey: `case-new:${appId}:${recipientId}` } });
    return {
      ...row,
      params: JSON.parse(row.params!) as Record<string, ParamValue>,
      buttons: JSON.parse(row.buttons!) as { label: ParamValue; data: string }[][],
    };
  };

  it.skipIf(skip)("tells the coordinators when a registration's national ID or mobile is on another account's case, never the applicant", async () => {
    const db = database.prisma;
    // Reza registers with Zahra's national ID (another mobile) in her county; Sara with her mobile, in Jahrom.
    const reza = (await applicant(db, 1002, "Reza")).id;
    const rezaCase = await submitRegistration(deps(), reza, "reza", await validDraft(db, { fullName: "رضا کریمی", phone: "+989350000000" }));
    const sara = (await applicant(db, 1003, "Sara")).id;
    const saraCase = await submitRegistration(
      deps(),
      sara,
      "sara",
      await validDraft(db, { fullName: "سارا نیکو", nationalId: "0790419904", regionId: await regionId(db, "fars-jahrom") }),
    );

    // Zahra's own notice said nothing: nobody had her identifiers then.
    expect((await noticeTo(shiraz.userId, zahra.appId)).template).toBe("notify-new-case");

    const toShiraz = await noticeTo(shiraz.userId, rezaCase.applicationId);
    expect(toShiraz.template).toBe("notify-new-case-identity");
    expect(toShiraz.params.identity).toEqual({ t: "identity-national-id", args: { codes: formatTrackingCode(zahra.code) } });
    expect(toShiraz.buttons.at(-1)).toEqual([{ label: `📂 ${formatTrackingCode(zahra.code)}`, data: `case:open:${zahra.appId}` }]);
    const text = plain(renderOutboxText(translate, "fa", toShiraz.template, toShiraz.params, "Asia/Tehran"));
    expect(text).toContain("📥 پروندهٔ جدید در شهرستان شیراز");
    expect(text).toContain(`⚠️ همین کد ملی در پروندهٔ حساب دیگری هم آمده است: ${formatTrackingCode(zahra.code)}`);
    expect(plain(renderOutboxText(translate, "en", toShiraz.template, toShiraz.params, "Asia/Tehran"))).toContain(
      "The same national ID is on another account's case",
    );

    // Jahrom's coordinator learns of the mobile but gets no button to a Shiraz case they could not open.
    const toJahrom = await noticeTo(jahrom.userId, saraCase.applicationId);
    expect(toJahrom.params.identity).toEqual({ t: "identity-phone", args: { codes: formatTrackingCode(zahra.code) } });
    expect(toJahrom.buttons.flat().some((b) => b.data === `case:open:${zahra.appId}`)).toBe(false);

    // Zahra's case page names both other accounts' cases; buttons only to those the viewer may open.
    const seenByShiraz = await caseDetails(deps(), shiraz.userId, zahra.appId);
    expect(seenByShiraz.identityMatches.map((m) => [m.applicationId, m.sameNationalId, m.samePhone, m.openable])).toEqual([
      [saraCase.applicationId, false, true, false],
      [rezaCase.applicationId, true, false, true],
    ]);
    const page = plain(casePage(viewContext(shiraz.userId, "fa"), seenByShiraz, "Asia/Tehran").text);
    expect(page).toContain(
      `همین کد ملی یا شمارهٔ همراه در پرونده‌های حساب‌های دیگری هم آمده است: ${formatTrackingCode(saraCase.trackingCode)} · ${formatTrackingCode(rezaCase.trackingCode)}`,
    );
    const buttons = caseKeyboard(viewContext(shiraz.userId, "fa"), seenByShiraz).inline_keyboard.flat();
    expect(buttons.filter((b) => "callback_data" in b && b.callback_data.startsWith("case:open:")).map((b) => b.text)).toEqual([
      `📂 ${formatTrackingCode(rezaCase.trackingCode)}`,
    ]);
    await bootstrapAdmins(db, "telegram", ["9009"]);
    const admin = (await db.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
    expect((await caseDetails(deps(), admin, zahra.appId)).identityMatches.every((m) => m.openable)).toBe(true);

    // The applicants see nothing of it.
    for (const [user, code] of [
      [zahra.id, zahra.code],
      [reza, rezaCase.trackingCode],
    ] as const) {
      const own = JSON.stringify(await getOwnApplication(db, user, code));
      for (const other of [zahra.code, rezaCase.trackingCode, saraCase.trackingCode].filter((c) => c !== code)) expect(own).not.toContain(other);
    }
  });

  it.skipIf(skip)("forgets an erased account: its identifiers no longer match anyone", async () => {
    const db = database.prisma;
    const reza = (await applicant(db, 1002, "Reza")).id;
    const rezaCase = await submitRegistration(deps(), reza, "reza", await validDraft(db, { fullName: "رضا کریمی" }));
    expect((await caseDetails(deps(), shiraz.userId, rezaCase.applicationId)).identityMatches).toHaveLength(1);
    await erasePersonalData(deps(), zahra.id);
    expect((await caseDetails(deps(), shiraz.userId, rezaCase.applicationId)).identityMatches).toEqual([]);
    const later = (await applicant(db, 1004, "Zahra again")).id;
    const again = await submitRegistration(deps(), later, "again", await validDraft(db));
    expect((await noticeTo(shiraz.userId, again.applicationId)).params.identity).toEqual({
      t: "identity-both",
      args: { codes: formatTrackingCode(rezaCase.trackingCode) },
    });
  });
});
