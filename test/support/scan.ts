import { existsSync, readFileSync } from "node:fs";
import pg from "pg";
import { providerOf, sqlitePath } from "../../src/db/provider.ts";

export interface Sighting {
  needle: string;
  /** The file (main, -wal, -shm) or the table where it was found. */
  where: string;
}

/**
 * Every place one of `needles` can be read in a database as stored. SQLite: the raw bytes of
 * the main file, the WAL and the shared-memory index, free pages and unused space included
 * (nothing is checkpointed first). PostgreSQL: every table's rows, as text.
 */
export async function findInStorage(url: string, needles: string[]): Promise<Sighting[]> {
  const wanted = [...new Set(needles.filter(Boolean))];
  const sightings: Sighting[] = [];
  if (providerOf(url) === "sqlite") {
    const path = sqlitePath(url);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) {
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      for (const needle of wanted) if (bytes.includes(Buffer.from(needle, "utf8"))) sightings.push({ needle, where: file.slice(path.length) || "main file" });
    }
    return sightings;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
      for (const needle of wanted) if (rows.some((r) => r.row.includes(needle))) sightings.push({ needle, where: name });
    }
  } finally {
    await client.end();
  }
  return sightings;
}
