/** The HTML reference (generated/docs/index.html) in a real browser (a Chromium found by chromiumOrSkip, driven by playwright-core). */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SCREENSHOTS, chromiumOrSkip, launchChromium, watch } from "./support/browser.js";
import { freshGeneration } from "./support/generation.js";
import { photograph, readmePicture, seriousViolations } from "./support/page-checks.js";
import { optionsFor, tempDir } from "./support/generation.js";
import { generate } from "../generator/generate.js";
import { bundledSpec } from "../generator/load.js";
import { fixture } from "./support/cli.js";
import type { Api } from "../generator/model/api.js";
import { bundledApi } from "./support/api.js";

/** A whole-page axe run over the reference (every function, type and code) takes 15-30 s on 2 busy cores. */
const AXE_WHOLE_PAGE_MS = 120_000;

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
    expect(await page.locator("article.fn").count()).toBe(api.methods.length);
    expect(await page.locator("nav .group-link").count()).toBe(21 + 4);
    // Every function and callback shows the level it needs, as the spec says it.
    expect(await page.locator("article.fn h3 .badge.access").count()).toBe(api.methods.length);
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
    // Names and descriptions are searched: WLAN_GetCapabilities's and P2P_Connect's descriptions mention WPS.
    await page.fill("#search", "wps");
    expect(await page.textContent("#count")).toBe("4 functions, 1 callback, 4 types, 1 error code");
    expect(await page.locator("article.fn:visible").evaluateAll((articles) => articles.map((article) => article.id))).toEqual(["fn-CMAPI_WLAN_StartWPS", "fn-CMAPI_WLAN_CancelWPS", "fn-CMAPI_WLAN_GetCapabilities", "fn-CMAPI_P2P_Connect"]);
    expect(await page.locator("#group-wlan").isVisible()).toBe(true);
    expect(await page.locator("#group-network").isVisible()).toBe(false);
    expect(await page.locator("nav .fn-link:visible").allTextContents()).toEqual(["StartWPS", "CancelWPS", "GetCapabilities", "Connect"]);
    await page.fill("#search", "startwps");
    expect(await page.textContent("#count")).toBe("1 function, 0 callbacks, 0 types, 0 error codes");
    await page.screenshot({ path: join(SCREENSHOTS, "docs-search.png") });
    await page.fill("#search", "");
    expect(await page.textContent("#count")).toBe(`${api.methods.length} functions`);
    await page.close();
  });

  it("shows what the schema constrains beyond the type, patterns as code", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(docsUrl);
    const params = page.locator("#fn-CMAPI_WLAN_Connect table").first();
    expect(await params.locator("th").allTextContents()).toEqual(["name", "type", "required", "constraints", "description"]);
    const cells = (row: number) => params.locator("tbody tr").nth(row).locator("td");
    expect(await cells(1).nth(3).textContent()).toBe("1-32 characters; at most 32 bytes in UTF-8");
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

  it("(the check itself) looks only within the parts it is given, and puts the rest of the page back", async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<html lang="en"><title>t</title><main><section id="a"><button></button></section><p>between</p><section id="b"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></section><section id="c">last</section></main></html>',
    );
    const before = await page.content();
    expect((await seriousViolations(page, ["#b"])).map((violation) => violation.id)).toEqual(["image-alt"]);
    expect(await seriousViolations(page, ["#c"])).toEqual([]);
    expect(await page.content()).toBe(before);
    await page.close();
  });

  it(
    "has no serious or critical accessibility violation (axe-core)",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(docsUrl);
      await page.waitForSelector("article.fn");
      const violations = await seriousViolations(page);
      await photograph(page, "docs-start");
      expect(violations).toEqual([]);
      await page.close();
    },
    AXE_WHOLE_PAGE_MS,
  );
});

/** Each of these opens the 650 KB page (1.5 s alone) and photographs it at two sizes, each a relayout of the whole page: 5 s alone, four times that on CI's two busy cores. */
const READER_TEST_MS = 60_000;

