import type { Tx } from "../db/client.ts";

/**
 * A scheduled tick's proof, inside the transaction that commits its work (a rule's cursor, the
 * day a digest went out), that it still holds its job's lease: a tick that lost it (it stalled
 * past the lease and another instance took over) throws instead of committing.
 */
export type Fence = (tx: Tx) => Promise<void>;

/** No lease to hold (a test, a single run from the command line). */
export const unfenced: Fence = async () => undefined;
