import { Hono, type Context } from "hono";
import { html } from "hono/html";
import { Api } from "grammy";
import { z } from "zod";
import { refreshCommandMenu } from "../../bot/command-menus.ts";
import { invitationLink } from "../../bot/conversations/admin.ts";
import { DomainError } from "../../domain/errors.ts";
import { createInvitation, listCoordinators, setCoordinatorCounties } from "../../domain/invitations.ts";
import { listCounties } from "../../domain/regions.ts";
import { PLATFORMS } from "../../platform.ts";
import type { WebDeps } from "../deps.ts";
import type { WebEnv } from "../env.ts";
import { page, type Html } from "../layout.ts";

const countiesForm = z.object({ counties: z.union([z.string(), z.array(z.string())]).optional() });
const userId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);
const codesOf = (form: z.infer<typeof countiesForm>) => (form.counties === undefined ? [] : [form.counties].flat());

/** Admins: coordinators (invite, change counties, revoke); each action a domain use case. */
export function staffRoutes(deps: WebDeps) {
  const api = new Api(deps.config.botToken, { apiRoot: deps.config.apiRoot, ...deps.botClient });
  const menus = { db: deps.db, translate: deps.translate, platform: PLATFORMS[deps.config.platform] };

  const staffPage = async (c: Context<WebEnv>, notice?: { text: Html | string; ok: boolean }, status: 200 | 422 = 200) => {
    const view = c.var.view;
    const [coordinators, counties] = await Promise.all([listCoordinators(deps, c.var.session.userId), listCounties(deps.db)]);
    const lang = view.language;
    const boxes = (checked: Set<string>) =>
      counties.map(
        (r) =>
          html`<label class="check"
            ><input type="checkbox" name="counties" value="${r.code}" ${checked.has(r.code) ? "checked" : ""} /> ${lang === "fa" ? r.nameFa : r.nameEn}</label
          >`,
      );
    const body = html`${notice ? html`<p class="notice ${notice.ok ? "ok" : "refused"}" role="status">${notice.text}</p>` : ""}
      <h1>${view.t("web-staff-title")}</h1>
      ${coordinators.length === 0 ? html`<p class="empty">${view.t("web-staff-empty")}</p>` : ""}
      ${coordinators.map(
        (co) =>
          html`<section class="actions" data-coordinator="${co.userId}">
            <h2>${co.name}</h2>
            <form method="post" action="/web/staff/${co.userId}/counties">
              <div>${boxes(new Set(co.counties.map((x) => x.code)))}</div>
              <button type="submit">${view.t("web-staff-save")}</button>
            </form>
            <form method="post" action="/web/staff/${co.userId}/revoke" class="reject">
              <label class="check"><input type="checkbox" name="sure" value="1" required /> ${view.t("web-staff-revoke-sure", { name: co.name })}</label>
              <button type="submit" class="danger">${view.t("web-staff-revoke")}</button>
            </form>
          </section>`,
      )}
      <section class="actions">
        <h2>${view.t("web-staff-invite")}</h2>
        <form method="post" action="/web/staff/invite">
          <div>${boxes(new Set())}</div>
          <button type="submit" class="primary">${view.t("web-staff-invite-button")}</button>
        </form>
      </section>`;
    return c.html(page(view, { title: view.t("web-staff-title"), body, session: c.var.session, path: "/web/staff" }), status);
  };

  /** A refusal (no county chosen, not a coordinator) is shown on the page; not being an admin is the 403 page. */
  const act = async (c: Context<WebEnv>, work: () => Promise<Html | string>) => {
    try {
      return await staffPage(c, { text: await work(), ok: true });
    } catch (error) {
      if (!(error instanceof DomainError) || error.code === "not-admin") throw error;
      return staffPage(c, { text: c.var.view.refusal(error), ok: false }, 422);
    }
  };

  return new Hono<WebEnv>()
    .get("/", (c) => staffPage(c))
    .post("/invite", async (c) => {
      const form = countiesForm.parse(await c.req.parseBody({ all: true }));
      return act(c, async () => {
        const { token, expiresAt } = await createInvitation(deps, c.var.session.userId, codesOf(form), deps.config.invitationTtlHours);
        const link = invitationLink(deps.config.platform, deps.botUsername, token);
        return html`${c.var.view.t("web-staff-invited", { expires: c.var.view.dateTime(expiresAt) })} <code class="link">${link}</code>`;
      });
    })
    .post("/:user/:change{counties|revoke}", async (c) => {
      const target = userId.safeParse(c.req.param("user"));
      if (!target.success) return c.notFound();
      const revoke = c.req.param("change") === "revoke";
      const form = countiesForm.parse(await c.req.parseBody({ all: true }));
      return act(c, async () => {
        const name = (await listCoordinators(deps, c.var.session.userId)).find((co) => co.userId === target.data)?.name ?? "";
        await setCoordinatorCounties(deps, c.var.session.userId, target.data, revoke ? [] : codesOf(form));
        // Their command menu follows the role, as when an admin does it in the bot.
        await refreshCommandMenu(api, menus, target.data);
        return c.var.view.t(revoke || codesOf(form).length === 0 ? "coordinator-revoked" : "web-staff-saved", { name });
      });
    });
}
