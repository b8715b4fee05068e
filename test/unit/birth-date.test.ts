import { toGregorian, toJalaali } from "jalaali-js";
import { describe, expect, it } from "vitest";
import { ageOn, readBirthDate } from "../../src/domain/applicant/facts.ts";
import { prng } from "../support/fuzz.ts";

const SEED = Number(process.env.INPUT_SEED ?? Math.floor(Math.random() * 2 ** 31));
console.info(`birth date tests: seed ${SEED} (INPUT_SEED=${SEED} replays it)`);

const TZ = "Asia/Tehran";
const iso = (jy: number, jm: number, jd: number) => {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return `${gy}-${String(gm).padStart(2, "0")}-${String(gd).padStart(2, "0")}`;
};
/** Noon in Tehran of a Jalali day. */
const noonOf = (jy: number, jm: number, jd: number) => new Date(`${iso(jy, jm, jd)}T08:30:00Z`);

describe("age, as Iranian law counts it: in Jalali years", () => {
  it("turns 15 on the Jalali birthday, not on the Gregorian one", () => {
    // Born 1 Farvardin 1391 (20 March 2012): 29 Esfand 1405 is 20 March 2027, the Gregorian birthday, a day before the Jalali one.
    expect(ageOn(iso(1391, 1, 1), noonOf(1405, 12, 29), TZ)).toBe(14);
    expect(ageOn(iso(1391, 1, 1), noonOf(1406, 1, 1), TZ)).toBe(15);
    // Born 1 Farvardin 1388 (21 March 2009): 15 on 1 Farvardin 1403 (20 March 2024), a day before the Gregorian birthday.
    expect(ageOn(iso(1388, 1, 1), noonOf(1403, 1, 1), TZ)).toBe(15);
    expect(readBirthDate("۱۳۸۸/۰۱/۰۱", noonOf(1403, 1, 1), TZ, 15)).toEqual({ ok: true, day: iso(1388, 1, 1) });
    expect(readBirthDate("۱۳۸۸/۰۱/۰۲", noonOf(1403, 1, 1), TZ, 15)).toEqual({ ok: false, key: "err-birth-date-young" });
  });

  it("agrees with the Jalali calendar on generated birthdays and days", () => {
    const r = prng(SEED);
    for (let i = 0; i < 2000; i++) {
      const born = { jy: 1300 + r.int(105), jm: 1 + r.int(12), jd: 1 + r.int(29) };
      const today = toJalaali(new Date(Date.UTC(2020, 0, 1) + r.int(10 * 365) * 86_400_000));
      if (today.jy < born.jy) continue;
      const want = today.jy - born.jy - (today.jm < born.jm || (today.jm === born.jm && today.jd < born.jd) ? 1 : 0);
      expect(ageOn(iso(born.jy, born.jm, born.jd), noonOf(today.jy, today.jm, today.jd), TZ), `seed ${SEED}: ${JSON.stringify({ born, today })}`).toBe(want);
    }
  });
});

describe("a typed date of birth", () => {
  const NOW = noonOf(1405, 9, 12);
  it("tells a Gregorian date from a Jalali one, and an ancient year from one to come", () => {
    expect(readBirthDate("1990-03-21", NOW, TZ, 15)).toEqual({ ok: false, key: "err-date-gregorian" });
    expect(readBirthDate("0001/01/01", NOW, TZ, 15)).toEqual({ ok: false, key: "err-birth-date-range" });
    expect(readBirthDate("1369.01.01", NOW, TZ, 15)).toEqual({ ok: true, day: iso(1369, 1, 1) });
    expect(readBirthDate("۱۳۶۹ ۰۱ ۰۱", NOW, TZ, 15)).toEqual({ ok: true, day: iso(1369, 1, 1) });
    expect(readBirthDate("69/1/1", NOW, TZ, 15)).toEqual({ ok: false, key: "err-birth-date-format" });
  });
});
