// Gives a messenger user counties to coordinate, or takes them away, until the admin tools exist:
//   npm run coordinator:assign -- <messenger user id> [county code …] [--remove county code …]
// County codes are in data/regions/*.json (e.g. fars-shiraz); the codes after --remove are taken
// away (the last one taken away ends the coordinator's role). Prints every county the person has
// now. Audited (coordinator.counties). Uses DATABASE_URL and BOT_PLATFORM.
import { existsSync } from "node:fs";
import { platformOf } from "../src/platform.ts";
import { openDatabase } from "../src/db/client.ts";
import { changeCoordinatorCounties } from "../src/domain/coordinators.ts";
import { DomainError } from "../src/domain/errors.ts";
import { importRegions } from "../src/domain/regions.ts";

const USAGE = "usage: npm run coordinator:assign -- <messenger user id> [county code …] [--remove county code …]";

if (existsSync(".env")) process.loadEnvFile(".env");
const [userId, ...rest] = process.argv.slice(2);
const at = rest.indexOf("--remove");
const add = at === -1 ? rest : rest.slice(0, at);
const remove = at === -1 ? [] : rest.slice(at + 1);
if (!userId || !/^\d+$/.test(userId) || add.length + remove.length === 0 || [...add, ...remove].some((code) => code.startsWith("-"))) {
  console.error(USAGE);
  process.exit(2);
}
const platform = process.env.BOT_PLATFORM ?? (process.env.BOT_API_ROOT ? platformOf(process.env.BOT_API_ROOT) : "telegram");
const database = await openDatabase(process.env.DATABASE_URL ?? "file:./data/karyar.db");
try {
  await importRegions(database.prisma, process.env.REGIONS_FILE ?? "data/regions/fars.json");
  const result = await changeCoordinatorCounties(database.prisma, { platform, platformUserId: userId }, { add, remove });
  const counties = result.counties.map((c) => `${c.code} (${c.nameEn})`);
  console.log(`user ${userId} (${platform}) is ${result.role} and now coordinates: ${counties.length > 0 ? counties.join(", ") : "no county"}`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(
    error.code === "not-a-coordinator" ? `user ${userId} (${platform}) has no counties to remove` : `unknown or repeated county code(s): ${error.params.codes}`,
  );
  process.exitCode = 1;
} finally {
  await database.close();
}
