// Makes a messenger user coordinator of one or more counties, until the admin tools exist:
//   npm run coordinator:assign -- <messenger user id> <county code> [county code …]
// County codes are in data/regions/*.json (e.g. fars-shiraz). Uses DATABASE_URL and BOT_PLATFORM.
import { existsSync } from "node:fs";
import { platformOf } from "../src/platform.ts";
import { openDatabase } from "../src/db/client.ts";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { DomainError } from "../src/domain/errors.ts";
import { importRegions } from "../src/domain/regions.ts";

if (existsSync(".env")) process.loadEnvFile(".env");
const [userId, ...counties] = process.argv.slice(2);
if (!userId || !/^\d+$/.test(userId) || counties.length === 0) {
  console.error("usage: npm run coordinator:assign -- <messenger user id> <county code> [county code …]");
  process.exit(2);
}
const platform = process.env.BOT_PLATFORM ?? (process.env.BOT_API_ROOT ? platformOf(process.env.BOT_API_ROOT) : "telegram");
const database = await openDatabase(process.env.DATABASE_URL ?? "file:./data/karyar.db");
try {
  await importRegions(database.prisma, process.env.REGIONS_FILE ?? "data/regions/fars.json");
  const result = await assignCoordinator(database.prisma, { platform, platformUserId: userId }, counties);
  console.log(`user ${userId} (${platform}) now coordinates: ${result.counties.join(", ")}`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(`unknown county code(s): ${error.params.codes}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
