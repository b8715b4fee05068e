import { getRequestListener } from "@hono/node-server";
import type { Route } from "../server/http.ts";
import { createConsole } from "./app.ts";
import type { WebDeps } from "./deps.ts";

/** The console as a route of the process's HTTP server (src/server/http.ts). */
export function consoleRoute(deps: WebDeps): Route {
  const app = createConsole(deps);
  return getRequestListener(app.fetch);
}
