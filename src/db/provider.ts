export type DbProvider = "sqlite" | "postgres";

/** `file:` URLs are SQLite, `postgres://` and `postgresql://` are PostgreSQL. */
export function providerOf(url: string): DbProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  throw new Error(`unsupported database URL scheme: ${url.split(":")[0]}`);
}

/** Filesystem path of a `file:` URL (relative paths are relative to the working directory). */
export function sqlitePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
