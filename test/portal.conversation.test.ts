import { beforeEach, describe, expect, it } from "vitest";
import { saveFacts } from "../src/domain/applicant/facts.ts";
import { TestChat, type TestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";
import { caseInShiraz, REZA } from "./support/case-world.ts";

describe.each(WORLDS)("the permit's record for the national portal in the bot on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, undefined, platform);
  let database: TestDatabase;
  let t: TestBot;
  let maryam: TestChat;
  let appId: number;

  beforeEach(async () => {
    if (skip) return;
    ({ database, t } = world);
    ({ maryam, appId } = await caseInShiraz(database, t, platform));
  });

  it.skipIf(skip)("shows the county's coordinator what the portal asks, the date of birth given at registration or later, and nobody else", async () => {
    await maryam.press(`case:open:${appId}`);
    expect(maryam.lastText()).toContain("🗂 برای سامانهٔ ملی مجوزهای کسب‌وکار خانگی");
    // Given at registration.
    expect(maryam.lastText()).toContain("تاریخ تولد: ۱ فروردین ۱۳۶۹");
    expect(maryam.lastText()).toContain("زمینهٔ فعالیت: زنبورداری");

    // A record registered before the date of birth was asked says so, until a loan that checks her age asks it.
    const zahra = await database.prisma.application.findUniqueOrThrow({ where: { id: appId } });
    await database.prisma.user.update({ where: { id: zahra.applicantId }, data: { birthDate: null } });
    await maryam.press(`case:open:${appId}`);
    expect(maryam.lastText()).toContain("تاریخ تولد: هنوز نگفته است");
    await saveFacts(world.deps(), zahra.applicantId, { birthDate: "1991-08-12" });
    await maryam.press(`case:open:${appId}`);
    const page = maryam.lastText();
    expect(page).toContain("تاریخ تولد: ۲۱ مرداد ۱۳۷۰");
    expect(page).toContain("کد ملی: 0499370899");

    // Reza coordinates another county: refused, and nothing of the record reaches him.
    const reza = new TestChat(t, REZA);
    const before = t.api.calls.length;
    await reza.press(`case:open:${appId}`);
    expect(reza.lastText()).toContain("در حوزهٔ شما نیست");
    const refused = JSON.stringify(t.api.calls.slice(before).map((c) => c.payload));
    expect(refused).not.toContain("۱۳۷۰");
    expect(refused).not.toContain("سامانهٔ ملی");
  });
});
