import { beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { acceptInvitation, createFacilitatorInvitation } from "../../src/domain/invitations.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { importRegions } from "../../src/domain/regions.ts";
import { ensureUser } from "../../src/domain/users.ts";
import type { TestUser } from "../../src/emulator/bot-api-state.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { openTestDatabase, WORLDS } from "../support/db.ts";
import { E2EChat } from "../support/e2e-chat.ts";
import { useRealBot } from "../support/e2e.ts";

const SARA: TestUser = { id: 3003, first_name: "Sara" }; // facilitator of Qalat
const ZAHRA: TestUser = { id: 1001, first_name: "Zahra" };
const REZA: TestUser = { id: 1002, first_name: "Reza" };

describe.each(WORLDS)("a village fund with the real bot process on $platform, $provider", ({ provider, skip, platform }) => {
  const world = useRealBot(provider, skip, platform);
  beforeEach(async () => {
    if (skip) return;
    // Maryam coordinates Shiraz and invited Sara, who facilitates in Qalat.
    const database = await openTestDatabase(world.env.DATABASE_URL!);
    try {
      await importRegions(database.prisma, "data/regions/fars.json");
      const deps = { db: database.prisma, clock: { now: () => new Date() }, cipher: new PersonalDataCipher(TEST_DATA_KEY) };
      const maryam = await assignCoordinator(database.prisma, { platform, platformUserId: "5005" }, ["fars-shiraz"]);
      const qalat = await database.prisma.village.findFirstOrThrow({ where: { nameEn: "Qalat" } });
      const sara = await ensureUser(database.prisma, { platform, platformUserId: String(SARA.id), chatId: String(SARA.id), firstName: "Sara" });
      await acceptInvitation(deps, sara.id, (await createFacilitatorInvitation(deps, maryam.userId, [qalat.id], 72)).token);
    } finally {
      await database.close();
    }
  });

  it.skipIf(skip)(
    "from the fund's creation to a loan repaid: members join by link, a saving, a loan, two installments",
    async () => {
      await world.start();
      const sara = new E2EChat(world.emulator, SARA);
      const zahra = new E2EChat(world.emulator, ZAHRA);
      const reza = new E2EChat(world.emulator, REZA);

      await sara.send("🏦 صندوق‌ها", "هنوز صندوقی در روستاهای شما ثبت نشده است");
      await sara.press("➕ صندوق تازه", "کدام روستا");
      await sara.press("قلات");
      const created = await sara.send("صندوق زنان قلات", "start=fund_");
      const link = /start=(fund_[\w-]+)/.exec(created)![1]!;
      for (const member of [zahra, reza]) await member.send(`/start ${link}`, "به صندوق «صندوق زنان قلات» خوش آمدید");

      await sara.send("/funds", "نگهداری یا نظارتشان با شماست");
      expect(await sara.press("🏦 صندوق زنان قلات", "اعضا:")).toContain("اعضا: ۲");
      await sara.press("➕ پس‌انداز");
      await sara.press("Zahra");
      expect(await sara.send("۲ میلیون", "پس‌انداز ثبت شد")).toContain("موجودی: ۲۰٬۰۰۰٬۰۰۰ ریال (۲٬۰۰۰٬۰۰۰ تومان)");

      await sara.press("💸 وام");
      await sara.press("Reza");
      await sara.send("۱ میلیون");
      await sara.send("۲");
      expect(await sara.send("خرید دو کندو", "وام با اقساطش ثبت شد")).toContain("۱۰٬۰۰۰٬۰۰۰ ریال (۱٬۰۰۰٬۰۰۰ تومان) در ۱ وام");
      expect(await reza.send("/funds", "قسط بعدی")).toContain("قسط بعدی: ۵٬۰۰۰٬۰۰۰ ریال (۵۰۰٬۰۰۰ تومان)");

      for (const owed of ["Reza — ۱۰٬۰۰۰٬۰۰۰ ریال (۱٬۰۰۰٬۰۰۰ تومان)", "Reza — ۵٬۰۰۰٬۰۰۰ ریال (۵۰۰٬۰۰۰ تومان)"]) {
        await sara.press("↩️ بازپرداخت");
        await sara.press(owed);
        await sara.send("۵۰۰ هزار", "بازپرداخت ثبت شد");
      }
      expect(await reza.send("/funds", "کامل بازپرداخت شد")).toContain("صندوق زنان قلات");

      const database = await openTestDatabase(world.env.DATABASE_URL!);
      try {
        // Every entry kept: the saving, the loan, two repayments; each audited.
        expect((await database.prisma.fundEntry.findMany({ orderBy: { id: "asc" } })).map((e) => e.kind)).toEqual([
          "contribution",
          "loan",
          "repayment",
          "repayment",
        ]);
      } finally {
        await database.close();
      }
    },
    120_000,
  );
});
