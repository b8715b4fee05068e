import { beforeEach, describe, expect, it } from "vitest";
import { csvCell } from "../src/bot/views/csv.ts";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { submitRegistration } from "../src/domain/registration/submit.ts";
import { changeStatus } from "../src/domain/review/change-status.ts";
import { applicationStats, weekStart } from "../src/domain/stats/stats.ts";
import { bootstrapAdmins } from "../src/domain/users.ts";
import { TEST_DATA_KEY, TestChat, type TestBot } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { WORLDS, type TestDatabase } from "./support/db.ts";
import { applicant, regionId, validDraft } from "./support/fixtures.ts";

describe("CSV cells and weeks", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(csvCell("زهرا احمدی")).toBe("زهرا احمدی");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(null)).toBe("");
    expect(csvCell(5_000_000_000n)).toBe("5000000000");
  });
  it("starts weeks on Saturday, Tehran time", () => {
    // Friday 2026-11-27 23:00 Tehran is still the week of Saturday 2026-11-21.
    expect(weekStart(new Date("2026-11-27T19:30:00Z")).toISOString()).toBe("2026-11-20T20:30:00.000Z");
    expect(weekStart(new Date("2026-11-27T20:30:00Z")).toISOString()).toBe("2026-11-27T20:30:00.000Z");
  });
});

describe.each(WORLDS)("statistics and export on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useTestBot(provider, skip, undefined, platform);
  let database: TestDatabase;
  let t: TestBot;
  const deps = () => ({ db: database.prisma, clock: { now: () => new Date() }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });
  let admin: TestChat;
  let maryam: TestChat;

  beforeEach(async () => {
    if (skip) return;
    ({ database, t } = world);
    await bootstrapAdmins(database.prisma, platform, ["9009"]);
    const coordinator = await assignCoordinator(database.prisma, { platform, platformUserId: "5005" }, ["fars-shiraz"]);
    admin = new TestChat(t, { id: 9009, first_name: "Admin" });
    maryam = new TestChat(t, { id: 5005, first_name: "Maryam" });
    const rows = [
      // The approved case is the beekeeper's: food is a starred field (its approval waits for the health network).
      [1001, "fars-shiraz", "beekeeping", 3, "زهرا احمدی"],
      [1002, "fars-shiraz", "food", 2, 'مریم "کوچک", رضایی'],
      [1003, "fars-jahrom", "food", 5, "=SUM(A1)"],
    ] as const;
    for (const [id, county, category, jobs, name] of rows) {
      const user = await applicant(database.prisma, id, `U${id}`, platform);
      await submitRegistration(
        deps(),
        user.id,
        `reg-${id}`,
        await validDraft(database.prisma, { regionId: await regionId(database.prisma, county), category, plannedJobs: jobs }),
      );
      // Names the bot would refuse, written directly: the CSV must survive whatever is stored.
      await database.prisma.user.update({ where: { id: user.id }, data: { fullName: name } });
    }
    const first = await database.prisma.application.findFirstOrThrow({ orderBy: { id: "asc" } });
    await changeStatus(deps(), coordinator.userId, { applicationId: first.id, version: 0, to: "approved" });
  });

  it.skipIf(skip)("counts by county, field, kind and status, planned jobs and weekly approvals, within the actor's scope", async () => {
    const adminId = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
    const all = await applicationStats(deps(), adminId);
    expect(all.total).toBe(3);
    expect(all.plannedJobs).toBe(10);
    expect(all.byCounty.map((c) => [c.key.en, c.count])).toEqual([
      ["Shiraz", 2],
      ["Jahrom", 1],
    ]);
    expect(all.byCategory.map((c) => [c.key, c.count])).toEqual([
      ["food", 2],
      ["beekeeping", 1],
    ]);
    expect(all.byStatus.map((c) => [c.key, c.count]).sort()).toEqual([
      ["approved", 1],
      ["submitted", 2],
    ]);
    expect(all.approvalsPerWeek).toHaveLength(8);
    expect(all.approvalsPerWeek.at(-1)!.count).toBe(1);

    const coordinatorId = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "5005" } })).id;
    const mine = await applicationStats(deps(), coordinatorId);
    expect(mine.total).toBe(2);
    expect(mine.plannedJobs).toBe(5);
    const applicantId = (await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "1001" } })).id;
    await expect(applicationStats(deps(), applicantId)).rejects.toMatchObject({ code: "not-staff" });
  });

  it.skipIf(skip)("sends figures and a chart, and a CSV with a byte-order mark, scoped to the coordinator's counties", async () => {
    await admin.send("/stats");
    const photo = t.api.calls.filter((c) => c.method === "sendPhoto").at(-1)!;
    const png = (photo.payload.photo as { content: Buffer }).content;
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(admin.texts().at(-2)).toContain("همهٔ درخواست‌ها: ۳ · شغل پیش‌بینی‌شده: ۱۰ نفر");

    await maryam.send("/export");
    const document = t.api.calls.filter((c) => c.method === "sendDocument").at(-1)!;
    const file = document.payload.document as { filename: string; content: Buffer };
    expect(file.filename).toMatch(/^karyar-applications-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.content.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]).toBe(
      "کد رهگیری,نوع,وضعیت,تاریخ ثبت,تاریخ ثبت (ISO),شهرستان,روستا یا شهر,متقاضی,کسب‌وکار,زمینه,شغل,سرمایه (ریال),برنامه,مبلغ وام (ریال),شمارهٔ مجوز",
    );
    expect(lines).toHaveLength(3); // Jahrom's case is not Maryam's
    expect(lines[1]).toContain(",تأیید شده,");
    expect(lines[2]).toContain('"مریم ""کوچک"", رضایی"');
    expect(file.content.toString("utf8")).not.toMatch(/0499370899|9123456789/);

    await admin.send("/export");
    const adminCsv = (t.api.calls.filter((c) => c.method === "sendDocument").at(-1)!.payload.document as { content: Buffer }).content.toString("utf8");
    expect(adminCsv).toContain(",'=SUM(A1),");

    const zahra = new TestChat(t, { id: 1001, first_name: "Z" });
    await zahra.send("/stats");
    expect(zahra.lastText()).toBe("این فرمان فقط برای کارشناسان است.");
  });
});
