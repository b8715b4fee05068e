import pino from "pino";

export type Logger = pino.Logger;

// Personal data, secrets and what users type never reach the logs, whatever logs them.
export const REDACT_PATHS = [
  "token",
  "botToken",
  "dataKey",
  "nationalId",
  "phone",
  "text",
  "*.token",
  "*.botToken",
  "*.nationalId",
  "*.phone",
  "*.phone_number",
  "*.text",
  "*.caption",
  "*.*.text",
  "*.*.phone_number",
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: "[redacted]" }, base: undefined }, destination);
}
