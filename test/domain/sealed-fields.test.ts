import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.ts";
import { SEALED_FIELDS, SealedFieldError } from "../../src/db/sealed-fields.ts";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, freshDatabaseUrl, openTestDatabase, PROVIDERS, type Provider, type TestDatabase } from "../support/db.ts";
import { regionId } from "../support/fixtures.ts";
import { findInStorage } from "../support/scan.ts";

const cipher = new PersonalDataCipher(TEST_DATA_KEY);

/** A column as the database holds it. */
async function stored(database: TestDatabase, table: string, column: string, id: number): Promise<string | null> {
  const rows = await database.prisma.$queryRawUnsafe<{ value: string | null }[]>(`SELECT "${column}" AS "value" FROM "${table}" WHERE "id" = ${id}`);
  return rows[0]!.value;
}

/** SQL run on a database without Prisma (what an older version wrote). */
async function execRaw(provider: Provider, url: string, statements: string[]): Promise<void> {
  if (provider === "sqlite") {
    const db = new Database(url.slice("file:".length));
    for (const sql of statements) db.exec(sql);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const sql of statements) await client.query(sql);
  await client.end();
}

describe.each(PROVIDERS)("sealed personal fields on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  beforeEach(async () => {
    if (!skip) database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const business = async (name: string) => ({
    name,
    category: "food",
    regionId: await regionId(database.prisma),
    village: "کوشک",
    description: "نان محلی",
    workplaceKind: "home",
    plannedJobs: 1,
    capitalRials: 10n,
  });

  it.skipIf(skip)("seals every write path and opens every read, nested ones included", async () => {
    const db = database.prisma;
    const created = await db.user.create({
      data: { platform: "telegram", platformUserId: "1", chatId: "1", fullName: "زهرا احمدی", nationalId: "0499370899" },
    });
    expect(created).toMatchObject({ fullName: "زهرا احمدی", nationalId: "0499370899", nationalIdHash: cipher.lookupHash("0499370899") });
    expect(await stored(database, "User", "fullName", created.id)).toMatch(/^v1:/);
    expect(cipher.decrypt((await stored(database, "User", "nationalIdEnc", created.id))!)).toBe("0499370899");

    await db.user.createMany({ data: [{ platform: "telegram", platformUserId: "2", chatId: "2", fullName: "رضا کریمی", phone: "+989121111111" }] });
    const reza = await db.user.findFirstOrThrow({ where: { platformUserId: "2" } });
    expect(reza).toMatchObject({ fullName: "رضا کریمی", phone: "+989121111111", phoneHash: cipher.lookupHash("+989121111111") });

    await db.user.update({ where: { id: created.id }, data: { phone: { set: "+989123456789" }, businesses: { create: await business("x") } } });
    await db.user.updateMany({ where: { id: created.id }, data: { firstName: "Zahra" } });
    await db.user.upsert({
      where: { platform_platformUserId: { platform: "telegram", platformUserId: "1" } },
      create: { platform: "telegram", platformUserId: "1", chatId: "1" },
      update: { businesses: { createMany: { data: [await business("عسل کوهپایه")] } } },
    });
    await db.user.update({ where: { id: created.id }, data: { businesses: { updateMany: { where: { id: { gt: 0 } }, data: { description: "تولید عسل" } } } } });
    const user = await db.user.findUniqueOrThrow({
      where: { id: created.id },
      include: { businesses: { orderBy: { id: "asc" }, select: { name: true, description: true, owner: { select: { firstName: true } } } } },
    });
    expect(user).toMatchObject({ firstName: "Zahra", phone: "+989123456789", phoneHash: cipher.lookupHash("+989123456789") });
    expect(user.businesses).toEqual([
      { name: "x", description: "تولید عسل", owner: { firstName: "Zahra" } },
      { name: "عسل کوهپایه", description: "تولید عسل", owner: { firstName: "Zahra" } },
    ]);
    for (const b of await db.business.findMany({ select: { id: true } })) {
      for (const column of ["name", "village", "description"]) expect(await stored(database, "Business", column, b.id)).toMatch(/^v1:/);
    }
    expect((await db.user.findUnique({ where: { id: created.id } }).businesses())?.map((b) => b.name)).toEqual(["x", "عسل کوهپایه"]);
    expect(await db.business.findFirst({ orderBy: { id: "asc" } }).owner()).toMatchObject({ fullName: "زهرا احمدی", phone: "+989123456789" });
    await db.user.update({ where: { id: created.id }, data: { nationalId: null } });
    expect(await db.user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ nationalId: null, nationalIdHash: null });
  });

  it.skipIf(skip)("refuses what would compare, sort or group ciphertext, and hashes written by hand", async () => {
    const db = database.prisma;
    const refused = [
      () => db.user.findMany({ where: { fullName: "زهرا احمدی" } }),
      () => db.user.findMany({ where: { OR: [{ role: "admin" }, { phone: { startsWith: "+98" } }] } }),
      () => db.application.findMany({ where: { applicant: { is: { nationalId: "0499370899" } } } }),
      () => db.region.findMany({ where: { businesses: { some: { name: { contains: "عسل" } } } } }),
      () => db.user.findMany({ include: { businesses: { where: { village: "کوشک" } } } }),
      () => db.user.findMany({ orderBy: [{ fullName: "asc" }] }),
      () => db.application.findMany({ orderBy: { business: { name: "asc" } } }),
      () => db.business.groupBy({ by: ["village"], _count: { _all: true } }),
      () => db.user.findMany({ distinct: ["fullName"] }),
      () => db.user.aggregate({ _max: { fullName: true } }),
      () => db.user.create({ data: { platform: "telegram", platformUserId: "9", chatId: "9", nationalIdHash: "forged" } }),
    ];
    for (const query of refused) await expect(query()).rejects.toBeInstanceOf(SealedFieldError);
    // Testing for null reveals nothing about the value, so it stays possible.
    expect(await db.user.count({ where: { fullName: { not: null }, phone: null } })).toBe(0);
    expect(await db.user.findMany({ where: { nationalIdHash: cipher.lookupHash("0499370899") } })).toEqual([]);
  });

  it.skipIf(skip)("a connection without DATA_KEY can neither write nor read sealed values; another key cannot open them", async () => {
    await database.prisma.user.create({ data: { platform: "telegram", platformUserId: "1", chatId: "1", fullName: "زهرا احمدی" } });
    const unkeyed = await openDatabase(database.url);
    const wrongKey = await openDatabase(database.url, new PersonalDataCipher(`${TEST_DATA_KEY}-other`));
    try {
      await expect(unkeyed.prisma.user.create({ data: { platform: "telegram", platformUserId: "2", chatId: "2", fullName: "x" } })).rejects.toBeInstanceOf(
        SealedFieldError,
      );
      await expect(unkeyed.prisma.user.findFirst({ where: { platformUserId: "1" } })).rejects.toBeInstanceOf(SealedFieldError);
      expect(await unkeyed.prisma.user.findFirst({ where: { platformUserId: "1" }, select: { id: true, role: true } })).toMatchObject({ role: "applicant" });
      await expect(wrongKey.prisma.user.findFirst({ where: { platformUserId: "1" } })).rejects.toThrow();
      // What the command line tools do works without the key: `npm run coordinator:assign` on someone who registered.
      expect(await assignCoordinator(unkeyed.prisma, { platform: "telegram", platformUserId: "1" }, ["fars-shiraz"])).toMatchObject({
        counties: ["fars-shiraz"],
      });
    } finally {
      await unkeyed.close();
      await wrongKey.close();
    }
  });

  it.skipIf(skip)("covers only text columns the schema has", () => {
    expect(Object.keys(SEALED_FIELDS).sort()).toEqual(["Application", "ApplicationEvent", "Business", "FundEntry", "Outbox", "User"]);
  });
});

