import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.ts";

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpServer {
  port: number;
  /** Stops taking requests, waits for those in flight, then closes. */
  close(): Promise<void>;
}

/**
 * The process's one HTTP server: /healthz (the process is up), /readyz (the database is
 * reachable and migrated), in webhook mode the webhook, and the staff console when configured.
 * Requests that arrive while it closes are answered 503, so the platform delivers them again
 * elsewhere (where it does).
 */
export async function startHttpServer(options: {
  port: number;
  host: string;
  logger: Logger;
  ready(): Promise<boolean>;
  /** `whileClosing`: webhook requests are still taken while the server closes (the platform would not deliver them again). */
  webhook?: { matches(path: string): boolean; route: Route; whileClosing?: boolean };
  /** The staff console (src/web), under /web. */
  web?: Route;
}): Promise<HttpServer> {
  let closing = false;
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (closing && !(options.webhook?.whileClosing && options.webhook.matches(path))) return end(res, 503, "shutting down");
    if (req.method === "GET" && path === "/healthz") return end(res, 200, "ok");
    if (req.method === "GET" && path === "/readyz") {
      void options.ready().then(
        (ok) => end(res, ok ? 200 : 503, ok ? "ready" : "database unavailable or not migrated"),
        () => end(res, 503, "database unavailable"),
      );
      return;
    }
    const serve = (route: Route, what: string) => {
      const work = Promise.resolve(route(req, res)).catch((error) => {
        options.logger.error({ err: error }, `${what} request failed`);
        if (!res.headersSent) end(res, 500, "error");
      });
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    };
    if (options.webhook?.matches(path)) {
      if (req.method !== "POST") return end(res, 405, "POST only");
      return serve(options.webhook.route, "webhook");
    }
    if (options.web && (path === "/web" || path.startsWith("/web/"))) return serve(options.web, "console");
    end(res, 404, "not found");
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // (Webhook requests taken while closing join the set meanwhile.)
      while (inFlight.size > 0) await Promise.all(inFlight);
      server.closeIdleConnections();
      await closed;
    },
  };
}

export function end(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(body);
}

/** A request's body, or null once it grows past `maxBytes` (reading stops there). */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
