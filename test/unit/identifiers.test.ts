import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanIdentifier } from "../../src/domain/input/clean-text.ts";
import { MOBILE_REFUSALS, mobileRefusalKey, readMobile } from "../../src/domain/input/mobile.ts";
import { parseNationalId } from "../../src/domain/input/national-id.ts";
import { findCountyByName } from "../../src/domain/regions.ts";
import { formatTrackingCode, newTrackingCode, readTrackingCode, TRACKING_CODE_REFUSALS, trackingCodeRefusalKey } from "../../src/domain/tracking-code.ts";
import { prng, sprinkle } from "../support/fuzz.ts";

const SEED = Number(process.env.INPUT_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.info(`identifier tests: seed ${SEED} (INPUT_SEED=${SEED} replays it)`);

function farsCounties(): { code: string; nameFa: string; nameEn: string }[] {
  const file = JSON.parse(readFileSync("data/regions/fars.json", "utf8")) as { counties: { code: string; fa: string; en: string }[] };
  return file.counties.map((c) => ({ code: c.code, nameFa: c.fa, nameEn: c.en }));
}

const locale = (lang: string) => readFileSync(`locales/${lang}.ftl`, "utf8");
const message = (lang: string, key: string) => new RegExp(`^${key} = (.*)$`, "m").exec(locale(lang))?.[1];

describe("the shared identifier cleaner", () => {
  it("strips isolation, direction, zero-width and control characters and normalizes digits", () => {
    expect(cleanIdentifier("\u2068۱۲۳۴-۵۶۷۸\u2069")).toBe("1234-5678");
    expect(cleanIdentifier("\u200f٠٤٩٩\u200b٣٧٠\u200d٨٩٩\u200e")).toBe("0499370899");
    expect(cleanIdentifier("\u202b0912\u202c\u0000345\u00076789\ufeff")).toBe("09123456789");
    expect(cleanIdentifier("نی\u200cریز")).toBe("نیریز");
    expect(cleanIdentifier("＋９８")).toBe("+98");
    expect(cleanIdentifier("خرم\tبيد")).toBe("خرم بید");
    expect(cleanIdentifier("كوار")).toBe("کوار");
    expect(cleanIdentifier("حدوداً")).toBe("حدودا");
  });
  it("leaves no character of the categories Cc or Cf", () => {
    const all = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join("");
    expect(cleanIdentifier(all)).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });
});

describe("generated: identifiers wrapped in invisible marks at random places", () => {
  const r = prng(SEED);
  it("national IDs", () => {
    for (const code of ["0499370899", "0790419904", "4608968882", "2110990147"])
      for (let i = 0; i < 200; i++) {
        const typed = sprinkle(
          r,
          r.pick([code, `${code.slice(0, 3)}-${code.slice(3, 9)}-${code.slice(9)}`, code.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)))]),
        );
        expect(parseNationalId(typed), `seed ${SEED}: ${JSON.stringify(typed)}`).toBe(code);
      }
  });
  it("mobile numbers, and landlines stay landlines", () => {
    for (let i = 0; i < 500; i++) {
      const mobile = sprinkle(r, r.pick(["09123456789", "+98 912 345 6789", "+98 (0) 912 345 6789", "۰۹۱۲-۳۴۵-۶۷۸۹", "0098 912 345 6789"]));
      expect(readMobile(mobile), `seed ${SEED}: ${JSON.stringify(mobile)}`).toEqual({ ok: true, mobile: "+989123456789" });
      const landline = sprinkle(r, r.pick(["071 3623 4567", "021-88776655", "+98 21 8877 6655"]));
      expect(readMobile(landline), `seed ${SEED}: ${JSON.stringify(landline)}`).toEqual({ ok: false, reason: "landline" });
    }
  });
  it("tracking codes, as copied from the bot's own message (U+2068…U+2069) or typed", () => {
    for (let i = 0; i < 500; i++) {
      const code = newTrackingCode();
      const shown = r.pick([formatTrackingCode(code), code, formatTrackingCode(code).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)))]);
      const typed = sprinkle(r, r.next() < 0.5 ? `\u2068${shown}\u2069` : shown);
      expect(readTrackingCode(typed), `seed ${SEED}: ${JSON.stringify(typed)}`).toEqual({ ok: true, code });
    }
  });
  it("county names", () => {
    const counties = farsCounties();
    for (let i = 0; i < 500; i++) {
      const county = r.pick(counties);
      const typed = sprinkle(r, r.next() < 0.5 ? county.nameFa : county.nameEn);
      expect(findCountyByName(counties, typed)?.code, `seed ${SEED}: ${JSON.stringify(typed)}`).toBe(county.code);
    }
  });
});

