import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { startHttpServer, type HttpServer } from "../../src/server/http.ts";
import { consoleRoute } from "../../src/web/route.ts";
import { createTestDatabase, type TestDatabase } from "../support/db.ts";
import { createTestConsole } from "../support/web.ts";

describe("the console on the process's HTTP server", () => {
  let database: TestDatabase;
  let server: HttpServer;
  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
    const { deps } = createTestConsole(database, { now: () => new Date() });
    server = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      logger: createLogger("silent"),
      ready: async () => true,
      webhook: { matches: (path) => path === "/webhook", route: (_req, res) => void res.end("update") },
      web: consoleRoute(deps),
    });
  });
  afterEach(async () => {
    await server.close();
    await database.drop();
  });

  it("serves /web beside the webhook and the health checks", async () => {
    const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;
    const signedOut = await fetch(url("/web/cases"));
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get("content-type")).toContain("text/html");
    expect((await fetch(url("/web/assets/vazirmatn.woff2"))).headers.get("content-type")).toBe("font/woff2");
    expect((await fetch(url("/healthz"))).status).toBe(200);
    expect(await (await fetch(url("/webhook"), { method: "POST" })).text()).toBe("update");
    expect((await fetch(url("/website"))).status).toBe(404);
    const forged = await fetch(url("/web/sign-in/x"), {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "",
    });
    expect(forged.status).toBe(403);
  });
});
