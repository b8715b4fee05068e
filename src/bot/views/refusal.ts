import { DomainError } from "../../domain/errors.ts";
import type { BaseContext } from "../context.ts";

/** A domain refusal in the user's words (a status named in it is translated too). */
export function refusalText(ctx: BaseContext, error: DomainError): string {
  const params = { ...error.params };
  if (typeof params.status === "string") params.status = ctx.t(`status-${params.status}`);
  if (typeof params.group === "string") params.group = ctx.t(`group-${params.group}`);
  return ctx.t(error.i18nKey, params);
}

/** Runs a use case; a DomainError becomes its localized text instead of a crash. */
export async function orRefusal<T>(ctx: BaseContext, work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; text: string }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { ok: false, text: refusalText(ctx, error) };
  }
}