describe.each(PROVIDERS)("values stored in the clear by an older version, on $provider", ({ provider, skip }) => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await drop?.();
    drop = undefined;
  });

  it.skipIf(skip)("are sealed at the next start, and their plain text is gone from the database files", async () => {
    const fresh = await freshDatabaseUrl(provider);
    drop = fresh.drop;
    // Migrated, then written as the previous version did: names, businesses and notices in the clear.
    await (await openDatabase(fresh.url)).close();
    const filler = "x".repeat(300);
    await execRaw(provider, fresh.url, [
      `INSERT INTO "Region" ("code", "province", "nameFa", "nameEn") VALUES ('fars-x', 'fars', 'ایکس', 'X')`,
      ...Array.from(
        { length: 40 },
        (_, i) =>
          `INSERT INTO "User" ("platform", "platformUserId", "chatId", "firstName", "fullName", "phoneEnc", "phoneHash", "updatedAt") VALUES ('telegram', '${i}', '${i}', 'Zahra${i}', 'زهرا احمدی ${i} ${filler}', '${cipher.encrypt("+98912000000" + (i % 10))}', 'h', CURRENT_TIMESTAMP)`,
      ),
      `INSERT INTO "Business" ("ownerId", "name", "category", "regionId", "village", "description", "workplaceKind", "plannedJobs", "capitalRials") VALUES (1, 'عسل کوهپایه', 'food', 1, 'کوشک', 'تولید عسل ${filler}', 'home', 1, 10)`,
      `INSERT INTO "Application" ("kind", "trackingCode", "status", "applicantId", "businessId", "regionId", "purpose", "updatedAt") VALUES ('loan', '12345678', 'submitted', 1, 1, 1, 'خرید کندو', CURRENT_TIMESTAMP)`,
      `INSERT INTO "ApplicationEvent" ("applicationId", "toStatus", "note") VALUES (1, 'rejected', 'نامهٔ زهرا احمدی ناخوانا')`,
      `INSERT INTO "Outbox" ("recipientId", "kind", "template", "params", "dedupeKey") VALUES (2, 'case-new', 'notify-new-case', '{"fullName":"زهرا احمدی 0"}', 'case-new:1:2')`,
    ]);
    const plain = ["زهرا احمدی", "Zahra1", "عسل کوهپایه", "کوشک", "تولید عسل", "خرید کندو", "ناخوانا"];
    expect((await findInStorage(fresh.url, plain)).length).toBeGreaterThan(0);

    const database = await openTestDatabase(fresh.url);
    try {
      expect(await findInStorage(fresh.url, plain)).toEqual([]);
      const zahra = await database.prisma.user.findFirstOrThrow({ where: { platformUserId: "0" }, include: { businesses: true, applications: true } });
      expect(zahra).toMatchObject({ firstName: "Zahra0", fullName: `زهرا احمدی 0 ${filler}`, phone: "+989120000000" });
      expect(zahra.businesses[0]).toMatchObject({ name: "عسل کوهپایه", village: "کوشک" });
      expect(zahra.applications[0]!.purpose).toBe("خرید کندو");
      expect(JSON.parse((await database.prisma.outbox.findFirstOrThrow()).params!)).toEqual({ fullName: "زهرا احمدی 0" });
      expect((await database.prisma.applicationEvent.findFirstOrThrow()).note).toBe("نامهٔ زهرا احمدی ناخوانا");
    } finally {
      await database.close();
    }
  });
});
