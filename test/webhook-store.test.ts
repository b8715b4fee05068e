import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { PLATFORMS, type PlatformProfile } from "../src/platform.ts";
import { startHttpServer, type HttpServer } from "../src/server/http.ts";
import type { Inbox } from "../src/server/inbox.ts";
import { webhookPath, webhookRoute } from "../src/server/webhook.ts";
import { until } from "./support/wait.ts";

const SECRET = "webhook-store-secret-0123456789-abcdefgh";

/** An inbox whose database is away for the first `failures` updates it is given. */
function flakyInbox(failures: number) {
  const stored: number[] = [];
  let calls = 0;
  const inbox: Inbox = {
    async receive(updates) {
      if (++calls <= failures) throw new Error("database unavailable");
      stored.push(...updates.map((u) => u.update_id));
    },
  };
  return { inbox, stored, calls: () => calls };
}

describe("the webhook when the inbox cannot store an update", () => {
  let server: HttpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function serve(platform: PlatformProfile, inbox: Inbox, patienceMs?: number) {
    const logged: string[] = [];
    const logger = pino({ level: "warn" }, { write: (line: string) => void logged.push(JSON.parse(line).msg) });
    const webhook = webhookRoute(inbox, { platform, secret: SECRET, logger, patienceMs });
    server = await startHttpServer({ port: 0, host: "127.0.0.1", logger, ready: async () => true, webhook });
    const post = (updateId: number) =>
      fetch(`http://127.0.0.1:${server!.port}${webhookPath(platform, SECRET)}`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify({ update_id: updateId }),
      });
    return { post, logged };
  }

  it("answers 503 at once on Telegram, which delivers it again", async () => {
    const flaky = flakyInbox(1);
    const { post } = await serve(PLATFORMS.telegram, flaky.inbox);
    expect((await post(1)).status).toBe(503);
    expect((await post(1)).status).toBe(200);
    expect(flaky.stored).toEqual([1]);
  });

  it("keeps trying on Bale, which is not known to deliver it again, and answers 200 once stored", async () => {
    const flaky = flakyInbox(3);
    const { post } = await serve(PLATFORMS.bale, flaky.inbox);
    expect((await post(7)).status).toBe(200);
    expect(flaky.calls()).toBe(4);
    expect(flaky.stored).toEqual([7]);
  });

  it("on Bale, gives the update up only after a while, logged as lost", async () => {
    const flaky = flakyInbox(Number.POSITIVE_INFINITY);
    const { post, logged } = await serve(PLATFORMS.bale, flaky.inbox, 600);
    expect((await post(8)).status).toBe(503);
    expect(flaky.calls()).toBeGreaterThan(1);
    expect(logged.at(-1)).toMatch(/does not deliver it again: lost/);
  });

  it("on Bale, a request in flight when the server closes is still stored", async () => {
    const flaky = flakyInbox(2);
    const { post } = await serve(PLATFORMS.bale, flaky.inbox);
    const answer = post(9);
    await until(() => flaky.calls() > 0);
    const closed = server!.close();
    server = undefined;
    expect((await answer).status).toBe(200);
    await closed;
    expect(flaky.stored).toEqual([9]);
  });
});
