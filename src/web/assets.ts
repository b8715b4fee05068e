import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Hono } from "hono";
import type { WebEnv } from "./env.ts";

/** The Persian font from the npm package (the charts use it too), and the console's one style sheet. */
const FONT = readFileSync(createRequire(import.meta.url).resolve("vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2"));
const CSS = readFileSync(new URL("./console.css", import.meta.url));
const YEAR = "public, max-age=31536000, immutable";

export const assets = new Hono<WebEnv>()
  .get("/vazirmatn.woff2", (c) => c.body(FONT, 200, { "content-type": "font/woff2", "cache-control": YEAR }))
  .get("/console.css", (c) => c.body(CSS, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "no-cache" }));
