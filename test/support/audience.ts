import type { Database } from "../../src/db/client.ts";
import { createBroadcast } from "../../src/domain/broadcasts/broadcasts.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { importRegions } from "../../src/domain/regions.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { plain } from "../../src/emulator/bot-api-state.ts";
import { TEST_DATA_KEY } from "./bot.ts";
import type { RealBotWorld } from "./e2e.ts";
import { validDraft } from "./fixtures.ts";

// A broadcast's audience for the end-to-end tests: seeded in the database, counted in the emulator.

export const ADMIN = 9009;

/** `n` applicants with a registered business (the audience of a broadcast), and the admin. */
export async function seed(database: Database, n: number, first: number, platform: "telegram" | "bale" = "telegram"): Promise<number[]> {
  const db = database.prisma;
  const deps = { db, clock: { now: () => new Date() }, cipher: new PersonalDataCipher(TEST_DATA_KEY) };
  await importRegions(db, "data/regions/fars.json");
  await bootstrapAdmins(db, platform, [String(ADMIN)]);
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const platformUserId = String(first + i);
    const user = await db.user.create({ data: { platform, platformUserId, chatId: platformUserId } });
    await submitRegistration(deps, user.id, `seed-${platformUserId}`, await validDraft(db));
    ids.push(first + i);
  }
  return ids;
}

export async function broadcast(database: Database, text: string): Promise<void> {
  const db = database.prisma;
  const admin = await db.user.findFirstOrThrow({ where: { platformUserId: String(ADMIN) } });
  const deps = { db, clock: { now: () => new Date() }, cipher: new PersonalDataCipher(TEST_DATA_KEY) };
  await createBroadcast(deps, admin.id, { message: { text }, audience: { to: "applicants", counties: [], categories: [] } });
}

/** How many times each chat received a message containing `text`. */
export function received(world: RealBotWorld, chatIds: number[], text: string): number[] {
  return chatIds.map((id) => world.emulator.state.messagesTo(id).filter((m) => plain(m.text).includes(text)).length);
}
