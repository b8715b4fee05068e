import { BOT_USER, type BotApiState, type TestUser } from "../../src/emulator/bot-api-state.ts";

/** A small seeded PRNG (mulberry32): a failing run can be replayed from its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
export type Random = ReturnType<typeof prng>;

/** What a copy from another app, or from the bot's own message, may carry: invisible, direction and control characters. */
export const INVISIBLE = [
  ...["\u2066", "\u2067", "\u2068", "\u2069"],
  ...["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"],
  ...["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"],
  ...["\u0000", "\u0001", "\u0007", "\u0008", "\u001b", "\u007f", "\u0080", "\u009b", "\u009f"],
];

/** The text with a few of those marks put at random places. */
export function sprinkle(r: Random, text: string): string {
  const chars = [...text];
  for (let k = 1 + r.int(6); k > 0; k--) chars.splice(r.int(chars.length + 1), 0, r.pick(INVISIBLE));
  return chars.join("");
}

const ALPHABETS = [
  "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئءآأإؤة",
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
  "۰۱۲۳۴۵۶۷۸۹",
  "٠١٢٣٤٥٦٧٨٩",
  "0123456789",
  "０１２３４５６７８９",
  "\u200b\u200c\u200d\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",
  " \n\t.,;:!?-_/\\'\"()[]{}<>@#%&*+=~`|",
  "漢字かなカナ한국어Ελληνικάкириллица",
];
const EMOJI = ["😀", "🐝", "👨‍👩‍👧", "🇮🇷", "❤️", "🏳️‍🌈", "🔥", "✅"];
const WORDS = [
  "/start",
  "/cancel",
  "/register",
  "/help",
  "/track",
  "/queue",
  "/stats",
  "/broadcast",
  "/settings",
  "/mydata",
  "/deleteme",
  "/fit",
  "/programs",
  "/myapps",
  "/unknown",
  "/start inv_forged",
  "زهرا احمدی",
  "۰۴۹۹۳۷۰۸۹۹",
  "0499370899",
  "۱۳۶۹/۰۱/۰۱",
  "1369-1-1",
  "09123456789",
  "۵۰۰ میلیون",
  "۳",
  "کوشک",
  "1234-5678",
  "۱۲۳۴۵۶۷۸",
  "بله",
  "NaN",
  "-1",
  "1e309",
  "null",
  "<b>x</b>",
  "{{$x}}",
];

/** Text of any length and script: digits of every kind, zero-width and direction marks, emoji. */
export function randomText(r: Random): string {
  const shape = r.int(10);
  if (shape < 3) return r.pick(WORDS);
  if (shape === 3) return r.pick(WORDS) + r.pick(ALPHABETS[6]!.split(""));
  const length = shape === 4 ? 4000 + r.int(6001) : shape === 5 ? 0 : 1 + r.int(60);
  const chars: string[] = [];
  while (chars.length < length) chars.push(r.next() < 0.1 ? r.pick(EMOJI) : r.pick([...r.pick(ALPHABETS)]));
  return chars.join("");
}

const FORGED_DATA = [
  "case:to:approved:999999:0",
  "case:open:-1",
  "case:assign:1:99",
  "doc:12345678:national-card",
  "doc:x:y",
  "erase:yes:1",
  "erase:yes:999999",
  "set:reminders:maybe",
  "set:broadcasts:off",
  "lang:de",
  "q:all:all:99999",
  "resume:registration",
  "reg:submit",
  "",
  ":",
  "x".repeat(64),
];

/** One random update from `user`, or about them: what a hostile or confused world sends. */
export function randomUpdate(r: Random, api: BotApiState, user: TestUser, lastButtons: string[]): Record<string, any> {
  const from = { ...user, is_bot: false };
  const date = Math.floor(Date.now() / 1000);
  const privateChat = { id: user.id, type: "private", first_name: user.first_name };
  const kind = r.int(100);
  // A client lets a user who blocked the bot do nothing but unblock it first.
  if (api.isBlocked(user.id) && !(kind >= 76 && kind < 79)) return api.setBlocked(user, false) ?? api.sendSticker(user);
  if (kind < 40) return api.sendText(user, randomText(r));
  if (kind < 55 && lastButtons.length > 0) return api.pressButton(user, r.pick(lastButtons));
  if (kind < 62) return api.pressButtonMidStory(user, r.next() < 0.5 ? r.pick(FORGED_DATA) : randomText(r).slice(0, 64));
  if (kind < 66) return api.sendSticker(user);
  if (kind < 70) return api.sendPhoto(user, r.int(30_000_000));
  if (kind < 73)
    return api.sendDocument(user, {
      mimeType: r.pick(["application/pdf", "application/zip", "image/jpeg", "text/plain"]),
      sizeBytes: r.int(30_000_000),
      fileName: randomText(r).slice(0, 40) || "f",
    });
  if (kind < 76) return api.sendContact(user, r.pick(["+989123456789", "989121111111", "+15550000000", "0"]), r.next() < 0.5 ? user.id : user.id + 1);
  // Bale tells the bot nothing of a block: the user then sends a sticker instead.
  if (kind < 79) return api.setBlocked(user, r.next() < 0.5) ?? api.sendSticker(user);
  if (kind < 82) return api.pushRaw({ edited_message: { message_id: 1, date, edit_date: date, chat: privateChat, from, text: randomText(r) } });
  if (kind < 86)
    return api.pushRaw({
      message: { message_id: 1, date, chat: { id: -100123, type: r.pick(["group", "supergroup"]), title: "گروه" }, from, text: randomText(r) },
    });
  if (kind < 88) return api.pushRaw({ channel_post: { message_id: 1, date, chat: { id: -100999, type: "channel", title: "کانال" }, text: randomText(r) } });
  if (kind < 91) return api.pushRaw({ message: { message_id: 1, date, chat: privateChat, from, location: { latitude: 29.6, longitude: 52.5 } } });
  if (kind < 94) return api.pushRaw({ message: { message_id: 1, date, chat: privateChat, from, voice: { file_id: "v", file_unique_id: "v", duration: 3 } } });
  if (kind < 96)
    return api.pushRaw({
      message: {
        message_id: 1,
        date,
        chat: privateChat,
        from,
        text: randomText(r),
        reply_to_message: { message_id: 2, date, chat: privateChat, from: BOT_USER },
      },
    });
  if (kind < 98)
    return api.pushRaw({
      message: { message_id: 1, date, chat: privateChat, from, text: randomText(r), forward_origin: { type: "hidden_user", sender_user_name: "x", date } },
    });
  return api.pushRaw({ message: { message_id: 1, date, chat: privateChat, from: { ...from, is_bot: true }, text: "/start" } });
}
