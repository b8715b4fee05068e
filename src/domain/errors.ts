/** An expected refusal: a code for logic and tests, an i18n key (and params) for the user. */
export class DomainError extends Error {
  readonly code: string;
  readonly i18nKey: string;
  readonly params: Record<string, string | number>;

  constructor(code: string, i18nKey: string, params: Record<string, string | number> = {}) {
    super(code);
    this.code = code;
    this.i18nKey = i18nKey;
    this.params = params;
    this.name = "DomainError";
  }
}

/** A unique constraint on `field` refused a write (Prisma's P2002, on either database). */
export function isUniqueViolation(error: unknown, field: string): boolean {
  const e = error as { code?: string; meta?: unknown };
  return e?.code === "P2002" && JSON.stringify(e.meta ?? {}).includes(field);
}
