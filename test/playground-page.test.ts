/** The playground the mock serves, in a real browser (a Chromium found by chromiumOrSkip, driven by playwright-core). */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { deviceLog } from "./support/device.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveSpecFiles } from "../generator/config.js";
import { loadApi } from "../generator/load.js";
import type { Api } from "../generator/model/api.js";
import { startMock, type RunningMock } from "../generator/mock/start.js";
import { bundledApi } from "./support/api.js";
import { fixture } from "./support/cli.js";
import { SCREENSHOTS, chromiumOrSkip, launchChromium, watch } from "./support/browser.js";

let browser: Browser;
let mock: RunningMock;
let api: Api;
const chromiumPath = chromiumOrSkip();

beforeAll(async () => {
  if (chromiumPath === undefined) return;
  browser = await launchChromium(chromiumPath);
  api = await bundledApi();
  mock = await startMock(api, { seed: 3, playground: true, pollTimeoutMs: 500 });
}, 120_000);
beforeEach((context) => {
  if (chromiumPath === undefined) context.skip();
});
afterAll(async () => {
  await browser?.close();
  await mock?.server.close();
});

describe.each(["websocket", "http"] as const)("the playground over %s", (transport) => {
  const open = async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watched = watch(page);
    await page.goto(new URL("/playground/", mock.server.url).href);
    await page.selectOption("#transport", transport);
    await page.click("#connect");
    await page.waitForFunction((name) => document.getElementById("status")!.textContent === `connected (${name})`, transport);
    await page.waitForFunction(() => document.getElementById("connection")!.textContent === "open");
    return { page, watched };
  };
  const pick = async (page: import("playwright-core").Page, name: string) => {
    await page.fill("#filter", name);
    await page.click(`#functions button[data-name="${name}"]`);
  };

  it("calls a function and shows its result, under a strict Content-Security-Policy", async () => {
    const { page, watched } = await open();
    await pick(page, "CMAPI_Network_GetRFInfo");
    await page.click("#send");
    await page.waitForSelector("#responses .entry");
    expect(await page.textContent("#responses .entry .stage")).toBe("CMAPI_Network_GetRFInfo: final");
    expect(JSON.parse((await page.textContent("#responses .entry pre"))!)).toMatchObject({ cmapiversion: "1.1", result: { RFInfoListElements: expect.any(Number), RFInfoList: expect.any(Array) } });
    expect(watched.errors).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `playground-${transport}-call.png`) });
    await page.close();
  });

  it("shows each function's access level, and opens the API from the credentials panel", async () => {
    const { page, watched } = await open();
    expect(await page.textContent("#granted")).toBe("session level: user (API not opened)");
    await pick(page, "CMAPI_WLAN_GetKnownNetworks");
    expect(await page.textContent("#function-name .access")).toBe("administrator");
    await page.click("#send");
    await page.waitForSelector("#responses .entry");
    expect(JSON.parse((await page.textContent("#responses .entry pre"))!)).toMatchObject({ error: { code: 0xf0000001 } });
    await page.selectOption("#access-level", "administrator");
    await page.fill("#secret", mock.secrets.administrator);
    await page.click("#open-api");
    await page.waitForFunction(() => document.getElementById("granted")!.textContent === "session level: administrator");
    await page.click("#send");
    await page.waitForFunction(() => document.querySelector("#responses .entry .stage")!.textContent === "CMAPI_WLAN_GetKnownNetworks: final");
    expect(JSON.parse((await page.textContent("#responses .entry pre"))!)).toMatchObject({ result: { networkList: expect.any(Array) } });
    expect(await page.textContent("#responses")).not.toContain(mock.secrets.administrator);
    expect(watched.errors).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, `playground-${transport}-access.png`) });
    await page.close();
  });

  it("shows the validation error for invalid params and sends nothing", async () => {
    const { page } = await open();
    await pick(page, "CMAPI_WLAN_Connect");
    // Each field carries the spec's description of its param, from the WebIDL.
    const ssid = api.methods.find((method) => method.name === "CMAPI_WLAN_Connect")!.params.find((param) => param.name === "ssid")!;
    expect(ssid.description).not.toBe("");
    expect(await page.getAttribute('#form [name="ssid"]', "title")).toBe(ssid.description);
    expect(await page.locator("#form .help").allTextContents()).toContain(ssid.description);
    await page.fill('#form [name="ssid"]', "");
    await page.click("#send");
    expect(await page.textContent("#validation")).toBe("params.ssid: must be at least 1 characters long");
    await page.fill('#form [name="ssid"]', "HomeNetwork");
    await page.fill('#form [name="deviceId"]', "not-a-number");
    await page.click("#send");
    expect(await page.textContent("#validation")).toContain("params.deviceId: matches none of the allowed forms");
    expect(await page.locator("#responses .entry").count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, `playground-${transport}-invalid.png`) });
    await page.close();
  });

  it("shows interim responses and, once registered, a callback the mock fires on a state change", async () => {
    const { page } = await open();
    await page.selectOption("#callback-id", "CMAPI_Callback_WLANConnectionChanged");
    await page.click("#register");
    await page.waitForSelector(".registration");
    const ssid = `Cafe-${transport}`;
    mock.device.addKnownNetwork({ index: 0, ssid, security: "open" });
    mock.device.connectWlan(ssid);
    await page.waitForSelector("#callbacks .entry");
    expect(JSON.parse((await page.textContent("#callbacks .entry pre"))!)).toMatchObject({ deviceId: "1", status: { state: "connected", ssid } });
    mock.device.disconnectWlan();
    mock.device.deleteKnownNetwork(0);

    await pick(page, "CMAPI_Connection_Connect");
    await page.click("#send");
    await page.waitForFunction(() => document.querySelectorAll("#responses .entry").length >= 3);
    const stages = await page.locator("#responses .entry .stage").allTextContents();
    expect([...stages].sort()).toEqual(["CMAPI_Connection_Connect: final", "CMAPI_Connection_Connect: processing", "CMAPI_Connection_Connect: received"]);
    await page.screenshot({ path: join(SCREENSHOTS, `playground-${transport}-callback.png`) });
    mock.device.disconnect();
    await page.close();
  });
});

