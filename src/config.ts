import { hostname } from "node:os";
import { z } from "zod";
import { PLATFORMS, platformOf, type PlatformProfile } from "./platform.ts";
import type { ReminderSettings } from "./domain/reminders/settings.ts";
import { parseClockTime, WEEKDAY_NAMES, weekdayNumber, type Weekday } from "./domain/local-time.ts";

const csvIds = z
  .string()
  .default("")
  .transform((s) =>
    s
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^\d{1,20}$/, "each id must be a number (a messenger user id)")));

/** "2,5" → [2, 5]; "off" or nothing → [] (the rule is off). */
const dayList = (fallback: string, unit = "whole days, e.g. 2,5") =>
  z
    .string()
    .default(fallback)
    .transform((s) =>
      s.trim() === "off"
        ? []
        : s
            .split(",")
            .map((p) => p.trim())
            .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .regex(/^\d{1,3}$/, `must be ${unit}`)
            .transform(Number),
        )
        .max(5, "at most 5 entries"),
    );

/**
 * A setting read once by `parse`: "off" gives null; a string `parse` cannot read (undefined)
 * is refused with `message`.
 */
const switchable = <T>(fallback: string, parse: (s: string) => T | undefined, message: string) =>
  z
    .string()
    .default(fallback)
    .transform((s, ctx): T | null => {
      if (s === "off") return null;
      const value = parse(s);
      if (value !== undefined) return value;
      ctx.issues.push({ code: "custom", message, input: s });
      return z.NEVER;
    });

const clockTime = (fallback: string) => switchable(fallback, (s) => parseClockTime(s) ?? undefined, "must be a time of day such as 08:00, or off");

function quietHours(s: string) {
  const [from, to, extra] = s.split("-").map(parseClockTime);
  return from != null && to != null && extra === undefined ? { from, to } : undefined;
}

function weeklyAt(s: string) {
  const [day, time, extra] = s.split(" ");
  const at = parseClockTime(time ?? "");
  return WEEKDAY_NAMES.includes(day as Weekday) && at !== null && extra === undefined ? { weekday: weekdayNumber(day as Weekday), at } : undefined;
}

