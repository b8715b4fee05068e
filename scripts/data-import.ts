// What the data import scripts share: the environment, the database, the counties first, and a
// refused file's every problem printed (exit code 1) with what is in force left as it was.
import { existsSync } from "node:fs";
import type { Db } from "../src/db/client.ts";
import { openDatabase } from "../src/db/client.ts";
import { DataFileError } from "../src/domain/data-file.ts";
import { importRegions } from "../src/domain/regions.ts";

export async function runImport(what: string, file: (env: NodeJS.ProcessEnv) => string, load: (db: Db, file: string) => Promise<number>): Promise<void> {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const path = process.argv[2] ?? file(process.env);
  const database = await openDatabase(process.env.DATABASE_URL ?? "file:./data/karyar.db");
  try {
    await importRegions(database.prisma, process.env.REGIONS_FILE ?? "data/regions/fars.json");
    console.log(`imported ${await load(database.prisma, path)} ${what} from ${path}`);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
