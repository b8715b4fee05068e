import { describe, expect, it } from "vitest";
import type { TestUser } from "../../src/emulator/bot-api-state.ts";
import { PROVIDERS } from "../support/db.ts";
import { E2EChat } from "../support/e2e-chat.ts";
import { expectNothingSecretPrinted, useCuttableApi, useRealBot, WEBHOOK_SECRET } from "../support/e2e.ts";
import { waitForOutput } from "../support/process.ts";

const ZAHRA: TestUser = { id: 1001, first_name: "Zahra" };

/** What the registration typed, in the forms it may take on the way: none of it may be printed. */
const PERSONAL = ["0499370899", "۰۴۹۹۳۷۰۸۹۹", "9123456789", "زهرا احمدی", "عسل کوهپایه"];

describe.each(PROVIDERS)("the Bot API unreachable, nothing secret is printed, on $provider", ({ provider, skip }) => {
  const world = useRealBot(provider, skip);
  const proxy = useCuttableApi(world, skip);

  it.skipIf(skip)("long polling: a registration, then getUpdates failing again and again", async () => {
    const proc = await world.start();
    const { done } = await new E2EChat(world.emulator, ZAHRA).register();
    expect(done).toContain("کد رهگیری");

    await proxy().cut();
    await waitForOutput(proc, /getUpdates failed/);
    await waitForOutput(proc, /ECONNREFUSED/);
    expectNothingSecretPrinted(world, proc, PERSONAL);
    expect(proc.output()).toContain(`bot[redacted]/getUpdates`);
  });

  it.skipIf(skip)("webhook: an update whose answer cannot be sent", async () => {
    const { proc, base } = await world.startWebhook();
    await proxy().cut();
    const update = world.emulator.state.sendText(ZAHRA, "/start");
    await fetch(`${base}/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": WEBHOOK_SECRET },
      body: JSON.stringify(update),
    });
    // The failed answer is logged with the network error, whose URL holds the token.
    await waitForOutput(proc, /\/sendMessage/);
    expectNothingSecretPrinted(world, proc);
    expect(proc.output()).toContain(`bot[redacted]/sendMessage`);
  });
});