const schema = z
  .object({
    BOT_TOKEN: z
      .string({ error: "is missing (the token from @BotFather, or from Bale's bot father)" })
      .regex(/^\d+:[\w-]{20,}$/, "does not look like a bot token (digits, a colon, then the secret)"),
    BOT_API_ROOT: z.url({ error: "must be a URL such as https://tapi.bale.ai" }).optional(),
    BOT_PLATFORM: z.enum(["telegram", "bale"]).optional(),
    BOT_MODE: z.enum(["polling", "webhook"]).default("polling"),
    WEBHOOK_URL: z.url({ error: "must be the public https URL the platform posts updates to" }).optional(),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{32,256}$/, "must be 32–256 letters, digits, _ or - (generate one with: openssl rand -hex 32)")
      .optional(),
    SET_WEBHOOK: z.enum(["true", "false"]).default("false"),
    PORT: z.coerce.number().int().min(0).max(65535).optional(),
    HOST: z.string().default("0.0.0.0"),
    INSTANCE_ID: z.string().min(1).max(64).default(hostname()),
    OUTBOX_CLAIM_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(60),
    REMINDER_TICK_SECONDS: z.coerce.number().int().min(1).max(60).default(60),
    DATABASE_URL: z
      .string()
      .default("file:./data/karyar.db")
      .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), "must start with file: (SQLite) or postgresql:// (PostgreSQL)"),
    ADMIN_IDS: csvIds,
    DATA_KEY: z
      .string({ error: "is missing (generate one with: openssl rand -base64 32)" })
      .min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    TZ: z
      .string()
      .default("Asia/Tehran")
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, "is not a known time zone (e.g. Asia/Tehran)"),
    REGIONS_FILE: z.string().default("data/regions/fars.json"),
    PROGRAMS_FILE: z.string().default("data/programs.json"),
    FUND_THRESHOLDS_FILE: z.string().default("data/fund-thresholds.json"),
    HUBS_FILE: z.string().default("data/hubs.json"),
    FILES_DIR: z.string().min(1).optional(),
    MAX_UPLOAD_MB: z.coerce.number().positive().max(20, "must be at most 20 (the Bot API serves files up to 20 MB)").default(10),
    PERMIT_VALIDITY_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    INVITATION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(72),
    // The whole deployment's pace (one instance sends at a time), just under Telegram's 30 a second
    // (sends are never closer than 1/rate, and timers only fire late).
    OUTBOX_RATE_PER_SECOND: z.coerce.number().positive().max(30).default(29),
    // Bale publishes no rate: a cautious pace of its own (rate limits are waited out either way).
    BALE_OUTBOX_RATE_PER_SECOND: z.coerce.number().positive().max(30).default(5),
    OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    QUIET_HOURS: switchable("22:00-08:00", quietHours, "must look like 22:00-08:00, or off"),
    REMIND_REGISTRATION_DAYS: dayList("2,5"),
    CONVERSATION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
    REMIND_DOCUMENTS_DAYS: dayList("3,7"),
    DOCUMENTS_LATE_DAYS: z.coerce.number().int().min(0).max(365).default(10),
    REMIND_PERMIT_DAYS: dayList("30,7"),
    REMIND_INSTALLMENT_DAYS: dayList("3,0"),
    CASE_SLA_DAYS: z.coerce.number().int().min(0).max(365).default(5),
    JOBS_FOLLOW_UP_MONTHS: dayList("3,6,12", "whole months, e.g. 3,6,12"),
    PERMIT_JOBS_YEARS: z.coerce.number().int().min(0).max(10).default(10),
    BANK_PAYMENT_DAYS: z.coerce.number().int().min(0).max(365).default(15),
    DIGEST_TIME: clockTime("08:00"),
    WEEKLY_SUMMARY: switchable("sat 08:00", weeklyAt, "must look like sat 08:00 (sun, mon, tue, wed, thu, fri or sat), or off"),
    WEB_URL: z.url({ error: "must be the console's public base URL, e.g. https://karyar.example.org" }).optional(),
    WEB_SIGN_IN_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
    WEB_SESSION_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 14)
      .default(12),
    WEB_CACHE_DIR: z.string().min(1).default("data/web-cache"),
  })
  .superRefine((env, check) => {
    if (env.BOT_MODE === "webhook" && !env.WEBHOOK_SECRET)
      check.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "is required when BOT_MODE=webhook" });
    if (env.SET_WEBHOOK === "true" && !env.WEBHOOK_URL) check.addIssue({ code: "custom", path: ["WEBHOOK_URL"], message: "is required when SET_WEBHOOK=true" });
    if (env.WEBHOOK_URL && (env.BOT_API_ROOT === undefined || URL.canParse(env.BOT_API_ROOT))) {
      const problem = webhookUrlProblem(env.WEBHOOK_URL, PLATFORMS[platformAndRoot(env.BOT_PLATFORM, env.BOT_API_ROOT).platform]);
      if (problem) check.addIssue({ code: "custom", path: ["WEBHOOK_URL"], message: problem });
    }
    // A half-finished registration must outlive its last reminder, or the reminder's "continue" finds nothing.
    const lastReminder = Math.max(0, ...env.REMIND_REGISTRATION_DAYS);
    if (env.CONVERSATION_TTL_DAYS <= lastReminder) {
      check.addIssue({ code: "custom", path: ["CONVERSATION_TTL_DAYS"], message: `must be more than the last registration reminder (${lastReminder} days)` });
    }
  })
  .transform((env) => ({
    botToken: env.BOT_TOKEN,
    ...platformAndRoot(env.BOT_PLATFORM, env.BOT_API_ROOT),
    mode: env.BOT_MODE,
    webhook: { url: env.WEBHOOK_URL?.replace(/\/+$/, ""), secret: env.WEBHOOK_SECRET ?? "", register: env.SET_WEBHOOK === "true" },
    /** The HTTP server (webhook, /healthz, /readyz, the console): always in webhook mode or with WEB_URL, in polling mode otherwise only when PORT is set. */
    http: env.BOT_MODE === "webhook" || env.PORT !== undefined || env.WEB_URL ? { port: env.PORT ?? 8080, host: env.HOST } : null,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    instanceId: env.INSTANCE_ID,
    outboxClaimTimeoutMs: env.OUTBOX_CLAIM_TIMEOUT_SECONDS * 1000,
    reminderTickSeconds: env.REMINDER_TICK_SECONDS,
    conversationTtlDays: env.CONVERSATION_TTL_DAYS,
    databaseUrl: env.DATABASE_URL,
    adminIds: env.ADMIN_IDS,
    dataKey: env.DATA_KEY,
    logLevel: env.LOG_LEVEL,
    timeZone: env.TZ,
    regionsFile: env.REGIONS_FILE,
    programsFile: env.PROGRAMS_FILE,
    fundThresholdsFile: env.FUND_THRESHOLDS_FILE,
    hubsFile: env.HUBS_FILE,
    filesDir: env.FILES_DIR,
    maxUploadBytes: Math.floor(env.MAX_UPLOAD_MB * 2 ** 20),
    /** The pace of pushed messages on this deployment's platform. */
    outboxRatePerSecond: platformAndRoot(env.BOT_PLATFORM, env.BOT_API_ROOT).platform === "bale" ? env.BALE_OUTBOX_RATE_PER_SECOND : env.OUTBOX_RATE_PER_SECOND,
    /** Settled outbox rows keep their payload this long (then only the record: who, what kind, when). */
    outboxRetentionDays: env.OUTBOX_RETENTION_DAYS,
    permitValidityMonths: env.PERMIT_VALIDITY_MONTHS,
    invitationTtlHours: env.INVITATION_TTL_HOURS,
    quietHours: env.QUIET_HOURS ? { ...env.QUIET_HOURS, timeZone: env.TZ } : undefined,
    reminders: {
      timeZone: env.TZ,
      registrationDays: env.REMIND_REGISTRATION_DAYS,
      documentsDays: env.REMIND_DOCUMENTS_DAYS,
      documentsEscalateDays: env.DOCUMENTS_LATE_DAYS,
      permitExpiryDays: env.REMIND_PERMIT_DAYS,
      installmentDays: env.REMIND_INSTALLMENT_DAYS,
      slaDays: env.CASE_SLA_DAYS,
      bankPaymentDays: env.BANK_PAYMENT_DAYS,
      jobsFollowUpMonths: env.JOBS_FOLLOW_UP_MONTHS,
      permitJobsYears: env.PERMIT_JOBS_YEARS,
      digestAt: env.DIGEST_TIME,
      weekly: env.WEEKLY_SUMMARY,
    } satisfies ReminderSettings,
    /** The staff console (src/web) at <url>/web, on the HTTP server; null when WEB_URL is unset. */
    web: env.WEB_URL
      ? {
          url: env.WEB_URL.replace(/\/+$/, ""),
          signInMinutes: env.WEB_SIGN_IN_MINUTES,
          sessionHours: env.WEB_SESSION_HOURS,
          cacheDir: env.WEB_CACHE_DIR,
        }
      : null,
  }));

/** Why the platform would refuse this webhook URL (it posts only to https, on a few ports), or undefined. */
function webhookUrlProblem(url: string, platform: PlatformProfile): string | undefined {
  const parsed = new URL(url);
  const ports = platform.webhookPorts.join(", ");
  if (parsed.protocol !== "https:") return `must be an https URL (${platform.name} posts updates only over https)`;
  const port = Number(parsed.port || 443);
  if (!platform.webhookPorts.includes(port)) return `must use port ${ports} (${platform.name} takes webhooks on no other port), not ${port}`;
  if (platform.webhookAuth === "path" && parsed.search !== "") return "must have no query string (the secret is added to the path)";
  return undefined;
}

/** BOT_PLATFORM wins; otherwise the API root tells; otherwise Telegram. */
function platformAndRoot(platform: "telegram" | "bale" | undefined, apiRoot: string | undefined) {
  const name = platform ?? (apiRoot ? platformOf(apiRoot) : "telegram");
  return { platform: name, apiRoot: (apiRoot ?? PLATFORMS[name].apiRoot).replace(/\/+$/, "") };
}

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the configuration; throws one ConfigError whose message names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new ConfigError(`invalid configuration: ${problems.join("; ")}`);
}
