import { plain, type BotCall, type TestUser } from "../../src/emulator/bot-api-state.ts";
import type { BotApiEmulator } from "../../src/emulator/server.ts";

/** One person talking to the real bot process through the emulator: act, then wait for the bot's answer. */
export class E2EChat {
  readonly emulator: BotApiEmulator;
  readonly user: TestUser;

  constructor(emulator: BotApiEmulator, user: TestUser) {
    this.emulator = emulator;
    this.user = user;
  }

  /** Does `deliver`, then waits for the next message to this user containing `until`. */
  async act(deliver: () => unknown, until = ""): Promise<BotCall> {
    const since = this.emulator.state.calls.length;
    deliver();
    return this.emulator.state.waitFor((c) => c.message?.chat_id === this.user.id && plain(c.message.text).includes(until), { since });
  }

  /** Sends text; resolves with the text of the bot's answer. */
  async send(text: string, until?: string): Promise<string> {
    return plain((await this.act(() => this.emulator.state.sendText(this.user, text), until)).message!.text);
  }

  /** Presses the button labelled `label` on the latest message to this user that shows it now. */
  async press(label: string, until?: string): Promise<string> {
    return plain((await this.act(() => this.emulator.state.pressButton(this.user, this.buttonData(label)), until)).message!.text);
  }

  buttonData(label: string): string {
    for (const message of this.emulator.state.currentMessages(this.user.id).reverse()) {
      const found = ((message.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data: string }[][]).flat().find((b) => plain(b.text) === label);
      if (found) return found.callback_data;
    }
    throw new Error(`no button "${label}" for user ${this.user.id}`);
  }

  /** Waits for a message to this user containing `text`, however it came (a push, an edit). */
  async waitFor(text: string): Promise<string> {
    const call = await this.emulator.state.waitFor((c) => c.message?.chat_id === this.user.id && plain(c.message.text).includes(text));
    return plain(call.message!.text);
  }

  /** A whole registration with valid answers; resolves with the summary, the final answer and the tracking code. */
  async register(answers: Partial<typeof REGISTRATION> = {}): Promise<{ summary: string; done: string; code: string }> {
    const a = { ...REGISTRATION, ...answers };
    await this.send("📝 ثبت کسب‌وکار خانگی", "نام و نام خانوادگی");
    await this.send("زهرا احمدی", "کد ملی");
    await this.send("۰۴۹۹۳۷۰۸۹۹", "شمارهٔ تلفن همراه");
    await this.act(() => this.emulator.state.sendContact(this.user, "989123456789"), "شهرستان محل");
    await this.press("شیراز", "روستا یا شهر");
    await this.send("کوشک", "زمینهٔ فعالیت");
    await this.press(a.category, "نام کسب‌وکار");
    await this.send(a.businessName, "توضیح دهید");
    await this.send(a.description, "محل کار");
    await this.press("منزل", "چند نفر");
    await this.send(a.jobs, "سرمایهٔ لازم");
    const summary = await this.send(a.capital, "ثبت نهایی");
    const done = await this.press("✅ ثبت نهایی", "کد رهگیری");
    return { summary, done, code: /کد رهگیری: (\d{4}-\d{4})/.exec(done)![1]! };
  }
}

const REGISTRATION = {
  category: "زنبورداری",
  businessName: "عسل کوهپایه",
  description: "تولید و بسته‌بندی عسل طبیعی در خانه",
  jobs: "۳",
  capital: "۵۰۰ میلیون",
};
