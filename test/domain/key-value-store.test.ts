import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";

describe.each(PROVIDERS)("the session store on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  beforeEach(async () => {
    if (!skip) database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  it.skipIf(skip)("reads, overwrites and deletes rows Prisma can read too", async () => {
    const { sessions } = database;
    expect(await sessions.read("chat:1")).toBeUndefined();
    await sessions.write("chat:1", '{"a":1}');
    await sessions.write("chat:1", '{"a":2}');
    expect(await sessions.read("chat:1")).toBe('{"a":2}');
    const row = await database.prisma.session.findUniqueOrThrow({ where: { key: "chat:1" } });
    expect(row.value).toBe('{"a":2}');
    expect(row.updatedAt).toBeInstanceOf(Date);
    await sessions.delete("chat:1");
    expect(await sessions.read("chat:1")).toBeUndefined();
  });

  it.skipIf(skip)("waits, without blocking, for a transaction Prisma holds open", async () => {
    const db = database.prisma;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = db.$transaction(async (tx) => {
      await tx.session.create({ data: { key: "held", value: "{}" } });
      await held;
    });
    await new Promise((r) => setTimeout(r, 50));
    const write = database.sessions.write("chat:2", '{"b":1}');
    // The event loop is free while the write waits: this timer fires and ends the transaction.
    setTimeout(release, 100);
    await Promise.all([transaction, write]);
    expect(await database.sessions.read("chat:2")).toBe('{"b":1}');
  });
});
