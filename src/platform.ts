/**
 * What differs between the messengers the bot runs on. Both speak the Bot API; Bale lives
 * at another root, cannot send a secret header with webhooks, has no setMyCommands, and may
 * answer 429 without retry_after.
 */
export interface PlatformProfile {
  name: "telegram" | "bale";
  apiRoot: string;
  /** "header": X-Telegram-Bot-Api-Secret-Token; "path": a long random secret in the webhook's path. */
  webhookAuth: "header" | "path";
  hasSetMyCommands: boolean;
  /** Seconds to wait after a 429 that names no retry_after. */
  defaultRetryAfterSeconds: number;
}

export const PLATFORMS: Record<PlatformProfile["name"], PlatformProfile> = {
  telegram: { name: "telegram", apiRoot: "https://api.telegram.org", webhookAuth: "header", hasSetMyCommands: true, defaultRetryAfterSeconds: 5 },
  bale: { name: "bale", apiRoot: "https://tapi.bale.ai", webhookAuth: "path", hasSetMyCommands: false, defaultRetryAfterSeconds: 10 },
};

/** The platform of an API root (an emulator on 127.0.0.1 counts as Telegram unless BOT_PLATFORM says otherwise). */
export function platformOf(apiRoot: string): PlatformProfile["name"] {
  return new URL(apiRoot).hostname.endsWith("bale.ai") ? "bale" : "telegram";
}
