/** An expected refusal: a code for logic and tests, an i18n key (and params) for the user. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly i18nKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }
}
