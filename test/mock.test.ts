/** The mock device, driven through the generated client over both transports: it keeps state as a device does. */
import { WebSocket } from "ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMock, type RunningMock } from "../generator/mock/start.js";
import { SeededRandom, seedFrom } from "../generator/mock/random.js";
import { bundledApi } from "./support/api.js";
import { eventually, generatedModules, type Generated, type TestClient } from "./support/device.js";

let mock: RunningMock;
let generated: Generated;
const clients: TestClient[] = [];

beforeAll(async () => {
  generated = await generatedModules();
  mock = await startMock(await bundledApi(), { seed: 7, pollTimeoutMs: 300 });
}, 60_000);
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});
afterAll(() => mock.server.close());

function connect(transport: "websocket" | "http"): TestClient {
  const { validation } = generated.validation;
  const url = mock.server.url;
  // With the operator's secret (the mock made it at random): every level granted.
  const credentials = { accessLevel: "operator", securityRequest: mock.secrets.operator };
  const client = transport === "websocket" ? generated.client.connectWebSocket(url.replace(/^http/, "ws"), { WebSocket, validation, credentials }) : generated.client.connectHttp(url, { validation, retryDelayMs: 50, credentials });
  clients.push(client);
  return client;
}

describe.each(["websocket", "http"] as const)("the mock over %s", (transport) => {
  it("lists a WLAN network once added, connects to it, fires the connection callback, and refuses an unknown one", async () => {
    const device = connect(transport);
    const changes: { status: { state: string; ssid?: string } }[] = [];
    await device.register("CMAPI_Callback_WLANConnectionChanged", (payload: { status: { state: string } }) => changes.push(payload as never));
    const ssid = `Lab-${transport}`;
    await device.wlanAddKnownNetwork({ deviceId: "1", network: { index: 0, ssid, security: "WPA2_PERSONAL", key: "correct horse battery" } });
    const known = await device.wlanGetKnownNetworks({ deviceId: "1" });
    expect(known.networkList.map((network: { ssid: string }) => network.ssid)).toContain(ssid);
    expect(known.networkList.every((network: { key?: string }) => network.key === undefined)).toBe(true);
    await device.wlanConnect({ deviceId: "1", ssid });
    expect(await device.wlanGetStatus({ deviceId: "1" })).toMatchObject({ state: "connected", ssid });
    await eventually(() => changes.some((change) => change.status.state === "connected" && change.status.ssid === ssid));
    await expect(device.wlanConnect({ deviceId: "1", ssid: "Nowhere" })).rejects.toMatchObject({ code: 0x12001, message: "The SSID does not reference a valid known network." });
    await device.wlanDisconnect({ deviceId: "1" });
    await device.wlanDeleteKnownNetwork({ deviceId: "1", index: known.networkList.find((network: { ssid: string }) => network.ssid === ssid).index });
  });

  it("stores a sent SMS, reads it back and deletes it", async () => {
    const device = connect(transport);
    const { msgID } = await device.smsSend({ deviceId: "1", address: "+15551234567", body: `hello over ${transport}` });
    const list = await device.smsList({ deviceId: "1" });
    expect(list.smsList).toContainEqual(expect.objectContaining({ msgID, status: "sent", body: `hello over ${transport}` }));
    expect(await device.smsRead({ deviceId: "1", msgID })).toMatchObject({ msgID, address: "+15551234567" });
    await device.smsDelete({ deviceId: "1", msgID });
    await expect(device.smsRead({ deviceId: "1", msgID })).rejects.toMatchObject({ code: 0x5005, message: "SMS message NOT found" });
  });

  it("lists stored messages a page at a time, by storage, and refuses a page start past the end", async () => {
    const device = connect(transport);
    for (const body of ["one", "two", "three"]) await device.smsSend({ deviceId: "1", address: "+15551234567", body: `${body} over ${transport}` });
    const all = await device.smsList({ deviceId: "1", storage: "device" });
    const page = await device.smsList({ deviceId: "1", ifrom: 1, count: 2 });
    expect(page.smsList.map((message: { msgID: string }) => message.msgID)).toEqual(all.smsList.slice(1, 3).map((message: { msgID: string }) => message.msgID));
    expect(page).toMatchObject({ smsListElements: 2, smsTotal: all.smsList.length });
    expect(await device.smsList({ deviceId: "1", storage: "uicc" })).toEqual({ smsListElements: 0, smsList: [] });
    expect(await device.smsList({ deviceId: "1", ifrom: all.smsList.length })).toMatchObject({ smsListElements: 0, smsList: [] });
    await expect(device.smsList({ deviceId: "1", ifrom: all.smsList.length + 1 })).rejects.toMatchObject({ code: 0x5007 });
  });

  it("connects with interim responses, changes the connection status and fires the device, connection and signal callbacks", async () => {
    const device = connect(transport);
    const heard: string[] = [];
    for (const callbackId of ["CMAPI_Callback_ConnectionStateChanged", "CMAPI_Callback_DeviceChanged", "CMAPI_Callback_SignalStrengthChanged"]) {
      await device.register(callbackId, () => heard.push(callbackId));
    }
    const stages: string[] = [];
    await new Promise<void>((resolve) => {
      device.connectionConnect({ deviceId: "1" }, (response: { cmapistatus?: string; result?: { connectionId: number } }) => {
        stages.push(response.cmapistatus ?? "final");
        if (!response.cmapistatus) resolve();
      });
    });
    await eventually(() => stages.length === 3);
    expect(stages.sort()).toEqual(["final", "processing", "received"]);
    expect(await device.connectionGetStatus({ deviceId: "1" })).toMatchObject({ state: "connected", apn: "internet" });
    await eventually(() => ["CMAPI_Callback_ConnectionStateChanged", "CMAPI_Callback_DeviceChanged", "CMAPI_Callback_SignalStrengthChanged"].every((id) => heard.includes(id)));
    await device.connectionDisconnect({ deviceId: "1" });
    expect(await device.connectionGetStatus({ deviceId: "1" })).toEqual({ state: "disconnected" });
  });

  it("sends a handover's registration and signal as callbacks that carry what the calls answer", async () => {
    const device = connect(transport);
    const signals: { signal: Record<string, unknown> }[] = [];
    const registrations: { registration: Record<string, unknown> }[] = [];
    await device.register("CMAPI_Callback_SignalStrengthChanged", (payload: { signal: Record<string, unknown> }) => signals.push(payload));
    await device.register("CMAPI_Callback_RegistrationChanged", (payload: { registration: Record<string, unknown> }) => registrations.push(payload));
    mock.device.camp("GSM");
    await eventually(() => signals.length > 0 && registrations.length > 0);
    expect(registrations.at(-1)!.registration).toEqual(await device.cellularGetRegistrationState({ deviceId: "1" }));
    const heard = signals.at(-1)!.signal;
    expect(heard).toMatchObject({ radioTechnology: "GSM", rssi: expect.any(Number) });
    expect(Object.keys(heard).sort()).toEqual(["bars", "radioTechnology", "rssi"]);
    const read = await device.networkGetSignalStrength({ deviceId: "1" });
    expect(Object.keys(read).sort()).toEqual(Object.keys(heard).sort());
    // The read is one drift step on from the callback's: close to it, not a new random value.
    expect(Math.abs(read.rssi - (heard["rssi"] as number))).toBeLessThanOrEqual(2);
    mock.device.camp("LTE");
  });

  it("answers 0x00000101 for a device it does not have", async () => {
    const device = connect(transport);
    await expect(device.networkGetRFInfo({ deviceId: "9" })).rejects.toMatchObject({ code: 0x101 });
  });
});

