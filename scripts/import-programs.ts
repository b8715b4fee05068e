// Replaces the program catalog with a file's programs, all or nothing:
//   npm run programs:import [file]        (default: PROGRAMS_FILE or data/programs.json)
// A file with any problem is refused as a whole, every problem listed; the catalog stays.
import { importCatalog } from "../src/domain/programs/import.ts";
import { runImport } from "./data-import.ts";

await runImport("programs", (env) => env.PROGRAMS_FILE ?? "data/programs.json", importCatalog);
