import { fileApplication, type FiledApplication } from "../applications/file.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { maskMobile } from "../input/mobile.ts";
import { maskNationalId } from "../input/national-id.ts";
import { birthDateRefusal, loadFacts } from "../applicant/facts.ts";
import { findVillageByName } from "../regions.ts";
import { MIN_REGISTRATION_AGE, registrationDraft, type RegistrationDraft } from "./fields.ts";

type AgeDeps = Pick<DomainDeps, "clock"> & { timeZone?: string };

/** Why registration does not take this date of birth (under MIN_REGISTRATION_AGE, or older than anyone applying); null when it does. */
const registrationAgeRefusal = (birthDate: string, deps: AgeDeps) =>
  birthDateRefusal(birthDate, deps.clock.now(), deps.timeZone ?? "Asia/Tehran", MIN_REGISTRATION_AGE);

/** Refuses a date of birth registration does not take (registrationAgeRefusal). */
export function requireRegistrationAge(birthDate: string, deps: AgeDeps): void {
  const refusal = registrationAgeRefusal(birthDate, deps);
  if (refusal) throw new DomainError("invalid-birth-date", refusal, { age: MIN_REGISTRATION_AGE });
}

/**
 * The date of birth on the applicant's profile, when a registration can take it without asking
 * (one the rule would refuse, typed at an older loan's question, is asked again); null otherwise.
 */
export async function reusableBirthDate(deps: Pick<DomainDeps, "db"> & AgeDeps, applicantId: number): Promise<string | null> {
  const { birthDate } = await loadFacts(deps.db, applicantId);
  return birthDate !== null && registrationAgeRefusal(birthDate, deps) === null ? birthDate : null;
}

/**
 * Registers a home business and opens its home-business permit application, in one
 * transaction with the coordinators' notifications. Idempotent per `submissionKey`.
 * `filedById`: the facilitator filing it for the applicant (src/domain/facilitators/on-behalf.ts).
 */
export async function submitRegistration(
  deps: DomainDeps & { timeZone?: string },
  applicantId: number,
  submissionKey: string,
  input: unknown,
  filedById?: number,
): Promise<FiledApplication> {
  const draft = parseRegistration(input);
  requireRegistrationAge(draft.birthDate, deps);
  const region = await deps.db.region.findUnique({ where: { id: draft.regionId }, include: { villages: true } });
  if (!region) throw new DomainError("unknown-region", "err-registration-invalid");
  // A name on the county's list is that village (spelled as the list spells it); any other is kept as typed.
  const village = findVillageByName(region.villages, draft.village);
  const capitalRials = BigInt(draft.capitalRials);

  return fileApplication(deps, {
    applicantId,
    filedById,
    submissionKey,
    kind: "home_permit",
    regionId: region.id,
    async prepare(tx, now) {
      await tx.user.update({
        where: { id: applicantId },
        data: {
          // Sealed on the way in, with their look-up hashes (src/db/sealed-fields.ts).
          fullName: draft.fullName,
          nationalId: draft.nationalId,
          phone: draft.phone,
          // The national permits portal asks for it; kept on the profile like the other facts.
          birthDate: draft.birthDate,
          registrationStartedAt: null,
        },
      });
      const business = await tx.business.create({
        data: {
          ownerId: applicantId,
          name: draft.businessName,
          category: draft.category,
          regionId: region.id,
          village: village?.nameFa ?? draft.village,
          villageId: village?.id ?? null,
          description: draft.description,
          workplaceKind: draft.workplaceKind,
          plannedJobs: draft.plannedJobs,
          capitalRials,
          createdAt: now,
        },
      });
      return { businessId: business.id };
    },
    notice: {
      kind: "case-new",
      template: "notify-new-case",
      identityTemplate: "notify-new-case-identity",
      params: {
        fullName: draft.fullName,
        nationalId: maskNationalId(draft.nationalId),
        phone: maskMobile(draft.phone),
        county: { fa: region.nameFa, en: region.nameEn },
        village: village ? { fa: village.nameFa, en: village.nameEn } : draft.village,
        category: { t: `category-${draft.category}` },
        businessName: draft.businessName,
        workplace: { t: `workplace-${draft.workplaceKind}` },
        plannedJobs: draft.plannedJobs,
        capital: { rials: String(capitalRials) },
      },
    },
  });
}

/** The whole registration as the domain accepts it, or the refusal. */
export function parseRegistration(input: unknown): RegistrationDraft {
  const parsed = registrationDraft.safeParse(input);
  if (!parsed.success) throw new DomainError("invalid-registration", "err-registration-invalid");
  return parsed.data;
}
