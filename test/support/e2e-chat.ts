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
  async act(deliver: () => unknown, until = "", timeoutMs = 30_000): Promise<BotCall> {
    const since = this.emulator.state.calls.length;
    deliver();
    try {
      return await this.emulator.state.waitFor((c) => c.message?.chat_id === this.user.id && plain(c.message.text).includes(until), { since, timeoutMs });
    } catch (error) {
      // Say what the person saw instead: a failure names the screen it stopped at.
      const seen = this.emulator.state
        .messagesTo(this.user.id)
        .slice(-3)
        .map((m) => plain(m.text));
      throw new Error(`${(error as Error).message}; waited for "${until}" to user ${this.user.id}, who last saw: ${JSON.stringify(seen)}`, { cause: error });
    }
  }

  /** Sends text; resolves with the text of the bot's answer. */
  async send(text: string, until?: string, timeoutMs?: number): Promise<string> {
    return plain((await this.act(() => this.emulator.state.sendText(this.user, text), until, timeoutMs)).message!.text);
  }

  /** Presses the button labelled `label` on the latest message to this user that shows it now. */
  async press(label: string, until?: string): Promise<string> {
    return plain((await this.act(() => this.emulator.state.pressButton(this.user, this.buttonData(label)), until)).message!.text);
  }

  /**
   * Presses `label`, then waits until a button labelled `next` shows in this chat (a new message
   * or an edit), whatever else reaches the chat meanwhile (a notice from the outbox).
   */
  async pressFor(label: string, next: string, timeoutMs = 30_000): Promise<void> {
    const since = this.emulator.state.calls.length;
    this.emulator.state.pressButton(this.user, this.buttonData(label));
    await this.emulator.state.waitFor(() => this.findButton(next) !== undefined, { since, timeoutMs });
  }

  buttonData(label: string): string {
    const found = this.findButton(label);
    if (found === undefined) throw new Error(`no button "${label}" for user ${this.user.id}`);
    return found;
  }

  /** The data of the newest button labelled `label` in this chat now. */
  findButton(label: string): string | undefined {
    for (const message of this.emulator.state.currentMessages(this.user.id).reverse()) {
      const found = ((message.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data: string }[][]).flat().find((b) => plain(b.text) === label);
      if (found) return found.callback_data;
    }
    return undefined;
  }

  /** Waits for a message to this user containing `text`, however it came (a push, an edit). */
  async waitFor(text: string): Promise<string> {
    const call = await this.emulator.state.waitFor((c) => c.message?.chat_id === this.user.id && plain(c.message.text).includes(text));
    return plain(call.message!.text);
  }

  /** A whole registration with valid answers, one step per update: what to deliver, and what the answer to it contains. */
  registrationSteps(answers: Partial<typeof REGISTRATION> = {}): { deliver: () => unknown; until: string }[] {
    const a = { ...REGISTRATION, ...answers };
    const text = (body: string, until: string) => ({ deliver: () => this.emulator.state.sendText(this.user, body), until });
    const press = (label: string, until: string) => ({ deliver: () => this.emulator.state.pressButton(this.user, this.buttonData(label)), until });
    return [
      text("📝 ثبت کسب‌وکار خانگی", "نام و نام خانوادگی"),
      text(a.fullName, "کد ملی"),
      text(a.nationalId, "تاریخ تولد"),
      text(a.birthDate, "شمارهٔ تلفن همراه"),
      { deliver: () => this.emulator.state.sendContact(this.user, a.phone), until: "شهرستان محل" },
      press("شیراز", "روستا یا شهر"),
      text("کوشک", "زمینهٔ فعالیت"),
      press(a.category, "نام کسب‌وکار"),
      text(a.businessName, "توضیح دهید"),
      text(a.description, "محل کار"),
      press("منزل", "چند نفر"),
      text(a.jobs, "سرمایهٔ لازم"),
      text(a.capital, "ثبت نهایی"),
      press("✅ ثبت نهایی", "کد رهگیری"),
    ];
  }

  /** A whole registration with valid answers; resolves with the summary, the final answer and the tracking code. */
  async register(answers: Partial<typeof REGISTRATION> = {}): Promise<{ summary: string; done: string; code: string }> {
    const replies: string[] = [];
    for (const step of this.registrationSteps(answers)) replies.push(plain((await this.act(step.deliver, step.until)).message!.text));
    const [summary, done] = replies.slice(-2) as [string, string];
    return { summary, done, code: /کد رهگیری: (\d{4}-\d{4})/.exec(done)![1]! };
  }
}

const REGISTRATION = {
  fullName: "زهرا احمدی",
  nationalId: "۰۴۹۹۳۷۰۸۹۹",
  birthDate: "۱۳۶۹/۰۱/۰۱",
  /** Shared as a contact, as the platform sends it. */
  phone: "989123456789",
  category: "زنبورداری",
  businessName: "عسل کوهپایه",
  description: "تولید و بسته‌بندی عسل طبیعی در خانه",
  jobs: "۳",
  capital: "۵۰۰ میلیون",
};
