import { z } from "zod";
import type { Prisma } from "../../db/generated/sqlite/client.ts";
import type { Db } from "../../db/client.ts";
import { APPLICATION_KINDS, APPLICATION_STATUSES, BUSINESS_CATEGORIES, LANGUAGES } from "../catalog.ts";

/** Who a broadcast reaches. Empty filters mean "any"; stopped and opted-out users never. */
export const audienceSchema = z.discriminatedUnion("to", [
  z.object({
    to: z.literal("applicants"),
    counties: z.array(z.string()).default([]),
    categories: z.array(z.enum(BUSINESS_CATEGORIES)).default([]),
    applicationKind: z.enum(APPLICATION_KINDS).optional(),
    applicationStatus: z.enum(APPLICATION_STATUSES).optional(),
    language: z.enum(LANGUAGES).optional(),
  }),
  z.object({ to: z.literal("coordinators") }),
]);
export type Audience = z.infer<typeof audienceSchema>;

export function audienceWhere(audience: Audience): Prisma.UserWhereInput {
  const reachable: Prisma.UserWhereInput = { status: "active", broadcastsOptOut: false };
  if (audience.to === "coordinators") return { ...reachable, role: "coordinator" };
  const business: Prisma.BusinessWhereInput = {
    ...(audience.counties.length > 0 ? { region: { code: { in: audience.counties } } } : {}),
    ...(audience.categories.length > 0 ? { category: { in: audience.categories } } : {}),
  };
  const application: Prisma.ApplicationWhereInput = {
    ...(audience.applicationKind ? { kind: audience.applicationKind } : {}),
    ...(audience.applicationStatus ? { status: audience.applicationStatus } : {}),
  };
  return {
    ...reachable,
    role: "applicant",
    ...(audience.language ? { language: audience.language } : {}),
    ...(Object.keys(business).length > 0 ? { businesses: { some: business } } : {}),
    ...(Object.keys(application).length > 0 ? { applications: { some: application } } : {}),
  };
}

export function countAudience(db: Db, audience: Audience): Promise<number> {
  return db.user.count({ where: audienceWhere(audience) });
}
