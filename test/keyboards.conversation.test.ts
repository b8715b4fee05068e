import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assignCoordinator } from "../src/domain/coordinators.ts";
import type { Language } from "../src/domain/catalog.ts";
import { listCounties } from "../src/domain/regions.ts";
import { acceptInvitation, createFacilitatorInvitation } from "../src/domain/invitations.ts";
import { PersonalDataCipher } from "../src/domain/personal-data.ts";
import { bootstrapAdmins, ensureUser, setLanguage } from "../src/domain/users.ts";
import { buttons, plain, type BotMessage, type TestUser } from "../src/emulator/bot-api-state.ts";
import { createTranslate } from "../src/i18n/translator.ts";
import { createTestBot, deliverOutbox, TEST_DATA_KEY, TestChat, type TestBot } from "./support/bot.ts";
import { createTestDatabase, openTestDatabase, type TestDatabase } from "./support/db.ts";

// Every button the bot builds can be pressed: each path below is walked once; after each step the
// database is copied and every inline button the step showed is pressed in a world forked from
// that copy (the message brought along), in Persian and in English, with ids as long as they get
// (row ids near PostgreSQL's 32-bit limit, the longest county codes, long names). Each press must
// reach a handler that answers it — not "this button is no longer active", not an apology, not a
// call the platform refuses.

const translate = createTranslate();
const NO_LONGER_ACTIVE = new Set(["fa", "en"].map((l) => translate(l as Language, "unhandled-callback")));
const SORRY = new Set(["fa", "en"].map((l) => translate(l as Language, "error-generic")));

// Names as long as the registration allows (80, 60), in Persian.
const LONG_NAME = "زهرا سادات میرحسینی طباطبایی نیشابوری اصفهانی شیرازی کرمانی یزدی قزوینی";
const LONG_BUSINESS = "تولید و بسته‌بندی عسل طبیعی و گرده گل کوهپایه‌های زاگرس شرقی";
const APPLICANT: TestUser = { id: 2_000_000_001, first_name: "زهرای مهربان با نامی بسیار بلند برای آزمودن دکمه‌ها" };
const COORDINATOR: TestUser = { id: 2_000_000_002, first_name: "مریم کارشناس شهرستان با نامی بلند" };
const ADMIN: TestUser = { id: 2_000_000_003, first_name: "علی مدیر استان" };
const FACILITATOR: TestUser = { id: 2_000_000_004, first_name: "سارا تسهیل‌گر روستای قلات با نامی بلند" };
const PEOPLE = [APPLICANT, COORDINATOR, ADMIN, FACILITATOR];

interface World {
  database: TestDatabase;
  t: TestBot;
  chat(user: TestUser): TestChat;
}

type Step = (w: World) => Promise<unknown>;

/** Presses the button whose data passes `match` on the newest message to `user` that shows one. */
function pressData(w: World, user: TestUser, match: (data: string) => boolean): Promise<unknown> {
  for (const message of w.t.api.currentMessages(user.id).reverse()) {
    const found = buttons(message.reply_markup).find((b) => match(b.data));
    if (found) return w.chat(user).press(found.data);
  }
  const last = w.t.api
    .messagesTo(user.id)
    .slice(-3)
    .map((m) => plain(m.text))
    .join(" / ");
  throw new Error(`no button for user ${user.id} matches ${String(match)}; the last messages: ${last}`);
}
const send =
  (user: TestUser, text: string): Step =>
  (w) =>
    w.chat(user).send(text);
const press =
  (user: TestUser, match: (data: string) => boolean): Step =>
  (w) =>
    pressData(w, user, match);
const deliver: Step = (w) => deliverOutbox(w.t, w.database);
/** The first button on the newest message to `user` that shows one (a list's first entry). */
const pressFirst =
  (user: TestUser): Step =>
  (w) =>
    pressData(w, user, () => true);
/** Joins the fund whose link the facilitator was just given. */
const joinFund =
  (user: TestUser): Step =>
  (w) => {
    const link = /start=(fund_[\w-]+)/.exec(plain(w.t.api.messagesTo(FACILITATOR.id).at(-1)!.text))![1]!;
    return w.chat(user).send(`/start ${link}`);
  };
/** Opens the newest case from the coordinator's queue (the loan, filed after the registration). */
const openNewestCase: Step = async (w) => {
  await w.chat(COORDINATOR).send("/queue");
  const opens = buttons(w.t.api.currentMessages(COORDINATOR.id).at(-1)!.reply_markup).filter((b) => b.data.startsWith("case:open:"));
  const newest = opens.sort((a, b) => Number(b.data.split(":")[2]) - Number(a.data.split(":")[2]))[0]!;
  return w.chat(COORDINATOR).press(newest.data);
};

