import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CACHE_MAX_AGE_MS, pruneDocumentCache, sniff } from "../../src/web/document-cache.ts";

describe("the console's document previews", () => {
  it("show only what the bytes are: PDF, JPEG, PNG, WebP, else a download", () => {
    expect(sniff(Buffer.from("%PDF-1.7 …"))).toBe("application/pdf");
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniff(Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]))).toBe("image/webp");
    expect(sniff(Buffer.from("<html><script>alert(1)</script>"))).toBe("application/octet-stream");
  });
});

describe("the console's document cache", () => {
  it("deletes copies and half-written files older than a week, and keeps the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "karyar-cache-prune-"));
    try {
      const now = Date.now();
      const write = (name: string, ageMs: number) => {
        writeFileSync(join(dir, name), "sealed");
        const at = new Date(now - ageMs);
        utimesSync(join(dir, name), at, at);
      };
      write("old", CACHE_MAX_AGE_MS + 1000);
      write("old.1234.part", CACHE_MAX_AGE_MS * 2);
      write("fresh", CACHE_MAX_AGE_MS - 60_000);
      expect(await pruneDocumentCache(dir, now)).toBe(2);
      expect(readdirSync(dir)).toEqual(["fresh"]);
      expect(await pruneDocumentCache(join(dir, "missing"), now)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
