import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Api, GrammyError, InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiState, type TestUser } from "../../src/emulator/bot-api-state.ts";
import { BotApiEmulator } from "../../src/emulator/server.ts";
import { fakeFetch } from "../support/fake-fetch.ts";

const ZAHRA: TestUser = { id: 701, first_name: "Zahra" };

describe("the HTTP emulator", () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  async function emulator(options?: ConstructorParameters<typeof BotApiEmulator>[1]) {
    const e = new BotApiEmulator(undefined, options);
    const root = await e.start();
    stops.push(() => e.stop());
    const call = async (method: string, body: Record<string, unknown> = {}) => {
      const response = await fetch(`${root}/bot${e.token}/${method}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };
    return { e, root, call };
  }

  /** A webhook target that answers `statuses` in turn (then 200) and keeps what it got. */
  async function target(statuses: number[]) {
    const got: { updateId: number; secret?: string }[] = [];
    const server: Server = createServer((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        got.push({ updateId: JSON.parse(body).update_id, secret: req.headers["x-telegram-bot-api-secret-token"] as string | undefined });
        res.writeHead(statuses.shift() ?? 200);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    stops.push(() => new Promise((resolve) => server.close(() => resolve())));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got };
  }

  it("refuses getUpdates while a webhook is set, as Telegram does", async () => {
    const { call } = await emulator();
    expect((await call("setWebhook", { url: "https://karyar.example.org/webhook" })).body.ok).toBe(true);
    expect(await call("getUpdates", { timeout: 0 })).toEqual({
      status: 409,
      body: {
        ok: false,
        error_code: 409,
        description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      },
    });
    await call("deleteWebhook");
    expect((await call("getUpdates", { timeout: 0 })).body).toEqual({ ok: true, result: [] });
  });

  it("answers sends over its rate with the platform's rate limit", async () => {
    const telegram = await emulator();
    telegram.e.rateLimitPerSecond = 1;
    await telegram.call("sendMessage", { chat_id: ZAHRA.id, text: "a" });
    expect(await telegram.call("sendMessage", { chat_id: ZAHRA.id, text: "b" })).toEqual({
      status: 429,
      body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } },
    });
    const bale = await emulator({ platform: "bale", rateLimitedAs: "local-rate-limited" });
    bale.e.rateLimitPerSecond = 1;
    await bale.call("sendMessage", { chat_id: ZAHRA.id, text: "a" });
    expect(await bale.call("sendMessage", { chat_id: ZAHRA.id, text: "b" })).toEqual({
      status: 400,
      body: { ok: false, error_code: 400, description: "local_rate_limited" },
    });
    expect(bale.e.tooManyRequests).toBe(1);
  });

  it("serves a file at the path getFile gave, and 404 elsewhere", async () => {
    const { e, root, call } = await emulator();
    e.state.uploadFile(ZAHRA, "photo", { content: Buffer.from("jpeg bytes"), mime: "image/jpeg" });
    const fileId = e.state.updates.at(-1)!.message.photo[0].file_id;
    const { file_path } = (await call("getFile", { file_id: fileId })).body.result;
    expect(await (await fetch(`${root}/file/bot${e.token}/${file_path}`)).text()).toBe("jpeg bytes");
    expect((await fetch(`${root}/file/bot${e.token}/photos/nothing.jpg`)).status).toBe(404);
  });

  it("delivers by webhook: Telegram with its secret header until a 200, Bale without a header and once", async () => {
    const telegram = await emulator();
    const t = await target([503]);
    telegram.e.useWebhook([t.url], "s3cret");
    const first = telegram.e.state.sendText(ZAHRA, "/start");
    await expect.poll(() => t.got.length).toBe(2);
    expect(t.got).toEqual([
      { updateId: first.update_id, secret: "s3cret" },
      { updateId: first.update_id, secret: "s3cret" },
    ]);

    const bale = await emulator({ platform: "bale" });
    const b = await target([503]);
    bale.e.useWebhook([b.url], "s3cret");
    const lost = bale.e.state.sendText(ZAHRA, "/start");
    const next = bale.e.state.sendText(ZAHRA, "سلام");
    await expect.poll(() => b.got.length).toBe(2);
    expect(b.got).toEqual([{ updateId: lost.update_id }, { updateId: next.update_id }]);
    expect(bale.e.deliveries.map((d) => d.status)).toEqual([503, 200]);
  });

  it("usePlatform switches only before anything happened", async () => {
    const { e } = await emulator();
    e.usePlatform({ platform: "bale" });
    expect(e.state.platform.name).toBe("bale");
    e.state.sendText(ZAHRA, "/start");
    expect(() => e.usePlatform({ platform: "telegram" })).toThrow(/already played/);
  });
});

describe("grammY through the fake fetch", () => {
  const api = (state: BotApiState) => new Api("123:abc", { fetch: fakeFetch(state) as never, apiRoot: "http://127.0.0.1:9" });

  it("uploads by multipart (markup as JSON text), downloads what getFile names, and surfaces refusals as GrammyError", async () => {
    const state = new BotApiState();
    const bot = api(state);
    const sent = await bot.sendPhoto(ZAHRA.id, new InputFile(Buffer.from("png bytes"), "chart.png"), {
      caption: "نمودار",
      reply_markup: { inline_keyboard: [[{ text: "CSV", callback_data: "stats:csv" }]] },
    });
    expect(state.lastMessageTo(ZAHRA.id)).toMatchObject({
      text: "نمودار",
      file: { kind: "photo", name: "chart.png" },
      reply_markup: { inline_keyboard: [[{ text: "CSV" }]] },
    });
    const photoId = sent.photo.at(-1)!.file_id;
    const refusal = await bot.sendDocument(ZAHRA.id, photoId).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(GrammyError);
    expect((refusal as GrammyError).description).toBe("Bad Request: can't use file of type Photo as Document");
    const file = await bot.getFile(photoId);
    const download = await fakeFetch(state)(`http://127.0.0.1:9/file/bot123:abc/${file.file_path}`);
    expect(await download.text()).toBe("png bytes");
  });
});
