import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { importRegions } from "../../src/domain/regions.ts";
import { buttons, plain, type TestUser } from "../../src/emulator/bot-api-state.ts";
import { openTestDatabase, PROVIDERS } from "../support/db.ts";
import { E2EChat } from "../support/e2e-chat.ts";
import { expectNothingSecretPrinted, useCuttableApi, useRealBot } from "../support/e2e.ts";
import { waitForOutput } from "../support/process.ts";
import { findInStorage } from "../support/scan.ts";

// The proof that what people type is never kept or printed in the clear: a day of the bot's
// life through the real process (complete and abandoned registrations, a loan with uploads, a
// review, an erasure, the Bot API gone), then the database as stored (SQLite: the raw bytes of
// the file, the WAL and the index, free pages included; PostgreSQL: every table's rows) and
// everything the process printed are searched for each national ID, mobile number, date of birth and the token.

const PEOPLE = {
  zahra: { user: { id: 1001, first_name: "Zahra" }, fullName: "زهرا احمدی", nationalId: "0499370899", phone: "9123456789", born: ["1369/01/01", "1990-03-21"] },
  ali: { user: { id: 1002, first_name: "Ali" }, fullName: "علی رضایی", nationalId: "1234567891", phone: "9351234567", born: ["1365/07/15", "1986-10-07"] },
  sara: { user: { id: 1003, first_name: "Sara" }, fullName: "سارا کریمی", nationalId: "2345678917", phone: "9171112233", born: ["1372/11/20", "1994-02-09"] },
} satisfies Record<string, { user: TestUser; fullName: string; nationalId: string; phone: string; born: [jalali: string, iso: string] }>;
const COORDINATOR: TestUser = { id: 5005, first_name: "Maryam" };

const persianDigits = (s: string) => s.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]!);
/** Each identifier in the forms it is typed or shown: Latin and Persian digits. */
const IDENTIFIERS = Object.values(PEOPLE).flatMap((p) => [
  p.nationalId,
  persianDigits(p.nationalId),
  p.phone,
  persianDigits(p.phone),
  ...p.born,
  ...p.born.map(persianDigits),
]);

describe.each(PROVIDERS)("no personal data in the clear, the real process on $provider", ({ provider, skip }) => {
  const world = useRealBot(provider, skip);
  const proxy = useCuttableApi(world, skip);

  beforeEach(async () => {
    if (skip) return;
    world.env.FILES_DIR = mkdtempSync(join(tmpdir(), "karyar-e2e-files-"));
    const database = await openTestDatabase(world.env.DATABASE_URL!);
    await importRegions(database.prisma, "data/regions/fars.json");
    await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: String(COORDINATOR.id) }, ["fars-shiraz"]);
    await database.close();
  });

  it.skipIf(skip)(
    "registrations, a loan with uploads, a review, an erasure and an outage leave no national ID, mobile, date of birth or token readable",
    async () => {
      const proc = await world.start();
      const emulator = world.emulator;
      const chat = (user: TestUser) => new E2EChat(emulator, user);
      const register = (p: (typeof PEOPLE)[keyof typeof PEOPLE]) =>
        chat(p.user).registrationSteps({
          fullName: p.fullName,
          nationalId: persianDigits(p.nationalId),
          birthDate: persianDigits(p.born[0]),
          phone: `98${p.phone}`,
        });

      // Zahra registers, then applies for a loan and uploads every document it asks for.
      const zahra = chat(PEOPLE.zahra.user);
      for (const step of register(PEOPLE.zahra)) await zahra.act(step.deliver, step.until);
      await zahra.send("💼 وام‌ها و حمایت‌ها", "وام‌ها و حمایت‌ها");
      await zahra.press("💼 وام صندوق اعتبارات خرد زنان روستایی", "مدارک لازم");
      await zahra.press("📝 درخواست این برنامه", "چه مبلغی");
      await zahra.send("۳۰ میلیون", "برای چه کاری");
      await zahra.send("خرید کندو و ابزار زنبورداری", "چند ماه");
      await zahra.send("۱۲", "ثبت نهایی");
      await zahra.press("✅ ثبت نهایی", "کد رهگیری");
      const uploads = emulator.state
        .currentMessages(PEOPLE.zahra.user.id)
        .flatMap((m) => buttons(m.reply_markup))
        .map((b) => plain(b.text))
        .filter((label) => label.startsWith("📎"));
      expect(uploads.length).toBeGreaterThan(0);
      for (const label of new Set(uploads)) {
        await zahra.press(label, "بفرستید");
        await zahra.act(() => emulator.state.sendPhoto(PEOPLE.zahra.user), "رسید");
      }

      // The coordinator takes Zahra's registration (the case page shows the national ID) and approves it.
      const maryam = chat(COORDINATOR);
      await maryam.waitFor("کد رهگیری");
      await maryam.press("🙋 به عهدهٔ من", `کد ملی: ${PEOPLE.zahra.nationalId}`);
      await maryam.pressFor("✅ تأیید", "بله، قطعی است: ✅ تأیید");
      await maryam.press("بله، قطعی است: ✅ تأیید");
      await zahra.waitFor("تأیید شده");

      // Ali walks away after giving his national ID, date of birth and mobile.
      const ali = chat(PEOPLE.ali.user);
      for (const step of register(PEOPLE.ali).slice(0, 5)) await ali.act(step.deliver, step.until);

      // Sara registers, then asks to be erased.
      const sara = chat(PEOPLE.sara.user);
      for (const step of register(PEOPLE.sara)) await sara.act(step.deliver, step.until);
      await sara.send("/deleteme", "برگشت‌پذیر نیست");
      await sara.press("🗑 بله، پاک کن", "اطلاعات شما پاک شد");

      // The Bot API goes away while Ali writes again: the answer fails, and is logged.
      await proxy().cut();
      emulator.state.sendText(PEOPLE.ali.user, "سلام");
      await waitForOutput(proc, /ECONNREFUSED/);

      // The scan reads what is there: a value kept in the clear (a county's code) is found.
      expect(await findInStorage(world.env.DATABASE_URL!, ["fars-shiraz"])).not.toEqual([]);
      const secrets = [...IDENTIFIERS, ...Object.values(PEOPLE).map((p) => p.fullName)];
      expect(await findInStorage(world.env.DATABASE_URL!, [...IDENTIFIERS, emulator.token])).toEqual([]);
      expectNothingSecretPrinted(world, proc, secrets);

      // Stopped (SQLite folds the WAL into the file): still nothing.
      proc.child.kill("SIGTERM");
      await proc.exited;
      expect(await findInStorage(world.env.DATABASE_URL!, [...IDENTIFIERS, emulator.token])).toEqual([]);
      expectNothingSecretPrinted(world, proc, secrets);
    },
    120_000,
  );
});
