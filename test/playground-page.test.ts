/**
 * The playground the mock serves, in a real browser (a Chromium found by chromiumOrSkip, driven by
 * playwright-core), over both transports and for vendor specs. Every state tested is checked with
 * axe-core and photographed at a desktop and a phone size (test/support/page-checks.ts).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { WebSocket } from "ws";
import { deviceLog } from "./support/device.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resolveSpecFiles } from "../generator/config.js";
import { loadApi } from "../generator/load.js";
import type { Api } from "../generator/model/api.js";
import { startMock, type RunningMock } from "../generator/mock/start.js";
import { bundledApi } from "./support/api.js";
import { fixture } from "./support/cli.js";
import { SCREENSHOTS, chromiumOrSkip, launchChromium, watch } from "./support/browser.js";
import { photograph, readmePicture, seriousViolations } from "./support/page-checks.js";

let browser: Browser;
let mock: RunningMock;
let api: Api;
const chromiumPath = chromiumOrSkip();
const run = promisify(execFile);

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

/** No serious or critical accessibility violation in this state, and its photographs. */
async function seen(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await photograph(page, name);
}

async function openPage(server: RunningMock, options: { transport?: "websocket" | "http"; fragment?: string; width?: number; height?: number; clipboard?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    ...(options.clipboard ? { permissions: ["clipboard-read", "clipboard-write"] } : {}),
    ...((options.width ?? 1280) < 900 ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  const watched = watch(page);
  await page.goto(new URL(`/playground/${options.fragment ? `#${options.fragment}` : ""}`, server.server.url).href);
  // It connects by itself, over WebSocket first; choosing HTTP connects again.
  await page.waitForFunction(() => document.getElementById("status")!.textContent === "connected (websocket)");
  if (options.transport === "http") {
    await page.selectOption("#transport", "http");
    await page.waitForFunction(() => document.getElementById("status")!.textContent === "connected (http)");
  }
  return { page, watched, close: () => context.close() };
}

const pick = async (page: Page, name: string) => {
  await page.fill("#filter", name);
  await page.click(`#functions button[data-name="${name}"]`);
};
const lastHistory = (page: Page) => page.locator("#history li").first();

describe.each(["websocket", "http"] as const)("the playground over %s", (transport) => {
  it("connects without a click, calls a function, and keeps the call in the history with its time and outcome", async () => {
    const { page, watched, close } = await openPage(mock, { transport });
    expect(await page.isDisabled("#send")).toBe(true);
    expect(await page.textContent("#send-note")).toBe("Pick a function to send it.");
    await seen(page, `playground-${transport}-start`);

    await pick(page, "CMAPI_Network_GetRFInfo");
    expect(await page.isEnabled("#send")).toBe(true);
    await page.click("#send");
    await page.waitForSelector("#history .call-success");
    expect(await page.textContent("#responses .entry .stage")).toBe("CMAPI_Network_GetRFInfo: final");
    expect(JSON.parse((await page.textContent("#responses .entry pre"))!)).toMatchObject({ cmapiversion: "1.1", result: { RFInfoListElements: expect.any(Number), RFInfoList: expect.any(Array) } });
    // The outcome in words as well as in colour, and the time the call took.
    expect(await lastHistory(page).locator(".outcome").textContent()).toBe("success");
    expect(await lastHistory(page).locator(".ms").textContent()).toMatch(/^\d+ ms$/);
    // The envelope as the transport sent it.
    expect(JSON.parse((await page.textContent("#request-sent"))!)).toEqual({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", id: expect.stringMatching(/^[0-9a-f-]{36}$/), params: { deviceId: "1" } });

    // An error is told apart by its label and colour, with its code.
    await pick(page, "CMAPI_WLAN_Connect");
    await page.fill('#form [name="ssid"]', "NoSuchNetwork");
    await page.click("#send");
    await page.waitForSelector("#history .call-error");
    expect(await lastHistory(page).locator(".outcome").textContent()).toBe("error");
    expect(await lastHistory(page).locator(".detail").textContent()).toMatch(/^0x00012001 /);
    const colours = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>("#history .call"), (call) => getComputedStyle(call).borderLeftColor));
    expect(new Set(colours).size).toBe(2);
    expect(watched.errors).toEqual([]);
    await seen(page, `playground-${transport}-history`);
    if (transport === "websocket") await readmePicture(page, "playground.png");

    // A call from the history comes back: its function and its params.
    await page.locator("#history .call-success").click();
    expect(await page.textContent("#function-name")).toContain("CMAPI_Network_GetRFInfo");
    expect(JSON.parse(await page.inputValue("#params-json"))).toEqual({ deviceId: "1" });
    await close();
  });

  it("shows each function's access level, and opens the API from the credentials panel", async () => {
    const { page, watched, close } = await openPage(mock, { transport });
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
    await seen(page, `playground-${transport}-access`);
    await close();
  });

  it("shows every validation error at its field and sends nothing", async () => {
    const { page, close } = await openPage(mock, { transport });
    await pick(page, "CMAPI_WLAN_Connect");
    // Each field carries the spec's description of its param, from the WebIDL.
    const ssid = api.methods.find((method) => method.name === "CMAPI_WLAN_Connect")!.params.find((param) => param.name === "ssid")!;
    expect(ssid.description).not.toBe("");
    expect(await page.getAttribute('#form [name="ssid"]', "title")).toBe(ssid.description);
    expect(await page.locator("#form .help").allTextContents()).toContain(ssid.description);
    await page.fill('#form [name="ssid"]', "");
    await page.fill('#form [name="deviceId"]', "not-a-number");
    await page.click("#send");
    expect(await page.locator('.field[data-path="ssid"] .field-errors li').allTextContents()).toEqual(["must be at least 1 characters long"]);
    expect(await page.locator('.field[data-path="deviceId"] .field-errors li').allTextContents()).toContain("matches none of the allowed forms");
    expect(await page.getAttribute('#form [name="ssid"]', "aria-invalid")).toBe("true");
    const summary = await page.locator("#validation li").allTextContents();
    expect(summary).toEqual(expect.arrayContaining(["params.ssid: must be at least 1 characters long", "params.deviceId: matches none of the allowed forms"]));
    expect(await page.locator("#responses .entry").count()).toBe(0);
    expect(await page.locator("#history li").count()).toBe(0);
    await seen(page, `playground-${transport}-invalid`);
    await close();
  });

  it("shows the request as it will be sent, and copies it as a command that runs", async () => {
    const { page, close } = await openPage(mock, { transport, clipboard: true });
    await pick(page, "CMAPI_Network_GetRFInfo");
    expect(JSON.parse((await page.textContent("#request"))!)).toEqual({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", id: "(a new UUID for each call)", params: { deviceId: "1" } });
    expect(await page.textContent("#copy-command")).toBe(transport === "http" ? "Copy as curl" : "Copy as wscat");
    await page.click("#copy-command");
    await page.waitForFunction(() => document.getElementById("copied")!.textContent.startsWith("copied"));
    const command = await page.evaluate(() => navigator.clipboard.readText());
    expect(command).toBe(await page.textContent("#command"));
    if (transport === "http") {
      // The POST the client sends, its session's headers included: run as it is, it answers.
      expect(command).toMatch(/-H 'X-Cmapi-Client: [0-9a-f-]{36}'/);
      expect(command).toMatch(/-H 'X-Cmapi-Session: [^']+'/);
      const { stdout } = await run("sh", ["-c", command], { timeout: 15_000 });
      expect(JSON.parse(stdout)).toMatchObject({ jsonrpc: "2.0", result: { RFInfoList: expect.any(Array) } });
    } else {
      const match = /^wscat -c '([^']+)' -w 5 -x '(.*)'$/s.exec(command);
      expect(match).not.toBeNull();
      const request = JSON.parse(match![2]!) as { id: string };
      expect(request).toMatchObject({ jsonrpc: "2.0", method: "CMAPI_Network_GetRFInfo", params: { deviceId: "1" } });
      // What wscat would do: connect to that URL and send that text.
      const socket = new WebSocket(match![1]!);
      const answer = await new Promise<Record<string, unknown>>((resolve, reject) => {
        socket.on("open", () => socket.send(match![2]!));
        socket.on("message", (raw) => {
          const message = JSON.parse(String(raw)) as Record<string, unknown>;
          if (message["id"] === request.id) resolve(message);
        });
        socket.on("error", reject);
      });
      socket.close();
      expect(answer).toMatchObject({ result: { RFInfoList: expect.any(Array) } });
    }
    await seen(page, `playground-${transport}-request`);
    await close();
  });

  it("shows interim responses and, once registered, a callback the mock fires on a state change", async () => {
    const { page, close } = await openPage(mock, { transport });
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
    await page.waitForSelector("#history .call-success");
    await seen(page, `playground-${transport}-callback`);
    mock.device.disconnect();
    await close();
  });
});

describe("the playground, whatever the transport", () => {
  it("says why it cannot send while not connected, and connects again when the transport changes", async () => {
    const { page, close } = await openPage(mock);
    await page.fill("#endpoint", "ws://127.0.0.1:9/cmapi");
    await page.click("#connect");
    await page.waitForFunction(() => document.getElementById("status")!.textContent.startsWith("cannot connect"));
    await pick(page, "CMAPI_Network_GetRFInfo");
    expect(await page.isEnabled("#send")).toBe(true);
    expect(await page.textContent("#send-note")).toMatch(/^Not connected yet: cannot connect: ws:\/\/127\.0\.0\.1:9\/cmapi is unreachable/);
    await page.click("#send");
    expect(await page.textContent("#send-note")).toMatch(/^Not sent: not connected/);
    expect(await page.locator("#history li").count()).toBe(0);
    await seen(page, "playground-not-connected");
    await page.fill("#endpoint", new URL("/cmapi", mock.server.url).href.replace(/^http/, "ws"));
    await page.selectOption("#transport", "http");
    await page.waitForFunction(() => document.getElementById("status")!.textContent === "connected (http)");
    expect(await page.inputValue("#endpoint")).toMatch(/^http:\/\//);
    await page.click("#send");
    await page.waitForSelector("#history .call-success");
    await close();
  });

  it("selects the function the URL's fragment names, and names the picked one there", async () => {
    const { page, close } = await openPage(mock, { fragment: "CMAPI_WLAN_Scan" });
    expect(await page.textContent("#function-name")).toContain("CMAPI_WLAN_Scan");
    expect(await page.getAttribute('#functions button[data-name="CMAPI_WLAN_Scan"]', "aria-current")).toBe("true");
    await pick(page, "CMAPI_Network_GetRFInfo");
    expect(new URL(page.url()).hash).toBe("#CMAPI_Network_GetRFInfo");
    await page.evaluate(() => (location.hash = "#CMAPI_WLAN_GetScanResults"));
    await page.waitForFunction(() => document.getElementById("function-name")!.textContent.startsWith("CMAPI_WLAN_GetScanResults"));
    await close();
  });

  it("on a phone, shows the form of a tapped function where the user is, not below the list", async () => {
    const { page, close } = await openPage(mock, { width: 390, height: 844 });
    const button = page.locator('#functions button[data-name="CMAPI_WLAN_Connect"]');
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    const heading = await page.locator("#function-name").boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("function-name");
    await seen(page, "playground-phone-tapped");
    // And back to where the user was in the list.
    await page.tap("#back-to-list");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset["name"])).toBe("CMAPI_WLAN_Connect");
    const back = await button.boundingBox();
    expect(back!.y).toBeGreaterThanOrEqual(0);
    expect(back!.y + back!.height).toBeLessThanOrEqual(844);
    // photograph() passes through the desktop size, which moves the page: the phone's picture again, as tapped.
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    await page.screenshot({ path: join(SCREENSHOTS, "playground-phone-tapped-phone.png") });
    await close();
  });

  it("works from the keyboard: filter, pick, edit, send", async () => {
    const { page, close } = await openPage(mock);
    await page.focus("#filter");
    await page.keyboard.type("GetRFInfo");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset["name"])).toBe("CMAPI_Network_GetRFInfo");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("function-name");
    // The first field, then on to Send.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-deviceId");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1");
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== "send" && steps++ < 10) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#history .call-success");
    await seen(page, "playground-keyboard");
    await close();
  });
});

