import type { z } from "zod";

/** What a button of a family means when it is pressed in the middle of a flow. */
export type DuringFlow =
  /** An answer to a flow's question: read by the flow's step (stale ones are "no longer active"). */
  | "answer"
  /** Handled beside the flow, which stays open (a setting, the language). */
  | "beside"
  /** An action of its own (open a case, upload a document): the flow is left first. */
  | "leave";

export interface CallbackFamily<S extends z.ZodType> {
  prefix: string;
  during: DuringFlow;
  /** The flow this button (re-)enters, if any: pressed inside that flow, it re-asks the open question instead. */
  enters?: string;
  /**
   * What the flow it enters is then about (the flow's `about`), read from the button's data: pressed
   * inside that flow about something else, it leaves it and enters anew. Undefined for forged data.
   */
  about?(data: string | undefined): string | undefined;
  pattern: RegExp;
  pack(...values: (string | number)[]): string;
  unpack(data: string | undefined): z.output<S> | null;
}

const families = new Map<string, CallbackFamily<z.ZodType>>();

/** The family a button's data belongs to, whether or not the data is valid. */
export function familyOf(data: string | undefined): CallbackFamily<z.ZodType> | undefined {
  const prefix = data?.split(":", 1)[0];
  return prefix === undefined ? undefined : families.get(prefix);
}

/** Every family the bot defines (the generative keyboard test presses all of them). */
export function allFamilies(): CallbackFamily<z.ZodType>[] {
  return [...families.values()];
}

/**
 * One codec per button family: `prefix:part:part`. Handlers never split strings; a forged
 * or outdated button fails to unpack and is answered as "no longer active". A family cannot
 * build data it could not read back: `pack` checks the round trip and the platforms' 64 bytes,
 * so a bad id fails where the keyboard is built (and in the tests), not when it is pressed.
 */
export function callbackFamily<S extends z.ZodType>(
  prefix: string,
  parts: S,
  options: { during?: DuringFlow; enters?: string; about?: (parts: z.output<S>) => string } = {},
): CallbackFamily<S> {
  if (families.has(prefix)) throw new Error(`two button families use the prefix "${prefix}"`);
  const unpack = (data: string | undefined): z.output<S> | null => {
    if (!data?.startsWith(`${prefix}:`)) return null;
    const result = parts.safeParse(data.slice(prefix.length + 1).split(":"));
    return result.success ? result.data : null;
  };
  const family: CallbackFamily<S> = {
    prefix,
    during: options.during ?? "leave",
    enters: options.enters,
    about: options.about
      ? (data) => {
          const parsed = unpack(data);
          return parsed === null ? undefined : options.about!(parsed);
        }
      : undefined,
    pattern: new RegExp(`^${prefix}:`),
    pack(...values) {
      const data = [prefix, ...values].join(":");
      if (Buffer.byteLength(data) > 64) throw new Error(`callback data over 64 bytes: ${data}`);
      const back = unpack(data) as unknown;
      if (back === null || (Array.isArray(back) && back.map(String).join(":") !== values.map(String).join(":"))) {
        throw new Error(`button data that would not read back: ${data}`);
      }
      return data;
    },
    unpack,
  };
  families.set(prefix, family);
  return family;
}
