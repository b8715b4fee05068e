import type { Tx } from "../../db/client.ts";
import { caseButton } from "../../shared/buttons.ts";
import type { OutboxButton } from "../outbox.ts";
import { formatTrackingCode } from "../tracking-code.ts";

/** Another account's case that carries the same national ID or mobile. */
export interface IdentityMatch {
  applicationId: number;
  trackingCode: string;
  regionId: number;
  applicantId: number;
  sameNationalId: boolean;
  samePhone: boolean;
}

/** At most this many other accounts are named (each by its newest case). */
const MAX_ACCOUNTS = 3;

/**
 * One person, one identity: the newest case of each other account whose national ID or mobile
 * is this user's (compared by look-up hash, never decrypted). For staff only — the applicant is
 * never told whose.
 */
export async function casesSharingIdentity(db: Tx, userId: number): Promise<IdentityMatch[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { nationalIdHash: true, phoneHash: true } });
  const same = [...(user.nationalIdHash ? [{ nationalIdHash: user.nationalIdHash }] : []), ...(user.phoneHash ? [{ phoneHash: user.phoneHash }] : [])];
  if (same.length === 0) return [];
  const cases = await db.application.findMany({
    where: { applicantId: { not: userId }, applicant: { OR: same } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { id: true, trackingCode: true, regionId: true, applicantId: true, applicant: { select: { nationalIdHash: true, phoneHash: true } } },
  });
  const seen = new Set<number>();
  const matches: IdentityMatch[] = [];
  for (const c of cases) {
    if (seen.has(c.applicantId) || seen.size >= MAX_ACCOUNTS) continue;
    seen.add(c.applicantId);
    matches.push({
      applicationId: c.id,
      trackingCode: c.trackingCode,
      regionId: c.regionId,
      applicantId: c.applicantId,
      sameNationalId: user.nationalIdHash !== null && c.applicant.nationalIdHash === user.nationalIdHash,
      samePhone: user.phoneHash !== null && c.applicant.phoneHash === user.phoneHash,
    });
  }
  return matches;
}

/** The warning line's i18n key and its arguments, or null when there is nothing to say. */
export function identityWarning(matches: IdentityMatch[]): { key: string; args: { codes: string } } | null {
  if (matches.length === 0) return null;
  const nationalId = matches.some((m) => m.sameNationalId);
  const phone = matches.some((m) => m.samePhone);
  const key = nationalId && phone ? "identity-both" : nationalId ? "identity-national-id" : "identity-phone";
  return { key, args: { codes: matches.map((m) => formatTrackingCode(m.trackingCode)).join(" · ") } };
}

/** A button that opens the other case. */
export function identityButton(match: IdentityMatch): OutboxButton & { label: string } {
  return { label: `📂 ${formatTrackingCode(match.trackingCode)}`, data: caseButton.pack("open", match.applicationId) };
}
