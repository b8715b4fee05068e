// npm run console — the staff console on its own (the bot runs elsewhere on the same database).
import { Api } from "grammy";
import { ConfigError } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { systemClock } from "../domain/clock.ts";
import { PersonalDataCipher } from "../domain/personal-data.ts";
import { createTranslate } from "../i18n/translator.ts";
import { runUntilSignal, startProcess } from "../process-start.ts";
import { startHttpServer } from "../server/http.ts";
import { consoleRoute } from "./route.ts";

const { config, logger } = startProcess((config) => {
  if (!config.web) throw new ConfigError("invalid configuration: WEB_URL is missing (the console's public base URL, e.g. https://karyar.example.org)");
  return { ...config, web: config.web };
});

await runUntilSignal(logger, async () => {
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
      config,
      botUsername: (await new Api(config.botToken, { apiRoot: config.apiRoot }).getMe()).username,
    }),
  });
  logger.info({ port: server.port, url: `${config.web.url}/web` }, "console started");
  return async () => {
    await server.close();
    await database.close();
  };
});
