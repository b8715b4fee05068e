import { Hono, type MiddlewareHandler } from "hono";
import { html } from "hono/html";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { DomainError } from "../domain/errors.ts";
import { authorizeConsoleSection, endSession, openSession, signIn, type ConsoleSection } from "../domain/web-sessions.ts";
import { assets } from "./assets.ts";
import type { WebDeps } from "./deps.ts";
import type { WebEnv } from "./env.ts";
import { BASE, homePath, messagePage, page } from "./layout.ts";
import { broadcastRoutes } from "./pages/broadcasts.ts";
import { caseRoutes } from "./pages/case.ts";
import { catalogRoutes } from "./pages/catalog.ts";
import { casesRoutes } from "./pages/cases.ts";
import { reportRoutes } from "./pages/reports.ts";
import { staffRoutes } from "./pages/staff.ts";
import { sameOriginOnly } from "./same-origin.ts";
import { sessionCookie } from "./session-cookie.ts";
import { createView, isLanguage } from "./view.ts";

/**
 * The staff console: another surface over src/domain, beside src/bot. Every page and action
 * calls the same use cases as the bot (same authorization, same refusals, same audit); this
 * layer only reads requests and renders results.
 */
export function createConsole(deps: WebDeps): Hono<WebEnv> {
  const web = deps.config.web;
  const cookie = sessionCookie(web.url.startsWith("https:"));
  const viewIn = (language: string | undefined) => createView(deps.translate, isLanguage(language) ? language : "fa", deps.config.timeZone);
  const app = new Hono<WebEnv>().basePath(BASE);

  app.use(
    secureHeaders({
      // No script at all: plain forms and links. Documents are framed from this origin only.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        objectSrc: ["'self'"],
        frameSrc: ["'self'"],
        frameAncestors: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
      },
      // The sign-in link's token never leaves the console in a Referer, and its own forms keep a real Origin.
      referrerPolicy: "same-origin",
    }),
  );
  // Every change from another origin is refused, whatever its method or content type (Origin, else Sec-Fetch-Site).
  app.use(sameOriginOnly(web.url));
  app.use(async (c, next) => {
    c.set("view", viewIn(cookie.readLanguage(c)));
    await next();
  });
  app.route("/assets", assets);

  app.get("/language/:language", (c) => {
    const language = c.req.param("language");
    if (isLanguage(language)) cookie.writeLanguage(c, language);
    const back = c.req.query("back") ?? "";
    // Only a path of the console: never an open redirect.
    return c.redirect(back.startsWith(`${BASE}/`) && !back.startsWith("//") ? back : `${BASE}/cases`, 303);
  });

  // The link from /web: opening it only shows a button (a link preview must not use it up); pressing it signs in.
  app.get("/sign-in/:token", (c) => {
    const view = c.var.view;
    return c.html(
      page(view, {
        title: view.t("web-sign-in-title"),
        body: html`<section class="message">
          <h1>${view.t("web-sign-in-title")}</h1>
          <p>${view.t("web-sign-in-explain")}</p>
          <form method="post"><button type="submit" class="primary">${view.t("web-sign-in-button")}</button></form>
        </section>`,
      }),
    );
  });
  app.post("/sign-in/:token", async (c) => {
    try {
      const session = await signIn(deps, c.req.param("token"), web.sessionHours);
      cookie.write(c, session.token, session.expiresAt);
      return c.redirect(homePath(session.role), 303);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const view = c.var.view;
      return c.html(messagePage(view, view.t("web-sign-in-title"), view.refusal(error)), 403);
    }
  });

  const requireSession: MiddlewareHandler<WebEnv> = async (c, next) => {
    const token = cookie.read(c);
    const session = token ? await openSession(deps, token) : null;
    if (!session) {
      const view = c.var.view;
      return c.html(messagePage(view, view.t("web-signed-out-title"), view.t("web-signed-out")), 401);
    }
    c.set("session", session);
    if (!cookie.readLanguage(c)) c.set("view", viewIn(session.language));
    c.header("cache-control", "no-store");
    await next();
  };
  app.use("*", requireSession);
  app.get("/", (c) => c.redirect(homePath(c.var.session.role), 303));
  app.post("/sign-out", async (c) => {
    await endSession(deps, c.var.session.id, "sign-out");
    cookie.clear(c);
    const view = c.var.view;
    return c.html(messagePage(view, view.t("web-signed-out-title"), view.t("web-signed-out")));
  });
  // Each section's pages, behind the domain's check of the section (an observer opens the reports only):
  // refused and recorded before any of the section's pages reads the request.
  const section = (path: string, name: ConsoleSection, ...routes: Hono<WebEnv>[]) => {
    const gate: MiddlewareHandler<WebEnv> = async (c, next) => {
      await authorizeConsoleSection(deps, c.var.session.userId, name);
      await next();
    };
    app.use(path, gate);
    app.use(`${path}/*`, gate);
    for (const r of routes) app.route(path, r);
  };
  section("/cases", "cases", casesRoutes(deps), caseRoutes(deps));
  section("/reports", "reports", reportRoutes(deps));
  section("/staff", "admin", staffRoutes(deps));
  section("/broadcasts", "admin", broadcastRoutes(deps));
  section("/catalog", "admin", catalogRoutes(deps));

  app.onError((error, c) => {
    const view = c.var.view ?? viewIn(undefined);
    // The CSRF check's refusal (and any other the framework raises), as a page.
    if (error instanceof HTTPException) return c.html(messagePage(view, view.t("web-refused-title"), view.t("web-refused-request")), error.status);
    if (error instanceof DomainError) {
      const status = error.code === "application-not-found" ? 404 : 403;
      return c.html(messagePage(view, view.t("web-refused-title"), view.refusal(error), c.var.session), status);
    }
    // The route's pattern, not the path: a sign-in link's token stays out of the log.
    deps.logger.error({ err: error, route: c.req.routePath, method: c.req.method }, "console request failed");
    return c.html(messagePage(view, view.t("web-error-title"), view.t("error-generic"), c.var.session), 500);
  });
  app.notFound((c) => {
    const view = c.var.view ?? viewIn(undefined);
    return c.html(messagePage(view, view.t("web-not-found-title"), view.t("web-not-found"), c.var.session), 404);
  });
  return app;
}
