import { audit } from "../audit.ts";
import type { FiledApplication } from "../applications/file.ts";
import type { DomainDeps } from "../context.ts";
import { findVillageByName } from "../regions.ts";
import { parseRegistration, requireRegistrationAge, submitRegistration } from "../registration/submit.ts";
import { loadActor, refuse } from "../review/actor.ts";
import { facilitatorVillages, requireFacilitator } from "./scope.ts";
import { issueTakeoverCode } from "./takeover.ts";

/** How the person agreed to be registered by the facilitator: told in person, or on a signed form. */
export const CONSENT_KINDS = ["spoken", "signed"] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** The platform of people registered by a facilitator: no messenger account, nothing delivered to them. */
export const HELD_PLATFORM = "held";

export interface FiledOnBehalf extends FiledApplication {
  /** The held person's record. */
  personId: number;
  /** The one-time code the person takes the record over with; only when the application was created now. */
  takeover: { code: string; expiresAt: Date } | null;
}

/**
 * A facilitator registers a person who cannot use the bot themselves, with their consent
 * recorded: a record held by the facilitator (no messenger account), its business and home-business
 * permit application filed by the facilitator, and a one-time take-over code. Only in the
 * facilitator's own villages; idempotent per `submissionKey` like a registration.
 */
export async function registerOnBehalf(
  deps: DomainDeps & { timeZone?: string },
  facilitatorId: number,
  submissionKey: string,
  input: unknown,
  consent: ConsentKind,
): Promise<FiledOnBehalf> {
  const actor = await loadActor(deps.db, facilitatorId);
  await requireFacilitator(deps.db, actor, "register-for");
  const draft = parseRegistration(input);
  // Refused before the person's record is made: a refusal leaves nothing behind.
  requireRegistrationAge(draft.birthDate, deps);
  const mine = (await facilitatorVillages(deps.db, facilitatorId)).filter((v) => v.regionId === draft.regionId);
  if (!findVillageByName(mine, draft.village)) {
    await refuse(deps.db, actor, "outside-villages", "err-outside-villages", { type: "region", id: draft.regionId });
  }
  const now = deps.clock.now();
  // One record per submission key: a repeated submit finds the same person.
  const person = await deps.db.user.upsert({
    where: { platform_platformUserId: { platform: HELD_PLATFORM, platformUserId: submissionKey } },
    create: {
      platform: HELD_PLATFORM,
      platformUserId: submissionKey,
      chatId: "",
      language: "fa",
      status: "stopped",
      heldById: facilitatorId,
      consentKind: consent,
      consentAt: now,
    },
    update: {},
    select: { id: true },
  });
  const filed = await submitRegistration(deps, person.id, submissionKey, draft, facilitatorId);
  if (!filed.created) return { ...filed, personId: person.id, takeover: null };
  await audit(deps.db, {
    actorId: facilitatorId,
    action: "registration.on-behalf",
    subjectType: "user",
    subjectId: person.id,
    details: { consent, application: filed.applicationId },
  });
  return { ...filed, personId: person.id, takeover: await issueTakeoverCode(deps, facilitatorId, person.id) };
}
