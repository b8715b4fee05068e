import { Hono, type Context } from "hono";
import { html } from "hono/html";
import { z } from "zod";
import { APPLICATION_STATUSES } from "../../domain/catalog.ts";
import { documentsFor } from "../../domain/documents/checklist.ts";
import { DomainError } from "../../domain/errors.ts";
import { assignToMe, caseDetails } from "../../domain/review/cases.ts";
import { amountRefusalKey, readAmount } from "../../domain/input/amount.ts";
import { readTypedDay } from "../../domain/input/jalali-time.ts";
import { BANKS, RETURN_REASONS, type BankStep } from "../../domain/loans/bank.ts";
import { verifyJobsReport } from "../../domain/jobs/reports.ts";
import { changeStatus } from "../../domain/review/change-status.ts";
import { setBusinessHub } from "../../domain/hubs/hubs.ts";
import { formatTrackingCode } from "../../domain/tracking-code.ts";
import type { WebDeps } from "../deps.ts";
import { createDocumentCache } from "../document-cache.ts";
import type { WebEnv } from "../env.ts";
import { page } from "../layout.ts";
import { caseHub } from "./case-hub.ts";
import { caseActions, caseDocuments, caseFacts, caseHeading, caseHistory, caseJobs } from "./case-view.ts";

const caseId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);
export const statusForm = z.object({
  to: z.enum(APPLICATION_STATUSES),
  version: z.coerce.number().int().min(0),
  note: z.string().max(2000).optional(),
  documents: z.union([z.string(), z.array(z.string())]).optional(),
  // The bank steps: what the bot asks in its conversation (checked again in the domain).
  bank: z.enum(BANKS).optional(),
  branch: z.string().max(200).optional(),
  day: z.string().max(40).optional(),
  amount: z.string().max(200).optional(),
  returnReason: z.enum(RETURN_REASONS).optional(),
  secondBodyReason: z.string().max(40).optional(),
});

/** The day typed for a bank step (a Jalali date, today when left empty) and the amount typed in tomans or rials. */
export function bankParts(form: z.infer<typeof statusForm>, now: Date, timeZone: string): BankStep {
  const day = form.day?.trim() ? readTypedDay(form.day, now, timeZone) : { ok: true as const, at: now };
  if (!day.ok) throw new DomainError(day.key === "err-date-future" ? "date-in-future" : "date-format", day.key);
  const { at } = day;
  let payment: BankStep["payment"];
  if (form.amount !== undefined) {
    const amount = readAmount(form.amount, "toman");
    if (!amount.ok) throw new DomainError("amount", amountRefusalKey(amount.reason));
    payment = { amountRials: amount.rials, paidAt: at };
  }
  return {
    introduction: form.bank ? { bank: form.bank, branch: form.branch ?? "", introducedAt: at } : undefined,
    payment,
    returnReason: form.returnReason,
  };
}
const assignForm = z.object({ version: z.coerce.number().int().min(0) });
const hubForm = z.object({ action: z.enum(["link", "unlink"]) });
/** What a hub form's outcome says on the page it returns to. */
const HUB_NOTICES: Record<string, string> = {
  "hub-linked": "web-hub-linked",
  "hub-unlinked": "hub-unlinked-done",
  "hub-already-linked": "hub-already-linked",
  "hub-not-linked": "hub-not-linked",
};
const jobsForm = z.discriminatedUnion("action", [
  z.object({ action: z.literal("verify") }),
  z.object({
    action: z.literal("correct"),
    selfWorks: z.literal("1").optional(),
    newJobs: z.coerce.number().int().min(0).max(500),
    keptJobs: z.coerce.number().int().min(0).max(500),
  }),
]);