describe("the playground of a spec with a vendor's additions", () => {
  let vendorMock: RunningMock;
  beforeAll(async () => {
    if (chromiumPath === undefined) return;
    const vendorApi = await loadApi(await resolveSpecFiles({ idl: ["bundled", fixture("vendor/acme.webidl")], schema: ["bundled", fixture("vendor/acme.schema.json")] }));
    vendorMock = await startMock(vendorApi, { seed: 3, playground: true, pollTimeoutMs: 500, log: deviceLog });
  }, 120_000);
  afterAll(() => vendorMock?.server.close());

  it("lists the vendor's group as an extension, calls its function, and fires its callback", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const watched = watch(page);
    await page.goto(new URL("/playground/", vendorMock.server.url).href);
    expect(await page.textContent('#functions .group[data-group="AcmeDiag"] .extension')).toBe("extension");
    expect(await page.locator('#functions .group[data-group="WLAN"] .extension').count()).toBe(0);
    await page.click("#connect");
    await page.waitForFunction(() => document.getElementById("status")!.textContent === "connected (websocket)");
    await page.click('#functions button[data-name="CMAPI_AcmeDiag_GetTemperature"]');
    await page.click("#send");
    await page.waitForSelector("#responses .entry");
    expect(JSON.parse((await page.textContent("#responses .entry pre"))!)).toMatchObject({ result: { celsius: expect.any(Number) } });

    await page.selectOption("#callback-id", "CMAPI_Callback_AcmeOverheat");
    await page.click("#register");
    await page.waitForSelector(".registration");
    await page.click("#fire");
    await page.waitForSelector("#callbacks .entry");
    expect(await page.textContent("#fired")).toBe("fired CMAPI_Callback_AcmeOverheat: sent to 1 client");
    expect(JSON.parse((await page.textContent("#callbacks .entry pre"))!)).toEqual({ celsius: expect.any(Number) });
    expect(watched.errors).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "playground-vendor.png") });
    await page.close();
  });
});
