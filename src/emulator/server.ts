import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BotApiState, type BotApiStateOptions } from "./bot-api-state.ts";
import { readBody } from "../server/http.ts";
import { parseMultipart } from "./multipart.ts";

/**
 * A Bot API emulator on 127.0.0.1 with real long polling (offset, limit, timeout): the
 * real bot process talks to it as it would to Telegram or Bale (`options.platform`).
 */
export class BotApiEmulator {
  state: BotApiState;
  getUpdatesCalls = 0;
  #server: Server | undefined;
  #confirmedOffset = 0;

  /** Answers as the platform's rate limit (Telegram: 429, retry_after 1) when more than this many messages were sent in the last second. */
  rateLimitPerSecond: number | undefined;
  tooManyRequests = 0;
  #recentSends: number[] = [];

  /** Webhook mode: updates are POSTed to one of these at random, again and again until one answers 200 (Bale: once). */
  #webhook: { targets: string[]; secret?: string; connections: number } | undefined;
  #nextToDeliver = 0;
  #pumping = false;
  #turn = 0;
  /** Every webhook delivery attempt: the update, where it went, the HTTP status (0: no answer). */
  readonly deliveries: { updateId: number; target: string; status: number }[] = [];
  readonly token: string;

  constructor(token = "123456:TEST-emulator-token-abcdefghijk", options: BotApiStateOptions = {}) {
    this.token = token;
    this.state = new BotApiState(options);
  }

  /** What setWebhook last registered. */
  get webhookSet() {
    return this.state.webhookSet;
  }

  /** Plays another platform from now on; only before anything happened (a bot process is started for one). */
  usePlatform(options: BotApiStateOptions): void {
    if (this.state.calls.length > 0 || this.state.updates.length > 0) throw new Error("the emulator already played its platform");
    this.state = new BotApiState(options);
  }

  /**
   * Delivers updates by webhook from now on (a load balancer in front of `targets`). One at a
   * time by default; with `connections` > 1 each update goes out as soon as it exists, in
   * parallel (as Telegram does with several connections), so one chat's updates can arrive
   * at two instances at once and be stored out of order.
   */
  useWebhook(targets: string[], secret?: string, { connections = 1 } = {}): void {
    this.#webhook = { targets, secret, connections };
    this.#nextToDeliver = this.state.updates.length;
    this.state.onChange(() => void this.#pump());
  }

  async #pump(): Promise<void> {
    if (this.#pumping || !this.#webhook) return;
    this.#pumping = true;
    try {
      while (this.#webhook && this.#nextToDeliver < this.state.updates.length) {
        const update = this.state.updates[this.#nextToDeliver]!;
        if (this.#webhook.connections > 1) {
          this.#nextToDeliver++;
          void this.#deliver(update);
        } else if ((await this.#post(update)) || !this.state.platform.webhook.redelivers) this.#nextToDeliver++;
        else await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      this.#pumping = false;
    }
  }

  /** One update, again and again until it is taken (where the platform redelivers). */
  async #deliver(update: Record<string, any>): Promise<void> {
    while (!(await this.#post(update)) && this.#webhook && this.state.platform.webhook.redelivers) await new Promise((r) => setTimeout(r, 100));
  }

  async #post(update: Record<string, any>): Promise<boolean> {
    const { targets, secret } = this.#webhook!;
    // Connections take turns (deterministic; concurrent deliveries still interleave).
    const target = targets[this.#turn++ % targets.length]!;
    let status = 0;
    try {
      const response = await fetch(target, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(secret && this.state.platform.webhook.secretHeader ? { "x-telegram-bot-api-secret-token": secret } : {}),
        },
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(15_000),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      // the instance is down or was killed mid-request: deliver again
    }
    this.deliveries.push({ updateId: update.update_id, target, status });
    return status === 200;
  }

  #overLimit(): boolean {
    if (this.rateLimitPerSecond === undefined) return false;
    const now = Date.now();
    while (this.#recentSends.length > 0 && this.#recentSends[0]! <= now - 1000) this.#recentSends.shift();
    if (this.#recentSends.length >= this.rateLimitPerSecond) {
      this.tooManyRequests++;
      return true;
    }
    this.#recentSends.push(now);
    return false;
  }

  async start(): Promise<string> {
    this.#server = createServer((req, res) => {
      if (req.url?.startsWith(`/file/bot${this.token}/`)) {
        const body = this.state.download(decodeURIComponent(req.url.slice(`/file/bot${this.token}/`.length)));
        res.writeHead(body ? 200 : 404, { "content-type": "application/octet-stream" });
        res.end(body ?? "Not Found");
        return;
      }
      void this.#handle(req).then(
        (body) => {
          res.writeHead(body.ok ? 200 : body.error_code, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        },
        (error) => {
          res.writeHead(500);
          res.end(String(error));
        },
      );
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()) ?? resolve());
  }

  /** A file whose bytes the emulator never saw downloads with this body. */
  static readonly FILE_BODY = BotApiState.FILE_BODY;

  async #handle(req: IncomingMessage): Promise<any> {
    const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? "");
    if (!match || match[1] !== this.token) return { ok: false, error_code: 401, description: "Unauthorized" };
    const method = match[2]!;
    const raw = (await readBody(req, Number.POSITIVE_INFINITY))!;
    const type = String(req.headers["content-type"]);
    const payload = raw.length === 0 ? {} : type.includes("json") ? JSON.parse(raw.toString("utf8")) : type.includes("multipart") ? parseMultipart(raw) : {};
    if (method === "getUpdates") {
      if (this.state.webhookSet)
        return {
          ok: false,
          error_code: 409,
          description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        };
      return { ok: true, result: await this.#getUpdates(payload) };
    }
    if (/^send/.test(method) && this.#overLimit()) return { ok: false, ...this.state.rateLimited(1) };
    return this.state.call(method, payload);
  }

  async #getUpdates(payload: { offset?: number; limit?: number; timeout?: number }): Promise<unknown[]> {
    this.getUpdatesCalls++;
    if (payload.offset) this.#confirmedOffset = Math.max(this.#confirmedOffset, payload.offset);
    const pending = () => this.state.updates.filter((u) => u.update_id >= this.#confirmedOffset).slice(0, payload.limit ?? 100);
    const deadline = Date.now() + (payload.timeout ?? 0) * 1000;
    while (pending().length === 0 && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const stop = this.state.onChange(() => {
          stop();
          clearTimeout(timer);
          resolve();
        });
        const timer = setTimeout(
          () => {
            stop();
            resolve();
          },
          Math.max(0, deadline - Date.now()),
        );
      });
    }
    return pending();
  }
}
