import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plain } from "../src/emulator/bot-api-state.ts";
import { startPlayground, type Playground } from "../src/playground/playground.ts";
import { CHROMIUM, CHROMIUM_ARGS, playgroundChat } from "./support/playground-chat.ts";

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
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage({ viewport: { width: 480, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  });

  const chat = () => playgroundChat(page);

  it("registers as an applicant, approves as the coordinator, and the applicant sees the approval", async () => {
    await page.goto(playground.url);
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await page.locator('[data-persona="zahra"].active').waitFor();
    const code = await chat().register();
    expect(code).toBeDefined();
    await page.screenshot({ path: `${SCREENSHOTS}/1-applicant-registered.png` });

    await page.click('[data-persona="maryam"]');
    const notice = page.locator(".bubble.bot", { hasText: "پروندهٔ جدید" }).last();
    await notice.waitFor({ timeout: 15_000 });
    expect(plain(await notice.innerText())).toContain(code);
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
    expect(plain(await approval.innerText())).toContain(code);
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
