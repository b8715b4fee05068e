import type { Config } from "./config.ts";
import { createBot } from "./bot/index.ts";
import { UpdateLedger } from "./bot/middlewares/once.ts";
import { openDatabase, type Db } from "./db/client.ts";
import { createOutboxSender } from "./delivery/sender.ts";
import { systemClock } from "./domain/clock.ts";
import { PersonalDataCipher } from "./domain/personal-data.ts";
import { CatalogError } from "./domain/programs/catalog-file.ts";
import { importCatalog } from "./domain/programs/import.ts";
import { purgeSettledPayloads } from "./domain/outbox.ts";
import { importRegions, listCounties } from "./domain/regions.ts";
import { bootstrapAdmins } from "./domain/users.ts";
import { createTranslate } from "./i18n/translator.ts";
import { broadcastTick } from "./jobs/broadcasts.ts";
import { startJobs } from "./jobs/scheduler.ts";
import { digestsTick } from "./domain/reminders/digests.ts";
import { remindersTick } from "./domain/reminders/tick.ts";
import type { Logger } from "./logger.ts";
import { PLATFORMS } from "./platform.ts";
import { startIntake } from "./server/intake.ts";

export interface RunningApp {
  stop(): Promise<void>;
}

const COMMANDS = [
  { command: "start", description: "شروع / Start" },
  { command: "register", description: "ثبت کسب‌وکار خانگی / Register a business" },
  { command: "myapps", description: "درخواست‌های من / My applications" },
  { command: "track", description: "پیگیری با کد / Track by code" },
  { command: "programs", description: "وام‌ها و حمایت‌ها / Loans and support" },
  { command: "fit", description: "وام مناسب من / Loans that fit me" },
  { command: "language", description: "زبان / Language" },
  { command: "settings", description: "تنظیمات یادآوری / Reminder settings" },
  { command: "mydata", description: "اطلاعات من / My data" },
  { command: "deleteme", description: "حذف اطلاعات من / Delete my data" },
  { command: "queue", description: "پرونده‌ها (کارشناسان) / Case queue (coordinators)" },
  { command: "stats", description: "آمار / Statistics" },
  { command: "broadcast", description: "اطلاعیهٔ همگانی (مدیران) / Broadcast (admins)" },
  { command: "help", description: "راهنما / Help" },
  { command: "cancel", description: "لغو / Cancel" },
];

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

/** Opens (and migrates) the database, then takes updates (polling or webhook) and runs the sender and the jobs. */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const cipher = new PersonalDataCipher(config.dataKey);
  const database = await openDatabase(config.databaseUrl, cipher);
  logger.info({ provider: database.provider }, "database ready");
  const db = database.prisma;
  await importRegions(db, config.regionsFile);
  await bootstrapAdmins(db, config.platform, config.adminIds);
  await importCatalogAtFirstStart(db, config.programsFile, logger);

  const deps = {
    db,
    sessions: database.sessions,
    counties: await listCounties(db),
    clock: systemClock,
    cipher,
    permitValidityMonths: config.permitValidityMonths,
    logger,
    config,
  };
  const translate = createTranslate();
  let sender: ReturnType<typeof createOutboxSender> | undefined;
  const platform = PLATFORMS[config.platform];
  const ledger = new UpdateLedger(database.sessions, config.instanceId);
  const bot = createBot({
    ...deps,
    ledger,
    rateLimitPerMinute: config.rateLimitPerMinute,
    botConfig: { client: { apiRoot: config.apiRoot } },
    onOutboxChanged: () => sender?.wake(),
  });
  sender = createOutboxSender({
    ...deps,
    api: bot.api,
    translate,
    timeZone: config.timeZone,
    ratePerSecond: config.outboxRatePerSecond,
    quietHours: config.quietHours,
    defaultRetryAfterSeconds: platform.defaultRetryAfterSeconds,
    staleClaimMs: config.outboxClaimTimeoutMs,
  });
  const wakeIfQueued = (queued: number) => {
    if (queued > 0) sender?.wake();
  };

  await bot.init();
  if (platform.hasSetMyCommands) {
    await bot.api.setMyCommands(COMMANDS).catch((error) => logger.warn({ err: error }, "setMyCommands failed"));
  }
  const intake = await startIntake(bot, config, platform, logger, () => database.ready());
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
      { name: "reminders", schedule: every(config.reminderTickSeconds, 15), tick: async () => wakeIfQueued(await remindersTick(deps, config.reminders)) },
      { name: "digests", schedule: every(config.reminderTickSeconds, 45), tick: async () => wakeIfQueued(await digestsTick(deps, config.reminders)) },
      { name: "update-ledger", schedule: "0 30 3 * * *", tick: () => ledger.purge() },
      { name: "outbox-retention", schedule: "0 40 3 * * *", tick: () => purgeSettledPayloads(deps, config.outboxRetentionDays) },
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
      await jobs.stop();
      await sender?.stop();
      await database.close();
    },
  };
}
