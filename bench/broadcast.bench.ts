// npm run bench:broadcast — a broadcast to BENCH_RECIPIENTS (10,000) applicants through the real
// bot process against the Bot API emulator, which answers 429 above 30 messages/s. Run 1 goes
// straight through; run 2 is killed with SIGKILL halfway and restarted. Printed: achieved rate
// over configured rate, 429s, recipients messaged twice, recipients never messaged.
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
const RATE = Number(process.env.BENCH_RATE ?? 25);
const ADMIN = 9_000_000;
const DATA_KEY = "bench-data-key-0123456789-abcdefghijklmnop";

async function run(label: string, killHalfway: boolean): Promise<void> {
  const dir = join(tmpdir(), `karyar-broadcast-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const url = `file:${join(dir, "bench.db")}`;
  const emulator = new BotApiEmulator();
  emulator.rateLimitPerSecond = 30;
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
  let bot = startBotProcess({ ...env, LOG_LEVEL: "info" });
  await waitForOutput(bot, /bot started/);
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
    bot = startBotProcess({ ...env, LOG_LEVEL: "info" });
    await waitForOutput(bot, /bot started/);
  }
  const deadline = Date.now() + (RECIPIENTS / RATE) * 1000 * 2 + 180_000;
  const delivered = () => new Set(broadcastSends().map((c) => c.message!.chat_id)).size;
  while (delivered() < RECIPIENTS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  await kill9(bot);

  const perChat = new Map<number, number>();
  for (const c of broadcastSends()) perChat.set(c.message!.chat_id, (perChat.get(c.message!.chat_id) ?? 0) + 1);
  const duplicates = [...perChat.values()].filter((n) => n > 1).length;
  const lost = RECIPIENTS - perChat.size;
  const seconds = (last - first) / 1000;
  const achieved = (broadcastSends().length - 1) / seconds;
  console.log(
    `${label}: ${RECIPIENTS} recipients in ${seconds.toFixed(1)} s · achieved ${achieved.toFixed(2)}/s of ${RATE}/s configured = ${(achieved / RATE).toFixed(3)}` +
      ` · 429s: ${emulator.tooManyRequests} · messaged twice: ${duplicates} · never messaged: ${lost}`,
  );
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
}

await run("straight through", false);
await run("killed (SIGKILL) halfway and restarted", true);
