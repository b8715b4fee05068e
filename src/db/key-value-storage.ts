import type { KeyValueStore } from "./key-value-store.ts";

/** grammY storage (sessions, conversation state) as JSON in the Session table. */
export class KeyValueStorage<T> {
  readonly #store: KeyValueStore;

  constructor(store: KeyValueStore) {
    this.#store = store;
  }

  async read(key: string): Promise<T | undefined> {
    const value = await this.#store.read(key);
    return value === undefined ? undefined : (JSON.parse(value) as T);
  }

  write(key: string, value: T): Promise<void> {
    return this.#store.write(key, JSON.stringify(value));
  }

  delete(key: string): Promise<void> {
    return this.#store.delete(key);
  }
}
