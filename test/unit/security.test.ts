import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../src/db/unavailable.ts";
import { PersonalDataCipher } from "../../src/domain/personal-data.ts";
import { sameSecret } from "../../src/server/webhook.ts";
import { formatTrackingCode, newTrackingCode, parseTrackingCode } from "../../src/domain/tracking-code.ts";

const KEY = "unit-test-key-0123456789abcdefghijklmnopqrstuvwxyz";

describe("personal data encryption", () => {
  const cipher = new PersonalDataCipher(KEY);

  it("round-trips and never repeats a ciphertext", () => {
    const a = cipher.encrypt("0499370899");
    const b = cipher.encrypt("0499370899");
    expect(a).not.toBe(b);
    expect(a).not.toContain("0499370899");
    expect(cipher.decrypt(a)).toBe("0499370899");
    expect(cipher.decrypt(cipher.encrypt("+989123456789 زهرا"))).toBe("+989123456789 زهرا");
  });

  it("refuses altered text and another key", () => {
    const sealed = cipher.encrypt("0499370899");
    const body = Buffer.from(sealed.slice(3), "base64url");
    body[body.length - 1]! ^= 1;
    expect(() => cipher.decrypt(`v1:${body.toString("base64url")}`)).toThrow();
    expect(() => new PersonalDataCipher(`${KEY}-other`).decrypt(sealed)).toThrow();
    expect(() => cipher.decrypt("plain")).toThrow();
  });

  it("gives a stable keyed hash for look-ups", () => {
    expect(cipher.lookupHash("0499370899")).toBe(cipher.lookupHash("0499370899"));
    expect(cipher.lookupHash("0499370899")).not.toBe(cipher.lookupHash("0790419904"));
    expect(new PersonalDataCipher(`${KEY}-other`).lookupHash("0499370899")).not.toBe(cipher.lookupHash("0499370899"));
  });
});

describe("tracking codes", () => {
  it("are 8 digits that pass their own check", () => {
    for (let i = 0; i < 1000; i++) {
      const code = newTrackingCode();
      expect(code).toMatch(/^[1-9]\d{7}$/);
      expect(parseTrackingCode(code)).toBe(code);
    }
  });

  it("catch every single-digit typo and every swap of neighbours", () => {
    const code = newTrackingCode();
    for (let i = 0; i < 8; i++) {
      for (let d = 0; d <= 9; d++) {
        const typo = code.slice(0, i) + d + code.slice(i + 1);
        if (typo !== code) expect(parseTrackingCode(typo)).toBeNull();
      }
      if (i < 7 && code[i] !== code[i + 1]) {
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(parseTrackingCode(swapped)).toBeNull();
      }
    }
  });

  it("read Persian digits and the dashed form", () => {
    const code = newTrackingCode();
    const persian = formatTrackingCode(code).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    expect(parseTrackingCode(persian)).toBe(code);
    expect(parseTrackingCode("1234")).toBeNull();
  });

  it("rarely collide: 10,000 drawn, (almost) all distinct", () => {
    const codes = new Set(Array.from({ length: 10_000 }, newTrackingCode));
    // 10^7 possible codes: the expected number of collisions among 10,000 is about 5.
    expect(codes.size).toBeGreaterThan(9_970);
  });
});

describe("webhook secrets and database outages", () => {
  it("compares webhook secrets whatever their length", () => {
    const secret = "s".repeat(40);
    expect(sameSecret(secret, secret)).toBe(true);
    expect(sameSecret(`${secret}x`, secret)).toBe(false);
    expect(sameSecret("", secret)).toBe(false);
    expect(sameSecret(undefined, secret)).toBe(false);
  });

  it("tells an unreachable database from a bad request", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: { code: "57P01" } }))).toBe(true);
    expect(isDatabaseUnavailable({ error: { code: "P1001" } })).toBe(true);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
  });
});
