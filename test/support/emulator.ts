import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { BotApiState } from "./bot-api.ts";

/**
 * A Bot API emulator on 127.0.0.1 with real long polling (offset, limit, timeout): the
 * real bot process talks to it as it would to Telegram or Bale.
 */
export class BotApiEmulator {
  readonly state = new BotApiState();
  getUpdatesCalls = 0;
  #server: Server | undefined;
  #confirmedOffset = 0;

  /** Answers 429 (retry_after 1) when more than this many messages were sent in the last second. */
  rateLimitPerSecond: number | undefined;
  tooManyRequests = 0;
  #recentSends: number[] = [];

  constructor(readonly token = "123456:TEST-emulator-token-abcdefghijk") {}

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
        res.writeHead(200, { "content-type": "application/octet-stream" });
        res.end(BotApiEmulator.FILE_BODY);
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

  /** Every file the bot downloads has this body. */
  static readonly FILE_BODY = "%PDF-1.4 karyar test file";

  async #handle(req: IncomingMessage): Promise<any> {
    const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? "");
    if (!match || match[1] !== this.token) return { ok: false, error_code: 401, description: "Unauthorized" };
    const method = match[2]!;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const payload = raw && String(req.headers["content-type"]).includes("json") ? JSON.parse(raw) : {};
    if (method === "getUpdates") return { ok: true, result: await this.#getUpdates(payload) };
    if (/^send/.test(method) && this.#overLimit()) {
      return { ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } };
    }
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
        const timer = setTimeout(() => {
          stop();
          resolve();
        }, Math.max(0, deadline - Date.now()));
      });
    }
    return pending();
  }
}
