import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignCoordinator } from "../../src/domain/coordinators.ts";
import { submitRegistration } from "../../src/domain/registration/submit.ts";
import { createTestDatabase, type TestDatabase } from "../support/db.ts";
import { applicant, validDraft } from "../support/fixtures.ts";
import { createTestConsole, WEB_ORIGIN } from "../support/web.ts";

// The rule does not touch the database: one provider is enough here (the console's domain tests run on both).
describe("the console refuses changes from other sites, whatever the content type", () => {
  let database: TestDatabase;
  let web: ReturnType<typeof createTestConsole>;
  let cookie: string;
  let appId: number;
  const now = new Date("2026-12-01T06:00:00Z");

  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
    const shiraz = (await assignCoordinator(database.prisma, { platform: "telegram", platformUserId: "5005" }, ["fars-shiraz"])).userId;
    web = createTestConsole(database, { now: () => now });
    const zahra = (await applicant(database.prisma, 1001)).id;
    appId = (await submitRegistration(web.deps, zahra, "reg", await validDraft(database.prisma))).applicationId;
    cookie = await web.signIn(shiraz);
  });
  afterEach(async () => {
    await database.drop();
  });

  const status = async () => (await database.prisma.application.findUniqueOrThrow({ where: { id: appId } })).status;
  const approve = (headers: Record<string, string>, body = "to=approved&version=0", method = "POST") =>
    web.request(`/web/cases/${appId}/status`, { method, body, headers, cookie });

  const BODIES: [string, string][] = [
    ["application/json", JSON.stringify({ to: "approved", version: "0" })],
    ["text/plain", "to=approved&version=0"],
    ["text/plain;charset=UTF-8", "to=approved&version=0"],
    ["application/octet-stream", "to=approved&version=0"],
    ["application/x-www-form-urlencoded", "to=approved&version=0"],
    ["multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="to"\r\n\r\napproved\r\n--x--\r\n'],
  ];

  it.each(BODIES)("refuses a %s body from a foreign origin (403), and changes nothing", async (type, body) => {
    for (const origin of ["https://evil.example", "http://karyar.test.evil.example", "null", "http://karyar.test:8080"]) {
      const response = await approve({ origin, "content-type": type }, body);
      expect(response.status, origin).toBe(403);
    }
    expect((await approve({ origin: "", "sec-fetch-site": "cross-site", "content-type": type }, body)).status).toBe(403);
    expect((await approve({ origin: "", "sec-fetch-site": "same-site", "content-type": type }, body)).status).toBe(403);
    // Neither header: not a request from the console's pages.
    expect((await approve({ origin: "", "content-type": type }, body)).status).toBe(403);
    expect(await status()).toBe("submitted");
  });

  it("refuses every unsafe method from a foreign origin, even without a body", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await web.request("/web/sign-out", { method, cookie, headers: { origin: "https://evil.example", "content-type": "application/json" } });
      expect(response.status, method).toBe(403);
    }
    // Still signed in: the forged sign-out did nothing.
    expect((await web.request("/web/cases", { cookie })).status).toBe(200);
  });

  it("accepts the console's own origin, and a request without Origin whose Sec-Fetch-Site is same-origin", async () => {
    expect((await approve({ origin: WEB_ORIGIN, "content-type": "application/x-www-form-urlencoded" })).status).toBe(303);
    expect(await status()).toBe("approved");
    const signOut = await web.request("/web/sign-out", { method: "POST", cookie, headers: { origin: "", "sec-fetch-site": "same-origin" } });
    expect(signOut.status).toBe(200);
    expect((await web.request("/web/cases", { cookie })).status).toBe(401);
    // Reading is never refused for its headers: a link from another site opens a page.
    expect(
      (await web.request("/web/language/en?back=/web/cases", { headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" } })).status,
    ).toBe(303);
  });

  it('accepts a form posted from its own page with Origin "null" (a no-referrer policy) when Sec-Fetch-Site is same-origin', async () => {
    expect((await approve({ origin: "null", "sec-fetch-site": "same-origin", "content-type": "application/x-www-form-urlencoded" })).status).toBe(303);
    expect(await status()).toBe("approved");
  });
});
