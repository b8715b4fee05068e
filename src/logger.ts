import { format } from "node:util";
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
/** A digit as people type it here: Latin, Persian or Arabic-Indic. */
const D = "[0-9\u06F0-\u06F9\u0660-\u0669]";
/** A national ID or an Iranian mobile number inside any other string (an error message, say). */
const SECRET_NUMBERS = new RegExp(`(?<!${D})(?:${D}{10}|(?:(?:\\+|00)?[9۹٩][8۸٨]|[0۰٠])[9۹٩]${D}{9})(?!${D})`, "g");
/** Any bot token where a Bot API URL carries it (`…/bot<digits>:<secret>/getUpdates`), also URL-encoded. */
const BOT_TOKEN_IN_URL = /bot\d+(?::|%3A)[\w-]+/gi;
const CENSOR = "[redacted]";
/** Deeper than this, nothing is printed: a circular or runaway structure. */
const MAX_DEPTH = 10;

export interface LoggerOptions {
  /** Literal values no line may contain (the bot token, the data key, the webhook secret). */
  secrets?: readonly string[];
}

/** What a string becomes before it is printed: configured secrets, bot tokens, national IDs and mobiles removed. */
function textScrubber(secrets: readonly string[]): (text: string) => string {
  // A token's secret half can travel without its digits (URL-encoded, or split by a library).
  const literals = secrets
    .flatMap((s) => [s, encodeURIComponent(s), s.slice(s.indexOf(":") + 1)])
    .filter((s) => s.length >= 8)
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const literal of literals) out = out.replaceAll(literal, CENSOR);
    return out.replace(BOT_TOKEN_IN_URL, `bot${CENSOR}`).replace(SECRET_NUMBERS, CENSOR);
  };
}

/** A copy of `value` safe to print: every string scrubbed, secret keys censored, errors (with causes) made plain. */
function scrubValue(value: unknown, depth: number, text: (s: string) => string): unknown {
  if (typeof value === "string") return text(value);
  if (value === null || typeof value !== "object") return value;
  if (depth > MAX_DEPTH) return "[too deep]";
  const next = (item: unknown) => scrubValue(item, depth + 1, text);
  if (Array.isArray(value)) return value.map(next);
  if (value instanceof Error) {
    const { name, message, stack, cause, ...rest } = value as Error & Record<string, unknown>;
    const errors = value instanceof AggregateError ? { errors: value.errors } : {};
    return next({ type: name, message, stack, ...rest, ...errors, ...(cause === undefined ? {} : { cause }) });
  }
  // Dates, URLs and the like print as what they stand for, not as an empty object.
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return next((value as { toJSON(): unknown }).toJSON());
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = SECRET_KEYS.has(key) ? CENSOR : next(item);
  return out;
}

/**
 * Every log line is scrubbed, whatever logs it and however (merging object, message,
 * interpolated arguments, a child's bindings): see SECRET_KEYS, SECRET_NUMBERS, BOT_TOKEN_IN_URL
 * and `options.secrets`.
 */
export function createLogger(level: string, destination?: pino.DestinationStream, options: LoggerOptions = {}): Logger {
  const text = textScrubber(options.secrets ?? []);
  const scrub = (value: unknown) => scrubValue(value, 0, text);
  const logger = pino(
    {
      level,
      base: undefined,
      // Errors arrive already plain (scrubValue); pino's own serializer would re-type them "Object".
      serializers: { err: (err: unknown) => err },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args as unknown[];
          const shaped = first instanceof Error ? [{ err: first }, ...(rest.length > 0 ? rest : [first.message])] : [first, ...rest];
          return method.apply(this, shaped.map(scrub) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
  // pino applies no formatter to a child's bindings; children inherit this from the root.
  const child = logger.child;
  logger.child = function (this: Logger, bindings, childOptions) {
    return child.call(this, scrub(bindings) as pino.Bindings, childOptions);
  } as typeof logger.child;
  return logger;
}

const CONSOLE_LEVELS = { debug: "debug", log: "info", info: "info", warn: "warn", error: "error" } as const;

/**
 * Sends whatever the process would print outside pino through `logger`: console.*
 * (@grammyjs/runner prints its fetch errors there, with the token in their URLs), anything
 * written to stdout or stderr directly (the `debug` package under DEBUG=…), process warnings,
 * and unhandled rejections and uncaught exceptions (fatal, then exit 1). Installed once, at start.
 */
export function routeProcessOutput(logger: Logger): void {
  for (const [method, level] of Object.entries(CONSOLE_LEVELS)) {
    (console as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => logger[level](format(...args));
  }
  let writing = false;
  for (const [stream, level] of [
    [process.stdout, "info"],
    [process.stderr, "error"],
  ] as const) {
    const write = stream.write.bind(stream);
    stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
      // A logger whose destination is this very stream writes its (scrubbed) line through.
      if (writing) return write(chunk, ...(rest as []));
      writing = true;
      try {
        logger[level]((typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")).replace(/\n$/, ""));
      } finally {
        writing = false;
      }
      (rest.find((r) => typeof r === "function") as (() => void) | undefined)?.();
      return true;
    };
  }
  // Without this, Node prints each warning to stderr itself as well.
  process.removeAllListeners("warning");
  process.on("warning", (warning) => logger.warn({ err: warning }, "process warning"));
  const die = (what: string) => (error: unknown) => {
    logger.fatal({ err: error }, what);
    process.exit(1);
  };
  process.on("unhandledRejection", die("unhandled promise rejection"));
  process.on("uncaughtException", die("uncaught exception"));
}
