// Wiring only: configuration, logger, the app, and signals.
import { existsSync } from "node:fs";
import { startApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger, routeProcessOutput } from "./logger.ts";

if (existsSync(".env")) process.loadEnvFile(".env");

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`karyar: ${error.message}`);
  process.exit(1);
}

const logger = createLogger(config.logLevel, undefined, { secrets: [config.botToken, config.dataKey, config.webhook.secret] });
routeProcessOutput(logger);
try {
  const app = await startApp(config, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await app.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
} catch (error) {
  logger.fatal({ err: error }, "could not start");
  process.exit(1);
}
