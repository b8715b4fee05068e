import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";

/** What a link, a typed address or a reload may do: read. Everything else changes something. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses (403) every request that may change something — POST, PUT, PATCH, DELETE, any
 * method but GET/HEAD/OPTIONS — unless the browser says it comes from the console's own
 * pages: its Origin is the console's, or, without an Origin (or with "null"), Sec-Fetch-Site is "same-origin".
 * Whatever the content type: hono's csrf() checks only form types, so a cross-site fetch
 * with JSON or text/plain would pass it. Requests without either header are refused too
 * (every browser the console supports sends one on a POST).
 */
export function sameOriginOnly(origin: string): MiddlewareHandler {
  const expected = new URL(origin).origin;
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method.toUpperCase())) {
      // "null" is what a browser sends when it will not name the origin (a no-referrer policy): then Sec-Fetch-Site decides.
      const sentOrigin = c.req.header("origin") === "null" ? null : c.req.header("origin") || null;
      const fetchSite = c.req.header("sec-fetch-site") || null;
      const allowed = sentOrigin !== null ? sentOrigin === expected : fetchSite === "same-origin";
      if (!allowed) throw new HTTPException(403, { message: "cross-site request refused" });
    }
    await next();
  };
}
