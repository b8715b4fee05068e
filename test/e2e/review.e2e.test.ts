import { execFileSync } from "node:child_process";
import { beforeEach, describe, expect, it } from "vitest";
import type { TestUser } from "../../src/emulator/bot-api-state.ts";
import { openTestDatabase, WORLDS } from "../support/db.ts";
import { E2EChat } from "../support/e2e-chat.ts";
import { useRealBot } from "../support/e2e.ts";

const ZAHRA: TestUser = { id: 1001, first_name: "Zahra" };
const MARYAM: TestUser = { id: 5005, first_name: "Maryam" };

describe.each(WORLDS)("register → review → documents → approve → permit, two people, the real bot, $platform, $provider", ({ provider, skip, platform }) => {
  const world = useRealBot(provider, skip, platform);
  beforeEach(() => {
    if (skip) return;
    world.env.ADMIN_IDS = "9009";
    execFileSync("node", ["scripts/assign-coordinator.ts", String(MARYAM.id), "fars-shiraz"], {
      env: { ...process.env, ...world.env },
      stdio: "pipe",
    });
  });

  it.skipIf(skip)("carries a home-business permit application from the applicant to an issued permit", async () => {
    await world.start();
    const emulator = world.emulator;
    const zahra = new E2EChat(emulator, ZAHRA);
    const maryam = new E2EChat(emulator, MARYAM);

    await maryam.send("/start", "کاریار");
    await zahra.send("/start", "کاریار");
    const { code } = await zahra.register({
      category: "صنایع غذایی و تبدیلی",
      businessName: "ترشی و مربای کوشک",
      description: "تهیهٔ ترشی و مربای خانگی برای بازار شهر",
      jobs: "۲",
      capital: "۸۰ میلیون",
    });

    // The coordinator's notice arrives through the outbox, with buttons.
    await maryam.waitFor(`کد رهگیری: ${code}`);
    // Taking the case turns the notice into the case's page as it is now.
    await maryam.press("🙋 به عهدهٔ من", "کد ملی: 0499370899");
    await zahra.waitFor("در حال بررسی");
    await maryam.press("📎 درخواست مدارک", "کدام مدارک");
    await maryam.act(() => emulator.state.pressButton(MARYAM, maryam.buttonData("⬜ کارت بهداشت")));
    await maryam.press("➡️ ادامه", "یادداشتی");
    await maryam.press("بدون یادداشت", "نیاز به مدارک");

    await zahra.waitFor("این مدارک لازم است");
    await zahra.press("📎 کارت بهداشت", "بفرستید");
    await zahra.act(() => emulator.state.sendPhoto(ZAHRA), "رسید ✅");
    await maryam.waitFor("مدارک خواسته‌شده");

    await maryam.send("/queue", "پرونده‌های باز");
    await maryam.press(`📂 ${code}`, "در حال بررسی");
    // Food is a starred field: the coordinator's approval waits for the county health network's.
    await maryam.pressFor("✅ تأیید (سپس دستگاه دوم)", "بله، قطعی است: ✅ تأیید (سپس دستگاه دوم)");
    await maryam.press("بله، قطعی است: ✅ تأیید (سپس دستگاه دوم)");
    await zahra.waitFor("مجوز پس از تأیید شبکهٔ بهداشت و درمان شهرستان صادر می‌شود");
    await maryam.pressFor("✅ دستگاه دوم تأیید کرد: صدور مجوز", "بله، قطعی است: 🏷 صدور مجوز");
    await maryam.press("بله، قطعی است: 🏷 صدور مجوز");
    const permit = await zahra.waitFor("مجوز کسب‌وکار خانگی شما صادر شد");
    expect(permit).toMatch(/شمارهٔ مجوز: KR-14\d\d-\d{6}/);
    expect(permit).toMatch(/اعتبار تا: .*۱۴[۰-۹]{2}/);

    const database = await openTestDatabase(world.env.DATABASE_URL!);
    try {
      const app = await database.prisma.application.findFirstOrThrow({ include: { events: { orderBy: { id: "asc" } } } });
      expect(app.status).toBe("issued");
      expect(app.events.map((e) => e.toStatus)).toEqual(["submitted", "under_review", "documents_requested", "under_review", "awaiting_second_body", "issued"]);
      expect(await database.prisma.outbox.count({ where: { state: { not: "sent" } } })).toBe(0);
    } finally {
      await database.close();
    }
  });
});