describe("tracking codes: why one was refused", () => {
  const code = newTrackingCode();
  it.each([
    ["too few digits", code.slice(0, 7), "length"],
    ["too many digits", `${code}1`, "length"],
    ["letters", "abcd-efgh", "length"],
    ["a permit number", "KR-1405-000123", "length"],
    ["nothing", "\u2068\u2069", "length"],
  ])("%s is a length problem", (_, input, reason) => expect(readTrackingCode(input)).toEqual({ ok: false, reason }));
  it("a typo or a swap of eight digits is a check-digit problem", () => {
    for (let i = 0; i < 8; i++) {
      const typo = code.slice(0, i) + ((Number(code[i]) + 1) % 10) + code.slice(i + 1);
      expect(readTrackingCode(typo)).toEqual({ ok: false, reason: "check" });
    }
    expect(readTrackingCode(`0${code.slice(1)}`)).toMatchObject({ ok: false });
  });
  it.each(["fa", "en"])("the example in the %s prompt reads as a well-formed code or is explained as 'check the digits'", (lang) => {
    const prompt = message(lang, "track-ask")!;
    const example = /[\d۰-۹٠-٩][\d۰-۹٠-٩\s\-–]*[\d۰-۹٠-٩]/.exec(prompt)![0];
    const reading = readTrackingCode(example);
    expect(reading.ok || reading.reason === "check", `${lang}: ${example}`).toBe(true);
  });
});

describe("counties typed by name", () => {
  const counties = [
    { id: 1, code: "fars-neyriz", nameFa: "نی\u200cریز", nameEn: "Neyriz" },
    { id: 2, code: "fars-khorrambid", nameFa: "خرم\u200cبید", nameEn: "Khorrambid" },
    { id: 3, code: "fars-zarrindasht", nameFa: "زرین\u200cدشت", nameEn: "Zarrin Dasht" },
    { id: 4, code: "fars-qir", nameFa: "قیر و کارزین", nameEn: "Qir and Karzin" },
    { id: 5, code: "fars-abadeh", nameFa: "آباده", nameEn: "Abadeh" },
    { id: 6, code: "fars-kavar", nameFa: "کوار", nameEn: "Kavar" },
    { id: 7, code: "fars-beyza", nameFa: "بیضا", nameEn: "Beyza" },
  ];
  it.each([
    ["نی‌ریز", "fars-neyriz"],
    ["نی ریز", "fars-neyriz"],
    ["نیریز", "fars-neyriz"],
    ["  نی  ریز ", "fars-neyriz"],
    ["شهرستان نی ریز", "fars-neyriz"],
    ["NEYRIZ", "fars-neyriz"],
    ["neyriz county", "fars-neyriz"],
    ["خرم بید", "fars-khorrambid"],
    ["خرم‌بید", "fars-khorrambid"],
    ["خرمبيد", "fars-khorrambid"],
    ["zarrin dasht", "fars-zarrindasht"],
    ["ZarrinDasht", "fars-zarrindasht"],
    ["Zarrin-Dasht", "fars-zarrindasht"],
    ["زرین دشت", "fars-zarrindasht"],
    ["قیر و کارزین", "fars-qir"],
    ["قيرو كارزين", "fars-qir"],
    ["qir and karzin", "fars-qir"],
    ["اباده", "fars-abadeh"],
    ["آباده", "fars-abadeh"],
    ["كوار", "fars-kavar"],
    ["بيضا", "fars-beyza"],
    ["بیضــا", "fars-beyza"],
  ])("finds %j", (typed, code) => expect(findCountyByName(counties, typed)?.code).toBe(code));
  it.each(["", "   ", "شیراز", "نی", "ریز", "آتلانتیس", "\u2068\u2069"])("finds nothing for %j", (typed) =>
    expect(findCountyByName(counties, typed)).toBeUndefined(),
  );
  it("finds nothing when a name is shared", () => {
    expect(findCountyByName([...counties, { id: 8, code: "other", nameFa: "نی ریز", nameEn: "Other" }], "نیریز")).toBeUndefined();
  });
  it("finds every county of the province by its own names", () => {
    const all = farsCounties();
    for (const c of all) {
      expect(findCountyByName(all, c.nameFa)?.code).toBe(c.code);
      expect(findCountyByName(all, c.nameEn.toLowerCase())?.code).toBe(c.code);
      expect(findCountyByName(all, c.nameFa.replace(/\u200c/g, " "))?.code).toBe(c.code);
    }
  });
});

describe("refusals are explained in both languages, with a good answer", () => {
  it.each(["fa", "en"])("%s", (lang) => {
    for (const reason of MOBILE_REFUSALS) expect(message(lang, mobileRefusalKey(reason)), mobileRefusalKey(reason)).toMatch(/09|۰۹/);
    for (const reason of TRACKING_CODE_REFUSALS)
      expect(message(lang, trackingCodeRefusalKey(reason)), trackingCodeRefusalKey(reason)).toMatch(/1234-5678|۱۲۳۴-۵۶۷۸/);
  });
});
