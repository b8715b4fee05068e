import type { Db } from "./client.ts";

/**
 * grammY storage (sessions, conversation state) in the Session table. One statement per
 * read and per write: Prisma's own upsert takes several round trips, and this runs on
 * every update. `INSERT … ON CONFLICT` reads the same on SQLite and PostgreSQL.
 */
export class KeyValueStorage<T> {
  constructor(private readonly db: Db) {}

  async read(key: string): Promise<T | undefined> {
    const rows = await this.db.$queryRaw<{ value: string }[]>`SELECT "value" FROM "Session" WHERE "key" = ${key}`;
    return rows[0] ? (JSON.parse(rows[0].value) as T) : undefined;
  }

  async write(key: string, value: T): Promise<void> {
    await this.db.$executeRaw`INSERT INTO "Session" ("key", "value", "updatedAt") VALUES (${key}, ${JSON.stringify(value)}, ${new Date()})
      ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`;
  }

  async delete(key: string): Promise<void> {
    await this.db.$executeRaw`DELETE FROM "Session" WHERE "key" = ${key}`;
  }
}
