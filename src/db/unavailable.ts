/** Error codes of a database that cannot be reached right now (PostgreSQL, node, SQLite, Prisma). */
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "57P01", // admin shutdown
  "57P02",
  "57P03", // cannot connect now
  "08000",
  "08001",
  "08003",
  "08006",
  "SQLITE_BUSY",
  "P1001", // can't reach database server
  "P1002",
  "P1008",
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection
]);
const MESSAGES =
  /ECONNREFUSED|ECONNRESET|Connection terminated|Can't reach database|connection (is )?closed|terminating connection|DatabaseNotReachable|ConnectionClosed/i;

/**
 * True when an error means "the database is unavailable" rather than "this request is
 * wrong": the update is worth delivering again later. Looks through causes and wrappers.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; errorCode?: unknown; message?: unknown; cause?: unknown; error?: unknown };
  if (typeof e.code === "string" && CODES.has(e.code)) return true;
  if (typeof e.errorCode === "string" && CODES.has(e.errorCode)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.error, depth + 1);
}
