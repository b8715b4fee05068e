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

/** At most this many other accounts are named (the newest, each by its newest case). */
const MAX_ACCOUNTS = 3;

/**
 * One person, one identity: the newest case of each other account whose national ID or mobile
 * is this user's (compared by look-up hash, never decrypted), newest first. Two indexed look-ups
 * however many accounts share it. For staff only — the applicant is never told whose.
 */
export async function casesSharingIdentity(db: Tx, userId: number): Promise<IdentityMatch[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { nationalIdHash: true, phoneHash: true } });
  const same = [...(user.nationalIdHash ? [{ nationalIdHash: user.nationalIdHash }] : []), ...(user.phoneHash ? [{ phoneHash: user.phoneHash }] : [])];
  if (same.length === 0) return [];
  const others = await db.user.findMany({
    where: { id: { not: userId }, OR: same, applications: { some: {} } },
    orderBy: { id: "desc" },
    take: MAX_ACCOUNTS,
    select: {
      nationalIdHash: true,
      phoneHash: true,
      applications: {
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { id: true, trackingCode: true, regionId: true, applicantId: true, submittedAt: true },
      },
    },
  });
  return others
    .flatMap((other) =>
      other.applications.map((c) => ({
        match: {
          applicationId: c.id,
          trackingCode: c.trackingCode,
          regionId: c.regionId,
          applicantId: c.applicantId,
          sameNationalId: user.nationalIdHash !== null && other.nationalIdHash === user.nationalIdHash,
          samePhone: user.phoneHash !== null && other.phoneHash === user.phoneHash,
        },
        at: c.submittedAt.getTime(),
      })),
    )
    .sort((a, b) => b.at - a.at || b.match.applicationId - a.match.applicationId)
    .map((m) => m.match);
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
