import { afterEach, beforeEach } from "vitest";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { TEST_DATA_KEY } from "./bot.ts";
import { createTestDatabase, type Provider, type TestDatabase } from "./db.ts";

/**
 * A fresh database for each test of the describe block it is called in (none when skipped),
 * and the domain's deps over it with the clock standing at `now`.
 */
export function databaseEach(provider: Provider, skip: boolean, now: Date) {
  const world = {
    database: undefined as unknown as TestDatabase,
    deps: () => ({ db: world.database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) }),
  };
  beforeEach(async () => {
    if (!skip) world.database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    if (!skip) await world.database.drop();
  });
  return world;
}
