// Replaces the program catalog with a file's programs, all or nothing:
//   npm run programs:import [file]        (default: PROGRAMS_FILE or data/programs.json)
// A file with any problem is refused as a whole, every problem listed; the catalog stays.
import { existsSync } from "node:fs";
import { openDatabase } from "../src/db/client.ts";
import { CatalogError } from "../src/domain/programs/catalog-file.ts";
import { importCatalog } from "../src/domain/programs/import.ts";
import { importRegions } from "../src/domain/regions.ts";

if (existsSync(".env")) process.loadEnvFile(".env");
const file = process.argv[2] ?? process.env.PROGRAMS_FILE ?? "data/programs.json";
const database = await openDatabase(process.env.DATABASE_URL ?? "file:./data/karyar.db");
try {
  await importRegions(database.prisma, process.env.REGIONS_FILE ?? "data/regions/fars.json");
  console.log(`imported ${await importCatalog(database.prisma, file)} programs from ${file}`);
} catch (error) {
  if (!(error instanceof CatalogError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.close();
}
