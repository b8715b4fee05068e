import { createCipheriv, createDecipheriv, createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from "node:crypto";

const VERSION = "v1";

/**
 * Encrypts personal data at rest with AES-256-GCM and computes a keyed hash (HMAC-SHA-256)
 * for look-ups. Both keys are derived from DATA_KEY with HKDF, so one secret serves both and
 * neither key is the secret itself. The database seals its personal fields with it
 * (src/db/sealed-fields.ts); conversation state and other stores may use it directly.
 */
export class PersonalDataCipher {
  /** Every sealed value starts with this (and plain text typed by a person never does in practice). */
  readonly sealedPrefix = `${VERSION}:`;
  // Key objects, made once: a raw key handed to createCipheriv is prepared again on every call (measured ~2.5× slower).
  readonly #encKey: KeyObject;
  readonly #macKey: KeyObject;

  constructor(secret: string) {
    const ikm = Buffer.from(secret, "utf8");
    this.#encKey = createSecretKey(Buffer.from(hkdfSync("sha256", ikm, "karyar", "personal-data-encryption", 32)));
    this.#macKey = createSecretKey(Buffer.from(hkdfSync("sha256", ikm, "karyar", "personal-data-lookup", 32)));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.#encKey, iv);
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
  }

  /** Throws when the text was not produced with this key or was altered. */
  decrypt(sealed: string): string {
    const [version, payload] = sealed.split(":");
    if (version !== VERSION || !payload) throw new Error("unknown personal-data format");
    const raw = Buffer.from(payload, "base64url");
    const decipher = createDecipheriv("aes-256-gcm", this.#encKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  }

  /** Same input, same key → same hash: lets us find a record without decrypting all. */
  lookupHash(plain: string): string {
    return createHmac("sha256", this.#macKey).update(plain, "utf8").digest("hex");
  }
}
