import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.ts";

const MAX_TRACKED = 50_000;

/**
 * Per-user flood control, in this instance's memory: a bucket of `perMinute / 3` updates
 * refilled at `perMinute` a minute. Over it, one "please slow down", then silence until
 * the bucket refills.
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
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.warned = false;
      return next();
    }
    if (bucket.warned) return;
    bucket.warned = true;
    if (ctx.chat?.type === "private") await ctx.reply(ctx.t("flood-slow-down"));
  };
}
