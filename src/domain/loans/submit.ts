import { z } from "zod";
import { fileApplication, type FiledApplication } from "../applications/file.ts";
import type { DomainDeps } from "../context.ts";
import { DomainError } from "../errors.ts";
import { cleanText } from "../input/clean-text.ts";
import { applicantProfile, whyNot } from "../programs/eligibility.ts";
import { findProgram } from "../programs/programs.ts";
import { INTRODUCING_BODIES, TARGET_GROUPS } from "../programs/catalog-file.ts";
import { factReasons, factsMissing } from "../applicant/facts.ts";

export const purposeSchema = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(10, { error: "err-purpose" }).max(500, { error: "err-too-long" }).regex(/\p{L}/u, { error: "err-needs-letters" }));

export const loanDraft = z.object({
  businessId: z.number().int().positive(),
  programCode: z.string().min(1),
  amountRials: z.number().int().min(0),
  purpose: purposeSchema,
  repaymentMonths: z.number().int().min(0),
  /** The introducing body, from the program's list (required when it has one). */
  introducingBody: z.enum(INTRODUCING_BODIES).optional(),
  /** The target group applied as, from the program's list (required when it has one). */
  targetGroup: z.enum(TARGET_GROUPS).optional(),
});
export type LoanDraft = z.infer<typeof loanDraft>;

/** Each body lends at most so much per job the plan creates: that total, or null when it sets no cap. */
export function bodyCap(body: { capPerJobRials: number } | undefined, plannedJobs: number): number | null {
  return body && body.capPerJobRials > 0 ? body.capPerJobRials * plannedJobs : null;
}

/**
 * Applies for a program's loan or support with one of the applicant's own businesses.
 * The program's rules are checked again here, whatever the bot already checked.
 */
export async function submitLoanApplication(deps: DomainDeps, applicantId: number, submissionKey: string, input: unknown): Promise<FiledApplication> {
  const parsed = loanDraft.safeParse(input);
  if (!parsed.success) throw new DomainError("invalid-loan", "err-registration-invalid");
  const draft = parsed.data;
  const business = await deps.db.business.findFirst({
    where: { id: draft.businessId, ownerId: applicantId },
    include: { region: true, owner: { select: { fullName: true } } },
  });
  if (!business) throw new DomainError("business-not-found", "err-business-not-found");
  const program = await findProgram(deps.db, draft.programCode);
  if (!program) throw new DomainError("program-not-found", "err-program-not-found");

  const { amountRials } = draft;
  const lends = program.maxAmountRials > 0;
  const { hasPermit, facts } = await applicantProfile(deps.db, applicantId);
  const reasons = whyNot(
    program,
    {
      registered: true,
      category: business.category,
      countyCode: business.region.code,
      deprived: business.region.deprived,
      hasPermit,
      amountRials: lends ? amountRials : undefined,
    },
    deps.clock.now(),
  );
  if (reasons.length > 0) throw new DomainError("not-eligible", "err-not-eligible");
  const monthsOk = program.repaymentMonths > 0 ? draft.repaymentMonths >= 1 && draft.repaymentMonths <= program.repaymentMonths : draft.repaymentMonths === 0;
  if (!monthsOk || (!lends && amountRials !== 0)) throw new DomainError("invalid-loan", "err-registration-invalid");
  const bodies = program.terms.bodies;
  const body = bodies.find((b) => b.code === draft.introducingBody);
  if (bodies.length > 0 ? !body : draft.introducingBody !== undefined) throw new DomainError("body-required", "err-body-required");
  const groups = program.terms.targetGroups;
  const group = draft.targetGroup;
  if (groups.length > 0 ? !group || !groups.includes(group) : group !== undefined) throw new DomainError("group-required", "err-group-required");
  // What the program checks of the person: known (asked in the bot and kept on the profile), and fitting.
  if (factsMissing(program, group, facts).length > 0) throw new DomainError("facts-missing", "err-facts-missing");
  const [refusal] = factReasons(program, group, facts, deps.clock.now());
  if (refusal) {
    const { code, ...params } = refusal;
    throw new DomainError("not-eligible", `refuse-${code}`, params);
  }
  const cap = bodyCap(body, business.plannedJobs);
  if (cap !== null && amountRials > cap) throw new DomainError("over-job-cap", "err-over-job-cap", { jobs: business.plannedJobs });

  const programRow = await deps.db.program.findUniqueOrThrow({ where: { code: program.code }, select: { id: true } });
  return fileApplication(deps, {
    applicantId,
    submissionKey,
    kind: "loan",
    regionId: business.regionId,
    prepare: async () => ({
      businessId: business.id,
      programId: programRow.id,
      amountRials: BigInt(amountRials),
      purpose: draft.purpose,
      repaymentMonths: draft.repaymentMonths,
      introducingBody: body?.code ?? null,
      targetGroup: group ?? null,
    }),
    notice: {
      kind: "loan-new",
      template: "notify-new-loan",
      identityTemplate: "notify-new-loan-identity",
      params: {
        fullName: business.owner.fullName ?? "",
        program: program.name,
        amount: { rials: String(amountRials) },
        months: draft.repaymentMonths,
        businessName: business.name,
        category: { t: `category-${business.category}` },
        county: { fa: business.region.nameFa, en: business.region.nameEn },
      },
    },
  });
}
