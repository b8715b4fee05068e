import { describe, expect, it } from "vitest";
import { sniff } from "../../src/web/document-cache.ts";

describe("the console's document previews", () => {
  it("show only what the bytes are: PDF, JPEG, PNG, WebP, else a download", () => {
    expect(sniff(Buffer.from("%PDF-1.7 …"))).toBe("application/pdf");
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniff(Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WEBPVP8 ")]))).toBe("image/webp");
    expect(sniff(Buffer.from("<html><script>alert(1)</script>"))).toBe("application/octet-stream");
  });
});
