import { Hono, type Context } from "hono";
import { html } from "hono/html";
import { z } from "zod";
import { APPLICATION_KINDS, APPLICATION_STATUSES, BUSINESS_CATEGORIES, LANGUAGES } from "../../domain/catalog.ts";
import { audienceSize, cancelBroadcast, createBroadcast, recentBroadcasts } from "../../domain/broadcasts/broadcasts.ts";
import type { Audience } from "../../domain/broadcasts/audience.ts";
import { DomainError } from "../../domain/errors.ts";
import { TEHRAN_OFFSET_MS } from "../../domain/local-time.ts";
import { listCounties } from "../../domain/regions.ts";
import type { WebDeps } from "../deps.ts";
import type { WebEnv } from "../env.ts";
import { page, type Html } from "../layout.ts";
import type { View } from "../view.ts";

const list = z.union([z.string(), z.array(z.string())]).optional();
const broadcastId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);
const composeForm = z.object({
  text: z.string().max(4096).default(""),
  to: z.enum(["applicants", "coordinators"]).default("applicants"),
  counties: list,
  categories: list,
  kind: z.enum(APPLICATION_KINDS).or(z.literal("")).optional(),
  status: z.enum(APPLICATION_STATUSES).or(z.literal("")).optional(),
  language: z.enum(LANGUAGES).or(z.literal("")).optional(),
  /** A datetime-local value, read as Tehran time; empty: now. */
  at: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/)
    .optional(),
  step: z.enum(["count", "send"]).default("count"),
});
type ComposeForm = z.infer<typeof composeForm>;

const many = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

function audienceOf(form: ComposeForm): Audience {
  if (form.to === "coordinators") return { to: "coordinators" };
  return {
    to: "applicants",
    counties: many(form.counties),
    categories: many(form.categories) as Extract<Audience, { to: "applicants" }>["categories"],
    applicationKind: form.kind || undefined,
    applicationStatus: form.status || undefined,
    language: form.language || undefined,
  };
}

/** "2026-12-03T18:30" on a Tehran clock (Iran keeps no daylight saving time). */
const tehranTime = (at: string) => new Date(Date.parse(`${at}:00Z`) - TEHRAN_OFFSET_MS);

/** Admins: announcements — compose with the audience counted first, schedule, follow progress, cancel; each a domain use case. */
export function broadcastRoutes(deps: WebDeps) {
  const render = async (c: Context<WebEnv>, form?: ComposeForm, notice?: { text: string; ok: boolean }, status: 200 | 422 = 200) => {
    const view = c.var.view;
    const me = c.var.session.userId;
    const [broadcasts, counties] = await Promise.all([recentBroadcasts(deps, me, 50), listCounties(deps.db)]);
    const count = form ? await audienceSize(deps, me, audienceOf(form)) : null;
    const body = html`${notice ? html`<p class="notice ${notice.ok ? "ok" : "refused"}" role="status">${notice.text}</p>` : ""}
      <h1>${view.t("web-broadcasts-title")}</h1>
      ${progressTable(view, broadcasts)}
      ${composeSection(
        view,
        form,
        count,
        counties.map((r) => ({ code: r.code, name: view.language === "fa" ? r.nameFa : r.nameEn })),
      )}`;
    return c.html(page(view, { title: view.t("web-broadcasts-title"), body, session: c.var.session, path: "/web/broadcasts" }), status);
  };

  return new Hono<WebEnv>()
    .get("/", async (c) => {
      const cancelled = c.req.query("cancelled");
      const created = c.req.query("created");
      const view = c.var.view;
      const notice = cancelled ? view.t("broadcast-cancelled", { id: cancelled }) : created ? view.t("web-broadcast-created", { id: created }) : undefined;
      return render(c, undefined, notice ? { text: notice, ok: true } : undefined);
    })
    .post("/", async (c) => {
      const parsed = composeForm.safeParse(await c.req.parseBody({ all: true }));
      if (!parsed.success) return c.text("bad request", 400);
      const form = parsed.data;
      if (form.step === "count") return render(c, form);
      try {
        const { id } = await createBroadcast(deps, c.var.session.userId, {
          message: { text: form.text },
          audience: audienceOf(form),
          scheduledAt: form.at ? tehranTime(form.at) : undefined,
        });
        deps.onOutboxChanged?.();
        return c.redirect(`/web/broadcasts?created=${id}`, 303);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code === "not-admin") throw error;
        return render(c, form, { text: c.var.view.refusal(error), ok: false }, 422);
      }
    })
    .post("/:id/cancel", async (c) => {
      const id = broadcastId.safeParse(c.req.param("id"));
      if (!id.success) return c.notFound();
      try {
        await cancelBroadcast(deps, c.var.session.userId, id.data);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code === "not-admin") throw error;
        return render(c, undefined, { text: c.var.view.refusal(error), ok: false }, 422);
      }
      return c.redirect(`/web/broadcasts?cancelled=${id.data}`, 303);
    });
}

