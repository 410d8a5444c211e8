/** The HTML reference (generated/docs/index.html) in a real browser (a Chromium found by chromiumOrSkip, driven by playwright-core). */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SCREENSHOTS, chromiumOrSkip, launchChromium, watch } from "./support/browser.js";
import { freshGeneration } from "./support/generation.js";
import { photograph, seriousViolations } from "./support/page-checks.js";
import type { Api } from "../generator/model/api.js";
import { bundledApi } from "./support/api.js";

let browser: Browser;
let docsUrl: string;
let api: Api;
const chromiumPath = chromiumOrSkip();

beforeAll(async () => {
  if (chromiumPath === undefined) return;
  browser = await launchChromium(chromiumPath);
  api = await bundledApi();
  docsUrl = pathToFileURL(join(await freshGeneration(), "docs", "index.html")).href;
}, 120_000);
beforeEach((context) => {
  if (chromiumPath === undefined) context.skip();
});
afterAll(async () => {
  await browser?.close();
});

describe("docs/index.html", () => {
  it("loads with no console error and no request to anything but itself", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const watched = watch(page);
    await page.goto(docsUrl);
    await page.waitForSelector("article.fn");
    expect(await page.locator("article.fn").count()).toBe(219);
    expect(await page.locator("nav .group-link").count()).toBe(21 + 4);
    // Every function and callback shows the level it needs, as the spec says it.
    expect(await page.locator("article.fn h3 .badge.access").count()).toBe(219);
    expect(await page.textContent("#fn-CMAPI_SMS_Read h3 .access")).toBe(api.methods.find((method) => method.name === "CMAPI_SMS_Read")!.access);
    expect(await page.textContent("#cb-CMAPI_Callback_SMSReceived h3 .access")).toBe(api.callbacks.find((callback) => callback.callbackId === "CMAPI_Callback_SMSReceived")!.access);
    expect(watched.errors).toEqual([]);
    expect(watched.requests).toEqual([docsUrl]);
    await page.screenshot({ path: join(SCREENSHOTS, "docs-desktop.png") });
    await page.close();
  });

  it("filters the functions as the reader types, groups and navigation included", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(docsUrl);
    // Names and descriptions are searched: P2P_Connect's description mentions its WPS provisioning.
    await page.fill("#search", "wps");
    expect(await page.textContent("#count")).toBe("3 functions, 1 callback, 4 types, 1 error code");
    expect(await page.locator("article.fn:visible").evaluateAll((articles) => articles.map((article) => article.id))).toEqual(["fn-CMAPI_WLAN_StartWPS", "fn-CMAPI_WLAN_CancelWPS", "fn-CMAPI_P2P_Connect"]);
    expect(await page.locator("#group-wlan").isVisible()).toBe(true);
    expect(await page.locator("#group-network").isVisible()).toBe(false);
    expect(await page.locator("nav .fn-link:visible").allTextContents()).toEqual(["StartWPS", "CancelWPS", "Connect"]);
    await page.fill("#search", "startwps");
    expect(await page.textContent("#count")).toBe("1 function, 0 callbacks, 0 types, 0 error codes");
    await page.screenshot({ path: join(SCREENSHOTS, "docs-search.png") });
    await page.fill("#search", "");
    expect(await page.textContent("#count")).toBe("219 functions");
    await page.close();
  });

  it("shows what the schema constrains beyond the type, patterns as code", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(docsUrl);
    const params = page.locator("#fn-CMAPI_WLAN_Connect table").first();
    expect(await params.locator("th").allTextContents()).toEqual(["name", "type", "required", "constraints", "description"]);
    const cells = (row: number) => params.locator("tbody tr").nth(row).locator("td");
    expect(await cells(1).nth(3).textContent()).toBe("1-32 characters");
    expect(await cells(2).nth(3).locator("code").textContent()).toBe("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$");
    await page.close();
  });

  it("gives every anchor of its data an element, and every link inside the page a target", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(docsUrl);
    await page.waitForSelector("article.fn");
    const missing = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById("cmapi-data")?.textContent ?? "{}") as { groups: { id: string; methods: { id: string }[] }[]; callbacks: { id: string }[]; types: { id: string }[]; sections: Record<string, string> };
      const ids = [...Object.values(data.sections), ...data.groups.flatMap((group) => [group.id, ...group.methods.map((method) => method.id)]), ...data.callbacks.map((callback) => callback.id), ...data.types.map((type) => type.id)];
      const links = Array.from(document.querySelectorAll('a[href^="#"]'), (link) => (link.getAttribute("href") ?? "#").slice(1));
      return [...ids, ...links].filter((id) => document.getElementById(id) === null);
    });
    expect(missing).toEqual([]);
    await page.close();
  });

  it("reads on a phone-sized screen without sideways scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(docsUrl);
    await page.waitForSelector("article.fn");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, "docs-phone.png") });
    await page.close();
  });
});

describe("docs/index.html for everyone", () => {
  it("(the check itself) finds the violation of a page built to have one", async () => {
    const page = await browser.newPage();
    await page.setContent('<html lang="en"><title>t</title><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button></button></main></html>');
    expect((await seriousViolations(page)).map((violation) => violation.id).sort()).toEqual(["button-name", "image-alt"]);
    await page.close();
  });

  it("has no serious or critical accessibility violation (axe-core)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(docsUrl);
    await page.waitForSelector("article.fn");
    const violations = await seriousViolations(page);
    await photograph(page, "docs-start");
    expect(violations).toEqual([]);
    await page.close();
  });
});