/** Long row ids: every table's next id near PostgreSQL's 32-bit integer limit. */
async function longIds(database: TestDatabase): Promise<void> {
  for (const table of ["User", "Business", "Application", "ApplicationEvent", "Broadcast", "Outbox", "Invitation", "DocumentRequest", "ApplicationDocument"]) {
    await database.prisma.$executeRawUnsafe(`DELETE FROM sqlite_sequence WHERE name = '${table}'`);
    await database.prisma.$executeRawUnsafe(`INSERT INTO sqlite_sequence (name, seq) VALUES ('${table}', 2147000000)`);
  }
}

const registration = (user: TestUser): Step[] => [
  send(user, "/start"),
  send(user, "/register"),
  send(user, LONG_NAME),
  send(user, "۰۴۹۹۳۷۰۸۹۹"),
  send(user, "۱۳۶۹/۰۱/۰۱"),
  send(user, "09123456789"),
  press(user, (d) => d.startsWith("reg:page:")),
  send(user, "شیراز"),
  send(user, "کوشک"),
  press(user, (d) => d === "reg:cat:beekeeping"),
  send(user, LONG_BUSINESS),
  send(user, "تولید و بسته‌بندی عسل طبیعی در خانه"),
  press(user, (d) => d === "reg:wp:home"),
  send(user, "۳"),
  // Far below any capital: "did you mean …?" first.
  send(user, "۵۰۰"),
  press(user, (d) => d === "am:take:0"),
  press(user, (d) => d === "reg:submit"),
];

