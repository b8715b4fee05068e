import type { Sql } from "./sql.ts";

export interface StoredChatState {
  value: string;
  version: number;
  lastUpdateId: number | null;
}

/** Another instance advanced this chat since it was read: the update must be handled again. */
export class StaleChatState extends Error {
  override name = "StaleChatState";
}

/** The ChatState table: one row per private chat, written only at the version it was read at. */
export interface ChatStateStore {
  read(key: string): Promise<StoredChatState | undefined>;
  /** Writes at `version + 1` if the row is still at `version` (0: the row must not exist yet); throws StaleChatState otherwise. */
  write(key: string, version: number, state: { value: string; lastUpdateId: number; expiresAt: Date }): Promise<void>;
  delete(key: string): Promise<void>;
  /** Deletes the rows whose time ran out; returns how many. */
  purgeExpired(now: Date): Promise<number>;
}

export function chatStateStore(sql: Sql): ChatStateStore {
  return {
    async read(key) {
      const [row] = await sql.query<{ value: string; version: number; lastUpdateId: number | string | null }>(
        `SELECT "value", "version", "lastUpdateId" FROM "ChatState" WHERE "key" = ?`,
        [key],
      );
      return row && { value: row.value, version: Number(row.version), lastUpdateId: row.lastUpdateId === null ? null : Number(row.lastUpdateId) };
    },
    async write(key, version, { value, lastUpdateId, expiresAt }) {
      const now = new Date();
      const changed =
        version === 0
          ? await sql.execute(
              `INSERT INTO "ChatState" ("key", "value", "version", "lastUpdateId", "expiresAt", "updatedAt") VALUES (?, ?, 1, ?, ?, ?) ON CONFLICT ("key") DO NOTHING`,
              [key, value, lastUpdateId, expiresAt, now],
            )
          : await sql.execute(
              `UPDATE "ChatState" SET "value" = ?, "version" = "version" + 1, "lastUpdateId" = ?, "expiresAt" = ?, "updatedAt" = ? WHERE "key" = ? AND "version" = ?`,
              [value, lastUpdateId, expiresAt, now, key, version],
            );
      if (changed !== 1) throw new StaleChatState(`chat state ${key} is no longer at version ${version}`);
    },
    async delete(key) {
      await sql.execute(`DELETE FROM "ChatState" WHERE "key" = ?`, [key]);
    },
    purgeExpired: (now) => sql.execute(`DELETE FROM "ChatState" WHERE "expiresAt" < ?`, [now]),
  };
}
