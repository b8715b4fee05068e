import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import { createTestBot, TestChat } from "./support/bot.ts";
import { createTestDatabase, type TestDatabase } from "./support/db.ts";
import { cookieOf, createTestConsole, WEB_ORIGIN } from "./support/web.ts";

const MARYAM = { id: 5005, first_name: "Maryam" };
const ZAHRA = { id: 1001, first_name: "Zahra" };
const WEB = { url: WEB_ORIGIN, signInMinutes: 5, sessionHours: 12, cacheDir: "unused" };

describe.each(["telegram", "bale"] as const)("/web on %s", (platform) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
    await assignCoordinator(database.prisma, { platform, platformUserId: String(MARYAM.id) }, ["fars-shiraz"]);
  });
  afterEach(() => database.drop());

  it("sends staff a one-time sign-in link that opens the console, and applicants nothing", async () => {
    const t = createTestBot(database, undefined, { platform, web: WEB });
    const maryam = new TestChat(t, MARYAM);
    await maryam.send("/web");
    const link = /(http:\/\/karyar\.test\/web\/sign-in\/[\w-]+)/.exec(maryam.lastText())?.[1];
    expect(link).toBeDefined();
    expect(maryam.lastText()).toContain("۵ دقیقه");
    const web = createTestConsole(database, { now: () => new Date() });
    const path = new URL(link!).pathname;
    const signedIn = await web.request(path, { method: "POST" });
    expect(signedIn.status).toBe(303);
    expect((await web.request("/web/cases", { cookie: cookieOf(signedIn) })).status).toBe(200);

    const zahra = new TestChat(t, ZAHRA);
    await zahra.send("/web");
    expect(zahra.lastText()).not.toContain("http");
    expect(await database.prisma.webSignIn.count()).toBe(1);
  });

  it("sends an observer a link too, which opens the reports", async () => {
    const observer = await database.prisma.user.create({ data: { platform, platformUserId: "7007", chatId: "7007", role: "observer" } });
    const t = createTestBot(database, undefined, { platform, web: WEB });
    const nasrin = new TestChat(t, { id: 7007, first_name: "Nasrin" });
    await nasrin.send("/web");
    const link = /(http:\/\/karyar\.test\/web\/sign-in\/[\w-]+)/.exec(nasrin.lastText())?.[1];
    expect(link).toBeDefined();
    const web = createTestConsole(database, { now: () => new Date() });
    const signedIn = await web.request(new URL(link!).pathname, { method: "POST" });
    expect(signedIn.headers.get("location")).toBe("/web/reports");
    const cookie = cookieOf(signedIn);
    expect((await web.request("/web/reports", { cookie })).status).toBe(200);
    expect((await web.request("/web/cases", { cookie })).status).toBe(403);
    expect(await database.prisma.webSession.count({ where: { userId: observer.id, role: "observer" } })).toBe(1);
  });

  it("says the console is not set up when WEB_URL is not", async () => {
    const maryam = new TestChat(createTestBot(database, undefined, { platform }), MARYAM);
    await maryam.send("/web");
    expect(maryam.lastText()).toContain("WEB_URL");
    await database.prisma.user.create({ data: { platform, platformUserId: "7007", chatId: "7007", role: "observer" } });
    const nasrin = new TestChat(createTestBot(database, undefined, { platform }), { id: 7007, first_name: "Nasrin" });
    await nasrin.send("/web");
    expect(nasrin.lastText()).toContain("WEB_URL");
  });
});