const PATHS: { name: string; steps: Step[] }[] = [
  {
    name: "an applicant registers, applies, uploads and looks around",
    steps: [
      ...registration(APPLICANT),
      send(APPLICANT, "/myapps"),
      press(APPLICANT, (d) => d.startsWith("app:")),
      send(APPLICANT, "/programs"),
      press(APPLICANT, (d) => d === "prog:open:community-fund"),
      press(APPLICANT, (d) => d.startsWith("prog:apply:")),
      send(APPLICANT, "۳۰ میلیون"),
      send(APPLICANT, "خرید دار قالی و پشم رنگ‌شده"),
      send(APPLICANT, "۱۲"),
      press(APPLICANT, (d) => d === "ap:submit"),
      press(APPLICANT, (d) => d.startsWith("doc:")),
      (w) => w.chat(APPLICANT).document(),
      send(APPLICANT, "/fit"),
      send(APPLICANT, "/settings"),
      send(APPLICANT, "/language"),
      send(APPLICANT, "/deleteme"),
    ],
  },
  {
    name: "a coordinator takes a case from the notice to a decision",
    steps: [
      ...registration(APPLICANT),
      deliver,
      send(COORDINATOR, "/queue"),
      press(COORDINATOR, (d) => d.startsWith("q:")),
      press(COORDINATOR, (d) => d.startsWith("case:open:")),
      // Linked to the county's hub: the page then offers to end the link.
      press(COORDINATOR, (d) => d.startsWith("case:hub:link:")),
      press(COORDINATOR, (d) => d.startsWith("case:docs:")),
      press(COORDINATOR, (d) => d.startsWith("pick:t:")),
      press(COORDINATOR, (d) => d === "pick:done"),
      press(COORDINATOR, (d) => d === "pick:skip"),
      deliver,
      press(APPLICANT, (d) => d.startsWith("doc:")),
      (w) => w.chat(APPLICANT).photo(),
      deliver,
      press(COORDINATOR, (d) => d.startsWith("case:open:")),
      press(COORDINATOR, (d) => d.startsWith("case:to:approved:")),
      press(COORDINATOR, (d) => d.startsWith("case:sure:approved:")),
      send(COORDINATOR, "/stats"),
    ],
  },
  {
    name: "a coordinator carries a loan through the bank, and an admin reads the report",
    steps: [
      ...registration(APPLICANT),
      send(APPLICANT, "/programs"),
      press(APPLICANT, (d) => d === "prog:open:community-fund"),
      press(APPLICANT, (d) => d.startsWith("prog:apply:")),
      send(APPLICANT, "۳۰ میلیون"),
      send(APPLICANT, "خرید کندو و ابزار زنبورداری"),
      send(APPLICANT, "۱۲"),
      press(APPLICANT, (d) => d === "ap:submit"),
      deliver,
      press(COORDINATOR, (d) => d.startsWith("case:to:approved:")),
      press(COORDINATOR, (d) => d.startsWith("case:sure:approved:")),
      press(COORDINATOR, (d) => d.startsWith("case:refer:")),
      press(COORDINATOR, (d) => d === "pick:t:keshavarzi"),
      send(COORDINATOR, "شعبهٔ مرکزی شیراز"),
      press(COORDINATOR, (d) => d === "day:today"),
      press(COORDINATOR, (d) => d === "pick:t:yes"),
      deliver,
      openNewestCase,
      press(COORDINATOR, (d) => d.startsWith("case:to:bank_approved:")),
      press(COORDINATOR, (d) => d.startsWith("case:sure:bank_approved:")),
      press(COORDINATOR, (d) => d.startsWith("case:pay:")),
      send(COORDINATOR, "۳۰ میلیون"),
      press(COORDINATOR, (d) => d === "day:today"),
      press(COORDINATOR, (d) => d === "pick:t:yes"),
      deliver,
      send(ADMIN, "/report"),
      press(ADMIN, (d) => d.startsWith("rep:")),
    ],
  },
  {
    name: "a facilitator keeps a village fund's book and registers a person",
    steps: [
      send(FACILITATOR, "/funds"),
      press(FACILITATOR, (d) => d === "fund:new"),
      pressFirst(FACILITATOR),
      send(FACILITATOR, "صندوق قرض‌الحسنهٔ زنان روستای قلات"),
      joinFund(APPLICANT),
      send(FACILITATOR, "/funds"),
      press(FACILITATOR, (d) => d.startsWith("fund:open:")),
      press(FACILITATOR, (d) => d.startsWith("fund:contribution:")),
      pressFirst(FACILITATOR),
      send(FACILITATOR, "۲ میلیون"),
      press(FACILITATOR, (d) => d.startsWith("fund:loan:")),
      pressFirst(FACILITATOR),
      send(FACILITATOR, "۱ میلیون"),
      send(FACILITATOR, "۲"),
      send(FACILITATOR, "خرید دو کندو"),
      send(APPLICANT, "/funds"),
      send(FACILITATOR, "/registerfor"),
    ],
  },
  {
    name: "a coordinator rejects a case",
    steps: [
      ...registration(APPLICANT),
      deliver,
      press(COORDINATOR, (d) => d.startsWith("case:reject:")),
      send(COORDINATOR, "محل کار مناسب کسب‌وکار خانگی نیست"),
    ],
  },
  {
    name: "an admin invites, manages coordinators and broadcasts to a filtered audience",
    steps: [
      send(ADMIN, "/invite"),
      press(ADMIN, (d) => d.startsWith("pick:t:")),
      press(ADMIN, (d) => d === "pick:done"),
      send(ADMIN, "/coordinators"),
      press(ADMIN, (d) => d.startsWith("co:edit:")),
      press(ADMIN, (d) => d === "pick:done"),
      send(ADMIN, "/broadcast"),
      send(ADMIN, "اطلاعیه: مهلت ثبت‌نام وام‌های اشتغال روستایی تمدید شد"),
      press(ADMIN, (d) => d === "pick:t:filter"),
      press(ADMIN, (d) => d.startsWith("pick:t:")),
      press(ADMIN, (d) => d === "pick:done"),
      press(ADMIN, (d) => d.startsWith("pick:t:")),
      press(ADMIN, (d) => d === "pick:done"),
      press(ADMIN, (d) => d === "pick:t:home_permit"),
      press(ADMIN, (d) => d === "pick:t:submitted"),
      press(ADMIN, (d) => d === "pick:t:any"),
      press(ADMIN, (d) => d === "pick:t:schedule"),
      send(ADMIN, "1499/01/01 10:00"),
      send(ADMIN, "/broadcasts"),
    ],
  },
];

