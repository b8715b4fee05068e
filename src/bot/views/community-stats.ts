import type { CommunityStats } from "../../domain/stats/community.ts";
import { formatInteger } from "../../i18n/format.ts";
import type { BaseContext } from "../context.ts";

/** Facilitators' filed cases and the community funds per county, under /stats. */
export function communityText(ctx: BaseContext, s: CommunityStats): string {
  const lang = ctx.user.language;
  const n = (value: number) => formatInteger(value, lang);
  const facilitators = s.byFacilitator.map((f) => `${f.name} ${n(f.cases)}`).join("، ") || "—";
  const counties = s.byCounty.map((c) =>
    ctx.t("stats-funds-county", { county: c.county[lang], funds: n(c.funds), cooperatives: n(c.cooperatives), unions: n(c.unions), jobs: n(c.jobs) }),
  );
  return [ctx.t("stats-facilitators", { list: facilitators }), ctx.t("stats-funds-title"), ...(counties.length > 0 ? counties : ["—"])].join("\n");
}
