import { readFileSync } from "node:fs";
import type { z } from "zod";

/** Every problem of a data file (the program catalog, the hubs), one line each: file, entry, field and why. */
export class DataFileError extends Error {
  readonly problems: string[];

  constructor(what: string, problems: string[]) {
    super(`${what} was not imported:\n${problems.join("\n")}`);
    this.name = "DataFileError";
    this.problems = problems;
  }
}

/**
 * Reads and checks a whole JSON file whose entries are under `list` (each named by its `code`);
 * throws `fail(problems)` listing every problem, an entry's as "list[i] (code): field: why".
 */
export function readListFile<S extends z.ZodType>(path: string, schema: S, list: string, fail: (problems: string[]) => Error): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw fail([`${path}: ${(error as Error).message}`]);
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const entries = (raw as Record<string, { code?: unknown }[] | undefined> | null)?.[list];
  throw fail(
    result.error.issues.map((issue) => {
      const [top, index, ...field] = issue.path;
      if (top !== list || typeof index !== "number") return `${path}: ${issue.path.join(".") || "(file)"}: ${issue.message}`;
      const code = Array.isArray(entries) ? entries[index]?.code : undefined;
      const entry = `${list}[${index}]${typeof code === "string" ? ` (${code})` : ""}`;
      return `${path}: ${entry}: ${field.join(".") || "(entry)"}: ${issue.message}`;
    }),
  );
}
