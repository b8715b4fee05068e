import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { DEFAULT_REMINDERS } from "../../src/domain/reminders/settings.ts";

const GOOD = { BOT_TOKEN: "123456:ABCdefGHIjklMNOpqrSTUvwxYZ", DATA_KEY: "k".repeat(32) };

describe("configuration", () => {
  it("fills in the documented defaults", () => {
    const config = loadConfig(GOOD);
    expect(config).toMatchObject({
      apiRoot: "https://api.telegram.org",
      platform: "telegram",
      databaseUrl: "file:./data/karyar.db",
      adminIds: [],
      logLevel: "info",
      timeZone: "Asia/Tehran",
    });
  });

  it("recognises Bale by its API root and reads admin ids", () => {
    const config = loadConfig({ ...GOOD, BOT_API_ROOT: "https://tapi.bale.ai/", ADMIN_IDS: "12, 34" });
    expect(config.platform).toBe("bale");
    expect(config.apiRoot).toBe("https://tapi.bale.ai");
    expect(config.adminIds).toEqual(["12", "34"]);
  });

  it("runs by webhook with the HTTP server, and on Bale at Bale's API root", () => {
    const webhook = loadConfig({ ...GOOD, BOT_MODE: "webhook", WEBHOOK_SECRET: "s".repeat(32), WEBHOOK_URL: "https://bot.example.org/", SET_WEBHOOK: "true" });
    expect(webhook).toMatchObject({ mode: "webhook", http: { port: 8080, host: "0.0.0.0" }, webhook: { url: "https://bot.example.org", register: true } });
    expect(loadConfig(GOOD).http).toBeNull();
    expect(loadConfig({ ...GOOD, PORT: "9090" }).http).toEqual({ port: 9090, host: "0.0.0.0" });
    expect(loadConfig({ ...GOOD, BOT_PLATFORM: "bale" })).toMatchObject({ platform: "bale", apiRoot: "https://tapi.bale.ai" });
  });

  it("paces Bale with a setting of its own, cautious by default", () => {
    expect(loadConfig(GOOD).outboxRatePerSecond).toBe(29);
    expect(loadConfig({ ...GOOD, BOT_PLATFORM: "bale" }).outboxRatePerSecond).toBe(5);
    expect(loadConfig({ ...GOOD, BOT_PLATFORM: "bale", BALE_OUTBOX_RATE_PER_SECOND: "12", OUTBOX_RATE_PER_SECOND: "20" }).outboxRatePerSecond).toBe(12);
    expect(loadConfig({ ...GOOD, OUTBOX_RATE_PER_SECOND: "20", BALE_OUTBOX_RATE_PER_SECOND: "12" }).outboxRatePerSecond).toBe(20);
  });

  it("takes a webhook URL on the ports the platform posts to", () => {
    const bale = { ...GOOD, BOT_PLATFORM: "bale", BOT_MODE: "webhook", WEBHOOK_SECRET: "s".repeat(32), SET_WEBHOOK: "true" };
    expect(loadConfig({ ...bale, WEBHOOK_URL: "https://bot.example.org:88/bale" }).webhook.url).toBe("https://bot.example.org:88/bale");
    expect(loadConfig({ ...bale, WEBHOOK_URL: "https://bot.example.org" }).webhook.url).toBe("https://bot.example.org");
    expect(() => loadConfig({ ...bale, WEBHOOK_URL: "https://bot.example.org:8443" })).toThrow(
      "invalid configuration: WEBHOOK_URL must use port 443, 88 (bale takes webhooks on no other port), not 8443",
    );
    expect(() => loadConfig({ ...bale, WEBHOOK_URL: "https://bot.example.org/?k=1" })).toThrow(/WEBHOOK_URL must have no query string/);
    expect(loadConfig({ ...bale, BOT_PLATFORM: "telegram", WEBHOOK_URL: "https://bot.example.org:8443" }).webhook.url).toBe("https://bot.example.org:8443");
  });

  it("serves the staff console on the HTTP server when WEB_URL is set", () => {
    expect(loadConfig(GOOD).web).toBeNull();
    const config = loadConfig({ ...GOOD, WEB_URL: "https://karyar.example.org/" });
    expect(config.web).toEqual({ url: "https://karyar.example.org", signInMinutes: 5, sessionHours: 12, cacheDir: "data/web-cache" });
    expect(config.http).toEqual({ port: 8080, host: "0.0.0.0" });
    expect(loadConfig({ ...GOOD, WEB_URL: "https://k.example", WEB_SIGN_IN_MINUTES: "2" }).web?.signInMinutes).toBe(2);
  });

  it("reads the reminder schedule, quiet hours and digests, each of which can be switched off", () => {
    expect(loadConfig(GOOD)).toMatchObject({
      quietHours: { from: 22 * 60, to: 8 * 60, timeZone: "Asia/Tehran" },
    });
    expect(loadConfig(GOOD).reminders).toEqual(DEFAULT_REMINDERS);
    const off = loadConfig({
      ...GOOD,
      QUIET_HOURS: "off",
      REMIND_REGISTRATION_DAYS: "off",
      REMIND_PERMIT_DAYS: "60",
      CASE_SLA_DAYS: "0",
      DIGEST_TIME: "off",
      WEEKLY_SUMMARY: "mon 9:30",
    });
    expect(off.quietHours).toBeUndefined();
    expect(off.reminders).toMatchObject({ registrationDays: [], permitExpiryDays: [60], slaDays: 0, digestAt: null, weekly: { weekday: 1, at: 570 } });
  });

  it.each([
    [{ ...GOOD, BOT_MODE: "webhook" }, /WEBHOOK_SECRET is required when BOT_MODE=webhook/],
    [{ ...GOOD, BOT_MODE: "webhook", WEBHOOK_SECRET: "short" }, /WEBHOOK_SECRET must be 32–256 letters/],
    [{ ...GOOD, BOT_MODE: "webhook", WEBHOOK_SECRET: "s".repeat(32), SET_WEBHOOK: "true" }, /WEBHOOK_URL is required when SET_WEBHOOK=true/],
    [{ ...GOOD, QUIET_HOURS: "22-8" }, /QUIET_HOURS must look like 22:00-08:00/],
    [{ ...GOOD, REMIND_DOCUMENTS_DAYS: "3,x" }, /REMIND_DOCUMENTS_DAYS/],
    [{ ...GOOD, DIGEST_TIME: "25:00" }, /DIGEST_TIME must be a time of day/],
    [{ ...GOOD, WEEKLY_SUMMARY: "someday 08:00" }, /WEEKLY_SUMMARY must look like sat 08:00/],
    [{ DATA_KEY: GOOD.DATA_KEY }, /^invalid configuration: BOT_TOKEN is missing/],
    [{ ...GOOD, BOT_TOKEN: "nope" }, /BOT_TOKEN does not look like a bot token/],
    [{ ...GOOD, DATA_KEY: "short" }, /DATA_KEY must be at least 32 characters/],
    [{ BOT_TOKEN: GOOD.BOT_TOKEN }, /DATA_KEY is missing/],
    [{ ...GOOD, DATABASE_URL: "mysql://x" }, /DATABASE_URL must start with file:/],
    [{ ...GOOD, ADMIN_IDS: "12,abc" }, /ADMIN_IDS/],
    [{ ...GOOD, TZ: "Mars/Base" }, /TZ is not a known time zone/],
    [{ ...GOOD, LOG_LEVEL: "loud" }, /LOG_LEVEL/],
    [{ ...GOOD, BOT_API_ROOT: "not a url" }, /BOT_API_ROOT must be a URL/],
    [{ ...GOOD, BOT_API_ROOT: "not a url", WEBHOOK_URL: "https://bot.example.org:8443" }, /BOT_API_ROOT must be a URL/],
    [{ ...GOOD, WEBHOOK_URL: "http://bot.example.org" }, /WEBHOOK_URL must be an https URL \(telegram posts updates only over https\)/],
    [{ ...GOOD, WEB_URL: "karyar" }, /WEB_URL must be the console's public base URL/],
    [{ ...GOOD, WEB_SIGN_IN_MINUTES: "600" }, /WEB_SIGN_IN_MINUTES/],
  ])("refuses %o in one line", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
