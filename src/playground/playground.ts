import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { z } from "zod";
import { startApp, type RunningApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { assignCoordinator } from "../domain/coordinators.ts";
import { importRegions } from "../domain/regions.ts";
import { BotApiEmulator } from "../emulator/server.ts";
import { createLogger } from "../logger.ts";
import { readBody } from "../server/http.ts";
import { PERSONAS, type Persona } from "./personas.ts";
import { transcript } from "./transcript.ts";

const PAGE = readFileSync(new URL("./page.html", import.meta.url), "utf8");
/** The Persian font the charts use too, from the npm package. */
const FONT = readFileSync(createRequire(import.meta.url).resolve("vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2"));
const MAX_UPLOAD_BYTES = 20 * 2 ** 20;

const textBody = z.object({ text: z.string().min(1).max(10_000) });
const buttonBody = z.object({ data: z.string().min(1).max(64) });
const uploadBody = z.object({ name: z.string().max(200), mime: z.string().max(100), base64: z.string().max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4) });

export interface Playground {
  url: string;
  /** The staff console (/web in a staff persona's chat sends a sign-in link to it). */
  consoleUrl: string;
  stop(): Promise<void>;
}

/** A port nobody listens on now, for the bot's own HTTP server (the console's links must name it before it starts). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * The whole bot on this machine with no messenger: the Bot API emulator, the real bot
 * (long polling it) on a throwaway SQLite database with the starter catalog, a coordinator
 * of every county and an admin, and a chat page for each persona on 127.0.0.1; the staff
 * console on the bot's own HTTP server (/web in a staff chat signs in).
 */
export async function startPlayground(options: { port?: number; consolePort?: number; logLevel?: string } = {}): Promise<Playground> {
  const dir = mkdtempSync(join(tmpdir(), "karyar-playground-"));
  const emulator = new BotApiEmulator();
  const apiRoot = await emulator.start();
  const databaseUrl = `file:${join(dir, "playground.db")}`;
  await seed(databaseUrl);
  const admin = PERSONAS.find((p) => p.role === "admin")!;
  const consolePort = options.consolePort ?? (await freePort());
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  const config = loadConfig({
    BOT_TOKEN: emulator.token,
    BOT_API_ROOT: apiRoot,
    DATABASE_URL: databaseUrl,
    DATA_KEY: randomBytes(32).toString("base64"),
    ADMIN_IDS: String(admin.id),
    QUIET_HOURS: "off",
    TZ: "Asia/Tehran",
    PORT: String(consolePort),
    HOST: "127.0.0.1",
    WEB_URL: consoleUrl,
    WEB_CACHE_DIR: join(dir, "web-cache"),
  });
  const app: RunningApp = await startApp(config, createLogger(options.logLevel ?? "warn"));
  const server = createServer((req, res) => void route(emulator, req, res).catch((error) => send(res, 500, { error: String(error) })));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    consoleUrl: `${consoleUrl}/web`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await emulator.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The counties, and the coordinator of all of them, before the bot starts. */
async function seed(databaseUrl: string): Promise<void> {
  const database = await openDatabase(databaseUrl);
  try {
    await importRegions(database.prisma, "data/regions/fars.json");
    const counties = await database.prisma.region.findMany({ select: { code: true } });
    const coordinator = PERSONAS.find((p) => p.role === "coordinator")!;
    await assignCoordinator(
      database.prisma,
      { platform: "telegram", platformUserId: String(coordinator.id) },
      counties.map((c) => c.code),
    );
  } finally {
    await database.close();
  }
}

function send(res: ServerResponse, status: number, body: unknown, type = "application/json; charset=utf-8"): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

async function json(req: IncomingMessage): Promise<unknown> {
  // An upload arrives base64-encoded: a third larger than the file.
  const body = await readBody(req, MAX_UPLOAD_BYTES * 2);
  if (body === null) throw new Error("too large");
  return JSON.parse(body.toString("utf8"));
}

async function route(emulator: BotApiEmulator, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const state = emulator.state;
  const url = new URL(req.url ?? "/", "http://playground");
  const parts = url.pathname.split("/").filter(Boolean);
  if (req.method === "GET" && url.pathname === "/") return send(res, 200, PAGE, "text/html; charset=utf-8");
  if (req.method === "GET" && url.pathname === "/vazirmatn.woff2") return send(res, 200, FONT, "font/woff2");
  if (req.method === "GET" && url.pathname === "/api/personas") return send(res, 200, PERSONAS);
  if (req.method === "GET" && url.pathname === "/events") {
    // Server-sent events: "something changed", so the page fetches the open chat again.
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    res.write("retry: 1000\n\n");
    const stop = state.onChange(() => res.write("data: change\n\n"));
    req.on("close", stop);
    return;
  }
  if (req.method === "GET" && parts[0] === "api" && parts[1] === "files" && parts[2]) {
    const file = state.files.get(parts[2]);
    return file ? send(res, 200, file.content, file.mime ?? "application/octet-stream") : send(res, 404, { error: "no such file" });
  }
  const persona: Persona | undefined = parts[0] === "api" && parts[1] === "chat" ? PERSONAS.find((p) => p.key === parts[2]) : undefined;
  if (!persona) return send(res, 404, { error: "not found" });
  const user = { id: persona.id, first_name: persona.name };
  if (req.method === "GET" && parts.length === 3) return send(res, 200, transcript(state, persona.id));
  if (req.method !== "POST") return send(res, 405, { error: "POST" });
  const body = await json(req);
  switch (parts[3]) {
    case "text":
      state.sendText(user, textBody.parse(body).text);
      break;
    case "button":
      state.pressButton(user, buttonBody.parse(body).data);
      break;
    case "contact":
      state.sendContact(user, persona.phone, persona.id);
      break;
    case "upload": {
      const file = uploadBody.parse(body);
      const content = Buffer.from(file.base64, "base64");
      if (content.length > MAX_UPLOAD_BYTES) return send(res, 413, { error: "too large" });
      state.uploadFile(user, file.mime.startsWith("image/") ? "photo" : "document", { content, name: file.name, mime: file.mime });
      break;
    }
    default:
      return send(res, 404, { error: "not found" });
  }
  send(res, 202, { ok: true });
}
