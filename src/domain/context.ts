import type { Db } from "../db/client.ts";
import type { Clock } from "./clock.ts";
import type { PersonalDataCipher } from "./personal-data.ts";

/** What every use case receives: the database, the clock and the personal-data cipher. */
export interface DomainDeps {
  db: Db;
  clock: Clock;
  cipher: PersonalDataCipher;
}
