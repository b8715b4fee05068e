import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plain } from "../src/emulator/bot-api-state.ts";
import { startPlayground, type Playground } from "../src/playground/playground.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = "test-results/playground";
const available = existsSync(CHROMIUM);
if (!available) console.warn(`skipping the playground browser test: no Chromium at ${CHROMIUM} (.ci/run installs it with apt-get)`);

describe.skipIf(!available)("the playground in a real browser", () => {
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    playground = await startPlayground();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 480, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  });

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

  it("registers as an applicant, approves as the coordinator, and the applicant sees the approval", async () => {
    await page.goto(playground.url);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await page.locator('[data-persona="zahra"].active').waitFor();
    await type("/start", "به «کاریار» خوش آمدید");
    await page.locator(".reply-keyboard button", { hasText: "ثبت کسب‌وکار خانگی" }).click();
    await waitForBot("نام و نام خانوادگی");
    await type("زهرا احمدی", "کد ملی");
    await type("۰۴۹۹۳۷۰۸۹۹", "شمارهٔ تلفن همراه");
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
    expect(code).toBeDefined();
    await page.screenshot({ path: `${SCREENSHOTS}/1-applicant-registered.png` });

    await page.click('[data-persona="maryam"]');
    const notice = page.locator(".bubble.bot", { hasText: "پروندهٔ جدید" }).last();
    await notice.waitFor({ timeout: 15_000 });
    expect(plain(await notice.innerText())).toContain(code!);
    await page.screenshot({ path: `${SCREENSHOTS}/2-coordinator-notice.png` });
    await notice.getByRole("button", { name: "✅ تأیید", exact: true }).click();
    // Approving cannot be undone: one more tap, on the same message.
    await page.getByRole("button", { name: /بله، قطعی است/ }).click();
    await page
      .locator(".bubble.bot", { hasText: "تأیید شده" })
      .last()
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined);
    await page.screenshot({ path: `${SCREENSHOTS}/3-coordinator-approved.png` });

    await page.click('[data-persona="zahra"]');
    const approval = page.locator(".bubble.bot", { hasText: "تأیید شده" }).last();
    await approval.waitFor({ timeout: 15_000 });
    expect(plain(await approval.innerText())).toContain(code!);
    await page.screenshot({ path: `${SCREENSHOTS}/4-applicant-approved.png` });

    // Another applicant sends a PDF: it shows in their chat as a file, and the bot answers.
    await page.click('[data-persona="reza"]');
    await page.setInputFiles("#file", { name: "plan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 business plan") });
    await page.locator(".bubble.user a.file", { hasText: "plan.pdf" }).waitFor({ timeout: 15_000 });
    await page.locator(".bubble.bot").last().waitFor({ timeout: 15_000 });
    const href = await page.locator(".bubble.user a.file").last().getAttribute("href");
    expect(await (await fetch(`${playground.url}${href}`)).text()).toBe("%PDF-1.4 business plan");
  }, 120_000);
});
