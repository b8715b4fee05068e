// npm run bench:startup — how the bot process starts: time from spawn to "bot started" (long
// polling the emulator, database migrated) and resident memory after five idle seconds, for
// each way of running the TypeScript sources, alternated in one run (this machine is noisy).
// STARTUP_RUNS (default 7) runs each; medians printed, and each variant's ratio to the first.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BotApiEmulator } from "../src/emulator/server.ts";

const RUNS = Number(process.env.STARTUP_RUNS ?? 7);
const IDLE_MS = 5_000;
// Node 20 cannot strip types: there only tsx is measured.
const canStrip = Number(process.versions.node.split(".")[0]) >= 23;
const VARIANTS: { name: string; args: string[] }[] = [
  ...(canStrip ? [{ name: "node (type stripping)", args: ["src/main.ts"] }] : []),
  { name: "node --import tsx", args: ["--import", "tsx", "src/main.ts"] },
];

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

async function once(args: string[], env: Record<string, string>): Promise<{ ms: number; rssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const ms = await new Promise<number>((resolve, reject) => {
    const check = setInterval(() => {
      if (/bot started/.test(output)) {
        clearInterval(check);
        resolve(performance.now() - started);
      } else if (child.exitCode !== null) {
        clearInterval(check);
        reject(new Error(`the bot exited:\n${output}`));
      }
    }, 5);
  });
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const rssMb = rssKb(child.pid!) / 1024;
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
  return { ms, rssMb };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const emulator = new BotApiEmulator();
const apiRoot = await emulator.start();
const dir = join(tmpdir(), `karyar-startup-${randomUUID()}`);
mkdirSync(dir, { recursive: true });
const results = new Map(VARIANTS.map((v) => [v.name, { ms: [] as number[], rss: [] as number[] }]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const variant of VARIANTS) {
      // A fresh database each time: start-up includes creating and migrating it.
      const env = {
        BOT_TOKEN: emulator.token,
        BOT_API_ROOT: apiRoot,
        DATABASE_URL: `file:${join(dir, `${randomUUID()}.db`)}`,
        DATA_KEY: "bench-data-key-0123456789-abcdefghijklmnop",
        LOG_LEVEL: "info",
      };
      const r = await once(variant.args, env);
      results.get(variant.name)!.ms.push(r.ms);
      results.get(variant.name)!.rss.push(r.rssMb);
    }
  }
} finally {
  await emulator.stop();
  rmSync(dir, { recursive: true, force: true });
}
const first = results.get(VARIANTS[0]!.name)!;
console.log(`Node ${process.version}, ${RUNS} runs each, medians:`);
for (const [name, r] of results) {
  const ms = median(r.ms);
  const rss = median(r.rss);
  console.log(
    `${name.padEnd(24)} ready ${ms.toFixed(0).padStart(5)} ms (×${(ms / median(first.ms)).toFixed(2)})   idle RSS ${rss.toFixed(1).padStart(6)} MB (×${(rss / median(first.rss)).toFixed(2)})`,
  );
}