describe("docs/index.html, read as Redoc or Scalar are", { timeout: READER_TEST_MS }, () => {
  const open = async (url = docsUrl, options: { colorScheme?: "dark" | "light"; width?: number; height?: number } = {}) => {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, colorScheme: options.colorScheme ?? "light" });
    await page.goto(url);
    await page.waitForSelector("article.fn");
    return page;
  };

  it("opens a param's type inline, down to its leaf fields, from the keyboard, and closes it again", async () => {
    const page = await open();
    const fn = page.locator("#fn-CMAPI_WLAN_AddKnownNetwork");
    // Found by its name, then held by the panel it controls: its name becomes "Hide ..." once open.
    const controls = await fn.getByRole("button", { name: "Show WlanNetworkSettings" }).getAttribute("aria-controls");
    const show = fn.locator(`button[aria-controls="${controls}"]`);
    await show.focus();
    await page.keyboard.press("Enter");
    expect(await show.getAttribute("aria-expanded")).toBe("true");
    expect(await show.textContent()).toBe("Hide WlanNetworkSettings");
    const panel = page.locator(`#${controls}`);
    const settings = api.types.find((type) => type.name === "WlanNetworkSettings");
    expect(await panel.locator("tbody tr td:first-child code").first().textContent()).toBe(settings?.kind === "dictionary" ? settings.members[0]!.name : "(not a dictionary)");
    // One level further: the EAP settings inside the network's settings, with their own constraints.
    await panel.getByRole("button", { name: "Show EapSettings" }).click();
    const eap = panel.locator(".inline-type");
    expect(await eap.isVisible()).toBe(true);
    const eapType = api.types.find((type) => type.name === "EapSettings");
    expect(await eap.locator(":scope > .table-scroll > table > tbody > tr:not(.nested) > td:first-child code").allTextContents()).toEqual(
      eapType?.kind === "dictionary" ? eapType.members.map((member) => member.name) : ["(not a dictionary)"],
    );
    // The page was checked whole in its first state; what opening changed is this function's panel.
    expect(await seriousViolations(page, ["#fn-CMAPI_WLAN_AddKnownNetwork"])).toEqual([]);
    await photograph(page, "docs-opened");
    await fn.evaluate((node) => node.scrollIntoView({ block: "start" }));
    await readmePicture(page, "reference.png");
    await show.click();
    expect(await panel.isHidden()).toBe(true);
    expect(await show.getAttribute("aria-expanded")).toBe("false");
    await page.close();
  });

  it("searches functions, callbacks, types and error codes at once; '/' focuses the search, Enter goes to the first hit", async () => {
    const page = await open();
    await page.locator("body").press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("0x00000007");
    // The code itself, and the one function whose description names it (UICC_SetActiveSlot: 0x00000007 with one slot).
    expect(await page.textContent("#count")).toMatch(/^1 function, 0 callbacks, \d+ types?, 1 error code$/);
    expect(await page.locator("#error-0x00000007").isVisible()).toBe(true);
    await page.fill("#search", "EapSettings");
    expect(await page.locator("details.type:visible").evaluateAll((nodes) => nodes.map((node) => node.id))).toContain("type-eapsettings");
    await page.fill("#search", "SMSReceived");
    // The callback, and the types named after it; the callback comes first on the page.
    expect(await page.textContent("#count")).toMatch(/^0 functions, 1 callback, \d+ types?, 0 error codes$/);
    await page.press("#search", "Enter");
    expect(await page.evaluate(() => [location.hash, document.activeElement?.id])).toEqual(["#cb-CMAPI_Callback_SMSReceived", "cb-CMAPI_Callback_SMSReceived"]);
    expect(await seriousViolations(page, ["header", "nav", "#cb-CMAPI_Callback_SMSReceived"])).toEqual([]);
    await photograph(page, "docs-search-all");
    await page.close();
  });

  it("lands a deep link below the sticky header, opens a linked type, and copies an item's link", async () => {
    const page = await open(`${docsUrl}#fn-CMAPI_SMS_Read`);
    const [headerBottom, articleTop] = await page.evaluate(() => [document.querySelector("header")!.getBoundingClientRect().bottom, document.getElementById("fn-CMAPI_SMS_Read")!.getBoundingClientRect().top]);
    expect(articleTop).toBeGreaterThanOrEqual(headerBottom);
    await page.goto(`${docsUrl}#type-eapsettings`);
    expect(await page.locator("#type-eapsettings").getAttribute("open")).not.toBeNull();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.locator("#fn-CMAPI_SMS_Read").getByRole("button", { name: "Copy a link to CMAPI_SMS_Read" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${docsUrl}#fn-CMAPI_SMS_Read`);
    await page.close();
  });

  it("links each function to the playground at that function", async () => {
    const page = await open();
    expect(await page.locator("#fn-CMAPI_SMS_Read .try-it").getAttribute("href")).toBe("http://localhost:8080/playground/#CMAPI_SMS_Read");
    await page.goto(`${docsUrl}?playground=${encodeURIComponent("http://192.168.1.1:8080/playground/")}`);
    expect(await page.locator("#fn-CMAPI_SMS_Read .try-it").getAttribute("href")).toBe("http://192.168.1.1:8080/playground/#CMAPI_SMS_Read");
    await page.close();
  });

  it(
    "follows the reader's dark mode, and stays accessible in it",
    async () => {
      const page = await open(docsUrl, { colorScheme: "dark" });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe("rgb(20, 24, 32)");
      await page.locator("#fn-CMAPI_WLAN_AddKnownNetwork").getByRole("button", { name: "Show WlanNetworkSettings" }).click();
      expect(await seriousViolations(page)).toEqual([]);
      await photograph(page, "docs-dark");
      await page.close();
    },
    AXE_WHOLE_PAGE_MS,
  );

  it("on a 390 px phone, shows each table row as a card whose cells say their column, with nothing off-screen", async () => {
    const page = await open(docsUrl, { width: 390, height: 844 });
    const cell = page.locator("#fn-CMAPI_WLAN_Connect table.fields tbody tr").first().locator("td").last();
    expect(await cell.evaluate((td) => getComputedStyle(td, "::before").content)).toBe('"description: "');
    const box = await cell.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The phone layout is the same CSS for every item: the header, the navigation and the first groups stand for the rest.
    expect(await seriousViolations(page, ["header", "nav", "main > section:nth-of-type(-n+2)", "#fn-CMAPI_WLAN_Connect"])).toEqual([]);
    await photograph(page, "docs-phone-cards");
    await page.close();
  });

  it("shows a type that contains itself once, with a link back instead of opening forever", async () => {
    const out = await tempDir("opencmapi-gen-tree-docs-");
    await generate(optionsFor(out, { idl: [bundledSpec().idl, fixture("vendor/tree.webidl")], schema: [bundledSpec().schema, fixture("vendor/tree.schema.json")], emit: ["docs"] }));
    const page = await open(pathToFileURL(join(out, "docs", "index.html")).href);
    const fn = page.locator("#fn-CMAPI_AcmeTree_Put");
    await fn.getByRole("button", { name: "Show AcmeFolder" }).click();
    expect(await fn.locator(".inline-type .repeat").textContent()).toBe("(contains itself: see AcmeFolder)");
    expect(await fn.locator(".inline-type .repeat").getAttribute("href")).toBe("#type-acmefolder");
    await page.close();
  });
});
