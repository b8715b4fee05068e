import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plain } from "../src/emulator/bot-api-state.ts";
import { startPlayground, type Playground } from "../src/playground/playground.ts";
import { CHROMIUM, CHROMIUM_ARGS, playgroundChat } from "./support/playground-chat.ts";
import { until } from "./support/wait.ts";
import { readWorkbook } from "./support/xlsx.ts";

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
    await chat.type("/web", "/web/sign-in/");
    const link = /(http:\/\/127\.0\.0\.1:\d+\/web\/sign-in\/[\w-]+)/.exec(
      plain(await chatPage.locator(".bubble.bot", { hasText: "/web/sign-in/" }).last().innerText()),
    )?.[1];
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
        // The file is recorded first, then the case goes back to review: wait for both.
        return (await web.locator("figure.document iframe").count()) === 1 && (await web.locator(".summary .status-under_review").count()) === 1;
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
    // Approving asks for one more tick. Headless Chromium sometimes drops input while the PDF viewer starts
    // in the frame (no request is made at all): try again then. A second press that did reach the server
    // would be refused as stale.
    await until(
      async () => {
        if (/done=approved/.test(web.url())) return true;
        const sure = web.getByLabel(/بله، قطعی است/);
        if (!(await sure.isChecked())) await sure.click();
        if (!(await sure.isChecked())) return false;
        await web.getByRole("button", { name: "✅ تأیید" }).click();
        return web.waitForURL(/done=approved/, { timeout: 3_000 }).then(
          () => true,
          () => false,
        );
      },
      20_000,
      "the approval",
    );
    await web.locator(".notice.ok", { hasText: "تأیید شده" }).waitFor();
    await shot("5-approved");

    // The printable case file, laid out on A4.
    const [print] = await Promise.all([web.context().waitForEvent("page"), web.getByRole("link", { name: /پروندهٔ چاپی/ }).click()]);
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
    // And the working group's report, as .xlsx.
    const [xlsx] = await Promise.all([web.waitForEvent("download"), web.getByRole("link", { name: /امسال.*xlsx/ }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^karyar-report-\d{4}\.xlsx$/);
    await xlsx.saveAs(`${SCREENSHOTS}/${xlsx.suggestedFilename()}`);
    const sheets = await readWorkbook(readFileSync(`${SCREENSHOTS}/${xlsx.suggestedFilename()}`));
    expect(sheets.map((x) => [x.name, x.rtl])[1]).toEqual(["شهرستان‌ها", true]);
    await web.locator(".chart", { hasText: "بر پایهٔ وضعیت" }).getByRole("link").first().click();
    await web.locator(`tr[data-case="${code.replace("-", "")}"]`).waitFor();

    // The applicant was told, in the bot.
    await chatPage.click('[data-persona="zahra"]');
    await chat.waitForBot("تأیید شده");
  }, 180_000);

  it("shows an admin the coordinators, announcements and programs pages, in English too", async () => {
    const chat = playgroundChat(chatPage);
    await chatPage.click('[data-persona="ali"]');
    await chat.type("/web", "/web/sign-in/");
    const link = /(http:\/\/127\.0\.0\.1:\d+\/web\/sign-in\/[\w-]+)/.exec(
      plain(await chatPage.locator(".bubble.bot", { hasText: "/web/sign-in/" }).last().innerText()),
    )?.[1];
    const admin = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await admin.goto(link!);
    await admin.getByRole("button", { name: "ورود به میز کار" }).click();
    await admin.getByRole("link", { name: "English" }).click();
    expect(await admin.locator("html").getAttribute("dir")).toBe("ltr");
    await admin.getByRole("heading", { name: "Cases" }).waitFor();
    await admin.getByRole("link", { name: "Coordinators" }).click();
    await admin.locator("[data-coordinator]").first().waitFor();
    await admin.screenshot({ path: `${SCREENSHOTS}/7-admin-coordinators.png`, fullPage: true });
    await admin.getByRole("link", { name: "Announcements" }).click();
    await admin.getByLabel("The message").fill("Beekeeping workshop on Saturday");
    await admin.getByRole("button", { name: "Count the audience" }).click();
    await admin.locator("[data-audience]").waitFor();
    await admin.screenshot({ path: `${SCREENSHOTS}/8-admin-announcement.png`, fullPage: true });
    await admin.getByRole("link", { name: "Programs" }).click();
    await admin.locator("[data-program]").first().waitFor();
    await admin.screenshot({ path: `${SCREENSHOTS}/9-admin-programs.png`, fullPage: true });
    await admin.close();
  }, 60_000);
});
