import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanIdentifier, cleanText } from "../../src/domain/input/clean-text.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { erasePersonalData, strikeOut } from "../../src/domain/privacy/erase.ts";
import { textFields } from "../../src/domain/registration/fields.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { TEST_DATA_KEY } from "../support/bot.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, coordinatorOf, moveCase, validDraft } from "../support/fixtures.ts";
import { prng, type Random } from "../support/fuzz.ts";

// The marks a name may carry without being another name: kashida, ZWNJ, ZWJ, RLM, LRM (and vowel marks).
const MARKS = ["\u0640", "\u0640\u0640\u0640", "\u200c", "\u200d", "\u200f", "\u200e", "\u064e", "\u2068"];
const NAMES = ["زهرا احمدی", "مریم کاظمی", "علی‌اکبر یزدی", "نیکی کریمی", "کیان بیکی", "Zahra Karimi", "محمدرضا کیانی", "عسل کوهپایهٔ یاسوج"];

/** The name as someone may type it: marks at random places inside words, Arabic ي/ك for Persian ی/ک at random, perhaps another letter case. */
function variant(r: Random, name: string): string {
  const chars = [...name].map((c) => (c === "ی" && r.int(2) ? "ي" : c === "ک" && r.int(2) ? "ك" : c));
  for (let k = 1 + r.int(5); k > 0; k--) {
    const at = 1 + r.int(chars.length - 1);
    chars.splice(at, 0, r.pick(MARKS));
  }
  const text = chars.join("");
  return r.int(2) ? text.toUpperCase() : text;
}

const folded = (text: string) => cleanIdentifier(text).replace(/\s+/g, "").toLowerCase();

describe("a name however it was written", () => {
  it("the name step keeps no kashida or invisible mark but ZWNJ, and gives Persian ye/kaf", () => {
    expect(cleanText("زهـــرا احمدي\u200d\u200f")).toBe("زهرا احمدی");
    expect(textFields.fullName.parse("مـریـم  كاظمی\u200e")).toBe("مریم کاظمی");
  });

  it("is found and struck out of a note: 2,000 random spellings, the name and the note each written differently", () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const r = prng(seed);
      const name = r.pick(NAMES);
      const stored = cleanText(variant(r, name)); // what the name step kept
      const written = variant(r, name);
      // A note as the reviewer's note step keeps it, and one stored raw (written before the cleaner folded kashida).
      for (const note of [cleanText(`پیگیری ${written}، مدارک کامل شد`), `پیگیری ${written}، مدارک کامل شد`]) {
        const struck = strikeOut(note, [stored], []);
        expect(folded(struck), `seed ${seed}: ${JSON.stringify(note)} / ${JSON.stringify(stored)}`).not.toContain(folded(name.split(" ")[0]!));
        expect(struck).toContain("مدارک کامل شد");
      }
    }
  });

  it("numbers with marks, Persian digits or separators inside are struck out too", () => {
    expect(strikeOut("کد ملی ۰۴۹۹\u200f۳۷۰ـ۸۹۹ و ۰۹۱۲-۳۴۵-۶۷۸۹", [], ["0499370899", "9123456789"])).toBe("کد ملی — و —");
  });
});

describe.each(PROVIDERS)("erasing a name written with marks on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  const now = new Date("2026-11-29T08:30:00Z");
  const deps = () => ({ db: database.prisma, clock: { now: () => now }, cipher: new PersonalDataCipher(TEST_DATA_KEY) });

  beforeEach(async () => {
    if (!skip) database = await createTestDatabase(provider);
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  it.skipIf(skip)("strikes every spelling of the person's and the business's names out of the coordinators' notes", async () => {
    const coordinator = await coordinatorOf(database.prisma);
    for (let seed = 1; seed <= 6; seed++) {
      const r = prng(seed * 7919);
      const name = r.pick(NAMES.filter((n) => !n.startsWith("عسل")));
      const userId = (await applicant(database.prisma, 2000 + seed)).id;
      const fullName = textFields.fullName.parse(variant(r, name));
      const draft = await validDraft(database.prisma, { fullName, businessName: cleanText(variant(r, "عسل کوهپایه")) });
      const { applicationId } = await submitRegistration(deps(), userId, `reg-${seed}`, draft);
      await moveCase(deps(), coordinator, applicationId, "documents_requested", { documents: ["health-card"], note: `${variant(r, name)} عکس بفرستد` });
      // A note stored before the cleaner folded kashida keeps whatever was typed.
      await database.prisma.applicationEvent.create({
        data: {
          applicationId,
          actorId: coordinator,
          fromStatus: "documents_requested",
          toStatus: "documents_requested",
          note: `تماس با ${variant(r, name)} دربارهٔ ${variant(r, "عسل کوهپایه")}`,
          createdAt: now,
        },
      });
      await erasePersonalData(deps(), userId);
      const notes = await database.prisma.applicationEvent.findMany({ where: { applicationId, note: { not: null } } });
      expect(notes).toHaveLength(2);
      for (const { note } of notes) {
        expect(folded(note!), `seed ${seed}`).not.toContain(folded(name.split(" ")[0]!));
        expect(folded(note!), `seed ${seed}`).not.toContain(folded("کوهپایه"));
      }
    }
  });
});
