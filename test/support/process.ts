import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

/** The command `npm start` runs, read from package.json so the tests start the bot as the README says. */
export function startCommand(): string[] {
  const scripts = JSON.parse(readFileSync("package.json", "utf8")).scripts as Record<string, string>;
  return scripts.start!.split(" ");
}

export interface BotProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the real bot process (no npm wrapper, so kill -9 reaches the bot itself). */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const [command, ...args] = startCommand();
  const child = spawn(command!, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until the process printed `pattern` (or fails with what it printed). */
export async function waitForOutput(proc: BotProcess, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(proc.output())) {
    if (proc.child.exitCode !== null) throw new Error(`bot exited (${proc.child.exitCode}):\n${proc.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function kill9(proc: BotProcess): Promise<void> {
  proc.child.kill("SIGKILL");
  await proc.exited;
}
