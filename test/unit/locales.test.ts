import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** The message ids of a Fluent file (terms and attributes aside). */
function keysOf(file: string): Set<string> {
  return new Set([...readFileSync(file, "utf8").matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Generated clients, and the playground's persona keys, hold no message ids.
    if (name === "generated" || name === "playground") return [];
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the locales", () => {
  const fa = keysOf("locales/fa.ftl");
  const en = keysOf("locales/en.ftl");

  it("have the same messages in Persian and English", () => {
    expect([...fa].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !fa.has(k))).toEqual([]);
  });

  it("have every message the code names", () => {
    // Where the code names a message: a translation call, a step's or a schema's refusal, an outbox template, a menu key.
    const uses = [
      /\bt\(\s*(?:[\w.]+,\s*)?["']([a-z][a-z0-9-]*)["']/g,
      /\b(?:retry|template|rangeKey|key|i18nKey|label|left):\s*["']([a-z][a-z0-9-]*)["']/g,
      /\{\s*t:\s*["']([a-z][a-z0-9-]*)["']/g,
      /DomainError\(\s*[^,]+,\s*["']([a-z][a-z0-9-]*)["']/g,
      /\b(?:menuButton|isMenu)\([^"']*["']([a-z][a-z0-9-]*)["']/g,
      /["'](err-[a-z0-9-]+)["']/g,
    ];
    // A broadcast's outbox rows name no message of their own: the sender sends the broadcast's text.
    const notMessages = new Set(["broadcast"]);
    const missing = new Set<string>();
    let found = 0;
    for (const file of sources("src")) {
      const text = readFileSync(file, "utf8");
      for (const pattern of uses) {
        for (const [, key] of text.matchAll(pattern)) {
          found++;
          if (!fa.has(key!) && !notMessages.has(key!)) missing.add(`${file}: ${key}`);
        }
      }
    }
    expect(found).toBeGreaterThan(300);
    expect([...missing]).toEqual([]);
  });
});
