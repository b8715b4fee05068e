import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Api } from "grammy";
import type { WebDeps } from "./deps.ts";

/** The kinds of file the console shows in the page; anything else is offered as a download. */
export type PreviewType = "image/jpeg" | "image/png" | "image/webp" | "application/pdf" | "application/octet-stream";

export function sniff(bytes: Buffer): PreviewType {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp";
  return "application/octet-stream";
}

/** A copy is fetched again after a week, so the cache stays small and an erased person's sealed copies are gone within a week. */
export const CACHE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Deletes copies (and half-written files) older than `maxAgeMs`; returns how many. */
export async function pruneDocumentCache(dir: string, now: number, maxAgeMs = CACHE_MAX_AGE_MS): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < maxAgeMs) continue;
    await rm(path, { force: true });
    removed++;
  }
  return removed;
}

/**
 * An applicant's document, fetched through the Bot API by its file id (getFile, then the
 * download) and kept under WEB_CACHE_DIR for the next look. Each copy is sealed with a key
 * derived from DATA_KEY and the file id, and named by a hash of that key: once an erasure
 * deletes the file id from the database, no one can find or read the copy.
 */
export function createDocumentCache(deps: WebDeps) {
  const { botToken, apiRoot } = deps.config;
  const client = { apiRoot, ...deps.botClient };
  const api = new Api(botToken, client);
  const download = (client.fetch as typeof fetch | undefined) ?? fetch;
  const dir = deps.config.web.cacheDir;
  let prunedAt = 0;

  async function fetchFromPlatform(fileId: string): Promise<Buffer> {
    const { file_path: remote } = await api.getFile(fileId);
    if (!remote) throw new Error("the platform did not give a download path");
    const response = await download(`${client.apiRoot}/file/bot${botToken}/${remote}`);
    if (!response.ok) throw new Error(`file download failed with HTTP ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  }

  return async function load(fileId: string): Promise<{ bytes: Buffer; type: PreviewType }> {
    if (Date.now() - prunedAt >= PRUNE_EVERY_MS) {
      prunedAt = Date.now();
      await pruneDocumentCache(dir, prunedAt);
    }
    const key = Buffer.from(deps.cipher.lookupHash(`web-cache:${fileId}`), "hex");
    const path = join(dir, createHash("sha256").update(key).digest("hex"));
    const sealed = await readFile(path).catch(() => null);
    let bytes: Buffer;
    if (sealed) {
      const decipher = createDecipheriv("aes-256-gcm", key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      bytes = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    } else {
      bytes = await fetchFromPlatform(fileId);
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
      await mkdir(dir, { recursive: true });
      // Written whole, then renamed: a reader never finds half a file.
      const partial = `${path}.${randomBytes(4).toString("hex")}.part`;
      await writeFile(partial, Buffer.concat([iv, cipher.getAuthTag(), body]));
      await rename(partial, path);
    }
    return { bytes, type: sniff(bytes) };
  };
}
