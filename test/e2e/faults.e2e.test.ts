import { describe, expect, it } from "vitest";
import { ADMIN, broadcast, received, seed } from "../support/audience.ts";
import { plain } from "../../src/emulator/bot-api-state.ts";
import { openTestDatabase, PROVIDERS } from "../support/db.ts";
import { E2EChat } from "../support/e2e-chat.ts";
import { useRealBot, WEBHOOK_SECRET } from "../support/e2e.ts";
import { TcpProxy } from "../support/tcp-proxy.ts";
import { until } from "../support/wait.ts";

describe.each(PROVIDERS)("faults on $provider", ({ provider, skip }) => {
  const world = useRealBot(provider, skip);

  it.skipIf(skip || provider !== "postgres")(
    "two webhook instances on one PostgreSQL: a registration hops between them; reminders and a broadcast go exactly once",
    async () => {
      const env = { REMINDER_TICK_SECONDS: "2", OUTBOX_RATE_PER_SECOND: "30" };
      const database = await openTestDatabase(world.env.DATABASE_URL!);
      try {
        // Before the instances start: registrations begun three days ago, and a broadcast's audience.
        const audience = await seed(database, 20, 3000);
        const forgetful = Array.from({ length: 10 }, (_, i) => 4000 + i);
        const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
        await database.prisma.user.createMany({
          data: forgetful.map((id) => ({ platform: "telegram", platformUserId: String(id), chatId: String(id), registrationStartedAt: threeDaysAgo })),
        });
        const a = await world.startWebhook({ ...env, INSTANCE_ID: "a" });
        const b = await world.startWebhook({ ...env, INSTANCE_ID: "b" });
        world.emulator.useWebhook([`${a.base}/webhook`, `${b.base}/webhook`], WEBHOOK_SECRET);

        const zahra = new E2EChat(world.emulator, { id: 1001, first_name: "Zahra" });
        const { done } = await zahra.register();
        expect(done).toMatch(/کد رهگیری: \d{4}-\d{4}/);
        expect(new Set(world.emulator.deliveries.map((d) => d.target)).size).toBe(2);

        await broadcast(database, "اطلاعیهٔ دو نمونه");
        await until(() => received(world, audience, "اطلاعیهٔ دو نمونه").every((n) => n >= 1), 60_000, "the broadcast");
        await until(() => received(world, forgetful, "نیمه‌کاره مانده").every((n) => n >= 1), 60_000, "the reminders");
        // The reminders keep ticking (each tick moves the rules' cursors): a few more ticks, then count.
        const ticks = new Set<number>();
        await until(
          async () => {
            for (const row of await database.prisma.jobState.findMany({ where: { key: { startsWith: "reminder:" } } })) ticks.add(row.updatedAt.getTime());
            return ticks.size >= 4;
          },
          60_000,
          "a few more reminder ticks",
        );
        expect(received(world, audience, "اطلاعیهٔ دو نمونه")).toEqual(audience.map(() => 1));
        expect(received(world, forgetful, "نیمه‌کاره مانده")).toEqual(forgetful.map(() => 1));
      } finally {
        await database.close();
      }
    },
    180_000,
  );

  it.skipIf(skip || provider !== "postgres")(
    "the database goes away: the webhook answers 503 so the update is delivered again, and it is handled once the database is back",
    async () => {
      const proxy = new TcpProxy(Number(new URL(world.env.DATABASE_URL!).port || 5432));
      const url = new URL(world.env.DATABASE_URL!);
      url.port = String(await proxy.start());
      const { base } = await world.startWebhook({ DATABASE_URL: url.toString() });
      world.emulator.useWebhook([`${base}/webhook`], WEBHOOK_SECRET);
      const zahra = new E2EChat(world.emulator, { id: 1001, first_name: "Zahra" });
      expect(await zahra.send("/start")).toContain("به «کاریار» خوش آمدید");

      await proxy.cut();
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      const since = world.emulator.deliveries.length;
      const answered = zahra.send("/help", "راهنمای کاریار");
      answered.catch(() => undefined); // awaited below, once the database is back
      await until(() => world.emulator.deliveries.slice(since).filter((d) => d.status === 503).length >= 3, 30_000, "refused deliveries");
      expect(world.emulator.state.messagesTo(1001).some((m) => plain(m.text).includes("راهنمای کاریار"))).toBe(false);

      await proxy.restore();
      expect(await answered).toContain("راهنمای کاریار");
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      await proxy.cut();
    },
    120_000,
  );

  it.skipIf(skip || provider !== "postgres")(
    "on Bale, which delivers an update once: the database goes away and comes back while the webhook holds the update; it is handled",
    async () => {
      const proxy = new TcpProxy(Number(new URL(world.env.DATABASE_URL!).port || 5432));
      const url = new URL(world.env.DATABASE_URL!);
      url.port = String(await proxy.start());
      const { base } = await world.startWebhook({ BOT_PLATFORM: "bale", DATABASE_URL: url.toString() });
      world.emulator.useWebhook([`${base}/webhook/${WEBHOOK_SECRET}`]);
      const zahra = new E2EChat(world.emulator, { id: 1001, first_name: "Zahra" });
      expect(await zahra.send("/start")).toContain("به «کاریار» خوش آمدید");

      await proxy.cut();
      const since = world.emulator.deliveries.length;
      const answered = zahra.send("/help", "راهنمای کاریار", 60_000);
      answered.catch(() => undefined); // awaited below, once the database is back
      await until(() => world.bot!.output().includes("trying again"), 30_000, "the webhook to wait for the database");
      await proxy.restore();
      expect(await answered).toContain("راهنمای کاریار");
      expect(world.emulator.deliveries.slice(since).map((d) => d.status)).toEqual([200]);
      await proxy.cut();
    },
    120_000,
  );

  it.skipIf(skip || provider !== "sqlite")(
    "on Bale: a broadcast waits out Bale's rate limits ('bot limit exceed', no retry_after) and stops at a blocked recipient, each message sent once",
    async () => {
      const database = await openTestDatabase(world.env.DATABASE_URL!);
      try {
        const audience = await seed(database, 6, 3000, "bale");
        Object.assign(world.env, { BOT_PLATFORM: "bale", BALE_OUTBOX_RATE_PER_SECOND: "20" });
        await world.start();
        // The admin's new-case notices first; then the platform allows three messages a second.
        await until(() => world.emulator.state.messagesTo(ADMIN).length === audience.length, 30_000, "the admin's notices");
        world.emulator.rateLimitPerSecond = 3;
        const [blocked, ...others] = audience as [number, ...number[]];
        world.emulator.state.setBlocked({ id: blocked, first_name: "B" }, true);
        await broadcast(database, "اطلاعیهٔ بله");
        await until(() => received(world, others, "اطلاعیهٔ بله").every((n) => n >= 1), 60_000, "the broadcast");
        expect(world.emulator.tooManyRequests).toBeGreaterThan(0);
        const rows = async () => database.prisma.outbox.findMany({ where: { broadcastId: { not: null } }, include: { recipient: true } });
        await until(async () => (await rows()).every((r) => r.state !== "pending" && r.state !== "sending"), 30_000, "the ledger to settle");
        const ledger = Object.fromEntries((await rows()).map((r) => [r.recipient.platformUserId, [r.state, r.attempts, r.recipient.status]]));
        expect(ledger).toEqual({
          [blocked]: ["blocked", 1, "stopped"],
          ...Object.fromEntries(others.map((id) => [id, ["sent", 1, "active"]])),
        });
        expect(received(world, others, "اطلاعیهٔ بله")).toEqual(others.map(() => 1));
        const blockedSends = world.emulator.state.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === blocked);
        expect(blockedSends).toHaveLength(1);
      } finally {
        await database.close();
      }
    },
    120_000,
  );
});
