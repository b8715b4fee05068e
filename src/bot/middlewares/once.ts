import { randomUUID } from "node:crypto";
import type { MiddlewareFn } from "grammy";
import type { KeyValueStore } from "../../db/key-value-store.ts";
import { DAY_MS } from "../../domain/local-time.ts";
import type { BotContext } from "../context.ts";

/** A claim older than this, by another instance, belonged to one that died mid-update: it is taken over. */
const TAKEOVER_MS = 30_000;
/** Update ids are kept this long (platforms redeliver for a day at most). */
export const LEDGER_DAYS = 3;
export const LEDGER_PREFIX = "update:";

/** Another instance is handling this update right now: the platform should try again later. */
export class UpdateInFlight extends Error {
  override name = "UpdateInFlight";
}

/**
 * The update ids seen, in the session table: `processing:<instance>:<boot>:<ms>` while an
 * update is handled, `done` after. A redelivered update that was done is acknowledged and
 * skipped. `instance` names the deployment slot (stable across restarts: INSTANCE_ID, the
 * host name), so a restarted instance takes over its dead self's claims at once, while
 * another instance's claim is honoured for TAKEOVER_MS; `boot` tells the lives apart in
 * the stored claim (for whoever reads the table).
 */
export class UpdateLedger {
  readonly #instance: string;
  readonly #boot = randomUUID().slice(0, 8);
  /** Updates this process is handling now (a claim of ours not in here was left by a failure). */
  readonly #inFlight = new Set<string>();

  readonly #store: KeyValueStore;

  constructor(store: KeyValueStore, instance: string) {
    this.#store = store;
    this.#instance = instance.replaceAll(":", "_");
  }

  #key = (botId: number, updateId: number) => `${LEDGER_PREFIX}${botId}:${updateId}`;

  /** "run" it, it is "done" already, or it is "busy" in another instance. */
  async begin(botId: number, updateId: number): Promise<"run" | "done" | "busy"> {
    const key = this.#key(botId, updateId);
    if (this.#inFlight.has(key)) return "busy";
    const claim = `processing:${this.#instance}:${this.#boot}:${Date.now()}`;
    if (!(await this.#store.insertIfAbsent(key, claim))) {
      const current = await this.#store.read(key);
      if (current === "done") return "done";
      if (current !== undefined) {
        const [, instance, , since] = current.split(":");
        if (instance !== this.#instance && Date.now() - Number(since) < TAKEOVER_MS) return "busy";
      }
      await this.#store.write(key, claim);
    }
    this.#inFlight.add(key);
    return "run";
  }

  async finish(botId: number, updateId: number): Promise<void> {
    const key = this.#key(botId, updateId);
    this.#inFlight.delete(key);
    await this.#store.write(key, "done");
  }

  /** It failed: forget the claim so a redelivery is handled afresh. */
  async abandon(botId: number, updateId: number): Promise<void> {
    const key = this.#key(botId, updateId);
    this.#inFlight.delete(key);
    await this.#store.delete(key);
  }

  purge(now = new Date()): Promise<number> {
    return this.#store.purge(LEDGER_PREFIX, new Date(now.getTime() - LEDGER_DAYS * DAY_MS));
  }
}

/** Each update is processed once, however often the platform delivers it. */
export function processOnce(ledger: UpdateLedger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const botId = ctx.me.id;
    const updateId = ctx.update.update_id;
    const verdict = await ledger.begin(botId, updateId);
    if (verdict === "done") return;
    if (verdict === "busy") throw new UpdateInFlight(`update ${updateId} is being handled elsewhere`);
    try {
      await next();
    } catch (error) {
      await ledger.abandon(botId, updateId).catch(() => undefined);
      throw error;
    }
    await ledger.finish(botId, updateId);
  };
}
