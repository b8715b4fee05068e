// Personal data sealed at rest: every Prisma read and write of the fields below goes through
// one client extension, so no use case can store them in the clear or forget to decrypt them.
import type { Db } from "./client.ts";
import type { DbProvider } from "./provider.ts";

/** What the database needs of src/domain/personal-data.ts's cipher. */
export interface FieldCipher {
  readonly sealedPrefix: string;
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  lookupHash(plain: string): string;
}

/**
 * The sealed fields, by model: everything a person typed that identifies them or is free text,
 * and every rendered copy of it (outbox payloads). `hash` names the look-up column (HMAC of the
 * plain value) the sealing writes beside the field. Region, county and category stay plain
 * (chosen from lists, grouped by statistics); so do amounts, counts and dates.
 */
export const SEALED_FIELDS: Record<string, Record<string, { hash?: string }>> = {
  User: {
    firstName: {},
    fullName: {},
    nationalId: { hash: "nationalIdHash" },
    phone: { hash: "phoneHash" },
    birthDate: {},
    reliefClient: {},
    welfareClient: {},
    priorLoan: {},
  },
  Business: { name: {}, village: {}, description: {} },
  Application: { purpose: {} },
  ApplicationEvent: { note: {} },
  FundEntry: { purpose: {} },
  Outbox: { params: {}, buttons: {} },
};

/** A query the sealing refuses: it would compare, sort or group ciphertext, or write a hash by hand. */
export class SealedFieldError extends Error {
  override name = "SealedFieldError";
}

interface RuntimeField {
  name: string;
  kind: string;
  type: string;
  dbName?: string | null;
}
type RuntimeModels = Record<string, { fields: RuntimeField[]; dbName?: string | null }>;

