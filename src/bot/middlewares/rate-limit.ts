import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";

const MAX_TRACKED = 50_000;

/** An update over the person's rate: the inbox hands it over again after `waitMs`, so nothing is dropped. */
export class SlowDown extends Error {
  readonly waitMs: number;
  constructor(waitMs: number) {
    super(`over the rate limit; handled again in ${waitMs} ms`);
    this.name = "SlowDown";
    this.waitMs = waitMs;
  }
}

/**
 * Per-user flood control, in this instance's memory: a bucket of `perMinute / 3` updates
 * refilled at `perMinute` a minute. An update over it waits in the inbox until the bucket has
 * room (an album of photos or a fast typist loses nothing); the person is told once that the
 * answers come one by one.
 */
export function rateLimit(perMinute: number, now: () => number = Date.now): MiddlewareFn<BotContext> {
  const capacity = Math.max(1, Math.ceil(perMinute / 3));
  const refillPerMs = perMinute / 60_000;
  const buckets = new Map<number, { tokens: number; at: number; warned: boolean }>();
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    if (perMinute === 0 || userId === undefined) return next();
    const t = now();
    let bucket = buckets.get(userId);
    if (!bucket) {
      if (buckets.size >= MAX_TRACKED) buckets.delete(buckets.keys().next().value!);
      bucket = { tokens: capacity, at: t, warned: false };
      buckets.set(userId, bucket);
    }
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * refillPerMs);
    bucket.at = t;
    // One notice per burst: told again only once the bucket has filled up.
    if (bucket.tokens >= capacity) bucket.warned = false;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return next();
    }
    if (!bucket.warned && ctx.chat?.type === "private") await ctx.reply(ctx.t("flood-slow-down"));
    bucket.warned = true;
    throw new SlowDown(Math.ceil((1 - bucket.tokens) / refillPerMs));
  };
}
