import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { importRegions } from "../../src/domain/regions.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { plain, type BotCall, type TestUser } from "../support/bot-api.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { freshDatabaseUrl, PROVIDERS } from "../support/db.ts";
import { BotApiEmulator } from "../support/emulator.ts";
import { applicant, regionId, validDraft } from "../support/fixtures.ts";
import { kill9, startBotProcess, waitForOutput, type BotProcess } from "../support/process.ts";

const ZAHRA: TestUser = { id: 1001, first_name: "Zahra" };
const COORDINATOR: TestUser = { id: 5005, first_name: "Maryam" };

describe.each(PROVIDERS)("applying for a loan with the real bot process on $provider", ({ provider, skip }) => {
  let emulator: BotApiEmulator;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  let bot: BotProcess | undefined;

  beforeEach(async () => {
    if (skip) return;
    emulator = new BotApiEmulator();
    const apiRoot = await emulator.start();
    const db = await freshDatabaseUrl(provider);
    drop = db.drop;
    const filesDir = mkdtempSync(join(tmpdir(), "karyar-e2e-files-"));
    env = { BOT_TOKEN: emulator.token, BOT_API_ROOT: apiRoot, DATABASE_URL: db.url, DATA_KEY: TEST_DATA_KEY, FILES_DIR: filesDir, LOG_LEVEL: "info" };

    // Zahra registered a handicrafts business in Khonj earlier; Maryam coordinates Khonj.
    const database = await openDatabase(db.url);
    await importRegions(database.prisma, "data/regions/fars.json");
    const user = await applicant(database.prisma, ZAHRA.id, ZAHRA.first_name);
    const deps = { db: database.prisma, clock: { now: () => new Date() }, cipher: new PersonalDataCipher(TEST_DATA_KEY) };
    await submitRegistration(deps, user.id, "reg", await validDraft(database.prisma, { regionId: await regionId(database.prisma, "fars-khonj"), category: "handicrafts" }));
    await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: String(COORDINATOR.id) }, ["fars-khonj"]);
    await database.close();
  });
  afterEach(async () => {
    if (skip) return;
    if (bot) await kill9(bot);
    bot = undefined;
    await emulator.stop();
    await drop();
  });

  async function act(deliver: () => unknown, until: string): Promise<BotCall> {
    const since = emulator.state.calls.length;
    deliver();
    return emulator.state.waitFor((c) => c.message?.chat_id === ZAHRA.id && plain(c.message.text).includes(until), { since });
  }
  const buttonData = (call: BotCall, label: string) =>
    (call.message!.reply_markup.inline_keyboard as { text: string; callback_data: string }[][]).flat().find((b) => plain(b.text) === label)!.callback_data;

  it.skipIf(skip)("browses, applies, uploads every document; the coordinator hears of both; files are kept", async () => {
    bot = startBotProcess(env);
    await waitForOutput(bot, /bot started/);
    const list = await act(() => emulator.state.sendText(ZAHRA, "💼 وام‌ها و حمایت‌ها"), "وام‌ها و حمایت‌ها");
    const page = await act(
      () => emulator.state.pressButton(ZAHRA, buttonData(list, "💼 تسهیلات اشتغال روستایی و عشایری (تبصرهٔ ۱۸ قانون بودجه)")),
      "مدارک لازم",
    );
    await act(() => emulator.state.pressButton(ZAHRA, buttonData(page, "📝 درخواست این برنامه")), "چه مبلغی");
    await act(() => emulator.state.sendText(ZAHRA, "۱۵۰ میلیون"), "برای چه کاری");
    await act(() => emulator.state.sendText(ZAHRA, "خرید دار قالی و پشم رنگ‌شده"), "چند ماه");
    const summary = await act(() => emulator.state.sendText(ZAHRA, "۳۶"), "ثبت نهایی");
    let checklist = await act(() => emulator.state.pressButton(ZAHRA, buttonData(summary, "✅ ثبت نهایی")), "کد رهگیری");
    const code = /کد رهگیری: (\d{4}-\d{4})/.exec(plain(checklist.message!.text))![1]!;

    for (const [label, send] of [
      ["📎 تصویر کارت ملی", () => emulator.state.sendPhoto(ZAHRA)],
      ["📎 تصویر صفحهٔ اول شناسنامه", () => emulator.state.sendDocument(ZAHRA, { mimeType: "image/png", fileName: "page1.png" })],
      ["📎 طرح توجیهی ساده", () => emulator.state.sendDocument(ZAHRA)],
    ] as const) {
      await act(() => emulator.state.pressButton(ZAHRA, buttonData(checklist, label)), "بفرستید");
      checklist = await act(send, "رسید ✅");
    }
    expect(plain(checklist.message!.text)).toContain("همهٔ مدارک رسید ✅");

    const toCoordinator = async (text: string) =>
      plain((await emulator.state.waitFor((c) => c.message?.chat_id === COORDINATOR.id && plain(c.message.text).includes(text))).message!.text);
    expect(await toCoordinator("درخواست وام جدید")).toContain(`کد رهگیری: ${code}`);
    expect(await toCoordinator("کامل شد")).toContain(code);

    const database = await openDatabase(env.DATABASE_URL!);
    try {
      const files = await database.prisma.applicationDocument.findMany();
      expect(files).toHaveLength(3);
      for (const f of files) {
        expect(f.storedPath?.startsWith(join(env.FILES_DIR!, code.replace("-", "")))).toBe(true);
        expect(readFileSync(f.storedPath!, "utf8")).toBe(BotApiEmulator.FILE_BODY);
      }
    } finally {
      await database.close();
    }
  });
});
