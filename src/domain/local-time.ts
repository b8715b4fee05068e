export const DAY_MS = 86_400_000;
/** Tehran has kept +03:30 all year since 2022. */
export const TEHRAN_OFFSET_MS = 210 * 60_000;

/** A wall-clock reading in a time zone: what "08:00 in Tehran" and "today" mean for schedules. */
export interface LocalTime {
  /** YYYY-MM-DD (Gregorian), the key of a day. */
  day: string;
  /** Minutes since local midnight. */
  minutes: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const weekdayNumber = (day: Weekday): number => WEEKDAYS.indexOf(day);
export const WEEKDAY_NAMES = WEEKDAYS;

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localTime(date: Date, timeZone: string): LocalTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    // Padded, so that days compare as strings for any year (a year below 1000 is written with fewer digits).
    day: `${parts.year!.padStart(4, "0")}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday!.toLowerCase() as Weekday),
  };
}

/** "HH:MM" → minutes since midnight, or null when it is not a time of day. */
export function parseClockTime(text: string): number | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** A daily window in which nothing is pushed; it may wrap past midnight (22:00–08:00). */
export interface QuietHours {
  from: number;
  to: number;
  timeZone: string;
}

export function isQuiet(quiet: QuietHours | undefined, date: Date): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  const { minutes } = localTime(date, quiet.timeZone);
  return quiet.from < quiet.to ? minutes >= quiet.from && minutes < quiet.to : minutes >= quiet.from || minutes < quiet.to;
}
