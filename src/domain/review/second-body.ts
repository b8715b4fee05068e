import { fileURLToPath } from "node:url";
import { z } from "zod";
import { BUSINESS_CATEGORIES } from "../catalog.ts";
import { DataFileError, readListFile } from "../data-file.ts";

/**
 * Home businesses in "starred" fields (the law's food, livestock and fisheries, cultural and
 * artistic work) need a second body's approval before their permit is issued. Which fields,
 * which body, and the reasons a body may refuse for are data: data/second-bodies.json.
 */

const text = z.object({ fa: z.string().trim().min(1, "Persian text is missing"), en: z.string().trim().min(1, "English text is missing") });
const code = z.string().regex(/^[a-z][a-z0-9-]{1,20}$/, "a code is lowercase letters, digits and dashes");

const fileSchema = z
  .object({
    bodies: z.array(z.object({ code, name: text, categories: z.array(z.enum(BUSINESS_CATEGORIES)).min(1) })).min(1),
    refusalReasons: z.array(z.object({ code, name: text, bodies: z.array(code).min(1) })).min(1),
  })
  .superRefine((file, ctx) => {
    const bodies = new Set(file.bodies.map((b) => b.code));
    const seen = new Set<string>();
    file.bodies.forEach((b, i) =>
      b.categories.forEach((c) => {
        if (seen.has(c)) ctx.addIssue({ code: "custom", path: ["bodies", i, "categories"], message: `${c} is starred for two bodies` });
        seen.add(c);
      }),
    );
    file.refusalReasons.forEach((r, i) => {
      for (const b of r.bodies) if (!bodies.has(b)) ctx.addIssue({ code: "custom", path: ["refusalReasons", i, "bodies"], message: `no body ${b}` });
    });
    for (const b of bodies) {
      if (!file.refusalReasons.some((r) => r.bodies.includes(b))) ctx.addIssue({ code: "custom", path: ["bodies"], message: `${b} has no refusal reason` });
    }
  });

export type SecondBodiesFile = z.output<typeof fileSchema>;
export type SecondBody = SecondBodiesFile["bodies"][number];
export type RefusalReason = SecondBodiesFile["refusalReasons"][number];

export const SECOND_BODIES_FILE = fileURLToPath(new URL("../../../data/second-bodies.json", import.meta.url));

/** Reads and checks the file; throws every problem at once. */
export function readSecondBodies(path = SECOND_BODIES_FILE): SecondBodiesFile {
  return readListFile(path, fileSchema, "bodies", (problems) => new DataFileError("The second bodies file", problems));
}

let loaded: SecondBodiesFile | undefined;
function file(): SecondBodiesFile {
  loaded ??= readSecondBodies();
  return loaded;
}

/** The body a business category needs the approval of, or null when the field is not starred. */
export function secondBodyFor(category: string): SecondBody | null {
  return file().bodies.find((b) => (b.categories as string[]).includes(category)) ?? null;
}

export function secondBodyByCode(bodyCode: string): SecondBody | null {
  return file().bodies.find((b) => b.code === bodyCode) ?? null;
}

/** The reasons this body may refuse for, in the file's order. */
export function refusalReasonsOf(bodyCode: string): RefusalReason[] {
  return file().refusalReasons.filter((r) => r.bodies.includes(bodyCode));
}

export function refusalReason(reasonCode: string): RefusalReason | null {
  return file().refusalReasons.find((r) => r.code === reasonCode) ?? null;
}

/** A case's second body as its pages show it: the body, the reasons it may refuse for, and the one it refused for. */
export interface CaseSecondBody {
  code: string;
  name: { fa: string; en: string };
  reasons: RefusalReason[];
  refusal: RefusalReason | null;
}

/** The second body of a home permit (the one named when it entered the step, else its field's), or null for a plain field. */
export function caseSecondBody(app: { kind: string; secondBody: string | null; secondBodyRefusal: string | null }, category: string): CaseSecondBody | null {
  if (app.kind !== "home_permit") return null;
  const body = (app.secondBody ? secondBodyByCode(app.secondBody) : null) ?? secondBodyFor(category);
  if (!body) return null;
  return {
    code: body.code,
    name: body.name,
    reasons: refusalReasonsOf(body.code),
    refusal: app.secondBodyRefusal ? refusalReason(app.secondBodyRefusal) : null,
  };
}
