import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { plain } from "../../src/emulator/bot-api-state.ts";
import { createTestDatabase, PROVIDERS, type TestDatabase } from "../support/db.ts";
import { applicant, validDraft } from "../support/fixtures.ts";
import { createTestConsole } from "../support/web.ts";

describe.each(PROVIDERS)("a starred field's permit in the console on $provider", ({ provider, skip }) => {
  let database: TestDatabase;
  const clock = { now: () => new Date("2026-12-01T06:00:00Z") };
  let shiraz: number;
  let jahrom: number;
  let zahra: number;
  let appId: number;
  let web: ReturnType<typeof createTestConsole>;

  beforeEach(async () => {
    if (skip) return;
    database = await createTestDatabase(provider);
    const db = database.prisma;
    shiraz = (await assignCoordinator(db, { platform: "telegram", platformUserId: "5005" }, ["fars-shiraz"])).userId;
    jahrom = (await assignCoordinator(db, { platform: "telegram", platformUserId: "6006" }, ["fars-jahrom"])).userId;
    zahra = (await applicant(db, 1001)).id;
    web = createTestConsole(database, clock);
    appId = (await submitRegistration(web.deps, zahra, "reg", await validDraft(db, { category: "food" }))).applicationId;
  });
  afterEach(async () => {
    if (!skip) await database.drop();
  });

  const text = async (response: Response) => plain(await response.text());
  const appRow = () => database.prisma.application.findUniqueOrThrow({ where: { id: appId } });
  const post = (cookie: string, form: Record<string, string>) => web.request(`/web/cases/${appId}/status`, { ...web.form(form), cookie });

  it.skipIf(skip)("approves into the health network's step, filters the queue by it, records the refusal by reason once", async () => {
    const cookie = await web.signIn(shiraz);
    const page = await text(await web.request(`/web/cases/${appId}`, { cookie }));
    expect(page).toContain("رشتهٔ ستاره‌دار: صدور مجوز به تأیید شبکهٔ بهداشت و درمان شهرستان نیاز دارد");
    expect(page).toContain("تأیید (سپس دستگاه دوم)");
    expect((await post(cookie, { to: "approved", version: "0" })).status).toBe(422);
    expect((await post(cookie, { to: "awaiting_second_body", version: "0", sure: "1" })).status).toBe(303);
    expect(await appRow()).toMatchObject({ status: "awaiting_second_body", secondBody: "health" });

    const waiting = await text(await web.request(`/web/cases/${appId}`, { cookie }));
    expect(waiting).toContain("در انتظار تأیید شبکهٔ بهداشت و درمان شهرستان");
    expect(waiting).toContain("دستگاه دوم تأیید کرد: صدور مجوز");
    expect(waiting).toContain("کارت بهداشت معتبر ارائه نشده است");
    expect(waiting).not.toContain("محتوای اثر یا محصول فرهنگی مجاز نیست");
    const queue = await text(await web.request("/web/cases?status=awaiting_second_body", { cookie }));
    expect(queue).toContain((await appRow()).trackingCode.slice(0, 4));
    const otherQueue = await text(await web.request("/web/cases?status=approved", { cookie }));
    expect(otherQueue).not.toContain((await appRow()).trackingCode.slice(0, 4));

    // Another county's coordinator may not record the body's decision.
    const reza = await web.signIn(jahrom);
    expect((await post(reza, { to: "issued", version: "1", sure: "1" })).status).toBe(403);
    expect((await post(cookie, { to: "second_body_refused", version: "1" })).status).toBe(422);
    expect((await post(cookie, { to: "second_body_refused", version: "1", secondBodyReason: "health-card" })).status).toBe(303);
    const again = await post(cookie, { to: "second_body_refused", version: "1", secondBodyReason: "health-card" });
    expect(again.status).toBe(409);
    expect(await text(again)).toContain("ردشده از سوی دستگاه دوم");
    expect(await appRow()).toMatchObject({ status: "second_body_refused", secondBodyRefusal: "health-card" });
    expect(await database.prisma.outbox.count({ where: { recipientId: zahra, template: "notify-second-body-refused" } })).toBe(1);
  });
});
