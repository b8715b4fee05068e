import { type z } from "zod";

/**
 * One codec per button family: `prefix:part:part`. Handlers never split strings; a forged
 * or outdated button fails to unpack and is answered as "no longer active".
 */
export function callbackFamily<S extends z.ZodType>(prefix: string, parts: S) {
  return {
    pattern: new RegExp(`^${prefix}:`),
    pack(...values: (string | number)[]): string {
      const data = [prefix, ...values].join(":");
      if (Buffer.byteLength(data) > 64) throw new Error(`callback data over 64 bytes: ${data}`);
      return data;
    },
    unpack(data: string | undefined): z.output<S> | null {
      if (!data?.startsWith(`${prefix}:`)) return null;
      const result = parts.safeParse(data.slice(prefix.length + 1).split(":"));
      return result.success ? result.data : null;
    },
  };
}
