import pino from "pino";

export type Logger = pino.Logger;

/** Keys whose values never reach the logs, at any depth: secrets, personal data, what users type. */
const SECRET_KEYS = new Set([
  "token",
  "botToken",
  "dataKey",
  "secret",
  "secret_token",
  "nationalId",
  "phone",
  "phone_number",
  "text",
  "caption",
  "first_name",
  "last_name",
  "username",
  "fullName",
]);
/** A national ID or an Iranian mobile number inside any other string (an error message, say). */
const SECRET_NUMBERS = /(?<!\d)(?:\d{10}|(?:\+98|0098|0)9\d{9})(?!\d)/g;
const CENSOR = "[redacted]";

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === "string") return value.replace(SECRET_NUMBERS, CENSOR);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  if (value instanceof Error) {
    const { name, message, stack, cause, ...rest } = value as Error & Record<string, unknown>;
    return scrub({ type: name, message, stack, ...rest, ...(cause === undefined ? {} : { cause }) }, depth + 1);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = SECRET_KEYS.has(key) ? CENSOR : scrub(item, depth + 1);
  return out;
}

/** Every log line is scrubbed, whatever logs it: see SECRET_KEYS and SECRET_NUMBERS. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: undefined, formatters: { log: (object) => scrub(object, 0) as Record<string, unknown> } }, destination);
}
