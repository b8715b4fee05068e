import { beforeEach, describe, expect, it } from "vitest";
import { DAY_MS } from "../src/domain/local-time.ts";
import { submitRegistration } from "../src/domain/registration/submit.ts";
import { DEFAULT_REMINDERS } from "../src/domain/reminders/settings.ts";
import { remindersTick } from "../src/domain/reminders/tick.ts";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import { deliverOutbox } from "./support/bot.ts";
import { PROVIDERS } from "./support/db.ts";
import { useTestBot } from "./support/conversation.ts";
import { applicant, coordinatorOf, MARYAM, moveCase, validDraft, ZAHRA } from "./support/fixtures.ts";
import { pressLabel } from "./support/registration.ts";

/** 10 March 2025, 10:00 in Tehran: Zahra's permit is issued (she has no loan). */
const ISSUED = new Date("2025-03-10T06:30:00Z");

describe.each(PROVIDERS)("the yearly jobs question in the bot on $provider", ({ provider, skip }) => {
  let now: Date;
  const world = useTestBot(provider, skip, undefined, "telegram", { now: () => now });
  const zahra = world.chatOf(ZAHRA);
  const maryam = world.chatOf(MARYAM);
  let permitId: number;

  beforeEach(async () => {
    if (skip) return;
    now = ISSUED;
    const db = world.database.prisma;
    const deps = world.deps();
    const coordinator = await coordinatorOf(db);
    const person = (await applicant(db, ZAHRA.id)).id;
    permitId = (await submitRegistration(deps, person, "reg", await validDraft(db))).applicationId;
    await moveCase(deps, coordinator, permitId, "approved");
    await moveCase(deps, coordinator, permitId, "issued");
    await remindersTick(deps, DEFAULT_REMINDERS);
    await deliverOutbox(world.t, world.database);
  });

  it.skipIf(skip)("asks on the anniversary with the loan's questions and buttons; the coordinator verifies; not asked again that year", async () => {
    const tick = () => remindersTick(world.deps(), DEFAULT_REMINDERS);
    now = new Date(ISSUED.getTime() + 200 * DAY_MS);
    await tick();
    now = new Date("2026-03-10T06:31:00Z");
    await tick();
    await deliverOutbox(world.t, world.database);
    expect(zahra.lastText()).toContain("۱ سال از صدور مجوز کسب‌وکار خانگی درخواست");
    await pressLabel(zahra, "📝 پاسخ می‌دهم");
    expect(zahra.lastText()).toContain("آیا خودتان اکنون در کسب‌وکار");
    await pressLabel(zahra, "بله");
    await pressLabel(zahra, "2");
    await pressLabel(zahra, "0");
    await pressLabel(zahra, "✅ فرستاده شود");
    expect(zahra.lastText()).toContain("پاسخ شما ثبت شد");

    await deliverOutbox(world.t, world.database);
    expect(maryam.lastText()).toContain("۱۲ ماه پس از صدور مجوز");
    expect(maryam.lastText()).toContain("کارفرما");
    const verify = buttons(maryam.lastMarkup()).find((b) => plain(b.text) === "✅ تأیید گزارش")!.data;
    await maryam.press(verify);
    expect(await world.database.prisma.jobsReport.findFirstOrThrow()).toMatchObject({ applicationId: permitId, monthsAfter: 12, newJobs: 2 });
    expect(await world.database.prisma.auditLog.count({ where: { action: "jobs.verify" } })).toBe(1);
    await maryam.press(`case:open:${permitId}`);
    expect(maryam.lastText()).toContain("👷 ۱۲ ماه پس از صدور مجوز");

    const before = world.t.api.messagesTo(ZAHRA.id).length;
    now = new Date("2026-10-01T06:00:00Z");
    await tick();
    await deliverOutbox(world.t, world.database);
    expect(world.t.api.messagesTo(ZAHRA.id)).toHaveLength(before);
  });
});
