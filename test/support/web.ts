import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Clock } from "../../src/domain/clock.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { createSignInLink } from "../../src/domain/web-sessions.ts";
import { createTranslate } from "../../src/i18n/translator.ts";
import { createLogger } from "../../src/logger.ts";
import { createConsole } from "../../src/web/app.ts";
import type { WebDeps } from "../../src/web/deps.ts";
import { TEST_CONFIG, TEST_DATA_KEY } from "./bot.ts";
import type { TestDatabase } from "./db.ts";

export const WEB_ORIGIN = "http://karyar.test";

/** The console over a test database, spoken to in memory (Hono's app.request: no port). */
export function createTestConsole(database: TestDatabase, clock: Clock, options: { url?: string; fetch?: typeof fetch } = {}) {
  const deps: WebDeps = {
    db: database.prisma,
    clock,
    cipher: new PersonalDataCipher(TEST_DATA_KEY),
    translate: createTranslate(),
    logger: createLogger("silent"),
    config: {
      ...TEST_CONFIG,
      reminders: { slaDays: 5 },
      web: { url: options.url ?? WEB_ORIGIN, signInMinutes: 5, sessionHours: 12, cacheDir: mkdtempSync(join(tmpdir(), "karyar-web-cache-")) },
    },
    botUsername: "karyar_test_bot",
    botClient: options.fetch ? { fetch: options.fetch as never } : undefined,
  };
  const app = createConsole(deps);
  const origin = new URL(deps.config.web.url).origin;
  /** A request as a browser on the console's own pages sends it (a form post carries the Origin). */
  const request = (path: string, init: RequestInit & { cookie?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set("cookie", init.cookie);
    if (init.method === "POST" && !headers.has("origin")) headers.set("origin", origin);
    return app.request(`${origin}${path}`, { ...init, headers });
  };
  const form = (fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } };
  };
  /** Signs a staff member in through the link /web sends; returns the cookie header to send next. */
  const signIn = async (userId: number): Promise<string> => {
    const { token } = await createSignInLink(deps, userId, 5);
    const response = await request(`/web/sign-in/${token}`, { method: "POST" });
    if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
    return cookieOf(response);
  };
  return { deps, app, request, form, signIn };
}

/** The cookie a response sets, as the next request's Cookie header. */
export function cookieOf(response: Response): string {
  const set = response.headers.get("set-cookie") ?? "";
  return set.split(";")[0]!;
}
