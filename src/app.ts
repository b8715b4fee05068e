import type { Config } from "./config.ts";
import { setCommandMenus } from "./bot/command-menus.ts";
import { createBot } from "./bot/index.ts";
import { openDatabase, type Db } from "./db/client.ts";
import { createOutboxSender } from "./delivery/sender.ts";
import { systemClock } from "./domain/clock.ts";
import { PersonalDataCipher } from "./domain/personal-data.ts";
import { CatalogError } from "./domain/programs/catalog-file.ts";
import { importCatalog } from "./domain/programs/import.ts";
import { HubFileError } from "./domain/hubs/hub-file.ts";
import { importHubs } from "./domain/hubs/import.ts";
import { purgeSettledPayloads } from "./domain/outbox.ts";
import { importRegions, listCounties } from "./domain/regions.ts";
import { readThresholds } from "./domain/funds/thresholds.ts";
import { bootstrapAdmins } from "./domain/users.ts";
import { createTranslate } from "./i18n/translator.ts";
import { broadcastTick } from "./jobs/broadcasts.ts";
import { startJobs } from "./jobs/scheduler.ts";
import { digestsTick } from "./domain/reminders/digests.ts";
import { remindersTick } from "./domain/reminders/tick.ts";
import { DAY_MS } from "./domain/local-time.ts";
import type { Logger } from "./logger.ts";
import { PLATFORMS } from "./platform.ts";
import { createDispatcher } from "./server/dispatcher.ts";
import { journaledFetch } from "./server/effects-journal.ts";
import { createInbox } from "./server/inbox.ts";
import { startIntake } from "./server/intake.ts";
import { consoleRoute } from "./web/route.ts";
import { purgeWebSessions } from "./domain/web-sessions.ts";

/** Handled updates are kept (without their content) this long, so a redelivery is recognised. */
const INBOX_KEEP_DAYS = 3;

export interface RunningApp {
  stop(): Promise<void>;
}

/** An empty catalog is filled from the file; later changes go through `npm run programs:import`. */
async function importCatalogAtFirstStart(db: Db, file: string, logger: Logger): Promise<void> {
  if ((await db.program.count()) > 0) return;
  try {
    logger.info({ programs: await importCatalog(db, file) }, "program catalog imported");
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    logger.error({ problems: error.problems }, "the program catalog file has problems; no programs are offered");
  }
}

/** The hubs file is loaded at every start; a malformed one is refused as a whole (every problem logged) and the hubs in force stay. */
async function importHubsAtStart(db: Db, file: string, logger: Logger): Promise<void> {
  try {
    logger.info({ hubs: await importHubs(db, file) }, "conversion-industry hubs imported");
  } catch (error) {
    if (!(error instanceof HubFileError)) throw error;
    logger.error({ problems: error.problems }, "the hubs file has problems; the hubs in force stay");
  }
}

/** Opens (and migrates) the database, then takes updates (polling or webhook) and runs the sender and the jobs. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const cipher = new PersonalDataCipher(config.dataKey);
  const database = await openDatabase(config.databaseUrl, cipher);
  logger.info({ provider: database.provider }, "database ready");
  const db = database.prisma;
  await importRegions(db, config.regionsFile);
  await bootstrapAdmins(db, config.platform, config.adminIds);
  await importCatalogAtFirstStart(db, config.programsFile, logger);
  await importHubsAtStart(db, config.hubsFile, logger);

  const translate = createTranslate();
  const deps = {
    db,
    translate,
    chatStates: database.chatStates,
    conversationTtlDays: config.conversationTtlDays,
    counties: await listCounties(db),
    clock: systemClock,
    cipher,
    permitValidityMonths: config.permitValidityMonths,
    timeZone: config.timeZone,
    bankPaymentDays: config.reminders.bankPaymentDays,
    // A malformed file stops the start, naming its problems (like the regions file).
    fundThresholds: readThresholds(config.fundThresholdsFile),
    logger,
    config,
  };
  let sender: ReturnType<typeof createOutboxSender> | undefined;
  const platform = PLATFORMS[config.platform];
  const bot = createBot({
    ...deps,
    rateLimitPerMinute: config.rateLimitPerMinute,
    // Every call made while an update is handled is journaled, so handling it again never repeats one.
    botConfig: { client: { apiRoot: config.apiRoot, fetch: journaledFetch() as never } },
    onOutboxChanged: () => sender?.wake(),
  });
  sender = createOutboxSender({
    ...deps,
    api: bot.api,
    translate,
    timeZone: config.timeZone,
    ratePerSecond: config.outboxRatePerSecond,
    quietHours: config.quietHours,
    platform,
    staleClaimMs: config.outboxClaimTimeoutMs,
    holder: config.instanceId,
  });
  const wakeIfQueued = (queued: number) => {
    if (queued > 0) sender?.wake();
  };

  await bot.init();
  if (platform.hasSetMyCommands) {
    await setCommandMenus(bot.api, db, translate).catch((error) => logger.warn({ err: error }, "setMyCommands failed"));
  }
  const dispatcher = createDispatcher({ bot, store: database.inbox, cipher: deps.cipher, logger, holder: config.instanceId, platform });
  const inbox = createInbox({ store: database.inbox, cipher: deps.cipher, botToken: config.botToken, stored: () => dispatcher.wake() });
  await dispatcher.start();
  // The staff console, on the same HTTP server (documents fetched with a plain client: they are not part of an update).
  const web = config.web
    ? consoleRoute({
        ...deps,
        config: { ...config, web: config.web },
        botUsername: bot.botInfo.username,
        onOutboxChanged: () => sender?.wake(),
      })
    : undefined;
  const intake = await startIntake(bot, inbox, config, platform, logger, () => database.ready(), web);
  sender.start();
  const every = (seconds: number, at: number) => `${seconds === 60 ? at : `*/${seconds}`} * * * * *`;
  const jobs = startJobs(
    [
      {
        name: "broadcasts",
        schedule: "*/2 * * * * *",
        tick: () =>
          broadcastTick({
            ...deps,
            api: bot.api,
            translate,
            timeZone: config.timeZone,
            ratePerSecond: config.outboxRatePerSecond,
            wake: () => sender?.wake(),
          }),
      },
      {
        name: "reminders",
        schedule: every(config.reminderTickSeconds, 15),
        tick: async (fence) => wakeIfQueued(await remindersTick(deps, config.reminders, fence)),
      },
      {
        name: "digests",
        schedule: every(config.reminderTickSeconds, 45),
        tick: async (fence) => wakeIfQueued(await digestsTick(deps, config.reminders, fence)),
      },
      { name: "inbox", schedule: "0 30 3 * * *", tick: () => database.inbox.purge(new Date(Date.now() - INBOX_KEEP_DAYS * DAY_MS)) },
      { name: "chat-states", schedule: "0 40 * * * *", tick: () => database.chatStates.purgeExpired(new Date()) },
      { name: "outbox-retention", schedule: "0 40 3 * * *", tick: () => purgeSettledPayloads(deps, config.outboxRetentionDays) },
      { name: "web-sessions", schedule: "0 50 3 * * *", tick: () => purgeWebSessions(deps) },
    ],
    { db, clock: systemClock, logger, timeZone: config.timeZone, holder: config.instanceId },
  );
  logger.info(
    { username: bot.botInfo.username, platform: config.platform, mode: config.mode, port: intake.port },
    `bot started (${config.mode === "polling" ? "long polling" : "webhook"})`,
  );

  return {
    async stop() {
      await intake.stop();
      await dispatcher.stop();
      await jobs.stop();
      await sender?.stop();
      await database.close();
    },
  };
}
