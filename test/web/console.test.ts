import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { attachDocument } from "../../src/domain/documents/attach.ts";
import { setCoordinatorCounties } from "../../src/domain/invitations.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { reportJobs } from "../../src/domain/jobs/reports.ts";
import { submitLoanApplication } from "../../src/domain/loans/submit.ts";
import { changeStatus } from "../../src/domain/review/change-status.ts";
import { createSignInLink, purgeWebSessions } from "../../src/domain/web-sessions.ts";
import { plain } from "../../src/emulator/bot-api-state.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, reviewStaff, NOTE16_FACTS, regionId, validDraft } from "../support/fixtures.ts";
import { saveFacts } from "../../src/domain/applicant/facts.ts";
import { cookieOf, createTestConsole, WEB_ORIGIN } from "../support/web.ts";
import { readWorkbook, records } from "../support/xlsx.ts";

const PDF = Buffer.from("%PDF-1.4 permit scan");

describe.each(PROVIDERS)("the staff console on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  let now: Date;
  const clock = { now: () => now };
  let shiraz: number;
  let jahrom: number;
  let admin: number;
  let zahra: number;
  let appId: number;
  let web: ReturnType<typeof createTestConsole>;
  let downloads: string[];

  /** The Bot API as far as the console uses it: getFile, then the download. */
  const botApi = (async (input: string | URL) => {
    const url = String(input);
    downloads.push(url);
    if (url.endsWith("/getFile")) return Response.json({ ok: true, result: { file_id: "f", file_path: "documents/file_1.pdf" } });
    if (url.includes("/file/bot")) return new Response(PDF);
    return Response.json({ ok: false, error_code: 404, description: "Not Found" }, { status: 404 });
  }) as typeof fetch;

  beforeEach(async () => {
    if (skip) return;
    now = new Date("2026-12-01T06:00:00Z");
    downloads = [];
    database = await createTestDatabase(provider);
    const db = database.prisma;
    ({ shiraz, jahrom, admin } = await reviewStaff(db));
    zahra = (await applicant(db, 1001)).id;
    web = createTestConsole(database, clock, { fetch: botApi });
    appId = (await submitRegistration(web.deps, zahra, "reg", await validDraft(db))).applicationId;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const text = async (response: Response) => plain(await response.text());
  const appRow = () => database.prisma.application.findUniqueOrThrow({ where: { id: appId } });
  const audits = (action: string) => database.prisma.auditLog.findMany({ where: { action } });

  it.skipIf(skip)("signs in once from the link /web sends, and the link works only once and only for a few minutes", async () => {
    const { token } = await createSignInLink(web.deps, shiraz, 5);
    // Opening the link (or a link preview fetching it) only shows the button.
    const opened = await web.request(`/web/sign-in/${token}`);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain('method="post"');
    const signedIn = await web.request(`/web/sign-in/${token}`, { method: "POST" });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/web/cases");
    const setCookie = signedIn.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = cookieOf(signedIn);
    expect((await web.request("/web/cases", { cookie })).status).toBe(200);

    const again = await web.request(`/web/sign-in/${token}`, { method: "POST" });
    expect(again.status).toBe(403);
    expect(again.headers.get("set-cookie")).toBeNull();
    expect(await text(again)).toContain("پیش‌تر به کار رفته");

    const late = await createSignInLink(web.deps, shiraz, 5);
    now = new Date(now.getTime() + 5 * 60_000 + 1);
    const expired = await web.request(`/web/sign-in/${late.token}`, { method: "POST" });
    expect(expired.status).toBe(403);
    expect(await text(expired)).toContain("زمان این پیوند ورود گذشته");
    expect((await web.request("/web/sign-in/not-a-token", { method: "POST" })).status).toBe(403);
    expect((await audits("refused.web-link-used")).length).toBe(1);
    expect((await audits("refused.web-link-expired")).length).toBe(1);
    expect((await audits("web.session.start")).length).toBe(1);
  });

  it.skipIf(skip)("forgets links and sessions a day after they expired", async () => {
    await web.signIn(shiraz);
    await createSignInLink(web.deps, shiraz, 5);
    now = new Date(now.getTime() + 12 * 3_600_000 + 24 * 3_600_000 - 1);
    await purgeWebSessions(web.deps);
    expect(await database.prisma.webSession.count()).toBe(1);
    expect(await database.prisma.webSignIn.count()).toBe(0);
    now = new Date(now.getTime() + 2);
    await purgeWebSessions(web.deps);
    expect(await database.prisma.webSession.count()).toBe(0);
  });

  it.skipIf(skip)("gives applicants no link, and over https sets a Secure __Host- cookie", async () => {
    await expect(createSignInLink(web.deps, zahra, 5)).rejects.toMatchObject({ code: "not-staff" });
    const secure = createTestConsole(database, clock, { url: "https://console.karyar.test" });
    const { token } = await createSignInLink(secure.deps, shiraz, 5);
    const response = await secure.request(`/web/sign-in/${token}`, { method: "POST" });
    expect(response.headers.get("set-cookie")).toMatch(/^__Host-karyar-session=[\w-]+; .*Secure/);
    expect(response.headers.get("set-cookie")).toMatch(/Path=\//);
  });

  it.skipIf(skip)("ends a session on sign-out, at its expiry, and when the person's counties change", async () => {
    let cookie = await web.signIn(shiraz);
    expect((await web.request("/web/sign-out", { method: "POST", cookie })).status).toBe(200);
    expect((await web.request("/web/cases", { cookie })).status).toBe(401);

    cookie = await web.signIn(shiraz);
    await setCoordinatorCounties(web.deps, admin, shiraz, ["fars-shiraz", "fars-jahrom"]);
    expect((await web.request("/web/cases", { cookie })).status).toBe(401);
    expect((await database.prisma.webSession.findMany({ where: { userId: shiraz, revokedAt: null } })).length).toBe(0);

    cookie = await web.signIn(shiraz);
    now = new Date(now.getTime() + 12 * 3_600_000 + 1);
    expect((await web.request("/web/cases", { cookie })).status).toBe(401);
    expect((await web.request("/web/cases")).status).toBe(401);
  });

  it.skipIf(skip)("keeps a coordinator out of another county's case, even by URL, and records the attempt", async () => {
    const code = (await appRow()).trackingCode;
    await attachDocument(
      web.deps,
      zahra,
      code,
      "address-proof",
      { kind: "pdf", sentAs: "document", fileId: "f1", fileUniqueId: "u1", sizeBytes: 10 },
      2 ** 20,
    ).catch(() => undefined);
    // What the permits portal asks, her date of birth among it (given once, for a loan that checks her age).
    await saveFacts(web.deps, zahra, { birthDate: "1991-08-12" });
    const cookie = await web.signIn(jahrom);
    const list = await text(await web.request("/web/cases?status=all", { cookie }));
    expect(list).not.toContain(code.slice(0, 4));
    const page = await web.request(`/web/cases/${appId}`, { cookie });
    expect(page.status).toBe(403);
    const refusedPage = await text(page);
    expect(refusedPage).not.toContain("زهرا");
    expect(refusedPage).not.toContain("۱۳۷۰");
    expect(refusedPage).not.toContain("سامانهٔ ملی");
    expect((await web.request(`/web/cases/${appId}/print`, { cookie })).status).toBe(403);
    expect((await web.request(`/web/cases/${appId}/files/1`, { cookie })).status).toBe(403);
    const move = await web.request(`/web/cases/${appId}/status`, { ...web.form({ to: "approved", version: "0" }), cookie });
    expect(move.status).toBe(403);
    expect((await appRow()).status).toBe("submitted");
    expect(downloads).toEqual([]);
    const refused = await audits("refused.forbidden");
    expect(refused.length).toBe(4);
    expect(refused.every((a) => a.actorId === jahrom && a.subjectId === String(appId))).toBe(true);

    const own = await web.signIn(shiraz);
    const ownPage = await web.request(`/web/cases/${appId}`, { cookie: own });
    expect(ownPage.status).toBe(200);
    const portal = /<section class="portal">[\s\S]*?<\/section>/.exec(await text(ownPage))![0];
    for (const part of ["برای سامانهٔ ملی مجوزهای کسب‌وکار خانگی", "۲۱ مرداد ۱۳۷۰", "0499370899", "زنبورداری"]) expect(portal).toContain(part);
  });

  it.skipIf(skip)("links the case's business to its county hub through the domain's use case, audited, and refuses another county's coordinator", async () => {
    const hubForm = (action: string) => web.form({ action });
    const business = async () => (await database.prisma.business.findFirstOrThrow()).hubId;
    const other = await web.signIn(jahrom);
    const refused = await web.request(`/web/cases/${appId}/hub`, { ...hubForm("link"), cookie: other });
    expect(refused.status).toBe(403);
    expect(await business()).toBeNull();

    const cookie = await web.signIn(shiraz);
    const page = await text(await web.request(`/web/cases/${appId}`, { cookie }));
    expect(page).toContain("قطب صنایع تبدیلی گیاهان دارویی شیراز — از این رشته می‌خرد: عسل برای فرآورده‌های عسل گیاهی");
    expect(page).toContain("تلفن 07100000001");
    expect(page).toContain("🔗 پیوند به قطب صنایع تبدیلی");
    const linked = await web.request(`/web/cases/${appId}/hub`, { ...hubForm("link"), cookie });
    expect(linked.status).toBe(303);
    const after = await text(await web.request(linked.headers.get("location")!, { cookie }));
    expect(after).toContain("کسب‌وکار به قطب شهرستانش پیوند خورد ✅");
    expect(after).toContain("🔗 پیوسته به قطب صنایع تبدیلی گیاهان دارویی شیراز");
    expect(after).toContain("✂️ لغو پیوند با قطب");
    expect(await business()).toBe((await database.prisma.hub.findUniqueOrThrow({ where: { code: "hub-shiraz" } })).id);
    expect((await audits("business.hub-link")).map((a) => a.actorId)).toEqual([shiraz]);
    expect((await audits("refused.forbidden")).map((a) => a.actorId)).toEqual([jahrom]);

    const again = await web.request(`/web/cases/${appId}/hub`, { ...hubForm("link"), cookie });
    expect(await text(await web.request(again.headers.get("location")!, { cookie }))).toContain("این کسب‌وکار پیش‌تر به قطب شهرستانش پیوسته است.");
    const reports = await text(await web.request("/web/reports", { cookie }));
    expect(reports).toContain("قطب‌های صنایع تبدیلی: کسب‌وکارهای پیوسته و اشتغال آن‌ها");
    expect(reports).toMatch(/قطب صنایع تبدیلی گیاهان دارویی شیراز\s*<\/td>\s*<td>\s*شیراز\s*<\/td>\s*<td>\s*۱\s*<\/td>\s*<td>\s*۳\s*<\/td>\s*<td>\s*۰/);
    await web.request(`/web/cases/${appId}/hub`, { ...hubForm("unlink"), cookie });
    expect(await business()).toBeNull();
    expect((await web.request(`/web/cases/${appId}/hub`, { ...hubForm("sell"), cookie })).status).toBe(400);
    expect((await web.request(`/web/cases/${appId}?done=toString`, { cookie })).status).toBe(200);
  });

  it.skipIf(skip)("refuses a change posted from another site (CSRF), and makes it from its own page", async () => {
    const cookie = await web.signIn(shiraz);
    const approve = { ...web.form({ to: "approved", version: "0" }), cookie };
    const forged = await web.request(`/web/cases/${appId}/status`, { ...approve, headers: { ...approve.headers, origin: "https://evil.example" } });
    expect(forged.status).toBe(403);
    const noOrigin = await web.request(`/web/cases/${appId}/status`, {
      ...approve,
      headers: { ...approve.headers, origin: "", "sec-fetch-site": "cross-site" },
    });
    expect(noOrigin.status).toBe(403);
    expect((await web.request("/web/sign-out", { method: "POST", cookie, headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await appRow()).status).toBe("submitted");

    const made = await web.request(`/web/cases/${appId}/status`, approve);
    expect(made.status).toBe(303);
    expect(made.headers.get("location")).toBe(`/web/cases/${appId}?done=approved`);
    expect((await appRow()).status).toBe("approved");
    const event = await database.prisma.applicationEvent.findFirstOrThrow({ where: { applicationId: appId, toStatus: "approved" } });
    expect(event.actorId).toBe(shiraz);
    expect(await database.prisma.outbox.count({ where: { recipientId: zahra, template: "notify-status" } })).toBe(1);
  });

  it.skipIf(skip)("acts through the same use cases: a stale version and a rejection without a reason are refused as in the bot", async () => {
    const cookie = await web.signIn(shiraz);
    await changeStatus(web.deps, admin, { applicationId: appId, version: 0, to: "under_review" });
    const stale = await web.request(`/web/cases/${appId}/status`, { ...web.form({ to: "approved", version: "0" }), cookie });
    expect(stale.status).toBe(409);
    expect(await text(stale)).toContain("در حال بررسی");
    expect((await audits("refused.stale")).length).toBe(1);
    const noReason = await web.request(`/web/cases/${appId}/status`, { ...web.form({ to: "rejected", version: "1", note: "" }), cookie });
    expect(noReason.status).toBe(422);
    const assigned = await web.request(`/web/cases/${appId}/assign`, { ...web.form({ version: "1" }), cookie });
    expect(assigned.headers.get("location")).toBe(`/web/cases/${appId}?done=assigned`);
    expect((await appRow()).assignedToId).toBe(shiraz);
    const docs = await web.request(`/web/cases/${appId}/status`, {
      ...web.form({ to: "documents_requested", version: "1", documents: ["address-proof", "health-card"], note: "سند منزل" }),
      cookie,
    });
    expect(docs.status).toBe(303);
    const row = await appRow();
    expect(row.status).toBe("documents_requested");
    expect(await database.prisma.documentRequest.count({ where: { applicationId: appId } })).toBe(2);
  });

  it.skipIf(skip)(
    "carries a loan through the bank as the bot does — introduced (bank, branch, day), paid (amount, day), a wrong day or amount refused — and verifies the jobs reported after",
    async () => {
      const db = database.prisma;
      const { businessId } = await db.application.findUniqueOrThrow({ where: { id: appId } });
      const loanId = (
        await submitLoanApplication(web.deps, zahra, "loan", {
          businessId,
          programCode: "community-fund",
          amountRials: 300_000_000,
          purpose: "خرید کندو و زنبور",
          repaymentMonths: 12,
        })
      ).applicationId;
      await changeStatus(web.deps, shiraz, { applicationId: loanId, version: 0, to: "approved" });
      const cookie = await web.signIn(shiraz);
      const page = await text(await web.request(`/web/cases/${loanId}`, { cookie }));
      for (const field of ['name="bank"', 'name="branch"', 'name="day"', "بانک کشاورزی"]) expect(page).toContain(field);
      const post = (fields: Record<string, string>) => web.request(`/web/cases/${loanId}/status`, { ...web.form(fields), cookie });

      const futureDay = await post({ to: "referred_to_bank", version: "1", bank: "keshavarzi", branch: "مرکزی شیراز", day: "۱۴۹۹/۰۱/۰۱" });
      expect(futureDay.status).toBe(422);
      expect(await text(futureDay)).toContain("هنوز نرسیده");
      const badDay = await post({ to: "referred_to_bank", version: "1", bank: "keshavarzi", branch: "مرکزی شیراز", day: "1405/13/40" });
      expect(badDay.status).toBe(422);
      expect(await text(badDay)).toContain("۱۴۰۵/۰۹/۱۱");
      const referred = await post({ to: "referred_to_bank", version: "1", bank: "keshavarzi", branch: "مرکزی شیراز", day: "۱۴۰۵/۰۹/۱۰" });
      expect(referred.status).toBe(303);
      const referral = await db.bankReferral.findFirstOrThrow({ where: { applicationId: loanId } });
      expect(referral).toMatchObject({ bank: "keshavarzi", branch: "مرکزی شیراز" });

      expect(await text(await web.request(`/web/cases/${loanId}`, { cookie }))).toContain('name="amount"');
      expect((await post({ to: "paid", version: "2", amount: "هنوز معلوم نیست", day: "" })).status).toBe(422);
      const paid = await post({ to: "paid", version: "2", amount: "۳۰ میلیون تومان", day: "" });
      expect(paid.status).toBe(303);
      expect(await db.application.findUniqueOrThrow({ where: { id: loanId } })).toMatchObject({ status: "paid" });
      expect(await db.bankReferral.findFirstOrThrow({ where: { applicationId: loanId } })).toMatchObject({ paidAmountRials: 300_000_000n });

      // Three months on, the applicant reports the jobs; the coordinator corrects the report, once.
      now = new Date(now.getTime() + 95 * 86_400_000);
      const { reportId } = await reportJobs(web.deps, zahra, { applicationId: loanId, monthsAfter: 3, selfWorks: true, newJobs: 1, keptJobs: 0 });
      const later = await web.signIn(shiraz);
      expect(await text(await web.request(`/web/cases/${loanId}`, { cookie: later }))).toContain("در انتظار تأیید");
      const jobs = (fields: Record<string, string>) => web.request(`/web/cases/${loanId}/jobs/${reportId}`, { ...web.form(fields), cookie: later });
      expect((await jobs({ action: "correct", selfWorks: "1", newJobs: "2", keptJobs: "1" })).status).toBe(303);
      expect(await db.jobsReport.findUniqueOrThrow({ where: { id: reportId } })).toMatchObject({
        corrected: true,
        newJobs: 2,
        keptJobs: 1,
        verifiedById: shiraz,
      });
      expect((await jobs({ action: "verify" })).status).toBe(422);
      expect((await audits("jobs.correct")).length).toBe(1);
    },
  );

  it.skipIf(skip)("previews a document fetched by file id through the Bot API, once, then from the sealed cache", async () => {
    const cookie = await web.signIn(shiraz);
    await changeStatus(web.deps, shiraz, { applicationId: appId, version: 0, to: "documents_requested", documents: ["address-proof"] });
    const code = (await appRow()).trackingCode;
    await attachDocument(
      web.deps,
      zahra,
      code,
      "address-proof",
      { kind: "pdf", sentAs: "document", fileId: "file-42", fileUniqueId: "u42", sizeBytes: PDF.length },
      2 ** 20,
    );
    const doc = await database.prisma.applicationDocument.findFirstOrThrow({ where: { applicationId: appId } });
    const page = await (await web.request(`/web/cases/${appId}`, { cookie })).text();
    expect(page).toContain(`<iframe src="/web/cases/${appId}/files/${doc.id}"`);
    for (let i = 0; i < 2; i++) {
      const file = await web.request(`/web/cases/${appId}/files/${doc.id}`, { cookie });
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    }
    expect(downloads.filter((u) => u.endsWith("/getFile")).length).toBe(1);
    const { readdirSync, readFileSync } = await import("node:fs");
    const cached = readdirSync(web.deps.config.web.cacheDir);
    expect(cached.length).toBe(1);
    expect(readFileSync(`${web.deps.config.web.cacheDir}/${cached[0]}`).includes("%PDF")).toBe(false);
  });

  it.skipIf(skip)("filters, searches and sorts the queue within the reader's counties", async () => {
    const db = database.prisma;
    const reza = (await applicant(db, 1002, "Reza")).id;
    const second = await submitRegistration(
      web.deps,
      reza,
      "reg2",
      await validDraft(db, { fullName: "رضا کریمی", nationalId: "0012345679", phone: "+989121112233", village: "بیضا" }),
    );
    const inJahrom = await submitRegistration(
      web.deps,
      (await applicant(db, 1003)).id,
      "reg3",
      await validDraft(db, { regionId: await regionId(db, "fars-jahrom") }),
    );
    const codes = async (path: string, cookie: string) =>
      [...(await (await web.request(path, { cookie })).text()).matchAll(/data-case="(\d+)"/g)].map((m) => m[1]);
    const first = (await appRow()).trackingCode;
    const cookie = await web.signIn(admin);
    expect((await codes("/web/cases", cookie)).length).toBe(3);
    expect(await codes(`/web/cases?county=${await regionId(db, "fars-jahrom")}`, cookie)).toEqual([inJahrom.trackingCode]);
    expect(await codes("/web/cases?q=%D8%B1%D8%B6%D8%A7", cookie)).toEqual([second.trackingCode]);
    expect(await codes(`/web/cases?q=${first.slice(0, 4)}-${first.slice(4)}`, cookie)).toEqual([first]);
    expect(await codes(`/web/cases?village=${encodeURIComponent("بيضا")}`, cookie)).toEqual([second.trackingCode]);
    expect(await codes("/web/cases?sort=submitted&desc=1", cookie)).toEqual([inJahrom.trackingCode, second.trackingCode, first]);
    // A search too long to read is said to be, in the reader's language, never dropped (which listed every case).
    for (const [name, length] of [
      ["q", 200],
      ["q", 101],
      ["village", 250],
    ] as const) {
      const long = "رضا".repeat(Math.ceil(length / 3)).slice(0, length);
      const response = await web.request(`/web/cases?${name}=${encodeURIComponent(long)}`, { cookie });
      const body = plain(await response.text());
      expect(response.status).toBe(200);
      expect(body, `${name} ${length}`).toContain("جست‌وجو بیش از حد بلند است (بیش از ۱۰۰ نویسه)");
      expect(body).toContain(`value="${long}"`);
      expect(await codes(`/web/cases?${name}=${encodeURIComponent(long)}`, cookie)).toEqual([]);
    }
    expect(await codes(`/web/cases?q=${encodeURIComponent(`رضا${" ".repeat(97)}`)}`, cookie)).toEqual([second.trackingCode]);
    const english = await web.request(`/web/cases?q=${"x".repeat(200)}`, { cookie: `${cookie}; karyar-lang=en` });
    expect(plain(await english.text())).toContain("The search is too long (more than 100 characters)");
    expect(await codes("/web/cases?overdue=1", cookie)).toEqual([]);
    // Filed by a facilitator of the county's villages: the filter offers them and finds their cases only.
    const sara = await db.user.create({ data: { platform: "telegram", platformUserId: "3003", chatId: "3003", role: "facilitator", firstName: "Sara" } });
    const qalat = await db.village.findFirstOrThrow({ where: { nameEn: "Qalat" } });
    await db.facilitatorVillage.create({ data: { userId: sara.id, villageId: qalat.id } });
    await db.application.update({ where: { trackingCode: second.trackingCode }, data: { filedById: sara.id } });
    expect(await (await web.request("/web/cases", { cookie })).text()).toContain(`<option value="${sara.id}"`);
    expect(await codes(`/web/cases?facilitator=${sara.id}`, cookie)).toEqual([second.trackingCode]);
    now = new Date(now.getTime() + 6 * 86_400_000);
    expect((await codes("/web/cases?overdue=1", await web.signIn(admin))).length).toBe(3);
    expect((await codes("/web/cases?status=approved", cookie)).length).toBe(0);
    const coordinator = await web.signIn(shiraz);
    expect((await codes("/web/cases", coordinator)).sort()).toEqual([first, second.trackingCode].sort());
  });

  it.skipIf(skip)("shows the report's figures as links to the cases behind them, and downloads the spreadsheet", async () => {
    const cookie = await web.signIn(shiraz);
    const page = await (await web.request("/web/reports", { cookie })).text();
    expect(page).toContain(`href="/web/cases?status=submitted"`);
    expect(page).toContain(`href="/web/cases?status=all&amp;county=${await regionId(database.prisma, "fars-shiraz")}"`);
    await changeStatus(web.deps, shiraz, { applicationId: appId, version: 0, to: "approved" });
    const weekly = [...(await (await web.request("/web/reports", { cookie })).text()).matchAll(/href="(\/web\/cases\?status=all&amp;approved=[^"]+)"/g)];
    expect(weekly.length).toBe(8);
    const thisWeek = await (await web.request(weekly.at(-1)![1]!.replace(/&amp;/g, "&"), { cookie })).text();
    expect(thisWeek).toContain(`data-case="${(await appRow()).trackingCode}"`);
    const lastWeek = await (await web.request(weekly.at(-2)![1]!.replace(/&amp;/g, "&"), { cookie })).text();
    expect(lastWeek).not.toContain("data-case=");
    const csv = await web.request("/web/reports/export.csv", { cookie });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const body = Buffer.from(await csv.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString("utf8")).toContain((await appRow()).trackingCode.slice(0, 4));
    expect(body.toString("utf8")).not.toContain("0499370899");
  });

  it.skipIf(skip)("downloads the working group's report as a spreadsheet, with the page's authorization: a coordinator gets their counties only", async () => {
    const { businessId } = await database.prisma.application.findUniqueOrThrow({ where: { id: appId } });
    await saveFacts(web.deps, zahra, NOTE16_FACTS);
    const loan = await submitLoanApplication(web.deps, zahra, "loan", {
      businessId,
      targetGroup: "women-heads",
      programCode: "note16-home-jobs",
      amountRials: 800_000_000,
      purpose: "خرید کندو و زنبور",
      repaymentMonths: 36,
      introducingBody: "welfare",
    });
    const code = (await database.prisma.application.findUniqueOrThrow({ where: { id: loan.applicationId } })).trackingCode;
    const cookie = await web.signIn(shiraz);
    const page = await (await web.request("/web/reports", { cookie })).text();
    for (const period of ["month", "season", "year"]) expect(page).toContain(`href="/web/reports/report.xlsx?period=${period}"`);

    const download = await web.request("/web/reports/report.xlsx?period=month", { cookie });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="karyar-report-1405-09.xlsx"');
    const sheets = await readWorkbook(Buffer.from(await download.arrayBuffer()));
    expect(sheets.every((s) => s.rtl)).toBe(true);
    expect(records(sheets[1]!)).toMatchObject([{ شهرستان: "شیراز", "طرح‌های ثبت‌شده": 1, "مبلغ درخواستی (ریال)": 800_000_000 }]);
    expect(records(sheets[4]!)).toMatchObject([{ "کد رهگیری": code, متقاضی: "زهرا احمدی", "دستگاه معرفی‌کننده": "سازمان بهزیستی" }]);

    // Jahrom's coordinator: the same download holds nothing of Shiraz.
    const theirs = await readWorkbook(
      Buffer.from(await (await web.request("/web/reports/report.xlsx?period=month", { cookie: await web.signIn(jahrom) })).arrayBuffer()),
    );
    // The summary: the period, the rule, every figure (the permits' yearly answers among them) and the cases.
    expect(theirs.map((s) => s.rows.length)).toEqual([29, 1, 1, 1, 1, 1, 1, 1]);
    expect(JSON.stringify(theirs.map((s) => s.rows))).not.toMatch(new RegExp(`${code}|شیراز|زهرا`));
    expect((await web.request("/web/reports/report.xlsx?period=decade", { cookie })).status).toBe(404);
  });

  it.skipIf(skip)("speaks Persian right to left by default and English on request", async () => {
    const cookie = await web.signIn(shiraz);
    const fa = await (await web.request("/web/cases", { cookie })).text();
    expect(fa).toContain('<html lang="fa" dir="rtl">');
    const switched = await web.request("/web/language/en?back=/web/reports", { cookie });
    expect(switched.headers.get("location")).toBe("/web/reports");
    const en = await (await web.request("/web/cases", { cookie: `${cookie}; ${cookieOf(switched)}` })).text();
    expect(en).toContain('<html lang="en" dir="ltr">');
    expect((await web.request("/web/language/en?back=https://evil.example/", { cookie })).headers.get("location")).toBe("/web/cases");
    expect(WEB_ORIGIN).toBe("http://karyar.test");
  });
});
