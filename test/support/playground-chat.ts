import type { Page } from "playwright-core";
import { plain } from "../../src/emulator/bot-api-state.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The playground's chat page, driven as a person does: type, press, wait for the bot's answer. */
export function playgroundChat(page: Page) {
  const lastBot = () => page.locator(".bubble.bot").last();
  const waitForBot = (text: string) => page.locator(".bubble.bot", { hasText: text }).last().waitFor({ timeout: 15_000 });
  async function type(text: string, answer: string) {
    await page.fill("#composer", text);
    await page.click("#send");
    await waitForBot(answer);
  }
  async function press(label: string, answer: string) {
    await lastBot().getByRole("button", { name: label, exact: true }).click();
    await waitForBot(answer);
  }
  /** Zahra's registration of a beekeeping business in Shiraz, from /start to the tracking code. */
  async function register(): Promise<string> {
    await type("/start", "به «کاریار» خوش آمدید");
    await page.locator(".reply-keyboard button", { hasText: "ثبت کسب‌وکار خانگی" }).click();
    await waitForBot("نام و نام خانوادگی");
    await type("زهرا احمدی", "کد ملی");
    await type("۰۴۹۹۳۷۰۸۹۹", "تاریخ تولد");
    await type("۱۳۶۹/۰۱/۰۱", "شمارهٔ تلفن همراه");
    await page.locator(".reply-keyboard button", { hasText: "ارسال شمارهٔ من" }).click();
    await waitForBot("شهرستان محل");
    await press("شیراز", "روستا یا شهر");
    await type("کوشک", "زمینهٔ فعالیت");
    await press("زنبورداری", "نام کسب‌وکار");
    await type("عسل کوهپایه", "توضیح دهید");
    await type("تولید و بسته‌بندی عسل طبیعی در خانه", "محل کار");
    await press("منزل", "چند نفر");
    await type("۳", "سرمایهٔ لازم");
    await type("۵۰۰ میلیون", "ثبت نهایی");
    await press("✅ ثبت نهایی", "کد رهگیری");
    const code = /کد رهگیری: (\d{4}-\d{4})/.exec(plain(await lastBot().innerText()))?.[1];
    if (!code) throw new Error("no tracking code in the bot's answer");
    return code;
  }
  return { lastBot, waitForBot, type, press, register };
}
