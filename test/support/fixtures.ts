import { expect } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { saveFacts, type ApplicantFacts, type FactAnswers } from "../../src/domain/applicant/facts.ts";
import type { ApplicationStatus } from "../../src/domain/catalog.ts";
import type { DomainDeps } from "../../src/domain/context.ts";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { createFund, joinFund } from "../../src/domain/funds/funds.ts";
import { acceptInvitation, createFacilitatorInvitation } from "../../src/domain/invitations.ts";
import type { Bank } from "../../src/domain/loans/bank.ts";
import { submitLoanApplication, type LoanDraft } from "../../src/domain/loans/submit.ts";
import { DataFileError } from "../../src/domain/data-file.ts";
import type { RegistrationDraft } from "../../src/domain/registration/fields.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { changeStatus, type ReviewDeps, type StatusChange } from "../../src/domain/review/change-status.ts";
import { bootstrapAdmins, ensureUser } from "../../src/domain/users.ts";

/** The applicant the loan builders file for, as her chat is seen (a TestChat's user). */
export const ZAHRA = { id: 1001, first_name: "Zahra" };
/** The coordinator of Shiraz `coordinatorOf` makes unless told, as her chat is seen. */
export const MARYAM = { id: 5005, first_name: "Maryam" };

export async function applicant(db: Db, id = 1001, firstName = "Zahra", platform: "telegram" | "bale" = "telegram") {
  return ensureUser(db, { platform, platformUserId: String(id), chatId: String(id), firstName });
}

export async function regionId(db: Db, code = "fars-shiraz"): Promise<number> {
  return (await db.region.findUniqueOrThrow({ where: { code } })).id;
}

export async function validDraft(db: Db, overrides: Partial<RegistrationDraft> = {}): Promise<RegistrationDraft> {
  return {
    fullName: "زهرا احمدی",
    nationalId: "0499370899",
    birthDate: "1990-03-21",
    phone: "+989123456789",
    regionId: await regionId(db),
    village: "کوشک",
    category: "beekeeping",
    businessName: "عسل کوهپایه",
    description: "تولید و بسته‌بندی عسل طبیعی",
    workplaceKind: "home",
    plannedJobs: 3,
    capitalRials: 5_000_000_000,
    ...overrides,
  };
}

/** A Telegram user made coordinator of one county: Maryam of Shiraz unless told. Returns the user id. */
export async function coordinatorOf(db: Db, county = "fars-shiraz", platformUserId = String(MARYAM.id)): Promise<number> {
  return (await assignCoordinator(db, { platform: "telegram", platformUserId }, [county])).userId;
}

