import { describe, expect, it } from "vitest";
import { plain, type TestUser } from "../../src/emulator/bot-api-state.ts";
import { PROVIDERS } from "../support/db.ts";
import { E2EChat } from "../support/e2e-chat.ts";
import { useRealBot, WEBHOOK_SECRET } from "../support/e2e.ts";

const ZAHRA: TestUser = { id: 1001, first_name: "Zahra" };

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe.each(PROVIDERS)("the real bot process in webhook mode on $provider", ({ provider, skip }) => {
  const world = useRealBot(provider, skip);

  it.skipIf(skip)("authenticates Telegram's secret header, answers health checks, processes a duplicate once, stops gracefully", async () => {
    const { proc, base } = await world.startWebhook({ SET_WEBHOOK: "true", WEBHOOK_URL: "https://karyar.example.org" });
    expect(world.emulator.webhookSet).toEqual({ url: "https://karyar.example.org/webhook", secret_token: WEBHOOK_SECRET });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    const update = world.emulator.state.sendText(ZAHRA, "/start");
    expect((await post(`${base}/webhook`, update)).status).toBe(401);
    expect((await post(`${base}/webhook`, update, { "x-telegram-bot-api-secret-token": `${WEBHOOK_SECRET}x` })).status).toBe(401);
    expect((await post(`${base}/webhook/${WEBHOOK_SECRET}`, update)).status).toBe(401);
    expect((await post(`${base}/webhook`, { hello: 1 }, { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET })).status).toBe(400);
    expect(world.emulator.state.messagesTo(ZAHRA.id)).toHaveLength(0);

    const good = { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET };
    expect((await post(`${base}/webhook`, update, good)).status).toBe(200);
    expect((await post(`${base}/webhook`, update, good)).status).toBe(200);
    // A chat's updates are handled in order: once a later one is answered, a duplicate would have been too.
    const later = world.emulator.state.sendText(ZAHRA, "/help");
    const answered = world.emulator.state.waitFor((c) => c.message?.chat_id === ZAHRA.id && plain(c.message.text).includes("راهنمای کاریار"));
    expect((await post(`${base}/webhook`, later, good)).status).toBe(200);
    await answered;
    const greetings = world.emulator.state.messagesTo(ZAHRA.id).filter((m) => plain(m.text).includes("به «کاریار» خوش آمدید"));
    expect(greetings).toHaveLength(1);

    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
    expect(proc.output()).toContain('"signal":"SIGTERM"');
  });

  it.skipIf(skip)("on Bale: the secret is in the webhook's path, and setMyCommands is not called", async () => {
    const { base } = await world.startWebhook({ BOT_PLATFORM: "bale", SET_WEBHOOK: "true", WEBHOOK_URL: "https://karyar.example.org" });
    expect(world.emulator.webhookSet).toEqual({ url: `https://karyar.example.org/webhook/${WEBHOOK_SECRET}`, secret_token: undefined });
    expect(world.emulator.state.calls.some((c) => c.method === "setMyCommands")).toBe(false);
    const update = world.emulator.state.sendText(ZAHRA, "/start");
    expect((await post(`${base}/webhook`, update, { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET })).status).toBe(401);
    expect((await post(`${base}/webhook/not-the-secret`, update)).status).toBe(401);
    expect((await post(`${base}/webhook/${WEBHOOK_SECRET}`, update)).status).toBe(200);
    // Answered 200 once stored; the reply follows from the inbox.
    const reply = await world.emulator.state.waitFor((c) => c.message?.chat_id === ZAHRA.id);
    expect(plain(reply.message!.text)).toContain("به «کاریار» خوش آمدید");
  });

  it.skipIf(skip)("the emulator's webhook deliveries reach a registration's end", async () => {
    const { base } = await world.startWebhook();
    world.emulator.useWebhook([`${base}/webhook`], WEBHOOK_SECRET);
    const zahra = new E2EChat(world.emulator, ZAHRA);
    expect(await zahra.send("/start")).toContain("به «کاریار» خوش آمدید");
    await zahra.send("📝 ثبت کسب‌وکار خانگی", "نام و نام خانوادگی");
    expect(await zahra.send("زهرا احمدی")).toContain("کد ملی");
    expect(world.emulator.deliveries.every((d) => d.status === 200)).toBe(true);
  });
});
