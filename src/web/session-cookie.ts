import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

const NAME = "karyar-session";
const LANGUAGE = "karyar-lang";

/**
 * The session cookie: HttpOnly, SameSite=Lax, and over https Secure with the __Host- prefix
 * (this host only, every path). Only a random token travels; the session is a database row.
 */
export function sessionCookie(secure: boolean) {
  const prefix = secure ? ("host" as const) : undefined;
  return {
    read: (c: Context) => getCookie(c, NAME, prefix),
    write(c: Context, token: string, expiresAt: Date) {
      setCookie(c, NAME, token, { path: "/", httpOnly: true, secure, sameSite: "Lax", expires: expiresAt, prefix });
    },
    clear: (c: Context) => deleteCookie(c, NAME, { path: "/", secure, prefix }),
    readLanguage: (c: Context) => getCookie(c, LANGUAGE),
    writeLanguage(c: Context, language: string) {
      setCookie(c, LANGUAGE, language, { path: "/", httpOnly: true, secure, sameSite: "Lax", maxAge: 365 * 86_400 });
    },
  };
}
