// Replaces the conversion-industry hubs with a file's hubs, all or nothing:
//   npm run hubs:import [file]        (default: HUBS_FILE or data/hubs.json)
// A file with any problem is refused as a whole, every problem listed; the hubs in force stay.
import { importHubs } from "../src/domain/hubs/import.ts";
import { runImport } from "./data-import.ts";

await runImport("hubs", (env) => env.HUBS_FILE ?? "data/hubs.json", importHubs);