function progressTable(view: View, broadcasts: Awaited<ReturnType<typeof recentBroadcasts>>): Html {
  if (broadcasts.length === 0) return html`<p class="empty">${view.t("broadcasts-empty")}</p>`;
  return html`<table class="cases">
    <thead>
      <tr>
        <th>#</th>
        <th>${view.t("web-col-status")}</th>
        <th>${view.t("web-broadcast-time")}</th>
        <th>${view.t("web-broadcast-progress")}</th>
        <th></th>
      </tr>
    </thead>
    <tbody>
      ${broadcasts.map(
        (b) =>
          html`<tr data-broadcast="${b.id}">
            <td>${view.number(b.id)}</td>
            <td>${view.t(`broadcast-state-${b.state}`)}</td>
            <td>${view.dateTime(b.scheduledAt)}</td>
            <td>
              ${view.t("web-broadcast-counts", {
                sent: view.number(b.sent),
                total: view.number(b.recipients),
                failed: view.number(b.failed),
                blocked: view.number(b.blocked),
              })}
            </td>
            <td>
              ${
                b.state === "scheduled" || b.state === "sending"
                  ? html`<form method="post" action="/web/broadcasts/${b.id}/cancel" class="inline">
                      <button type="submit" class="danger">${view.t("web-broadcast-cancel")}</button>
                    </form>`
                  : ""
              }
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function composeSection(view: View, form: ComposeForm | undefined, count: number | null, counties: { code: string; name: string }[]): Html {
  const picked = (values: string | string[] | undefined, value: string) => (many(values).includes(value) ? "checked" : "");
  const labels: Record<string, string> = { kind: "web-filter-kind", status: "web-filter-status", language: "web-broadcast-language" };
  const choice = (name: string, value: string | undefined, options: { value: string; label: string }[]) =>
    html`<label
      >${view.t(labels[name]!)}
      <select name="${name}">
        <option value="">${view.t("web-broadcast-any")}</option>
        ${options.map((o) => html`<option value="${o.value}" ${value === o.value ? "selected" : ""}>${o.label}</option>`)}
      </select></label
    >`;
  return html`<section class="actions">
    <h2>${view.t("web-broadcast-compose")}</h2>
    <form method="post" action="/web/broadcasts" class="compose">
      <label>${view.t("web-broadcast-text")}<textarea name="text" rows="4" maxlength="4096" required>${form?.text ?? ""}</textarea></label>
      <fieldset>
        <legend>${view.t("broadcast-ask-audience")}</legend>
        <label class="check"
          ><input type="radio" name="to" value="applicants" ${form?.to !== "coordinators" ? "checked" : ""} /> ${view.t("web-broadcast-applicants")}</label
        >
        <label class="check"
          ><input type="radio" name="to" value="coordinators" ${form?.to === "coordinators" ? "checked" : ""} /> ${view.t("web-broadcast-coordinators")}</label
        >
        <div>
          ${counties.map((r) => html`<label class="check"><input type="checkbox" name="counties" value="${r.code}" ${picked(form?.counties, r.code)} /> ${r.name}</label>`)}
        </div>
        <div>
          ${BUSINESS_CATEGORIES.map(
            (k) =>
              html`<label class="check"
                ><input type="checkbox" name="categories" value="${k}" ${picked(form?.categories, k)} /> ${view.t(`category-${k}`)}</label
              >`,
          )}
        </div>
        ${choice(
          "kind",
          form?.kind,
          APPLICATION_KINDS.map((k) => ({ value: k, label: view.t(`kind-${k}`) })),
        )}
        ${choice(
          "status",
          form?.status,
          APPLICATION_STATUSES.map((s) => ({ value: s, label: view.t(`status-${s}`) })),
        )}
        ${choice("language", form?.language, [
          { value: "fa", label: "فارسی" },
          { value: "en", label: "English" },
        ])}
      </fieldset>
      <label>${view.t("web-broadcast-at")} <input type="datetime-local" name="at" value="${form?.at ?? ""}" /></label>
      ${count === null ? "" : html`<p class="notice ok" data-audience="${count}">${view.t("broadcast-count", { count: view.number(count) })}</p>`}
      <div class="buttons">
        <button type="submit" name="step" value="count">${view.t("web-broadcast-count")}</button>
        ${count === null ? "" : html`<button type="submit" name="step" value="send" class="primary">${view.t("web-broadcast-send")}</button>`}
      </div>
    </form>
  </section>`;
}