/** A fresh world: the catalog and the province's counties (plus one with the longest code), the three people. */
async function newWorld(language: Language): Promise<World> {
  const database = await createTestDatabase("sqlite");
  await database.prisma.region.create({
    data: { code: "fars-kherameh-va-kavar-va-sarvestan-bala", province: "fars", nameFa: "خرامه و کوار", nameEn: "Kherameh and Kavar", sortOrder: 99 },
  });
  database.counties = await listCounties(database.prisma);
  await longIds(database);
  await bootstrapAdmins(database.prisma, "telegram", [String(ADMIN.id)]);
  await assignCoordinator(
    database.prisma,
    { platform: "telegram", platformUserId: String(COORDINATOR.id) },
    database.counties.map((c) => c.code),
  );
  const maryam = await database.prisma.user.findFirstOrThrow({ where: { platformUserId: String(COORDINATOR.id) } });
  const qalat = await database.prisma.village.findFirstOrThrow({ where: { nameEn: "Qalat" } });
  const deps = { db: database.prisma, clock: { now: () => new Date() }, cipher: new PersonalDataCipher(TEST_DATA_KEY) };
  const sara = await ensureUser(database.prisma, {
    platform: "telegram",
    platformUserId: String(FACILITATOR.id),
    chatId: String(FACILITATOR.id),
    firstName: "Sara",
  });
  await acceptInvitation(deps, sara.id, (await createFacilitatorInvitation(deps, maryam.id, [qalat.id], 72)).token);
  const t = createTestBot(database);
  const world = worldOf(database, t);
  for (const user of PEOPLE) {
    await world.chat(user).send("/start");
    const row = await database.prisma.user.findFirstOrThrow({ where: { platformUserId: String(user.id) } });
    await setLanguage(database.prisma, row.id, language);
  }
  return world;
}

function worldOf(database: TestDatabase, t: TestBot): World {
  const chats = new Map<number, TestChat>();
  return {
    database,
    t,
    chat: (user) => chats.get(user.id) ?? chats.set(user.id, new TestChat(t, user)).get(user.id)!,
  };
}

/** The world as it is now, in a copy: its database (a consistent snapshot) and nothing else. */
async function fork(w: World, message: BotMessage): Promise<World & { close(): Promise<void> }> {
  const path = join(tmpdir(), `karyar-fork-${randomUUID()}.db`);
  await w.database.prisma.$executeRawUnsafe(`VACUUM INTO '${path}'`);
  const opened = await openTestDatabase(`file:${path}`);
  const database: TestDatabase = { ...opened, url: `file:${path}`, counties: w.database.counties, drop: async () => undefined };
  const t = createTestBot(database);
  t.api.seedBotMessage(message);
  t.api.adoptFiles(w.t.api);
  return {
    ...worldOf(database, t),
    async close() {
      await opened.close();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
    },
  };
}

/** Presses `data` on `message` in a fork of `w`; returns what is wrong with the answer, if anything. */
async function pressInFork(w: World, user: TestUser, message: BotMessage, data: string): Promise<string | null> {
  const f = await fork(w, message);
  try {
    const update = f.t.api.pressButton(user, data, message.message_id);
    await f.t.bot.handleUpdate(update as never);
    const answers = f.t.api.calls.filter((c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === update.callback_query.id);
    const said = answers.map((a) => plain(String(a.payload.text ?? "")));
    const refused = f.t.api.refusals().filter((c) => !/message is not modified/.test(c.refusal!.description));
    if (answers.length === 0) return "never answered (the button keeps spinning)";
    if (said.some((s) => NO_LONGER_ACTIVE.has(s))) return "answered as no longer active";
    if (f.t.api.messagesTo(user.id).some((m) => SORRY.has(plain(m.text)))) return "answered with an apology (a bug)";
    if (refused.length > 0) return `the platform refused ${refused.map((c) => `${c.method}: ${c.refusal!.description}`).join("; ")}`;
    return null;
  } finally {
    await f.close();
  }
}

describe("every button the bot builds can be pressed", () => {
  for (const language of ["fa", "en"] as const) {
    for (const path of PATHS) {
      it(`${path.name} (${language})`, async () => {
        const w = await newWorld(language);
        const problems: string[] = [];
        let pressed = 0;
        try {
          for (const [i, step] of path.steps.entries()) {
            const before = w.t.api.calls.length;
            await step(w);
            // What this step showed, each message as it was left (edits replace earlier versions).
            const shown = new Map<string, { user: TestUser; message: BotMessage }>();
            for (const call of w.t.api.calls.slice(before)) {
              const user = PEOPLE.find((u) => u.id === call.message?.chat_id);
              if (user && call.message) shown.set(`${user.id}:${call.message.message_id}`, { user, message: call.message });
            }
            for (const { user, message } of shown.values()) {
              for (const button of buttons(message.reply_markup)) {
                pressed++;
                const problem = await pressInFork(w, user, message, button.data);
                if (problem) problems.push(`step ${i}, "${plain(button.text)}" (${button.data}): ${problem}`);
              }
            }
          }
        } finally {
          await w.database.drop();
        }
        expect(problems).toEqual([]);
        expect(pressed).toBeGreaterThan(10);
      }, 600_000);
    }
  }
});