/** A case: its page, its printable file, its documents, and the actions on it (each a domain use case). */
export function caseRoutes(deps: WebDeps) {
  const documents = createDocumentCache(deps);
  const idOf = (c: Context<WebEnv>) => caseId.safeParse(c.req.param("id"));

  const render = async (c: Context<WebEnv>, applicationId: number, notice?: { text: string; ok: boolean }, status: 200 | 409 | 422 = 200) => {
    const view = c.var.view;
    const me = c.var.session.userId;
    const details = await caseDetails(deps, me, applicationId);
    const requestable = details.moves.some((m) => m.needsDocuments) ? await documentsFor(deps.db, applicationId) : [];
    const body = html`${notice ? html`<p class="notice ${notice.ok ? "ok" : "refused"}" role="status">${notice.text}</p>` : ""} ${caseHeading(view, details)}
      <p class="tools"><a href="/web/cases/${details.id}/print" target="_blank">${view.t("web-print")}</a></p>
      ${caseActions(view, details, details.moves, requestable, me)} ${caseFacts(view, details)} ${caseHub(view, details)} ${caseJobs(view, details)}
      ${caseDocuments(view, details, { frames: true })} ${caseHistory(view, details)}`;
    const title = view.t("web-case-title", { code: formatTrackingCode(details.trackingCode) });
    return c.html(page(view, { title, body, session: c.var.session, path: `/web/cases/${details.id}` }), status);
  };

  /** A use case's refusal is shown on the case page, in the reader's words; anything else is a bug. */
  const act = async (c: Context<WebEnv>, applicationId: number, work: () => Promise<string>) => {
    try {
      const done = await work();
      deps.onOutboxChanged?.();
      return c.redirect(`/web/cases/${applicationId}?done=${encodeURIComponent(done)}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === "forbidden" || error.code === "application-not-found") throw error;
      return render(c, applicationId, { text: c.var.view.refusal(error), ok: false }, error.code === "stale" ? 409 : 422);
    }
  };

  return new Hono<WebEnv>()
    .get("/:id", async (c) => {
      const id = idOf(c);
      if (!id.success) return c.notFound();
      const done = c.req.query("done");
      const view = c.var.view;
      const notice =
        done === "assigned"
          ? view.t("case-assigned-to-you")
          : done === "jobs"
            ? view.t("web-jobs-recorded")
            : done && Object.hasOwn(HUB_NOTICES, done)
              ? view.t(HUB_NOTICES[done]!)
              : done && APPLICATION_STATUSES.includes(done as never)
                ? view.t("case-done", { status: view.t(`status-${done}`) })
                : undefined;
      return render(c, id.data, notice ? { text: notice, ok: true } : undefined);
    })
    .get("/:id/print", async (c) => {
      const id = idOf(c);
      if (!id.success) return c.notFound();
      const view = c.var.view;
      const details = await caseDetails(deps, c.var.session.userId, id.data);
      const title = view.t("web-case-title", { code: formatTrackingCode(details.trackingCode) });
      const body = html`<article class="case-file">
        <header class="letterhead">
          <strong>${view.t("web-title")}</strong><span>${view.t("web-printed-on", { date: view.dateTime(deps.clock.now()) })}</span>
        </header>
        ${caseHeading(view, details)} ${caseFacts(view, details)} ${caseDocuments(view, details, { frames: false })} ${caseHistory(view, details)}
        <footer class="signatures">
          <div>${view.t("web-signature-coordinator")}</div>
          <div>${view.t("web-signature-office")}</div>
        </footer>
      </article>`;
      return c.html(page(view, { title, body, print: true }));
    })
    .get("/:id/files/:file", async (c) => {
      const id = idOf(c);
      if (!id.success) return c.notFound();
      // The case page's authorization decides, and records a refusal, before anything is fetched.
      const details = await caseDetails(deps, c.var.session.userId, id.data);
      const file = details.files.find((f) => String(f.id) === c.req.param("file"));
      if (!file) return c.notFound();
      const { bytes, type } = await documents(file.fileId);
      const disposition = type === "application/octet-stream" ? "attachment" : "inline";
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": type,
        "content-disposition": `${disposition}; filename="${details.trackingCode}-${file.documentCode}-${file.id}"`,
        "cache-control": "private, no-store",
      });
    })
    .post("/:id/status", async (c) => {
      const id = idOf(c);
      const form = statusForm.safeParse(await c.req.parseBody({ all: true }));
      if (!id.success || !form.success) return c.text("bad request", 400);
      const { to, version, note, documents: picked, secondBodyReason } = form.data;
      return act(c, id.data, async () => {
        const change = {
          applicationId: id.data,
          version,
          to,
          note: note?.trim() ? note : undefined,
          documents: picked === undefined ? undefined : [picked].flat(),
          secondBodyReason,
          ...bankParts(form.data, deps.clock.now(), deps.config.timeZone),
        };
        return (await changeStatus(deps, c.var.session.userId, change)).status;
      });
    })
    .post("/:id/jobs/:report", async (c) => {
      const id = idOf(c);
      const report = caseId.safeParse(c.req.param("report"));
      const form = jobsForm.safeParse(await c.req.parseBody());
      if (!id.success || !report.success || !form.success) return c.text("bad request", 400);
      const correction =
        form.data.action === "correct" ? { selfWorks: form.data.selfWorks === "1", newJobs: form.data.newJobs, keptJobs: form.data.keptJobs } : undefined;
      return act(c, id.data, async () => {
        await verifyJobsReport(deps, c.var.session.userId, report.data, correction);
        return "jobs";
      });
    })
    .post("/:id/hub", async (c) => {
      const id = idOf(c);
      const form = hubForm.safeParse(await c.req.parseBody());
      if (!id.success || !form.success) return c.text("bad request", 400);
      const link = form.data.action === "link";
      return act(c, id.data, async () => {
        const details = await caseDetails(deps, c.var.session.userId, id.data);
        const { changed } = await setBusinessHub(deps, c.var.session.userId, details.business.id, link);
        return changed ? (link ? "hub-linked" : "hub-unlinked") : link ? "hub-already-linked" : "hub-not-linked";
      });
    })
    .post("/:id/assign", async (c) => {
      const id = idOf(c);
      const form = assignForm.safeParse(await c.req.parseBody());
      if (!id.success || !form.success) return c.text("bad request", 400);
      return act(c, id.data, async () => {
        await assignToMe(deps, c.var.session.userId, id.data, form.data.version);
        return "assigned";
      });
    });
}