describe("the playground of a spec with a vendor's forms (a union, a list of objects, an enum with meanings, a default, a long name)", () => {
  const probe = "CMAPI_AcmeProbe_SendDiagnosticProbeToEveryConfiguredTargetAndWait";
  let formsMock: RunningMock;
  beforeAll(async () => {
    if (chromiumPath === undefined) return;
    const formsApi = await loadApi(await resolveSpecFiles({ idl: ["bundled", fixture("playground/forms.webidl")], schema: ["bundled", fixture("playground/forms.schema.json")] }));
    formsMock = await startMock(formsApi, { seed: 3, playground: true, pollTimeoutMs: 500, log: deviceLog });
  }, 120_000);
  afterAll(() => formsMock?.server.close());

  const json = async (page: Page) => JSON.parse(await page.inputValue("#params-json")) as Record<string, unknown>;

  it("draws the params from the schema and keeps the form and the JSON in step both ways", async () => {
    const { page, watched, close } = await openPage(formsMock, { fragment: probe });
    // The long name is whole: wrapped in the heading, and the list's button says it in full.
    expect(await page.textContent("#function-name")).toContain(probe);
    expect(
      await page.evaluate(() => {
        const heading = document.getElementById("function-name")!;
        return heading.scrollWidth <= heading.clientWidth;
      }),
    ).toBe(true);
    expect(await page.getAttribute(`#functions button[data-name="${probe}"]`, "title")).toBe(probe);
    expect(
      await page.evaluate((name) => {
        const button = document.querySelector<HTMLElement>(`#functions button[data-name="${name}"]`)!;
        return button.scrollWidth <= button.clientWidth;
      }, probe),
    ).toBe(true);
    expect(await json(page)).toEqual({ deviceId: "1", target: { port: "example-port" }, steps: [{ label: "example-label", repeat: 1 }] });

    // The union: a picker of its alternatives; picking one draws its fields and changes the JSON.
    expect(await page.locator("#field-target-form option").allTextContents()).toEqual(["AcmeWiredTarget", "AcmeRadioTarget"]);
    await page.selectOption("#field-target-form", { label: "AcmeRadioTarget" });
    await page.fill('[name="target.ssid"]', "Lab");
    await page.fill('[name="target.channel"]', "36");
    expect((await json(page))["target"]).toEqual({ ssid: "Lab", channel: 36 });

    // The list: add an item (its default filled), remove one.
    await page.click("#add-steps");
    await page.fill('[name="steps[1].label"]', "second");
    expect((await json(page))["steps"]).toEqual([{ label: "example-label", repeat: 1 }, { label: "second" }]);
    await page.click('[aria-label="Remove steps[0]"]');
    expect((await json(page))["steps"]).toEqual([{ label: "second" }]);

    // The optional enum: greyed with its default until ticked, each value's meaning beside it.
    expect(await page.isDisabled('[name="mode"]')).toBe(true);
    expect(await page.inputValue('[name="mode"]').then((index) => page.locator(`[name="mode"] option[value="${index}"]`).textContent())).toBe("quick");
    expect(await page.textContent("#meaning-mode")).toBe("A single echo, answered within a second.");
    await page.check('[name="include:mode"]');
    await page.selectOption('[name="mode"]', { label: "thorough" });
    expect(await page.textContent("#meaning-mode")).toBe("Ten echoes, their round trips averaged.");
    expect((await json(page))["mode"]).toBe("thorough");
    await seen(page, "playground-forms");

    // JSON typed beside the form draws the form again.
    await page.fill("#params-json", JSON.stringify({ deviceId: "1", target: { port: "eth1" }, steps: [{ label: "a" }, { label: "b", repeat: 3 }] }));
    expect(await page.inputValue("#field-target-form").then((index) => page.locator(`#field-target-form option[value="${index}"]`).textContent())).toBe("AcmeWiredTarget");
    expect(await page.inputValue('[name="target.port"]')).toBe("eth1");
    expect(await page.inputValue('[name="steps[1].repeat"]')).toBe("3");
    expect(await page.isChecked('[name="include:mode"]')).toBe(false);
    await page.fill("#params-json", "{ not json");
    expect(await page.textContent("#json-problem")).toMatch(/^not read: /);
    expect(await page.getAttribute("#params-json", "aria-invalid")).toBe("true");
    await seen(page, "playground-forms-json");
    expect(watched.errors).toEqual([]);
    await close();
  });

  it("shows every error at its nested field, then sends and restores the call from the history", async () => {
    const { page, close } = await openPage(formsMock, { fragment: probe, transport: "http" });
    await page.selectOption("#field-target-form", { label: "AcmeRadioTarget" });
    await page.fill('[name="target.ssid"]', "Lab");
    await page.fill('[name="target.channel"]', "999");
    await page.fill('[name="steps[0].label"]', "");
    await page.check('[name="include:steps[0].repeat"]');
    await page.fill('[name="steps[0].repeat"]', "11");
    await page.click("#send");
    expect(await page.locator('.field[data-path="steps[0].label"] .field-errors li').allTextContents()).toEqual(["must be at least 1 characters long"]);
    expect(await page.locator('.field[data-path="steps[0].repeat"] .field-errors li').allTextContents()).toEqual(["must be <= 10"]);
    expect(await page.locator('.field[data-path="target.channel"] .field-errors li').allTextContents()).toEqual(["must be <= 165"]);
    // The wired alternative's complaints (no port) are not about the form drawn.
    expect(await page.textContent("#validation")).not.toContain("port");
    await seen(page, "playground-forms-invalid");

    await page.fill('[name="target.channel"]', "36");
    await page.fill('[name="steps[0].label"]', "one");
    await page.fill('[name="steps[0].repeat"]', "2");
    await page.click("#send");
    await page.waitForSelector("#history .call-success");
    expect(await page.locator(".field-errors li").count()).toBe(0);
    await pick(page, "CMAPI_Network_GetRFInfo");
    await page.locator("#history .call").click();
    expect(await json(page)).toEqual({ deviceId: "1", target: { ssid: "Lab", channel: 36 }, steps: [{ label: "one", repeat: 2 }] });
    expect(await page.inputValue('[name="target.channel"]')).toBe("36");
    await close();
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
    const { page, watched, close } = await openPage(vendorMock);
    expect(await page.textContent('#functions .group[data-group="AcmeDiag"] .extension')).toBe("extension");
    expect(await page.locator('#functions .group[data-group="WLAN"] .extension').count()).toBe(0);
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
    await seen(page, "playground-vendor");
    await close();
  });
});
