import Database from "better-sqlite3";
import pg from "pg";
import { providerOf, sqlitePath, type DbProvider } from "./provider.ts";
import { tuneSqliteConnection } from "./sqlite.ts";

/**
 * SQL on the hot path, without Prisma: the inbox, its chat leases and the chat state are read
 * and written on every update, and through the raw driver that costs microseconds instead of
 * the ~0.2–0.5 ms of a Prisma query (see bench/). Statements use `?` placeholders on both
 * databases; timestamps are ISO 8601 strings in UTC, as Prisma writes them, so rows stay
 * readable by Prisma.
 */
export interface Sql {
  readonly provider: DbProvider;
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement; resolves with the number of rows it changed. */
  execute(text: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export function openSql(url: string): Sql {
  return providerOf(url) === "sqlite" ? sqliteSql(sqlitePath(url)) : postgresSql(url);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function sqliteSql(path: string): Sql {
  // No busy timeout: better-sqlite3 waits synchronously, which would freeze the event loop
  // while Prisma's own connection holds a transaction open across awaits. Retry asynchronously.
  const db = tuneSqliteConnection(new Database(path, { timeout: 0 }));
  db.pragma("synchronous = NORMAL");
  const statements = new Map<string, Database.Statement>();
  const prepared = (text: string) => {
    let statement = statements.get(text);
    if (!statement) statements.set(text, (statement = db.prepare(text)));
    return statement;
  };
  async function retry<T>(work: () => T): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return work();
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_BUSY" || attempt >= 2000) throw error;
        await sleep(Math.min(1 + attempt, 10));
      }
    }
  }
  const bind = (params: unknown[]) => params.map((p) => (p instanceof Date ? p.toISOString() : typeof p === "boolean" ? Number(p) : p));
  return {
    provider: "sqlite",
    query: <T>(text: string, params: unknown[] = []) => retry(() => prepared(text).all(...bind(params)) as T[]),
    execute: (text, params = []) => retry(() => prepared(text).run(...bind(params)).changes),
    close: async () => void db.close(),
  };
}

function postgresSql(url: string): Sql {
  // Prisma keeps UTC in `timestamp without time zone` columns; read them back as ISO text in UTC, as SQLite gives them.
  const TIMESTAMP = 1114;
  const asUtcIso = (s: string) => `${s.replace(" ", "T")}Z`;
  const types = { getTypeParser: (oid: number, format?: "text" | "binary"): unknown => (oid === TIMESTAMP ? asUtcIso : pg.types.getTypeParser(oid, format)) };
  const pool = new pg.Pool({ connectionString: url, max: 8, types: types });
  // An idle connection dropped by the server (a restart, a network cut) is replaced on next use.
  pool.on("error", () => undefined);
  const numbered = new Map<string, string>();
  const dialect = (text: string) => {
    let converted = numbered.get(text);
    if (converted === undefined) {
      let n = 0;
      converted = text.replace(/\?/g, () => `$${++n}`);
      numbered.set(text, converted);
    }
    return converted;
  };
  const bind = (params: unknown[]) => params.map((p) => (p instanceof Date ? p.toISOString() : p));
  return {
    provider: "postgres",
    async query<T>(text: string, params: unknown[] = []) {
      return (await pool.query(dialect(text), bind(params))).rows as T[];
    },
    async execute(text, params = []) {
      return (await pool.query(dialect(text), bind(params))).rowCount ?? 0;
    },
    close: () => pool.end(),
  };
}
