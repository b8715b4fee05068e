// What every entry point does first and last: the .env file, the configuration, the logger, the signals.
import { existsSync } from "node:fs";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { createLogger, routeProcessOutput, type Logger } from "./logger.ts";

/**
 * Reads .env and the configuration (`check` may refuse it, or narrow it, with a ConfigError):
 * a configuration problem is printed and the process exits 1. Then the logger, which hides
 * the secrets and takes over the process's own output.
 */
export function startProcess<C extends Config = Config>(check: (config: Config) => C = (config) => config as C): { config: C; logger: Logger } {
  if (existsSync(".env")) process.loadEnvFile(".env");
  let config: C;
  try {
    config = check(loadConfig());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`karyar: ${error.message}`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel, undefined, { secrets: [config.botToken, config.dataKey, config.webhook.secret] });
  routeProcessOutput(logger);
  return { config, logger };
}

/**
 * Starts the service; the stop it returns runs once on SIGINT or SIGTERM, then the process
 * exits 0. A failure to start is logged as fatal and the process exits 1.
 */
export async function runUntilSignal(logger: Logger, start: () => Promise<() => Promise<void>>): Promise<void> {
  try {
    const stop = await start();
    let stopping = false;
    const shutdown = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "stopping");
      await stop();
      process.exit(0);
    };
    process.once("SIGINT", () => void shutdown("SIGINT"));
    process.once("SIGTERM", () => void shutdown("SIGTERM"));
  } catch (error) {
    logger.fatal({ err: error }, "could not start");
    process.exit(1);
  }
}
