// npm run console — the staff console on its own (the bot runs elsewhere on the same database).
import { existsSync } from "node:fs";
import { Api } from "grammy";
import { ConfigError, loadConfig } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { systemClock } from "../domain/clock.ts";
import { PersonalDataCipher } from "../domain/personal-data.ts";
import { createTranslate } from "../i18n/translator.ts";
import { createLogger, routeProcessOutput } from "../logger.ts";
import { startHttpServer } from "../server/http.ts";
import { consoleRoute } from "./route.ts";

if (existsSync(".env")) process.loadEnvFile(".env");

let config;
try {
  config = loadConfig();
  if (!config.web) throw new ConfigError("invalid configuration: WEB_URL is missing (the console's public base URL, e.g. https://karyar.example.org)");
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`karyar: ${error.message}`);
  process.exit(1);
}

const logger = createLogger(config.logLevel, undefined, { secrets: [config.botToken, config.dataKey, config.webhook.secret] });
routeProcessOutput(logger);
try {
  const cipher = new PersonalDataCipher(config.dataKey);
  const database = await openDatabase(config.databaseUrl, cipher);
  const deps = { db: database.prisma, clock: systemClock, cipher, translate: createTranslate(), logger, permitValidityMonths: config.permitValidityMonths };
  const server = await startHttpServer({
    ...(config.http ?? { port: 8080, host: "0.0.0.0" }),
    logger,
    ready: () => database.ready(),
    // The bot's username names it in invitation links.
    web: consoleRoute({
      ...deps,
      config: { ...config, web: config.web },
      botUsername: (await new Api(config.botToken, { apiRoot: config.apiRoot }).getMe()).username,
    }),
  });
  logger.info({ port: server.port, url: `${config.web.url}/web` }, "console started");
  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
} catch (error) {
  logger.fatal({ err: error }, "could not start");
  process.exit(1);
}
