/**
 * What differs between the messengers the bot runs on. Both speak the Bot API; Bale (as its
 * documentation and open-source client libraries describe it: see src/emulator/platforms.ts for
 * the sources, and README "Bale: what still needs a check on a live bot") lives at another root,
 * sends no my_chat_member updates and refuses blocked users with its own texts, signals rate
 * limits in several shapes (mostly without retry_after), cannot send a secret header with
 * webhooks and takes them on ports 443 and 88 only, has no setMyCommands, reads *…* and _…_ in
 * plain text as formatting instead of taking entities, and has old clients that show no
 * answerCallbackQuery text.
 */
export interface PlatformProfile {
  name: "telegram" | "bale";
  apiRoot: string;
  /** "header": X-Telegram-Bot-Api-Secret-Token; "path": a long random secret in the webhook's path. */
  webhookAuth: "header" | "path";
  /** The ports setWebhook accepts in its https URL. */
  webhookPorts: readonly number[];
  /** A webhook delivery answered other than 200 is delivered again (Telegram); Bale is not known to. */
  redeliversWebhooks: boolean;
  hasSetMyCommands: boolean;
  /** Update ids go up one by one ("increase sequentially", the Bot API says): a gap is an update still on its way. Bale documents no such rule. */
  sequentialUpdateIds: boolean;
  /** Seconds to wait after a rate limit that names no retry_after (doubled while they keep coming). */
  defaultRetryAfterSeconds: number;
  /** sendMessage takes entities and parse_mode; otherwise text goes out as the platform's own markup (outgoing-text.ts). */
  honoursEntities: boolean;
  /** The largest file a bot may upload with sendDocument (multipart): 50 MB on both (Bale: "other files ≤ 50 MB"; photos 10 MB). */
  maxDocumentBytes: number;
  /** Callback query ids of clients that cannot show answerCallbackQuery texts start with this. */
  oldClientCallbackPrefix?: string;
  /** A refused send that means the user stopped (blocked, deleted) the bot. */
  isStopped(refusal: Refusal): boolean;
  /** A refusal that is the platform's pacing, not the message's fault. */
  isRateLimited(refusal: Refusal): boolean;
}

export interface Refusal {
  error_code: number;
  description: string;
}

export const PLATFORMS: Record<PlatformProfile["name"], PlatformProfile> = {
  telegram: {
    name: "telegram",
    apiRoot: "https://api.telegram.org",
    webhookAuth: "header",
    webhookPorts: [443, 80, 88, 8443],
    redeliversWebhooks: true,
    hasSetMyCommands: true,
    sequentialUpdateIds: true,
    defaultRetryAfterSeconds: 5,
    honoursEntities: true,
    maxDocumentBytes: 50 * 2 ** 20,
    isStopped: (r) => r.error_code === 403 && /blocked|deactivated|kicked/i.test(r.description),
    isRateLimited: (r) => r.error_code === 429,
  },
  bale: {
    name: "bale",
    apiRoot: "https://tapi.bale.ai",
    webhookAuth: "path",
    webhookPorts: [443, 88],
    redeliversWebhooks: false,
    hasSetMyCommands: false,
    sequentialUpdateIds: false,
    defaultRetryAfterSeconds: 10,
    honoursEntities: false,
    maxDocumentBytes: 50 * 2 ** 20,
    oldClientCallbackPrefix: "1",
    // "Forbidden: …" with 403, or an older "permission_denied" as the whole description.
    isStopped: (r) => r.error_code === 403 || /^(forbidden: .*|permission_denied)$/i.test(r.description.trim()),
    isRateLimited: (r) => r.error_code === 429 || r.error_code === 420 || /bot limit exceed|local_rate_limited|too many requests/i.test(r.description),
  },
};

/** The platform of an API root (an emulator on 127.0.0.1 counts as Telegram unless BOT_PLATFORM says otherwise). */
export function platformOf(apiRoot: string): PlatformProfile["name"] {
  return new URL(apiRoot).hostname.endsWith("bale.ai") ? "bale" : "telegram";
}
