import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plain } from "../src/emulator/bot-api-state.ts";
import { startPlayground, type Playground } from "../src/playground/playground.ts";
import { CHROMIUM, CHROMIUM_ARGS, playgroundChat } from "./support/playground-chat.ts";
import { until } from "./support/wait.ts";

const SCREENSHOTS = "test-results/console";
const available = existsSync(CHROMIUM);
if (!available) console.warn(`skipping the console browser test: no Chromium at ${CHROMIUM} (.ci/run installs it with apt-get)`);

describe.skipIf(!available)("the staff console in a real browser", () => {
  let playground: Playground;
  let browser: Browser;
  let chatPage: Page;
  let web: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    playground = await startPlayground();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    chatPage = await browser.newPage({ viewport: { width: 480, height: 900 } });
    web = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  });

  const shot = (name: string) => web.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

  it("signs in from the bot's link, works a case from the queue to approval, and downloads the report", async () => {
    const chat = playgroundChat(chatPage);
    await chatPage.goto(playground.url);
    await chatPage.locator('[data-persona="zahra"].active').waitFor();
    const code = await chat.register();

    // The coordinator asks the bot for a sign-in link.
    await chatPage.click('[data-persona="maryam"]');
    await chat.type("/web", "میز کار کارشناسان");
    const link = /(http:\/\/127\.0\.0\.1:\d+\/web\/sign-in\/[\w-]+)/.exec(plain(await chat.lastBot().innerText()))?.[1];
    expect(link).toBeDefined();
    await web.goto(link!);
    await web.getByRole("button", { name: "ورود به میز کار" }).click();
    await web.getByRole("heading", { name: "پرونده‌ها" }).waitFor();
    expect(await web.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await web.locator("body").evaluate((body) => (globalThis as any).getComputedStyle(body).fontFamily)).toContain("Vazirmatn");
    await shot("1-queue");
    // The link worked once: opening it again does not sign anyone in.
    const second = await browser.newPage();
    await second.goto(link!);
    await second.getByRole("button", { name: "ورود به میز کار" }).click();
    expect(plain(await second.locator("main").innerText())).toContain("پیش‌تر به کار رفته");
    await second.close();

    // Filter the queue: Shiraz, new cases, then search by the tracking code.
    await web.getByLabel("شهرستان").selectOption({ label: "شیراز" });
    await web.getByLabel("وضعیت").selectOption("submitted");
    await web.getByRole("button", { name: "نمایش" }).click();
    await web.locator(`tr[data-case="${code.replace("-", "")}"]`).waitFor();
    await web.getByLabel("جست‌وجو").fill("زهرا");
    await web.getByRole("button", { name: "نمایش" }).click();
    expect(await web.locator("tbody tr").count()).toBe(1);
    await shot("2-queue-filtered");

    // Open the case and ask for a document.
    await web.getByRole("link", { name: code }).click();
    await web.locator("h1", { hasText: code }).waitFor();
    expect(plain(await web.locator("main").innerText())).toContain("0499370899");
    const request = web.locator("form.docs");
    await request.getByLabel("سند یا اجاره‌نامهٔ محل سکونت").check();
    await request.getByLabel("یادداشتی برای متقاضی").fill("سند منزل را بفرستید");
    await request.getByRole("button").click();
    await web.locator(".notice.ok").waitFor();
    await shot("3-documents-requested");

    // The applicant gets the request in the bot and sends a PDF.
    await chatPage.click('[data-persona="zahra"]');
    await chat.waitForBot("این مدارک لازم است");
    await chat.press("📎 سند یا اجاره‌نامهٔ محل سکونت", "را به صورت");
    await chatPage.setInputFiles("#file", { name: "deed.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 deed of the home") });
    await chat.waitForBot("رسید ✅");

    // The upload arrives on the case page, previewed from the Bot API by its file id.
    await until(
      async () => {
        await web.reload();
        return (await web.locator("figure.document iframe").count()) === 1;
      },
      15_000,
      "the applicant's upload on the case page",
    );
    const src = await web.locator("figure.document iframe").getAttribute("src");
    const file = await web.request.get(new URL(src!, web.url()).toString());
    expect(file.headers()["content-type"]).toBe("application/pdf");
    expect((await file.body()).toString()).toBe("%PDF-1.4 deed of the home");
    await shot("4-document-arrived");

    // Approve, as in the bot.
    await web.getByRole("button", { name: "✅ تأیید" }).click();
    await web.locator(".notice.ok", { hasText: "تأیید شده" }).waitFor();
    await shot("5-approved");

    // The printable case file, laid out on A4.
    await web.getByRole("link", { name: /پروندهٔ چاپی/ }).click();
    const print = await web.context().waitForEvent("page");
    await print.waitForLoadState();
    await print.pdf({ path: `${SCREENSHOTS}/case-file.pdf`, format: "A4" });
    await print.close();

    // The report: each figure opens its cases; the spreadsheet downloads.
    await web.getByRole("link", { name: "گزارش‌ها" }).click();
    await web.getByRole("heading", { name: "گزارش‌ها" }).waitFor();
    await shot("6-reports");
    const [download] = await Promise.all([web.waitForEvent("download"), web.getByRole("link", { name: /صفحه‌گسترده/ }).click()]);
    const saved = `${SCREENSHOTS}/${download.suggestedFilename()}`;
    await download.saveAs(saved);
    expect(readFileSync(saved, "utf8")).toContain(code);
    await web.locator(".chart", { hasText: "بر پایهٔ وضعیت" }).getByRole("link").first().click();
    await web.locator(`tr[data-case="${code.replace("-", "")}"]`).waitFor();

    // The applicant was told, in the bot.
    await chatPage.click('[data-persona="zahra"]');
    await chat.waitForBot("تأیید شده");
  }, 180_000);
});
