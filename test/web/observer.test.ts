import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { workbookText } from "../support/xlsx.ts";
import { acceptInvitation, createObserverInvitation } from "../../src/domain/invitations.ts";
import { DAY_MS } from "../../src/domain/local-time.ts";
import { submitLoanApplication } from "../../src/domain/loans/submit.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { changeStatus } from "../../src/domain/review/change-status.ts";
import { createSignInLink } from "../../src/domain/web-sessions.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { plain } from "../../src/emulator/bot-api-state.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, NOTE16_FACTS, regionId, validDraft } from "../support/fixtures.ts";
import { saveFacts } from "../../src/domain/applicant/facts.ts";
import { cookieOf, createTestConsole } from "../support/web.ts";

/** The paths every signed-in reader opens (the reports and their spreadsheet, the landing redirect, signing out). */
const openPaths = new Set(["/web", "/web/sign-out", "/web/reports", "/web/reports/report.xlsx"]);

describe.each(PROVIDERS)("an observer in the console on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const clock = { now: () => now };
  let admin: number;
  let observer: number;
  let appId: number;
  let web: ReturnType<typeof createTestConsole>;

  beforeEach(async () => {
    if (skip) return;
    // 8 Azar 1405: the Jalali year began on 21 March 2026.
    now = new Date("2026-11-29T06:30:00Z");
    database = await createTestDatabase(provider);
    const db = database.prisma;
    await bootstrapAdmins(db, "telegram", ["9009"]);
    admin = (await db.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
    web = createTestConsole(database, clock);
    // An admin invites a working-group member, who opens the invitation in the bot.
    const { token } = await createObserverInvitation(web.deps, admin, 24);
    observer = (await applicant(db, 7007, "Nasrin")).id;
    await acceptInvitation(web.deps, observer, token);

    // Zahra's loan in Shiraz, through the relief committee: introduced, then paid 4 days later.
    const zahra = (await applicant(db, 1001)).id;
    const filed = await submitRegistration(web.deps, zahra, "reg", await validDraft(db, { regionId: await regionId(db, "fars-shiraz"), plannedJobs: 3 }));
    const { businessId } = await db.application.findUniqueOrThrow({ where: { id: filed.applicationId } });
    await saveFacts(web.deps, zahra, NOTE16_FACTS);
    appId = (
      await submitLoanApplication(web.deps, zahra, "loan", {
        businessId,
        targetGroup: "women-heads",
        programCode: "note16-home-jobs",
        amountRials: 1_000_000_000,
        purpose: "خرید کندو و زنبور",
        repaymentMonths: 36,
        introducingBody: "relief-committee",
      })
    ).applicationId;
    const move = async (to: "approved" | "referred_to_bank" | "paid", extra: object = {}) =>
      changeStatus(web.deps, admin, {
        applicationId: appId,
        version: (await db.application.findUniqueOrThrow({ where: { id: appId } })).version,
        to,
        ...extra,
      });
    await move("approved");
    await move("referred_to_bank", { introduction: { bank: "keshavarzi", branch: "مرکزی", introducedAt: now } });
    now = new Date(now.getTime() + 4 * DAY_MS);
    await move("paid", { payment: { amountRials: 900_000_000, paidAt: now } });
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const text = async (response: Response) => plain(await response.text());
  const refusals = () => database.prisma.auditLog.count({ where: { actorId: observer, action: { startsWith: "refused." } } });

  it.skipIf(skip)("signs in from the link /web sends and lands on the reports: the working group's figures, no case and no link to one", async () => {
    const { token } = await createSignInLink(web.deps, observer, 5);
    const signedIn = await web.request(`/web/sign-in/${token}`, { method: "POST" });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/web/reports");
    const cookie = cookieOf(signedIn);
    expect((await web.request("/web", { cookie })).headers.get("location")).toBe("/web/reports");

    const response = await web.request("/web/reports", { cookie });
    expect(response.status).toBe(200);
    const raw = await response.text();
    const page = plain(raw);
    expect(page).toContain("گزارش جذب تسهیلات و اشتغال ایجادشده");
    // The province's year: one plan registered, introduced and paid (900 million rials) in Shiraz through the relief committee, 3 jobs committed.
    const rowsOf = (table: string) =>
      [...new RegExp(`<table class="cases ${table}">[\\s\\S]*?<tbody>([\\s\\S]*?)</tbody>`).exec(raw)![1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
        [...row[1]!.matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map((cell) => plain(cell[1]).trim()),
      );
    const figures = ["۱", "۱", "۱", "۹۰۰٬۰۰۰٬۰۰۰ ریال (۹۰٬۰۰۰٬۰۰۰ تومان)", "۰", "۴", "۱۰۰٪", "۳", "۰ (۰٪)", "۰"];
    expect(rowsOf("report-counties")).toEqual([["۱. شیراز", ...figures]]);
    expect(rowsOf("report-bodies")).toEqual([["کمیتهٔ امداد امام خمینی", ...figures]]);
    // Figures only: no applicant, no tracking code, no link to a case, the queue, the export or an admin page.
    const { trackingCode } = await database.prisma.application.findUniqueOrThrow({ where: { id: appId } });
    expect(page).not.toContain("زهرا");
    expect(page).not.toContain(trackingCode);
    const links = [...raw.matchAll(/(?:href|action)="([^"]+)"/g)].map((m) => m[1]!.split("?")[0]!);
    expect(links.filter((l) => l.startsWith("/web/") && !l.startsWith("/web/assets/") && !l.startsWith("/web/language/"))).toEqual(
      expect.arrayContaining(["/web/reports", "/web/sign-out"]),
    );
    expect(links.filter((l) => /^\/web\/(cases|staff|broadcasts|catalog)|export/.test(l))).toEqual([]);
    // The report's spreadsheet is theirs too, without a name in it.
    const xlsx = await web.request("/web/reports/report.xlsx?period=year", { cookie });
    expect(xlsx.status).toBe(200);
    expect(workbookText(Buffer.from(await xlsx.arrayBuffer()))).not.toContain("زهرا");
    // Another period: the same page, the month's figures.
    expect(plain(await (await web.request("/web/reports?period=month", { cookie })).text())).toContain("این ماه");
  });

  it.skipIf(skip)("shows staff the same report beside their cases' figures, the drill-down and the spreadsheet", async () => {
    const raw = await (await web.request("/web/reports", { cookie: await web.signIn(admin) })).text();
    expect(raw).toContain('<table class="cases report-counties">');
    expect(plain(raw)).toContain("۱. شیراز");
    expect(raw).toContain('href="/web/reports/export.csv"');
    expect(raw).toContain('href="/web/cases?');
  });

  it.skipIf(skip)("is refused every other page and every change by URL, by the domain, and each refusal is recorded", async () => {
    const cookie = await web.signIn(observer);
    const record = await database.prisma.broadcast.count();
    const routes = web.app.routes.filter((r) => r.method === "GET" || r.method === "POST");
    const tried: string[] = [];
    for (const route of routes) {
      if (route.path.startsWith("/web/sign-in") || route.path.startsWith("/web/language") || route.path.startsWith("/web/assets")) continue;
      const path = route.path.replace(/:id\b/g, String(appId)).replace(/:[a-z]+/gi, "1");
      if (openPaths.has(path)) continue;
      const before = await refusals();
      const response =
        route.method === "GET"
          ? await web.request(path, { cookie })
          : await web.request(path, { ...web.form({ to: "rejected", reason: "x", version: "1", code: "x", counties: "fars-shiraz" }), cookie });
      tried.push(`${route.method} ${path}`);
      expect(response.status, `${route.method} ${path}`).toBe(403);
      const page = await text(response);
      expect(page, `${route.method} ${path}`).toMatch(/این فرمان فقط برای (کارشناسان|مدیران) است/);
      expect(page).not.toContain("زهرا");
      expect(await refusals(), `${route.method} ${path}`).toBe(before + 1);
    }
    // The queue, a case, its print and files, every change on it, the export of cases, and the admin pages.
    expect(tried).toEqual(
      expect.arrayContaining([
        "GET /web/cases",
        `GET /web/cases/${appId}`,
        `GET /web/cases/${appId}/print`,
        `POST /web/cases/${appId}/status`,
        "GET /web/reports/export.csv",
        "GET /web/staff",
        "GET /web/broadcasts",
        "GET /web/catalog",
      ]),
    );
    expect(tried.filter((t) => t.startsWith("POST")).length).toBeGreaterThanOrEqual(5);
    const app = await database.prisma.application.findUniqueOrThrow({ where: { id: appId } });
    expect(app.status).toBe("paid");
    expect(await database.prisma.broadcast.count()).toBe(record);
    expect(await database.prisma.user.count({ where: { role: "observer" } })).toBe(1);
  });
});
