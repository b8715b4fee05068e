import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/domain/input/clean-text.ts";
import { normalizeDigits } from "../../src/domain/input/digits.ts";
import { formatMobile, maskMobile, readMobile } from "../../src/domain/input/mobile.ts";
import { maskNationalId, parseNationalId } from "../../src/domain/input/national-id.ts";
import { textFields } from "../../src/domain/registration/fields.ts";

describe("digits", () => {
  it("turns Persian and Arabic-Indic digits into ASCII and leaves the rest", () => {
    expect(normalizeDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(normalizeDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
    expect(normalizeDigits("کد ۱۲a٣")).toBe("کد 12a3");
  });
});

describe("national ID", () => {
  it.each(["0499370899", "0790419904", "0084575948", "0013542419", "4608968882", "2110990147", "0067749828"])("accepts the valid code %s", (code) =>
    expect(parseNationalId(code)).toBe(code),
  );
  it("accepts Persian digits, separators and dropped leading zeros", () => {
    expect(parseNationalId("۰۴۹۹۳۷۰۸۹۹")).toBe("0499370899");
    expect(parseNationalId("049-937089-9")).toBe("0499370899");
    expect(parseNationalId("499370899")).toBe("0499370899");
    expect(parseNationalId("84575948")).toBe("0084575948");
  });
  it.each([
    ["wrong check digit", "0499370898"],
    ["another wrong check digit", "4608968883"],
    ["one repeated digit", "1111111111"],
    ["all zeros", "0000000000"],
    ["too short", "1234567"],
    ["too long", "04993708991"],
    ["letters", "04993a0899"],
    ["empty", ""],
  ])("refuses %s (%s)", (_, code) => expect(parseNationalId(code)).toBeNull());
  it("masks all but the ends", () => expect(maskNationalId("0499370899")).toBe("049*****99"));
});

describe("Iranian mobile numbers", () => {
  it.each([
    "09123456789",
    "9123456789",
    "+989123456789",
    "00989123456789",
    "989123456789",
    "۰۹۱۲ ۳۴۵ ۶۷۸۹",
    "٠٩١٢٣٤٥٦٧٨٩",
    "0912-345-6789",
    "0912.345.6789",
    "(0912) 345 6789",
    "[0912] 345-6789",
    "+98 912 345 6789",
    "+98-912-345-6789",
    "+98 (0) 912 345 6789",
    "+98(0)9123456789",
    "+980 912 345 6789",
    "0098 912 345 6789",
    "00 98 912 345 67 89",
    "98 912 345 6789",
    "+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹",
    "۰۹۱۲–۳۴۵–۶۷۸۹",
    "＋９８９１２３４５６７８９",
    "\u2068+98 912 345 6789\u2069",
  ])("accepts %j", (input) => expect(readMobile(input)).toEqual({ ok: true, mobile: "+989123456789" }));
  it.each([
    "071 3623 4567",
    "07136234567",
    "021-88776655",
    "(021) 8877 6655",
    "+98 21 8877 6655",
    "0098 71 3623 4567",
    "+98 (0) 21 8877 6655",
    "۰۸۱۲۳۴۵۶۷۸۹",
    "88776655",
  ])("tells the landline %j apart", (input) => expect(readMobile(input)).toEqual({ ok: false, reason: "landline" }));
  it.each([
    "02112345678 9",
    "0912345678",
    "091234567890",
    "+14155550100",
    "+44 20 7946 0958",
    "0212222222",
    "1234",
    "phone",
    "",
    "0912 345 678x",
    "+98 912 345 678",
  ])("refuses %j as no phone number at all", (input) => expect(readMobile(input)).toEqual({ ok: false, reason: "invalid" }));
  it("formats and masks for people", () => {
    expect(formatMobile("+989123456789")).toBe("0912 345 6789");
    expect(maskMobile("+989123456789")).toBe("0912***6789");
  });
});

describe("free text", () => {
  it("removes invisible characters, keeps ZWNJ inside words, unifies Arabic letters", () => {
    expect(cleanText(" زهرا\u200b  احمدي\u200f ")).toBe("زهرا احمدی");
    expect(cleanText("كسب\u200c\u200cو\u200cكار")).toBe("کسب\u200cو\u200cکار");
    expect(cleanText("\u202eabc\u202c \u200c")).toBe("abc");
  });
  it("drops NUL and every other control character (PostgreSQL refuses NUL in text)", () => {
    expect(cleanText("عسل\u0000 طبیعی\u0007\u001b\u007f\u009b")).toBe("عسل طبیعی");
    expect(cleanText("خط اول\nخط دوم\tستون\r\n")).toBe("خط اول خط دوم ستون");
    expect(cleanText("\u0000")).toBe("");
    for (let code = 0; code < 0xa0; code++) {
      if (code >= 0x20 && code < 0x7f) continue;
      expect(cleanText(`a${String.fromCharCode(code)}b`), `U+${code.toString(16)}`).toMatch(/^a ?b$/);
    }
  });
  it("keeps the ZWNJ Persian spelling needs, drops the other invisible characters", () => {
    expect(cleanText("می\u200cخواهم\u2068 خانه\u200cای\u2069\ufeff\u00ad")).toBe("می\u200cخواهم خانه\u200cای");
  });
});

describe("registration answers", () => {
  const issue = (schema: { safeParse(v: string): any }, value: string) => schema.safeParse(value).error?.issues[0]?.message;
  it("explains each wrong answer with an i18n key", () => {
    expect(issue(textFields.fullName, "زهرا")).toBe("err-full-name");
    expect(issue(textFields.fullName, "Zahra 123")).toBe("err-full-name-letters");
    expect(issue(textFields.fullName, "😀😀 😀😀")).toBe("err-full-name-letters");
    expect(issue(textFields.fullName, "ز".repeat(10_000) + " ا")).toBe("err-too-long");
    expect(issue(textFields.nationalId, "0499370898")).toBe("err-national-id");
    expect(issue(textFields.phone, "0212222222")).toBe("err-mobile-invalid");
    expect(issue(textFields.phone, "021 4444 5555")).toBe("err-mobile-landline");
    expect(issue(textFields.village, "1")).toBe("err-village");
    expect(issue(textFields.village, "123")).toBe("err-needs-letters");
    expect(issue(textFields.description, "کوتاه")).toBe("err-description");
    expect(issue(textFields.plannedJobs, "زیاد")).toBe("err-number");
    expect(issue(textFields.plannedJobs, "۱٫۵")).toBe("err-number");
    expect(issue(textFields.plannedJobs, "0")).toBe("err-jobs-range");
    expect(issue(textFields.plannedJobs, "۲۰۱")).toBe("err-jobs-range");
    expect(issue(textFields.capitalRials, "1000")).toBe("err-capital-range");
    expect(issue(textFields.capitalRials, "۱۰۰۰ میلیارد و ۱ تومان")).toBe("err-amount-several-numbers");
    expect(issue(textFields.capitalRials, "۱۰۰۱ میلیارد")).toBe("err-capital-range");
    expect(issue(textFields.capitalRials, "1,5 میلیون")).toBe("err-amount-ambiguous-separator");
    expect(issue(textFields.capitalRials, "۱۵ ریال")).toBe("err-amount-rial-fraction");
  });
  it("returns the stored form of good answers", () => {
    expect(textFields.fullName.parse("  زهرا \u200b احمدي ")).toBe("زهرا احمدی");
    expect(textFields.plannedJobs.parse("۱۲")).toBe(12);
    expect(textFields.plannedJobs.parse("سه")).toBe(3);
    expect(textFields.phone.parse("+98 (0) 912 345 6789")).toBe("+989123456789");
    expect(textFields.capitalRials.parse("۵۰۰ میلیون")).toBe(5_000_000_000);
    expect(textFields.capitalRials.parse("۵۰ میلیون ریال")).toBe(50_000_000);
    expect(textFields.capitalRials.parse("هزار میلیارد تومان")).toBe(10_000_000_000_000);
    expect(textFields.capitalRials.parse("۱ میلیون")).toBe(10_000_000);
    expect(textFields.capitalRials.parse("۵۰۰ میلیون")).toBe(5_000_000_000);
    expect(textFields.capitalRials.parse("۵۰ میلیون ریال")).toBe(50_000_000);
  });
});
