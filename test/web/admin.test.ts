import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { acceptInvitation } from "../../src/domain/invitations.ts";
import { bootstrapAdmins } from "../../src/domain/users.ts";
import { plain } from "../../src/emulator/bot-api-state.ts";
import { createTestDatabase, type TestDatabase } from "../support/db.ts";
import { applicant } from "../support/fixtures.ts";
import { createTestConsole } from "../support/web.ts";

describe("the console's admin pages", () => {
  let database: TestDatabase;
  let now: Date;
  let web: ReturnType<typeof createTestConsole>;
  let admin: number;
  let maryam: number;

  beforeEach(async () => {
    now = new Date("2026-12-01T06:00:00Z");
    database = await createTestDatabase("sqlite");
    const db = database.prisma;
    maryam = (await assignCoordinator(db, { platform: "telegram", platformUserId: "5005" }, ["fars-shiraz"])).userId;
    await bootstrapAdmins(db, "telegram", ["9009"]);
    admin = (await db.user.findFirstOrThrow({ where: { platformUserId: "9009" } })).id;
    web = createTestConsole(database, { now: () => now });
  });
  afterEach(() => database.drop());

  const text = async (response: Response) => plain(await response.text());

  it("are shown to admins only: a coordinator finds no link and is refused by URL", async () => {
    const coordinator = await web.signIn(maryam);
    expect(await (await web.request("/web/cases", { cookie: coordinator })).text()).not.toContain("/web/staff");
    expect((await web.request("/web/staff", { cookie: coordinator })).status).toBe(403);
    expect((await web.request("/web/broadcasts", { cookie: coordinator })).status).toBe(403);
    const invite = await web.request("/web/staff/invite", { ...web.form({ counties: "fars-shiraz" }), cookie: coordinator });
    expect(invite.status).toBe(403);
    expect(await database.prisma.invitation.count()).toBe(0);
    expect((await database.prisma.auditLog.findMany({ where: { action: "refused.not-admin", actorId: maryam } })).length).toBe(3);
    expect(await (await web.request("/web/cases", { cookie: await web.signIn(admin) })).text()).toContain("/web/staff");
  });

  it("invites a coordinator with a one-time bot link, changes counties and revokes", async () => {
    const cookie = await web.signIn(admin);
    const page = await text(await web.request("/web/staff/invite", { ...web.form({ counties: ["fars-jahrom", "fars-fasa"] }), cookie }));
    const token = /https:\/\/t\.me\/karyar_test_bot\?start=inv_([\w-]+)/.exec(page)?.[1];
    expect(token).toBeDefined();
    const reza = (await applicant(database.prisma, 6006, "Reza")).id;
    await acceptInvitation(web.deps, reza, token!);
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: reza } })).role).toBe("coordinator");
    expect((await web.request("/web/staff/invite", { ...web.form({}), cookie })).status).toBe(422);

    const saved = await web.request(`/web/staff/${maryam}/counties`, { ...web.form({ counties: ["fars-shiraz", "fars-jahrom"] }), cookie });
    expect(saved.status).toBe(200);
    const counties = await database.prisma.coordinatorRegion.findMany({ where: { userId: maryam }, include: { region: true } });
    expect(counties.map((c) => c.region.code).sort()).toEqual(["fars-jahrom", "fars-shiraz"]);
    await web.request(`/web/staff/${maryam}/revoke`, { ...web.form({ sure: "1" }), cookie });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { id: maryam } })).role).toBe("applicant");
    expect((await database.prisma.auditLog.findMany({ where: { action: "role.revoked", actorId: admin } })).length).toBe(1);
  });

  it("composes an announcement with its audience counted first, schedules it and cancels it", async () => {
    await applicant(database.prisma, 1001);
    await applicant(database.prisma, 1002);
    const cookie = await web.signIn(admin);
    const fields = { text: "کارگاه آموزشی زنبورداری", to: "applicants", at: "2026-12-03T18:30" };
    const counted = await web.request("/web/broadcasts", { ...web.form({ ...fields, step: "count" }), cookie });
    expect(await counted.text()).toContain('data-audience="2"');
    expect(await database.prisma.broadcast.count()).toBe(0);
    const sent = await web.request("/web/broadcasts", { ...web.form({ ...fields, step: "send" }), cookie });
    expect(sent.status).toBe(303);
    const broadcast = await database.prisma.broadcast.findFirstOrThrow();
    expect(broadcast.scheduledAt.toISOString()).toBe("2026-12-03T15:00:00.000Z");
    expect(broadcast.state).toBe("scheduled");
    const list = await web.request(sent.headers.get("location")!, { cookie });
    expect(await list.text()).toContain(`data-broadcast="${broadcast.id}"`);
    expect((await web.request(`/web/broadcasts/${broadcast.id}/cancel`, { method: "POST", cookie })).status).toBe(303);
    expect((await database.prisma.broadcast.findFirstOrThrow()).state).toBe("cancelled");
    expect((await web.request(`/web/broadcasts/${broadcast.id}/cancel`, { method: "POST", cookie })).status).toBe(422);
    const past = await web.request("/web/broadcasts", { ...web.form({ ...fields, at: "2026-11-01T10:00", step: "send" }), cookie });
    expect(past.status).toBe(422);
  });

  it("imports an uploaded catalog file, or lists every problem and keeps the catalog in force", async () => {
    const cookie = await web.signIn(admin);
    const upload = (name: string, content: string) => {
      const body = new FormData();
      body.append("file", new File([content], name, { type: "application/json" }));
      return web.request("/web/catalog", { method: "POST", body, cookie });
    };
    const before = await database.prisma.program.count({ where: { retired: false } });
    const refused = await upload("new.json", JSON.stringify({ programs: [{ code: "x" }] }));
    expect(refused.status).toBe(422);
    const page = await text(refused);
    expect(page).toContain("new.json: programs[0] (x)");
    expect(page).not.toContain("karyar-catalog-");
    expect(await database.prisma.program.count({ where: { retired: false } })).toBe(before);
    const imported = await upload("programs.json", readFileSync("data/programs.json", "utf8"));
    expect(imported.status).toBe(200);
    expect(await database.prisma.auditLog.count({ where: { action: "catalog.import", actorId: admin } })).toBe(1);
    expect((await web.request("/web/catalog", { cookie: await web.signIn(maryam) })).status).toBe(403);
  });
});
