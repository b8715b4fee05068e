// npm run bench:broadcast — a broadcast to BENCH_RECIPIENTS (10,000) applicants through the real
// bot process against the Bot API emulator, which answers 429 above 30 messages/s. Run 1 goes
// straight through; run 2 is killed with SIGKILL halfway and restarted; run 3 has two instances
// (webhook mode, one database) sending together. Printed: achieved rate over the platform's
// limit (30/s) and over the configured one, 429s, recipients messaged twice, never messaged.
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../src/db/client.ts";
import { createBroadcast } from "../src/domain/broadcasts/broadcasts.ts";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { importRegions } from "../src/domain/regions.ts";
import { bootstrapAdmins } from "../src/domain/users.ts";
import { BotApiEmulator } from "../src/emulator/server.ts";
import { kill9, startBotProcess, waitForOutput } from "../test/support/process.ts";

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 29);
const LIMIT = 30;
const ADMIN = 9_000_000;
const DATA_KEY = "bench-data-key-0123456789-abcdefghijklmnop";

async function run(label: string, { killHalfway = false, instances = 1 } = {}): Promise<void> {
  const dir = join(tmpdir(), `karyar-broadcast-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const url = `file:${join(dir, "bench.db")}`;
  const emulator = new BotApiEmulator();
  emulator.rateLimitPerSecond = LIMIT;
  const apiRoot = await emulator.start();

  const cipher = new PersonalDataCipher(DATA_KEY);
  const database = await openDatabase(url, cipher);
  await importRegions(database.prisma, "data/regions/fars.json");
  await bootstrapAdmins(database.prisma, "telegram", [String(ADMIN)]);
  for (let i = 0; i < RECIPIENTS; i += 1000) {
    const ids = Array.from({ length: Math.min(1000, RECIPIENTS - i) }, (_, k) => String(1_000_000 + i + k));
    await database.prisma.user.createMany({ data: ids.map((id) => ({ platform: "telegram", platformUserId: id, chatId: id })) });
  }
  const admin = await database.prisma.user.findFirstOrThrow({ where: { platformUserId: String(ADMIN) } });
  const deps = { db: database.prisma, clock: { now: () => new Date() }, cipher };
  await createBroadcast(deps, admin.id, { message: { text: "benchmark" }, audience: { to: "applicants", counties: [], categories: [] } });
  await database.close();

  const env = {
    BOT_TOKEN: emulator.token,
    BOT_API_ROOT: apiRoot,
    DATABASE_URL: url,
    DATA_KEY,
    LOG_LEVEL: "warn",
    OUTBOX_RATE_PER_SECOND: String(RATE),
    QUIET_HOURS: "off",
  };
  const broadcastSends = () => emulator.state.calls.filter((c) => c.method === "sendMessage" && c.payload.text === "benchmark" && c.message);
  // Two instances run in webhook mode (two pollers of one bot would conflict at the platform).
  const start = (i: number) =>
    startBotProcess({
      ...env,
      LOG_LEVEL: "info",
      INSTANCE_ID: `bench-${i}`,
      ...(instances > 1 ? { BOT_MODE: "webhook", WEBHOOK_SECRET: "bench-webhook-secret-0123456789-abcdefghijklmnop", PORT: "0", HOST: "127.0.0.1" } : {}),
    });
  const others = Array.from({ length: instances - 1 }, (_, i) => start(i + 1));
  let bot = start(0);
  for (const proc of [bot, ...others]) await waitForOutput(proc, /bot started/);
  let first = 0;
  let last = 0;
  emulator.state.onChange(() => {
    const n = broadcastSends().length;
    if (n > 0 && first === 0) first = Date.now();
    if (n > 0) last = Date.now();
  });
  if (killHalfway) {
    while (broadcastSends().length < RECIPIENTS / 2) await new Promise((r) => setTimeout(r, 100));
    await kill9(bot);
    bot = start(0);
    await waitForOutput(bot, /bot started/);
  }
  const deadline = Date.now() + (RECIPIENTS / RATE) * 1000 * 2 + 180_000;
  const delivered = () => new Set(broadcastSends().map((c) => c.message!.chat_id)).size;
  while (delivered() < RECIPIENTS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  for (const proc of [bot, ...others]) await kill9(proc);

  const perChat = new Map<number, number>();
  for (const c of broadcastSends()) perChat.set(c.message!.chat_id, (perChat.get(c.message!.chat_id) ?? 0) + 1);
  const duplicates = [...perChat.values()].filter((n) => n > 1).length;
  const lost = RECIPIENTS - perChat.size;
  const seconds = (last - first) / 1000;
  const achieved = (broadcastSends().length - 1) / seconds;
  console.log(
    `${label}: ${RECIPIENTS} recipients in ${seconds.toFixed(1)} s · achieved ${achieved.toFixed(2)}/s = ${(achieved / LIMIT).toFixed(3)} of the platform's ${LIMIT}/s (${(achieved / RATE).toFixed(3)} of ${RATE}/s configured)` +
      ` · 429s: ${emulator.tooManyRequests} · messaged twice: ${duplicates} · never messaged: ${lost}`,
  );
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
}

await run("one instance, straight through");
await run("one instance, killed (SIGKILL) halfway and restarted", { killHalfway: true });
await run("two instances sending together", { instances: 2 });