interface ModelInfo {
  table: string;
  /** Relation field → the model it points to. */
  relations: Map<string, string>;
  sealed: Map<string, { hash?: string; column: string; hashColumn?: string }>;
  hashes: Set<string>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
const each = (v: unknown, f: (item: unknown) => void) => (Array.isArray(v) ? v.forEach(f) : f(v));
const mapEach = (v: unknown, f: (item: unknown) => unknown) => (Array.isArray(v) ? v.map(f) : f(v));

/** The schema as the generated client knows it (Prisma 7's runtime data model), checked against SEALED_FIELDS. */
function describeModels(client: unknown): Map<string, ModelInfo> {
  const runtime = (client as { _runtimeDataModel?: { models?: RuntimeModels } })._runtimeDataModel?.models;
  // Fail closed: without the model we could not tell which nested writes carry personal data.
  if (!runtime) throw new Error("the Prisma client exposes no runtime data model; personal data cannot be sealed");
  const models = new Map<string, ModelInfo>();
  for (const [name, model] of Object.entries(runtime)) {
    const byName = new Map(model.fields.map((f) => [f.name, f]));
    const sealed = new Map<string, { hash?: string; column: string; hashColumn?: string }>();
    for (const [field, spec] of Object.entries(SEALED_FIELDS[name] ?? {})) {
      const info = byName.get(field);
      const hash = spec.hash ? byName.get(spec.hash) : undefined;
      if (info?.kind !== "scalar" || info.type !== "String" || (spec.hash && hash?.type !== "String")) {
        throw new Error(`sealed field ${name}.${field} is not a text column of the schema`);
      }
      sealed.set(field, { hash: spec.hash, column: info.dbName ?? field, hashColumn: hash ? (hash.dbName ?? hash.name) : undefined });
    }
    models.set(name, {
      table: model.dbName ?? name,
      relations: new Map(model.fields.filter((f) => f.kind === "object").map((f) => [f.name, f.type])),
      sealed,
      hashes: new Set([...sealed.values()].flatMap((s) => (s.hash ? [s.hash] : []))),
    });
  }
  for (const name of Object.keys(SEALED_FIELDS)) if (!models.has(name)) throw new Error(`sealed model ${name} is not in the schema`);
  return models;
}

/**
 * Wraps a Prisma client so the SEALED_FIELDS are encrypted on every write path (create,
 * createMany(AndReturn), update, updateMany(AndReturn), upsert, and nested writes of any depth)
 * and decrypted in every result (included and selected relations too). The contract:
 * - use cases read and write these fields in the clear; the database only ever holds ciphertext;
 * - a look-up hash column is written by the sealing alone (writing it by hand is refused);
 *   find rows by it: `where: { nationalIdHash: cipher.lookupHash(id) }`;
 * - filtering, sorting, grouping or aggregating on a sealed field is refused (it would compare
 *   ciphertext), except testing it for null (`null`, `{ not: null }`);
 * - a value not in the sealed format is one stored before sealing: read as it is, and sealed by
 *   `sealLegacyValues` at the next start;
 * - without a cipher (tools run without DATA_KEY) reading or writing a sealed value throws;
 * - the fluent API (`findUnique(…).owner()`) is opened too (it relies on Prisma's internal
 *   `dataPath`, as describeModels relies on its runtime data model: Prisma is pinned).
 * Raw SQL bypasses all this: only src/db writes raw SQL, and never into these columns.
 */
export function sealFields(client: Db, cipher: FieldCipher | undefined): Db {
  const models = describeModels(client);
  const modelInfo = (name: string) => models.get(name)!;
  const refuse = (message: string): never => {
    throw new SealedFieldError(message);
  };
  const needCipher = (): FieldCipher => cipher ?? refuse("this connection was opened without DATA_KEY: sealed personal data cannot be read or written");

  function checkWhere(model: string, where: unknown): void {
    if (!isObj(where)) return;
    const info = modelInfo(model);
    for (const [key, value] of Object.entries(where)) {
      if (value === undefined) continue;
      if (key === "AND" || key === "OR" || key === "NOT") each(value, (w) => checkWhere(model, w));
      else if (info.sealed.has(key)) {
        const nullTest = value === null || (isObj(value) && Object.keys(value).length === 1 && (value.not === null || value.equals === null));
        if (!nullTest) refuse(`${model}.${key} is sealed: it can only be tested for null (filter on its look-up hash, or in memory)`);
      } else if (info.relations.has(key)) {
        const target = info.relations.get(key)!;
        if (!isObj(value)) continue;
        const wrapped = Object.keys(value).every((k) => ["is", "isNot", "some", "every", "none"].includes(k));
        if (wrapped) Object.values(value).forEach((w) => checkWhere(target, w));
        else checkWhere(target, value);
      } else if (isObj(value)) {
        // A compound unique key (platform_platformUserId: { … }) names fields of the same model.
        checkWhere(model, value);
      }
    }
  }

  function checkOrderBy(model: string, orderBy: unknown): void {
    each(orderBy, (item) => {
      if (!isObj(item)) return;
      const info = modelInfo(model);
      for (const [key, value] of Object.entries(item)) {
        if (info.sealed.has(key)) refuse(`${model}.${key} is sealed: results cannot be sorted by it`);
        if (info.relations.has(key)) checkOrderBy(info.relations.get(key)!, value);
      }
    });
  }

  function checkFields(model: string, fields: unknown, what: string): void {
    const names = Array.isArray(fields) ? fields : typeof fields === "string" ? [fields] : isObj(fields) ? Object.keys(fields).filter((k) => fields[k]) : [];
    for (const name of names) if (modelInfo(model).sealed.has(String(name))) refuse(`${model}.${String(name)} is sealed: it cannot be ${what}`);
  }

  /** The query arguments that read: where, cursor, orderBy, distinct, grouping, and the same inside relation selections. */
  function checkReads(model: string, args: Obj): void {
    checkWhere(model, args.where);
    checkWhere(model, args.cursor);
    checkWhere(model, args.having);
    checkOrderBy(model, args.orderBy);
    checkFields(model, args.distinct, "distinct on");
    checkFields(model, args.by, "grouped by");
    for (const aggregate of ["_min", "_max", "_avg", "_sum"]) checkFields(model, args[aggregate], "aggregated");
    for (const selection of [args.select, args.include]) {
      if (!isObj(selection)) continue;
      for (const [key, value] of Object.entries(selection)) {
        if (key === "_count" && isObj(value) && isObj(value.select)) {
          for (const [relation, count] of Object.entries(value.select)) {
            const target = modelInfo(model).relations.get(relation);
            if (target && isObj(count)) checkWhere(target, count.where);
          }
        }
        const target = modelInfo(model).relations.get(key);
        if (target && isObj(value)) checkReads(target, value);
      }
    }
  }

  function sealValue(model: string, field: string, value: unknown): unknown {
    if (value === null || value === undefined) return value;
    if (typeof value === "string") return needCipher().encrypt(value);
    if (isObj(value) && Object.keys(value).length === 1 && "set" in value) return { set: sealValue(model, field, value.set) };
    return refuse(`${model}.${field} is sealed: only a text value, null or { set } can be written`);
  }

  function sealData(model: string, data: unknown): unknown {
    if (!isObj(data)) return data;
    const info = modelInfo(model);
    const sealed: Obj = {};
    for (const [key, value] of Object.entries(data)) {
      if (info.hashes.has(key)) refuse(`${model}.${key} is a look-up hash: it is written with its sealed field, never by hand`);
      const field = info.sealed.get(key);
      const target = info.relations.get(key);
      if (field) {
        sealed[key] = sealValue(model, key, value);
        if (field.hash && value !== undefined) {
          const plain = isObj(value) ? value.set : value;
          sealed[field.hash] = typeof plain === "string" ? needCipher().lookupHash(plain) : null;
        }
      } else if (target && isObj(value)) sealed[key] = sealNested(target, value);
      else sealed[key] = value;
    }
    return sealed;
  }

  /** A relation field's nested write: create, createMany, connectOrCreate, upsert, update, updateMany, and the where of the others. */
  function sealNested(model: string, ops: Obj): Obj {
    const out: Obj = {};
    for (const [op, value] of Object.entries(ops)) {
      switch (op) {
        case "create":
          out[op] = mapEach(value, (d) => sealData(model, d));
          break;
        case "createMany":
          out[op] = isObj(value) ? { ...value, data: mapEach(value.data, (d) => sealData(model, d)) } : value;
          break;
        case "connectOrCreate":
          out[op] = mapEach(value, (v) => (isObj(v) ? (checkWhere(model, v.where), { ...v, create: sealData(model, v.create) }) : v));
          break;
        case "upsert":
          out[op] = mapEach(value, (v) =>
            isObj(v) ? (checkWhere(model, v.where), { ...v, create: sealData(model, v.create), update: sealData(model, v.update) }) : v,
          );
          break;
        case "update":
        case "updateMany":
          // { where, data } (to-many, or to-one with a filter) or, for a to-one update, the data itself.
          out[op] = mapEach(value, (v) =>
            isObj(v) && "data" in v ? (checkWhere(model, v.where), { ...v, data: sealData(model, v.data) }) : sealData(model, v),
          );
          break;
        default:
          // connect, disconnect, set, delete, deleteMany: filters only.
          each(value, (w) => checkWhere(model, w));
          out[op] = value;
      }
    }
    return out;
  }

  function sealArgs(model: string, args: Obj): Obj {
    checkReads(model, args);
    const out: Obj = { ...args };
    if ("data" in args) out.data = mapEach(args.data, (d) => sealData(model, d));
    if ("create" in args) out.create = sealData(model, args.create);
    if ("update" in args) out.update = sealData(model, args.update);
    return out;
  }

  function open(value: string): string {
    const key = needCipher();
    return value.startsWith(key.sealedPrefix) ? key.decrypt(value) : value;
  }

  function openResult(model: string, result: unknown): unknown {
    if (Array.isArray(result)) {
      for (const row of result) openResult(model, row);
      return result;
    }
    if (!isObj(result)) return result;
    const info = modelInfo(model);
    for (const [key, value] of Object.entries(result)) {
      if (typeof value === "string" && info.sealed.has(key)) result[key] = open(value);
      else if (value !== null && info.relations.has(key)) openResult(info.relations.get(key)!, value);
    }
    return result;
  }

  return client.$extends({
    name: "sealed-personal-data",
    query: {
      $allModels: {
        async $allOperations({ model, args, query, ...call }) {
          const result = await query(sealArgs(model, args));
          // The fluent API (findUnique(…).businesses()) returns the relation at the end of this path: ["select", "owner", "select", "businesses"].
          const path = (call as { __internalParams?: { dataPath?: string[] } }).__internalParams?.dataPath ?? [];
          const resultModel = path.filter((_, i) => i % 2 === 1).reduce((m, relation) => modelInfo(m).relations.get(relation) ?? m, model);
          return openResult(resultModel, result);
        },
      },
    },
  }) as unknown as Db;
}

/**
 * Seals the values stored in the clear before this version (and any a not yet upgraded
 * instance wrote since): each is rewritten only if it is still the value read, so a racing
 * write wins. Returns how many values were sealed. Runs at every start; a pass finding
 * nothing costs one scan of each sealed column.
 */
export async function sealLegacyValues(raw: Db, provider: DbProvider, cipher: FieldCipher): Promise<number> {
  const models = describeModels(raw);
  const param = (n: number) => (provider === "postgres" ? `$${n}` : "?");
  let sealed = 0;
  for (const info of models.values()) {
    for (const field of info.sealed.values()) {
      const select = `SELECT "id", "${field.column}" AS "value" FROM "${info.table}" WHERE "${field.column}" IS NOT NULL AND "${field.column}" NOT LIKE '${cipher.sealedPrefix}%' ORDER BY "id" LIMIT 500`;
      const hashSet = field.hashColumn ? `, "${field.hashColumn}" = ${param(2)}` : "";
      const n = field.hashColumn ? 3 : 2;
      const update = `UPDATE "${info.table}" SET "${field.column}" = ${param(1)}${hashSet} WHERE "id" = ${param(n)} AND "${field.column}" = ${param(n + 1)}`;
      for (;;) {
        const rows = await raw.$queryRawUnsafe<{ id: number | bigint; value: string }[]>(select);
        if (rows.length === 0) break;
        await raw.$transaction(async (tx) => {
          for (const row of rows) {
            const values = field.hashColumn ? [cipher.encrypt(row.value), cipher.lookupHash(row.value)] : [cipher.encrypt(row.value)];
            sealed += await tx.$executeRawUnsafe(update, ...values, Number(row.id), row.value);
          }
        });
      }
    }
  }
  return sealed;
}
