import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Hono, type Context } from "hono";
import { html } from "hono/html";
import { CatalogError } from "../../domain/programs/catalog-file.ts";
import { catalogSummary, importCatalogAs } from "../../domain/programs/import.ts";
import type { WebDeps } from "../deps.ts";
import type { WebEnv } from "../env.ts";
import { page, type Html } from "../layout.ts";

/** A catalog file is a few hundred kilobytes at most. */
const MAX_CATALOG_BYTES = 2 * 2 ** 20;

/** Admins: the program catalog, and a new catalog file uploaded — taken whole, or refused with every problem listed. */
export function catalogRoutes(deps: WebDeps) {
  const render = async (c: Context<WebEnv>, notice?: Html, status: 200 | 422 = 200) => {
    const view = c.var.view;
    const programs = await catalogSummary(deps, c.var.session.userId);
    const body = html`${notice ?? ""}
      <h1>${view.t("web-catalog-title")}</h1>
      <table class="cases">
        <thead>
          <tr>
            <th>${view.t("web-col-program")}</th>
            <th>${view.t("web-col-kind")}</th>
            <th>${view.t("web-amount")}</th>
            <th>${view.t("web-case-documents")}</th>
          </tr>
        </thead>
        <tbody>
          ${programs.map(
            (p) =>
              html`<tr class="${p.retired ? "retired" : ""}" data-program="${p.code}">
                <td>${p.name[view.language]} ${p.retired ? html`<span class="badge">${view.t("web-catalog-retired")}</span>` : ""}</td>
                <td>${view.t(`program-kind-${p.kind}`)}</td>
                <td>${view.money(p.minAmountRials)} – ${view.money(p.maxAmountRials)}</td>
                <td>${view.number(p.documents)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <section class="actions">
        <h2>${view.t("web-catalog-upload")}</h2>
        <p>${view.t("web-catalog-upload-explain")}</p>
        <form method="post" action="/web/catalog" enctype="multipart/form-data">
          <input type="file" name="file" accept="application/json,.json" required />
          <button type="submit" class="primary">${view.t("web-catalog-upload-button")}</button>
        </form>
      </section>`;
    return c.html(page(view, { title: view.t("web-catalog-title"), body, session: c.var.session, path: "/web/catalog" }), status);
  };

  return new Hono<WebEnv>()
    .get("/", (c) => render(c))
    .post("/", async (c) => {
      const view = c.var.view;
      const file = (await c.req.parseBody())["file"];
      if (!(file instanceof File) || file.size === 0 || file.size > MAX_CATALOG_BYTES) return c.text("bad request", 400);
      // The import reads a file, as `npm run programs:import` does; its problems name the uploaded file, not the folder.
      const dir = await mkdtemp(join(tmpdir(), "karyar-catalog-"));
      const name = basename(file.name).replace(/[^\w.-]/g, "_");
      const path = join(dir, /^\.*$/.test(name) ? "catalog.json" : name);
      try {
        await writeFile(path, Buffer.from(await file.arrayBuffer()));
        const count = await importCatalogAs(deps, c.var.session.userId, path);
        return render(c, html`<p class="notice ok" role="status">${view.t("web-catalog-imported", { count: view.number(count) })}</p>`);
      } catch (error) {
        if (!(error instanceof CatalogError)) throw error;
        const problems = error.problems.map((p) => p.replace(`${dir}/`, ""));
        return render(
          c,
          html`<div class="notice refused" role="alert">
            <p>${view.t("web-catalog-refused", { count: view.number(problems.length) })}</p>
            <ul class="problems">
              ${problems.map((p) => html`<li><bdi>${p}</bdi></li>`)}
            </ul>
          </div>`,
          422,
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
}
