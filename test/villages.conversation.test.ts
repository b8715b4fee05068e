import { beforeEach, describe, expect, it } from "vitest";
import { buttons, plain } from "../src/emulator/bot-api-state.ts";
import type { TestChat } from "./support/bot.ts";
import { useTestBot } from "./support/conversation.ts";
import { PROVIDERS, type TestDatabase } from "./support/db.ts";
import { answerIndex, pressLabel, registrationAnswers } from "./support/registration.ts";

const ZAHRA = { id: 1001, first_name: "Zahra" };
const ASK_VILLAGE_LIST = "روستا یا شهر را از فهرست انتخاب کنید";

describe.each(PROVIDERS)("villages in registration on $provider", ({ provider, skip }) => {
  const world = useTestBot(provider, skip, ZAHRA);
  let database: TestDatabase;
  let chat: TestChat;
  beforeEach(() => void ({ database, chat } = world));

  /** Answers up to the village question (Shiraz, whose list has Qalat, Guyom and Kaftarak). */
  async function upToVillage(county = "شیراز") {
    for (const answer of registrationAnswers().slice(0, answerIndex("regionId"))) await answer(chat);
    await chat.send(county);
    expect(chat.lastText()).toContain(ASK_VILLAGE_LIST);
  }

  async function submitRest() {
    for (const answer of registrationAnswers().slice(answerIndex("category"))) await answer(chat);
    await chat.press("reg:submit");
    return database.prisma.business.findFirstOrThrow({ include: { villageRef: true } });
  }

  it.skipIf(skip)("offers the county's villages as buttons and records the one chosen", async () => {
    await upToVillage();
    expect(buttons(chat.lastMarkup()).map((b) => plain(b.text))).toEqual(["قلات", "گویم", "کفترک"]);
    await pressLabel(chat, "گویم");
    const business = await submitRest();
    expect(business).toMatchObject({ village: "گویم", villageRef: { nameEn: "Guyom" } });
  });

  it.skipIf(skip)("matches a typed name forgivingly: Arabic letters, spaces and half-spaces", async () => {
    await upToVillage("پاسارگاد");
    await chat.send("روستای مادر سليمان"); // Arabic ye, a space, the word "village"
    const business = await submitRest();
    expect(business).toMatchObject({ village: "مادرسلیمان", villageRef: { nameEn: "Madar-e Soleyman" } });
  });

  it.skipIf(skip)("accepts a village that is not on the list, as typed", async () => {
    await upToVillage();
    await chat.send("۱");
    expect(chat.texts().at(-2)).toContain("دست‌کم دو حرف");
    await chat.send("كوشك"); // Arabic kaf: stored in Persian letters
    const business = await submitRest();
    expect(business).toMatchObject({ village: "کوشک", villageId: null });
  });

  it.skipIf(skip)("a button of another county's village is no longer active", async () => {
    await upToVillage();
    const marvdasht = await database.prisma.village.findFirstOrThrow({ where: { nameEn: "Kenareh" } });
    await chat.press(`reg:village:${marvdasht.id}`);
    expect(chat.t.api.calls.at(-1)).toMatchObject({ method: "answerCallbackQuery", payload: { text: "این دکمه دیگر فعال نیست." } });
  });
});
