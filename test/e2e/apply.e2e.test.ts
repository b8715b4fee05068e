import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { importRegions } from "../../src/domain/regions.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { plain, type TestUser } from "../../src/emulator/bot-api-state.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { openTestDatabase, WORLDS } from "../support/db.ts";
import { E2EChat } from "../support/e2e-chat.ts";
import { useRealBot } from "../support/e2e.ts";
import { BotApiEmulator } from "../../src/emulator/server.ts";
import { applicant, regionId, validDraft } from "../support/fixtures.ts";

const ZAHRA: TestUser = { id: 1001, first_name: "Zahra" };
const COORDINATOR: TestUser = { id: 5005, first_name: "Maryam" };

describe.each(WORLDS)("applying for a loan with the real bot process on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useRealBot(provider, skip, platform);
  beforeEach(async () => {
    if (skip) return;
    world.env.FILES_DIR = mkdtempSync(join(tmpdir(), "karyar-e2e-files-"));
    // Zahra registered a handicrafts business in Khonj earlier; Maryam coordinates Khonj.
    const database = await openTestDatabase(world.env.DATABASE_URL!);
    await importRegions(database.prisma, "data/regions/fars.json");
    const user = await applicant(database.prisma, ZAHRA.id, ZAHRA.first_name, platform);
    const deps = { db: database.prisma, clock: { now: () => new Date() }, cipher: new PersonalDataCipher(TEST_DATA_KEY) };
    await submitRegistration(
      deps,
      user.id,
      "reg",
      await validDraft(database.prisma, { regionId: await regionId(database.prisma, "fars-khonj"), category: "handicrafts" }),
    );
    await assignCoordinator(database.prisma, { platform, platformUserId: String(COORDINATOR.id) }, ["fars-khonj"]);
    await database.close();
  });

  it.skipIf(skip)("browses, applies, uploads every document; the coordinator hears of both; files are kept", async () => {
    await world.start();
    const emulator = world.emulator;
    const zahra = new E2EChat(emulator, ZAHRA);
    const maryam = new E2EChat(emulator, COORDINATOR);
    await zahra.send("💼 وام‌ها و حمایت‌ها", "وام‌ها و حمایت‌ها");
    await zahra.press("💼 تسهیلات اشتغال روستایی و عشایری (تبصرهٔ ۱۸ قانون بودجه)", "مدارک لازم");
    await zahra.press("📝 درخواست این برنامه", "چه مبلغی");
    await zahra.send("۱۵۰ میلیون", "برای چه کاری");
    await zahra.send("خرید دار قالی و پشم رنگ‌شده", "چند ماه");
    await zahra.send("۳۶", "ثبت نهایی");
    const filed = await zahra.press("✅ ثبت نهایی", "کد رهگیری");
    const code = /کد رهگیری: (\d{4}-\d{4})/.exec(filed)![1]!;

    let checklist = "";
    for (const [label, send] of [
      ["📎 تصویر کارت ملی", () => emulator.state.sendPhoto(ZAHRA)],
      ["📎 تصویر صفحهٔ اول شناسنامه", () => emulator.state.sendDocument(ZAHRA, { mimeType: "image/png", fileName: "page1.png" })],
      ["📎 طرح توجیهی ساده", () => emulator.state.sendDocument(ZAHRA)],
    ] as const) {
      await zahra.press(label, "بفرستید");
      checklist = plain((await zahra.act(send, "رسید ✅")).message!.text);
    }
    expect(checklist).toContain("همهٔ مدارک رسید ✅");

    expect(await maryam.waitFor("درخواست وام جدید")).toContain(`کد رهگیری: ${code}`);
    expect(await maryam.waitFor("کامل شد")).toContain(code);

    const database = await openTestDatabase(world.env.DATABASE_URL!);
    try {
      const files = await database.prisma.applicationDocument.findMany();
      expect(files).toHaveLength(3);
      for (const f of files) {
        expect(f.storedPath?.startsWith(join(world.env.FILES_DIR!, code.replace("-", "")))).toBe(true);
        expect(readFileSync(f.storedPath!, "utf8")).toBe(BotApiEmulator.FILE_BODY);
      }
    } finally {
      await database.close();
    }
  });
});
