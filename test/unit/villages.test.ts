import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findVillageByName, villageKey } from "../../src/domain/regions.ts";

const villages = [
  { id: 1, nameFa: "مادرسلیمان", nameEn: "Madar-e Soleyman" },
  { id: 2, nameFa: "کفترک", nameEn: "Kaftarak" },
  { id: 3, nameFa: "ده‌بید", nameEn: "Dehbid" },
  { id: 4, nameFa: "آب‌باریک", nameEn: "Ab-barik" },
];

describe("village names", () => {
  it.each([
    ["مادر سلیمان", 1],
    ["مادر‌سليمان", 1],
    ["روستای مادرسلیمان", 1],
    ["madar-e soleyman", 1],
    ["Madar e Soleyman village", 1],
    ["كفترك", 2],
    ["کفترک ", 2],
    ["ده بید", 3],
    ["دهبيد", 3],
    ["اب باریک", 4],
  ])("finds %j", (typed, id) => expect(findVillageByName(villages, typed)?.id).toBe(id));

  it.each(["", "   ", "مادر", "قلات"])("finds nothing for %j", (typed) => expect(findVillageByName(villages, typed)).toBeUndefined());

  it("finds nothing when two villages share the key", () => {
    expect(findVillageByName([...villages, { id: 5, nameFa: "ده بید", nameEn: "Other" }], "دهبید")).toBeUndefined();
    expect(villageKey("ده‌بید")).toBe(villageKey("ده بيد"));
  });

  it("refuses a regions file that lists one village twice", async () => {
    const { importRegions } = await import("../../src/domain/regions.ts");
    const dir = mkdtempSync(join(tmpdir(), "karyar-regions-"));
    const file = join(dir, "regions.json");
    const county = { code: "x-a", fa: "الف", en: "A", villages: [{ fa: "ده‌بید" }, { fa: "ده بيد" }] };
    writeFileSync(file, JSON.stringify({ province: { code: "x", fa: "ایکس", en: "X" }, counties: [county] }));
    await expect(importRegions(undefined as never, file)).rejects.toThrow(/lists the village "ده‌بید" twice/);
  });
});
