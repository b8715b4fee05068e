import { afterEach, beforeEach, expect } from "vitest";
import { TEST_DATA_KEY } from "./bot.ts";
import { freshDatabaseUrl, type Platform, type Provider } from "./db.ts";
import { BotApiEmulator } from "../../src/emulator/server.ts";
import { kill9, startBotProcess, waitForOutput, type BotProcess } from "./process.ts";
import { TcpProxy } from "./tcp-proxy.ts";

export interface RealBotWorld {
  emulator: BotApiEmulator;
  /** The environment the bot process is started with (add to it before start()). */
  env: Record<string, string>;
  /** Starts the bot as `npm start` does and waits until it polls. */
  start(): Promise<BotProcess>;
  /** The process started last. */
  bot: BotProcess | undefined;
  /** Starts a bot process in webhook mode (plus `env`); resolves with its webhook URL's base. */
  startWebhook(env?: Record<string, string>): Promise<{ proc: BotProcess; base: string }>;
}

export const WEBHOOK_SECRET = "e2e-webhook-secret-0123456789-abcdefghijklmnop";

/** The emulator plays the platform the bot process is told it runs on (before the first process starts). */
function playPlatformOf(emulator: BotApiEmulator, env: Record<string, string>): void {
  const platform = env.BOT_PLATFORM === "bale" ? "bale" : "telegram";
  if (emulator.state.platform.name !== platform) emulator.usePlatform({ platform });
}

/** Per test: an emulator on 127.0.0.1 playing `platform`, a fresh database, and whatever bot processes the test starts (killed after). */
export function useRealBot(provider: Provider, skip: boolean, platform: Platform = "telegram"): RealBotWorld {
  const started: BotProcess[] = [];
  let drop: (() => Promise<void>) | undefined;
  const world: RealBotWorld = {
    emulator: undefined as never,
    env: {},
    bot: undefined,
    async start() {
      playPlatformOf(world.emulator, world.env);
      const proc = startBotProcess(world.env);
      started.push(proc);
      world.bot = proc;
      await waitForOutput(proc, /bot started/);
      return proc;
    },
    async startWebhook(env = {}) {
      const processEnv = { ...world.env, BOT_MODE: "webhook", WEBHOOK_SECRET, PORT: "0", HOST: "127.0.0.1", ...env };
      playPlatformOf(world.emulator, processEnv);
      const proc = startBotProcess(processEnv);
      started.push(proc);
      world.bot = proc;
      await waitForOutput(proc, /bot started \(webhook\)/);
      const port = /"port":(\d+)/.exec(proc.output())![1];
      return { proc, base: `http://127.0.0.1:${port}` };
    },
  };
  beforeEach(async () => {
    if (skip) return;
    world.emulator = new BotApiEmulator();
    const apiRoot = await world.emulator.start();
    const db = await freshDatabaseUrl(provider);
    drop = db.drop;
    world.env = {
      BOT_TOKEN: world.emulator.token,
      BOT_API_ROOT: apiRoot,
      DATABASE_URL: db.url,
      DATA_KEY: TEST_DATA_KEY,
      LOG_LEVEL: "info",
      QUIET_HOURS: "off",
      // The daily digest and weekly summary are due by the wall clock (08:00 Tehran and on): on,
      // a test crossing a tick in those hours would get one more message. Their tests use a fake clock.
      DIGEST_TIME: "off",
      WEEKLY_SUMMARY: "off",
      ...(platform === "bale" ? { BOT_PLATFORM: "bale" } : {}),
    };
  });
  afterEach(async () => {
    if (skip) return;
    // The bot sent only what the platform documents and called only methods it has (as useTestBot checks).
    const strays = world.emulator.state.calls
      .filter((c) => c.ignored || c.refusal?.error_code === 404)
      .map((c) => `${c.method}: ${c.ignored?.join(", ") ?? c.refusal!.description}`);
    for (const proc of started.splice(0)) if (proc.child.exitCode === null) await kill9(proc);
    world.bot = undefined;
    await world.emulator.stop();
    await drop?.();
    expect(strays).toEqual([]);
  });
  return world;
}

/** Everything the process printed, stdout and stderr together, holds no secret and went through the logger. */
export function expectNothingSecretPrinted(world: RealBotWorld, proc: BotProcess, personal: string[] = []): void {
  const output = proc.output();
  const token = world.emulator.token;
  for (const secret of [token, token.slice(token.indexOf(":") + 1), encodeURIComponent(token), WEBHOOK_SECRET, ...personal]) {
    expect(output, `the output contains ${secret}`).not.toContain(secret);
  }
  const notJson = output
    .split("\n")
    .filter((line) => line.trim() !== "")
    .filter((line) => {
      try {
        JSON.parse(line);
        return false;
      } catch {
        return true;
      }
    });
  expect(notJson, "lines printed outside the logger").toEqual([]);
}

/**
 * The bot reaches the emulator through a proxy the test can cut (the API then refuses
 * connections), with as much output as the process can make (its debug lines and grammY's).
 * Call after useRealBot; the proxy is cut after each test.
 */
export function useCuttableApi(world: RealBotWorld, skip: boolean): () => TcpProxy {
  let proxy: TcpProxy;
  beforeEach(async () => {
    if (skip) return;
    proxy = new TcpProxy(Number(new URL(world.env.BOT_API_ROOT!).port));
    world.env.BOT_API_ROOT = `http://127.0.0.1:${await proxy.start()}`;
    world.env.DEBUG = "grammy*";
    world.env.LOG_LEVEL = "debug";
  });
  afterEach(async () => {
    if (!skip) await proxy.cut();
  });
  return () => proxy;
}
