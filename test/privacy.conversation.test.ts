import { beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { changeStatus } from "../src/domain/review/change-status.ts";
import { setLanguage } from "../src/domain/users.ts";
import { plain } from "../src/emulator/bot-api-state.ts";
import { type TestChat, type TestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";
import { fillRegistration } from "./support/registration.ts";

const ZAHRA = { id: 1001, first_name: "Zahra" };

describe.each(WORLDS)("/mydata and /deleteme on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, ZAHRA, platform);
  let database: TestDatabase;
  let t: TestBot;
  let chat: TestChat;
  beforeEach(() => void ({ database, t, chat } = world));

  async function registered() {
    await fillRegistration(chat);
    await chat.press("reg:submit");
    return /کد رهگیری: (\d{4}-\d{4})/.exec(chat.lastText())![1]!.replace("-", "");
  }

  it.skipIf(skip)("sends everything stored about the user as a JSON file, national ID and phone included", async () => {
    const code = await registered();
    await chat.send("/mydata");
    const call = t.api.calls.findLast((c) => c.method === "sendDocument")!;
    expect(call.payload.caption).toContain("همهٔ اطلاعاتی که کاریار");
    const file = call.payload.document as { filename: string; content: Buffer };
    expect(file.filename).toBe("karyar-my-data.json");
    const data = JSON.parse(file.content.toString("utf8"));
    expect(data.profile).toMatchObject({ fullName: "زهرا احمدی", nationalId: "0499370899", phone: "+989123456789", reminders: true });
    expect(data.businesses[0]).toMatchObject({ name: "عسل کوهپایه", county: { en: "Shiraz", fa: "شیراز" }, capitalRials: "5000000000" });
    expect(data.applications[0]).toMatchObject({ trackingCode: code, kind: "home_permit", status: "submitted" });
    expect(data.applications[0].history).toHaveLength(1);
  });

  it.skipIf(skip)("beside the file, a readable summary in the person's language: labels, statuses, Jalali dates, amounts in both units", async () => {
    const code = await registered();
    await chat.send("/mydata");
    const summary = t.api
      .messagesTo(1001)
      .map((m) => plain(m.text))
      .find((text) => text.includes("آنچه کاریار"))!;
    for (const part of ["کد ملی: 0499370899", "+989123456789", "زنبورداری", "شیراز", "۵۰۰٬۰۰۰٬۰۰۰ تومان", "ثبت شده، در انتظار بررسی", "۱۴۰"]) {
      expect(summary).toContain(part);
    }
    expect(summary).toContain(`${code.slice(0, 4)}-${code.slice(4)}`);
    // No raw codes.
    expect(summary).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    for (const raw of ["beekeeping", "home_permit", "submitted"]) expect(summary).not.toMatch(new RegExp(`\\b${raw}\\b`));

    const user = await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "1001" } });
    await setLanguage(database.prisma, user.id, "en");
    await chat.send("/mydata");
    const english = t.api
      .messagesTo(1001)
      .map((m) => plain(m.text))
      .findLast((text) => text.includes("What Karyar keeps"))!;
    for (const part of ["Beekeeping", "Shiraz", "Submitted, waiting for review", "500,000,000 tomans"]) expect(english).toContain(part);
  });

  it.skipIf(skip)("the summary shows the business's description and the coordinators' notes about the case, under their headings (fa and en)", async () => {
    const maryam = (await assignCoordinator(database.prisma, { platform, platformUserId: "5005" }, ["fars-shiraz"])).userId;
    const code = await registered();
    const app = await database.prisma.application.findFirstOrThrow({ where: { trackingCode: code } });
    await changeStatus(world.deps(), maryam, {
      applicationId: app.id,
      version: app.version,
      to: "documents_requested",
      documents: ["health-card"],
      note: "کارت بهداشت را واضح بفرستید",
    });
    await chat.send("/mydata");
    const summary = () =>
      t.api
        .messagesTo(1001)
        .map((m) => plain(m.text))
        .findLast((text) => text.includes("آنچه کاریار") || text.includes("What Karyar keeps"))!;
    for (const part of ["توضیح کسب‌وکار: تولید و بسته‌بندی عسل طبیعی در خانه", "یادداشت‌های کارشناسان دربارهٔ این پرونده:", "کارت بهداشت را واضح بفرستید"]) {
      expect(summary()).toContain(part);
    }
    const user = await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "1001" } });
    await setLanguage(database.prisma, user.id, "en");
    await chat.send("/mydata");
    for (const part of ["About the business: تولید و بسته‌بندی عسل طبیعی در خانه", "Coordinators' notes about this case:", "کارت بهداشت را واضح بفرستید"]) {
      expect(summary()).toContain(part);
    }
  });

  it.skipIf(skip)("erases after confirmation: identity released, open applications withdrawn, records kept without a name", async () => {
    await assignCoordinator(database.prisma, { platform, platformUserId: "5005" }, ["fars-shiraz"]);
    const code = await registered();
    await chat.send("/deleteme");
    expect(chat.lastText()).toContain("برگشت‌پذیر نیست");
    const [yes, no] = chat.lastMarkup().inline_keyboard.flat();
    await chat.press(no.callback_data);
    expect(chat.lastText()).toContain("چیزی پاک نشد");
    await chat.press(yes.callback_data);
    expect(chat.lastText()).toContain("اطلاعات شما پاک شد");

    const erased = await database.prisma.user.findFirstOrThrow({ where: { platformUserId: { startsWith: "erased:" } } });
    expect(erased).toMatchObject({
      fullName: null,
      nationalId: null,
      nationalIdHash: null,
      phone: null,
      phoneHash: null,
      firstName: null,
      status: "stopped",
    });
    const app = await database.prisma.application.findUniqueOrThrow({ where: { trackingCode: code }, include: { business: true } });
    expect(app.status).toBe("withdrawn");
    expect(app.business).toMatchObject({ name: "—", village: "—", description: "—", category: "beekeeping" });
    expect(await database.prisma.auditLog.count({ where: { action: "privacy.erase" } })).toBe(1);

    // The old confirmation pressed again is refused; writing again starts as a new user.
    await chat.press(yes.callback_data);
    expect(await database.prisma.auditLog.count({ where: { action: "privacy.erase" } })).toBe(1);
    await chat.send("/start");
    expect(await database.prisma.user.count({ where: { platformUserId: String(ZAHRA.id) } })).toBe(1);
  });

  it.skipIf(skip)("refuses to erase a coordinator's account", async () => {
    await assignCoordinator(database.prisma, { platform, platformUserId: String(ZAHRA.id) }, ["fars-shiraz"]);
    await chat.send("/deleteme");
    await chat.press(chat.lastMarkup().inline_keyboard.flat()[0].callback_data);
    expect(chat.lastText()).toContain("حساب کارشناسان و مدیران");
    expect(await database.prisma.user.count({ where: { platformUserId: String(ZAHRA.id), role: "coordinator" } })).toBe(1);
  });
});
