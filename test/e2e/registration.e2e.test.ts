import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { plain, type TestUser } from "../../src/emulator/bot-api-state.ts";
import { openTestDatabase, WORLDS } from "../support/db.ts";
import { asTyped } from "../support/bot.ts";
import { E2EChat } from "../support/e2e-chat.ts";
import { useRealBot } from "../support/e2e.ts";
import { kill9, startBotProcess } from "../support/process.ts";
import { until } from "../support/wait.ts";

const ZAHRA: TestUser = { id: 1001, first_name: "Zahra" };
const COORDINATOR: TestUser = { id: 5005, first_name: "Maryam" };

describe.each(WORLDS)("the real bot process, long polling the emulator, on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useRealBot(provider, skip, platform);
  const start = () => world.start();

  it.skipIf(skip)("registers a business; after kill -9 midway it continues where it stopped, nothing lost or sent twice", async () => {
    // The coordinator of Shiraz, assigned with the CLI script before the bot runs.
    execFileSync("node", ["scripts/assign-coordinator.ts", String(COORDINATOR.id), "fars-shiraz"], {
      env: { ...process.env, ...world.env },
      stdio: "pipe",
    });

    const zahra = new E2EChat(world.emulator, ZAHRA);
    const send = (text: string, until?: string) => zahra.send(text, until);
    const press = (label: string) => zahra.press(label);
    let bot = await start();
    expect(await send("/start")).toContain("به «کاریار» خوش آمدید");
    await send("📝 ثبت کسب‌وکار خانگی", "نام و نام خانوادگی");
    expect(await send("زهرا احمدی")).toContain("کد ملی");
    expect(await send("۰۴۹۹۳۷۰۸۹۹")).toContain("تاریخ تولد");
    expect(await send("۱۳۶۹/۰۱/۰۱")).toContain("شمارهٔ تلفن همراه");
    await zahra.act(() => world.emulator.state.sendContact(ZAHRA, "989123456789"), "شهرستان محل");

    // Killed once the update is recorded as handled (killed between the reply and that record,
    // the reply would be sent again: crash.e2e.test.ts measures that window).
    const inbox = await openTestDatabase(world.env.DATABASE_URL!);
    await until(async () => (await inbox.prisma.inboxUpdate.count({ where: { state: "pending" } })) === 0);
    await inbox.close();
    await kill9(bot);
    bot = await start();

    expect(await press("شیراز")).toContain("روستا یا شهر");
    expect(await send("کوشک")).toContain("زمینهٔ فعالیت");
    expect(await press("زنبورداری")).toContain("نام کسب‌وکار");
    expect(await send("عسل کوهپایه")).toContain("توضیح دهید");
    expect(await send("تولید و بسته‌بندی عسل طبیعی در خانه")).toContain("محل کار");
    expect(await press("منزل")).toContain("چند نفر");
    expect(await send("۳")).toContain("سرمایهٔ لازم");
    // The amount is confirmed in both units, then the summary follows.
    const summary = await send("۵۰۰ میلیون", "ثبت نهایی");
    for (const value of ["زهرا احمدی", "0499370899", "۱ فروردین ۱۳۶۹", "0912 345 6789", "شیراز", "کوشک"]) expect(summary).toContain(value);
    const done = await press("✅ ثبت نهایی");
    const code = /کد رهگیری: (\d{4}-\d{4})/.exec(done)?.[1];
    expect(code).toBeDefined();

    // The coordinator hears of it through the outbox, national ID masked.
    const note = await world.emulator.state.waitFor((c) => c.message?.chat_id === COORDINATOR.id);
    expect(plain(note.message!.text)).toContain(`کد رهگیری: ${code}`);
    expect(asTyped(plain(note.message!.text))).toContain("049*****99");
    expect(plain(note.message!.text)).not.toContain("0499370899");

    // Every question was asked exactly once across the crash.
    const texts = world.emulator.state.messagesTo(ZAHRA.id).map((m) => plain(m.text));
    for (const question of ["نام و نام خانوادگی خود را", "کد ملی ده‌رقمی", "شهرستان محل", "روستا یا شهر را", "سرمایهٔ لازم چقدر"]) {
      expect(
        texts.filter((t) => t.includes(question)),
        question,
      ).toHaveLength(1);
    }
    const database = await openTestDatabase(world.env.DATABASE_URL!);
    try {
      expect(await database.prisma.application.count()).toBe(1);
      // The emulator saw the notice before the sender recorded it sent: wait for that record, then
      // the outbox holds exactly one row, the coordinator's, sent on its first attempt.
      const settled = async () => (await database.prisma.outbox.count({ where: { state: { in: ["pending", "sending"] } } })) === 0;
      await until(settled, 10_000, "the outbox to settle");
      const rows = await database.prisma.outbox.findMany({
        select: { state: true, template: true, attempts: true, recipient: { select: { platformUserId: true } } },
      });
      expect(rows).toEqual([{ state: "sent", template: "notify-new-case", attempts: 1, recipient: { platformUserId: String(COORDINATOR.id) } }]);
    } finally {
      await database.close();
    }
    // Personal data never reaches the logs.
    expect(bot.output()).not.toMatch(/0499370899|9123456789|زهرا/);
  });

  it.skipIf(skip)("refuses to start with one clear line when configuration is missing or the webhook URL cannot work", async () => {
    const proc = startBotProcess({ ...world.env, DATA_KEY: "", BOT_TOKEN: "" });
    expect(await proc.exited).toBe(1);
    const lines = proc.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^karyar: invalid configuration: BOT_TOKEN .*; DATA_KEY /);
    // A webhook URL the platform would refuse (Bale: ports 443 and 88 only) is found at start, not at setWebhook.
    const webhook = startBotProcess({
      ...world.env,
      BOT_MODE: "webhook",
      WEBHOOK_SECRET: "s".repeat(32),
      SET_WEBHOOK: "true",
      WEBHOOK_URL: "https://karyar.example.org:8080",
    });
    expect(await webhook.exited).toBe(1);
    expect(webhook.output().trim()).toMatch(
      new RegExp(`^karyar: invalid configuration: WEBHOOK_URL must use port ${platform === "bale" ? "443, 88" : "443, 80, 88, 8443"} \\(${platform}`),
    );
  });
});