/** The loan the applicant asks for unless told: the community fund's, 30 million tomans over two years, for hives. */
/** The review tests' staff: Shiraz's coordinator (5005), Jahrom's (6006) and an admin (9009); their user ids. */
export async function reviewStaff(db: Db): Promise<{ shiraz: number; jahrom: number; admin: number }> {
  const shiraz = (await assignCoordinator(db, { platform: "telegram", platformUserId: "5005" }, ["fars-shiraz"])).userId;
  const jahrom = (await assignCoordinator(db, { platform: "telegram", platformUserId: "6006" }, ["fars-jahrom"])).userId;
  await bootstrapAdmins(db, "telegram", ["9009"]);
  const admin = (await db.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
  return { shiraz, jahrom, admin };
}

export const HIVE_LOAN = { programCode: "community-fund", amountRials: 300_000_000, purpose: "خرید کندو و زنبور", repaymentMonths: 24 };

/** Someone who has told nothing of themselves yet. */
export const NO_FACTS: ApplicantFacts = { birthDate: null, sex: null, education: null, reliefClient: null, welfareClient: null, priorLoan: null };

/** What the Note 16 program checks of an applicant applying as a woman head of household (its age limits, no loan in five years, her group). */
export const NOTE16_FACTS: FactAnswers = { birthDate: "1990-03-21", sex: "female", priorLoan: { had: false, years: 5 } };

export interface LoanOptions {
  /** The applicant's platform user id (Zahra's unless told). */
  applicant?: number;
  /** Her registration's answers, over `validDraft` (a beekeeping business in Shiraz). */
  draft?: Partial<RegistrationDraft>;
  /** The loan's answers, over `HIVE_LOAN`. */
  loan?: Partial<Omit<LoanDraft, "businessId">>;
  /** What a program checks of her (date of birth, group facts, an earlier loan), kept on her profile before she applies. */
  facts?: FactAnswers;
}

export interface FiledLoan {
  applicantId: number;
  businessId: number;
  loanId: number;
}

/** The applicant registers her business and files a loan with it (submission keys are unique: one loan per applicant). */
export async function filedLoan(deps: DomainDeps, options: LoanOptions = {}): Promise<FiledLoan> {
  const id = options.applicant ?? ZAHRA.id;
  const applicantId = (await applicant(deps.db, id)).id;
  const filed = await submitRegistration(deps, applicantId, `reg-${id}`, await validDraft(deps.db, options.draft));
  const { businessId } = await deps.db.application.findUniqueOrThrow({ where: { id: filed.applicationId } });
  if (options.facts) await saveFacts(deps, applicantId, options.facts);
  const { applicationId } = await submitLoanApplication(deps, applicantId, `loan-${id}`, { businessId, ...HIVE_LOAN, ...options.loan });
  return { applicantId, businessId, loanId: applicationId };
}

export type StatusExtras = Omit<StatusChange, "applicationId" | "version" | "to">;

/** Moves a case to `to` as the actor, at the case's current version. */
export async function moveCase(deps: ReviewDeps, actorId: number, applicationId: number, to: ApplicationStatus, extra: StatusExtras = {}) {
  const { version } = await deps.db.application.findUniqueOrThrow({ where: { id: applicationId } });
  return changeStatus(deps, actorId, { applicationId, version, to, ...extra });
}

/** A filed loan the coordinator approved. */
export async function approvedLoan(deps: ReviewDeps, coordinatorId: number, options: LoanOptions = {}): Promise<FiledLoan> {
  const loan = await filedLoan(deps, options);
  await moveCase(deps, coordinatorId, loan.loanId, "approved");
  return loan;
}

/**
 * An approved loan the coordinator introduced to the bank's central branch now (the deps'
 * clock) and recorded as paid in full on `paidAt` (the clock standing there for that step).
 */
export async function paidLoan(deps: ReviewDeps, coordinatorId: number, paidAt: Date, options: LoanOptions & { bank?: Bank } = {}): Promise<FiledLoan> {
  const loan = await approvedLoan(deps, coordinatorId, options);
  const introduction = { bank: options.bank ?? "keshavarzi", branch: "مرکزی", introducedAt: deps.clock.now() };
  await moveCase(deps, coordinatorId, loan.loanId, "referred_to_bank", { introduction });
  const payment = { amountRials: options.loan?.amountRials ?? HIVE_LOAN.amountRials, paidAt };
  await moveCase({ ...deps, clock: { now: () => paidAt } }, coordinatorId, loan.loanId, "paid", { payment });
  return loan;
}

/** Sara (3003) made facilitator of these villages (by their English names) through the coordinator's invitation. Returns her user id. */
export async function facilitatorOf(deps: DomainDeps, coordinatorId: number, villages = ["Qalat"], id = 3003, firstName = "Sara"): Promise<number> {
  const userId = (await applicant(deps.db, id, firstName)).id;
  const villageIds = await Promise.all(villages.map(async (nameEn) => (await deps.db.village.findFirstOrThrow({ where: { nameEn } })).id));
  await acceptInvitation(deps, userId, (await createFacilitatorInvitation(deps, coordinatorId, villageIds, 72)).token);
  return userId;
}

/** Maryam, coordinator of Shiraz, makes Sara facilitator of Qalat, who opens the women's fund of Qalat. */
export async function qalatFund(deps: DomainDeps): Promise<{ coordinator: number; facilitator: number; fundId: number; joinToken: string }> {
  const coordinator = await coordinatorOf(deps.db);
  const facilitator = await facilitatorOf(deps, coordinator);
  const qalat = (await deps.db.village.findFirstOrThrow({ where: { nameEn: "Qalat" } })).id;
  const { fundId, joinToken } = await createFund(deps, facilitator, { villageId: qalat, name: "صندوق زنان قلات" });
  return { coordinator, facilitator, fundId, joinToken };
}

/** A person joins a fund by its link: their user id and member id. */
export async function fundMember(deps: DomainDeps, joinToken: string, id: number, firstName: string): Promise<{ userId: number; memberId: number }> {
  const userId = (await applicant(deps.db, id, firstName)).id;
  const { fundId } = await joinFund(deps, userId, joinToken);
  return { userId, memberId: (await deps.db.fundMember.findFirstOrThrow({ where: { fundId, userId } })).id };
}

/** The code of the DomainError the work is refused with (the test fails if it succeeds or fails otherwise). */
export async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
}

/** The problems a data file's reader (the catalog, the hubs) lists for a file; none when it reads it. */
export function dataFileProblems(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof DataFileError) return error.problems;
    throw error;
  }
  return [];
}