describe("the mock's PIN", () => {
  it("counts retries down on a wrong PIN, blocks at zero until the PUK, then accepts the new PIN", async () => {
    const device = connect("websocket");
    const statuses: string[] = [];
    await device.register("CMAPI_Callback_PinStatusChanged", (payload: { status: { state: string } }) => statuses.push(payload.status.state));
    const wrong = (await device.pinVerify({ deviceId: "1", pinType: "PIN1", pin: "0000" }).catch((error: unknown) => error)) as { code: number; message: string; data: unknown };
    expect(wrong).toMatchObject({ code: 0x100163c2, message: "Wrong PIN.", data: { pinRetriesLeft: 2 } });
    await expect(device.pinVerify({ deviceId: "1", pinType: "PIN1", pin: "0000" })).rejects.toMatchObject({ code: 0x100163c1 });
    await expect(device.pinVerify({ deviceId: "1", pinType: "PIN1", pin: "0000" })).rejects.toMatchObject({ code: 0x10026983, message: "PIN is blocked. PUK (UNBLOCK PIN) needed." });
    await expect(device.pinVerify({ deviceId: "1", pinType: "PIN1", pin: "1234" })).rejects.toMatchObject({ code: 0x10026983 });
    expect(await device.pinGetStatus({ deviceId: "1", pinType: "PIN1" })).toMatchObject({ state: "blocked", pinRetriesLeft: 0 });
    await expect(device.pinUnblock({ deviceId: "1", pukType: "PUK1", puk: "00000000", newPin: "4321" })).rejects.toMatchObject({ message: "Wrong PUK." });
    expect(await device.pinUnblock({ deviceId: "1", pukType: "PUK1", puk: "12345678", newPin: "4321" })).toEqual({ pinRetriesLeft: 3, pukRetriesLeft: 10 });
    expect(await device.pinVerify({ deviceId: "1", pinType: "PIN1", pin: "4321" })).toEqual({ pinRetriesLeft: 3, pukRetriesLeft: 10 });
    await eventually(() => statuses.includes("blocked") && statuses.at(-1) === "enabled_verified");
  });
});

describe("the mock's data", () => {
  it("is the same for the same seed and differs for another", async () => {
    const same = [new SeededRandom(seedFrom("7")), new SeededRandom(seedFrom("7"))].map((random) => [random.mac(), random.int(0, 1000)]);
    expect(same[0]).toEqual(same[1]);
    const other = await startMock(await bundledApi(), { seed: 8 });
    try {
      const scans = await Promise.all(
        [mock, other].map((running) => {
          const client = generated.client.connectHttp(running.server.url);
          clients.push(client);
          return client.wlanScan({ deviceId: "1" });
        }),
      );
      const accessPoints = (scan: { scanList: { ssid: string; bssid: string }[] }) => scan.scanList.map(({ ssid, bssid }) => `${ssid} ${bssid}`);
      expect(accessPoints(scans[0])).toEqual(accessPoints(mock.device.scan()));
      expect(accessPoints(scans[1])).not.toEqual(accessPoints(scans[0]));
    } finally {
      await other.server.close();
    }
  });
});
