/**
 * The mock as one coherent device (issue #23): measurements that follow each cell's technology, in
 * the bands modems report; signals that drift by small steps; a scan that finds the same networks;
 * a connection whose address stays put; its own name and version; one log line per request, without
 * a secret. Real loopback servers, plain JSON-RPC over HTTP so that each request is one log line.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type RunningMock } from "../generator/mock/start.js";
import { seededValue } from "../generator/mock/handlers.js";
import { MEASURED_BY, radioFamily } from "../generator/mock/measurements.js";
import { createSpecAjv, definitionValidator } from "../generator/model/schema-ajv.js";
import type { Api } from "../generator/model/api.js";
import type { ValidationResult } from "../templates/runtime/validation.js";
import { bundledApi } from "./support/api.js";

interface Answer {
  result?: Record<string, any>;
  error?: { code: number; message: string };
}

/** Every measurement member SignalStrength and CellInfo have. */
const MEASUREMENTS = ["rssi", "rscp", "ecio", "rsrp", "rsrq", "sinr", "ssRsrp", "ssRsrq", "ssSinr"];

/** The measurements `value` carries that its technology does not report. */
function foreignMeasurements(value: Record<string, unknown>): string[] {
  const family = radioFamily(value["radioTechnology"]);
  if (!family) return [];
  return MEASUREMENTS.filter((member) => member in value && !MEASURED_BY[family].includes(member));
}

class Caller {
  private headers: Record<string, string> = { "Content-Type": "application/json", "X-Cmapi-Client": crypto.randomUUID() };
  private next = 0;
  constructor(private readonly mock: RunningMock) {}

  async post(body: unknown): Promise<Answer> {
    const response = await fetch(this.mock.server.url, { method: "POST", headers: this.headers, body: typeof body === "string" ? body : JSON.stringify(body) });
    const session = response.headers.get("X-Cmapi-Session");
    if (session) this.headers["X-Cmapi-Session"] = session;
    return (await response.json()) as Answer;
  }

  call(method: string, params: Record<string, unknown> = { deviceId: "1" }): Promise<Answer> {
    return this.post({ jsonrpc: "2.0", cmapiversion: "1.1", method, id: `r${this.next++}`, params });
  }

  /** Opens the API at operator level (every function granted). */
  async open(): Promise<this> {
    const answer = await this.call("CMAPI_API_Open", { applicationName: "mock-device test", accessLevel: "operator", securityRequest: this.mock.secrets.operator });
    expect(answer.result).toMatchObject({ accessLevel: "operator" });
    return this;
  }

  async result(method: string, params?: Record<string, unknown>): Promise<Record<string, any>> {
    const answer = await this.call(method, params);
    expect(answer.error).toBeUndefined();
    return answer.result!;
  }
}

let api: Api;
let mock: RunningMock;
let device: Caller;

beforeAll(async () => {
  api = await bundledApi();
  mock = await startMock(api, { seed: 23, log: () => {} });
  device = await new Caller(mock).open();
}, 60_000);
afterAll(() => mock.server.close());

describe("the mock's radio", () => {
  it("lists its one serving cell as the primary, the same cell GetServingCell answers, and keeps the signal reporting it is given", async () => {
    const cell = await device.result("CMAPI_Network_GetServingCell");
    expect(await device.result("CMAPI_Network_GetServingCells")).toEqual({ cellListElements: 1, cellList: [{ ...cell, role: "primary" }] });
    expect(await device.result("CMAPI_Network_GetSignalReporting")).toEqual({ interval: 0, onErrorRateChange: false });
    await device.result("CMAPI_Network_SetSignalReporting", { deviceId: "1", reporting: { interval: 10, threshold: 4 } });
    expect(await device.result("CMAPI_Network_GetSignalReporting")).toEqual({ interval: 10, threshold: 4, onErrorRateChange: false });
  });

  it("on a GSM cell reports RSSI and no RSRP, RSRQ or SINR, in every answer and callback", async () => {
    mock.device.camp("GSM");
    const signal = await device.result("CMAPI_Network_GetSignalStrength");
    expect(signal).toMatchObject({ radioTechnology: "GSM", rssi: expect.any(Number) });
    expect(signal["rssi"]).toBeGreaterThanOrEqual(-113);
    expect(signal["rssi"]).toBeLessThanOrEqual(-51);
    expect(foreignMeasurements(signal)).toEqual([]);
    const cell = await device.result("CMAPI_Network_GetServingCell");
    expect(cell).toMatchObject({ radioTechnology: "GSM", locationAreaCode: expect.any(Number) });
    expect(cell["cellId"]).toBeLessThan(2 ** 16);
    expect(cell["physicalCellId"]).toBeLessThan(64);
    expect(foreignMeasurements(cell)).toEqual([]);
    expect(cell).not.toHaveProperty("trackingAreaCode");
    // Registration, system and summary agree with the serving cell.
    expect(await device.result("CMAPI_Cellular_GetRegistrationState")).toMatchObject({ radioTechnology: "GSM", plmn: cell["plmn"] });
    expect(await device.result("CMAPI_Network_GetSystemInfo")).toMatchObject({ radioTechnology: "GSM", systemId: `${cell["plmn"].mcc}${cell["plmn"].mnc}` });
    expect(await device.result("CMAPI_InfoStatus_GetLocation")).toEqual({ cellId: cell["cellId"], locationAreaCode: cell["locationAreaCode"], plmn: cell["plmn"] });
    const fired = mock.fireCallback("CMAPI_Callback_SignalStrengthChanged");
    expect(fired.payload).toMatchObject({ deviceId: "1", signal: { radioTechnology: "GSM" } });
    expect(foreignMeasurements((fired.payload as { signal: Record<string, unknown> }).signal)).toEqual([]);
  });

  it("on an NR cell reports SS-RSRP, SS-RSRQ and SS-SINR in the bands modems report, and nothing of LTE's", async () => {
    mock.device.camp("NR");
    const signal = await device.result("CMAPI_Network_GetSignalStrength");
    expect(signal).toMatchObject({ radioTechnology: "NR", ssRsrp: expect.any(Number), ssRsrq: expect.any(Number), ssSinr: expect.any(Number) });
    expect(signal["ssRsrp"]).toBeGreaterThanOrEqual(-140);
    expect(signal["ssRsrp"]).toBeLessThanOrEqual(-44);
    expect(signal["ssRsrq"]).toBeGreaterThanOrEqual(-20);
    expect(signal["ssRsrq"]).toBeLessThanOrEqual(-3);
    expect(Number.isInteger(signal["ssRsrq"] * 2)).toBe(true);
    expect(foreignMeasurements(signal)).toEqual([]);
    const cell = await device.result("CMAPI_Network_GetServingCell");
    expect(cell).toMatchObject({ radioTechnology: "NR", trackingAreaCode: expect.any(Number) });
    expect(cell["channel"]).toBeGreaterThanOrEqual(620000);
    expect(foreignMeasurements(cell)).toEqual([]);
    expect(await device.result("CMAPI_InfoStatus_GetSignalQuality")).toMatchObject({ radioTechnology: "NR", ssRsrp: expect.any(Number) });
  });

  it("measures the same neighbour cells on every read, each with its own technology's measurements", async () => {
    const first = await device.result("CMAPI_Network_GetNeighborCells");
    const second = await device.result("CMAPI_Network_GetNeighborCells");
    const ids = (list: Record<string, any>) => list["cellList"].map((cell: Record<string, unknown>) => `${String(cell["radioTechnology"])} ${String(cell["cellId"])}`);
    expect(ids(second)).toEqual(ids(first));
    expect(new Set(first["cellList"].map((cell: Record<string, unknown>) => cell["radioTechnology"]))).toEqual(new Set(["GSM", "WCDMA_UMTS", "LTE", "NR"]));
    for (const cell of first["cellList"]) expect(foreignMeasurements(cell)).toEqual([]);
  });

  it("drifts its signal by small steps from read to read, and does move", async () => {
    mock.device.camp("LTE");
    const reads: Record<string, number>[] = [];
    for (let index = 0; index < 30; index++) reads.push((await device.result("CMAPI_Network_GetSignalStrength")) as Record<string, number>);
    for (let index = 1; index < reads.length; index++) {
      const [before, after] = [reads[index - 1]!, reads[index]!];
      expect(Math.abs(after["rsrp"]! - before["rsrp"]!)).toBeLessThanOrEqual(2);
      expect(Math.abs(after["rsrq"]! - before["rsrq"]!)).toBeLessThanOrEqual(1);
      expect(Math.abs(after["sinr"]! - before["sinr"]!)).toBeLessThanOrEqual(1.5);
      expect(Math.abs(after["bars"]! - before["bars"]!)).toBeLessThanOrEqual(1);
    }
    expect(new Set(reads.map((read) => read["rsrp"])).size).toBeGreaterThan(1);
  });

  it("answers a fired SignalStrengthChanged with the same reading GetSignalStrength gave last", async () => {
    const signal = await device.result("CMAPI_Network_GetSignalStrength");
    expect(mock.fireCallback("CMAPI_Callback_SignalStrengthChanged").payload).toEqual({ deviceId: "1", signal });
  });
});

describe("the mock's WLAN", () => {
  it("finds the same networks on every scan, their RSSI a small step apart", async () => {
    const first = await device.result("CMAPI_WLAN_Scan");
    const second = await device.result("CMAPI_WLAN_Scan");
    const ssids = (scan: Record<string, any>) => scan["scanList"].map((entry: { ssid: string; bssid: string }) => `${entry.ssid} ${entry.bssid}`);
    expect(ssids(second)).toEqual(ssids(first));
    first["scanList"].forEach((entry: { rssi: number }, index: number) => expect(Math.abs(second["scanList"][index].rssi - entry.rssi)).toBeLessThanOrEqual(2));
    expect(await device.result("CMAPI_WLAN_GetScanResults")).toEqual(second);
  });
});

describe("the mock's data connection", () => {
  it("keeps its address while connected, and has none after disconnect", async () => {
    expect((await device.call("CMAPI_InfoStatus_GetIPAddress", { deviceId: "1", type: "IPv4" })).error).toMatchObject({ code: 0x6006 });
    await device.result("CMAPI_Connection_Connect");
    const status = await device.result("CMAPI_Connection_GetStatus");
    const { ipv4Address, ipv6Address, dnsServers } = status["ipConfiguration"];
    // As ModemManager's Bearer shows it: the interface, the network's MTU, the counters.
    expect(status).toMatchObject({ networkInterface: "wwan0", multiplexed: false, ipConfiguration: { mtu: 1430 }, bytesSent: expect.any(Number), bytesReceived: expect.any(Number) });
    expect(ipv4Address).toMatch(/^10\.\d+\.\d+\.\d+$/);
    for (let index = 0; index < 3; index++) {
      mock.device.tick();
      expect((await device.result("CMAPI_Connection_GetStatus"))["ipConfiguration"]).toEqual(status["ipConfiguration"]);
      expect(await device.result("CMAPI_InfoStatus_GetIPAddress", { deviceId: "1", type: "IPv4" })).toEqual({ type: "IPv4", addresses: [ipv4Address] });
      expect(await device.result("CMAPI_InfoStatus_GetSummary")).toMatchObject({ connectionState: "connected", ipAddresses: [ipv4Address, ipv6Address], apn: status["apn"] });
    }
    expect(status).toMatchObject({ state: "connected", radioTechnology: (await device.result("CMAPI_Cellular_GetRegistrationState"))["radioTechnology"] });
    await device.result("CMAPI_Connection_Disconnect");
    expect(await device.result("CMAPI_Connection_GetStatus")).toEqual({ state: "disconnected" });
    expect((await device.call("CMAPI_InfoStatus_GetIPAddress", { deviceId: "1", type: "IPv4" })).error).toMatchObject({ code: 0x6006 });
    await device.result("CMAPI_Connection_Connect");
    // The operator's DNS servers stay; the address is the network's choice again.
    expect((await device.result("CMAPI_Connection_GetStatus"))["ipConfiguration"]).toMatchObject({ dnsServers });
    await device.result("CMAPI_Connection_Disconnect");
  });
});

describe("the mock's SMS drafts and raw PDUs", () => {
  it("stores a draft unsent, lists it among the drafts, and sends it later, then it is sent", async () => {
    const { msgID } = await device.result("CMAPI_SMS_Store", { deviceId: "1", address: "+447700900123", body: "see you at 6" });
    const drafts = await device.result("CMAPI_SMS_List", { deviceId: "1", status: "unsent" });
    expect(drafts["smsList"]).toContainEqual({ msgID, status: "unsent", storage: "device", address: "+447700900123", body: "see you at 6" });
    expect(await device.result("CMAPI_SMS_SendStored", { deviceId: "1", msgID })).toMatchObject({ msgID });
    expect(await device.result("CMAPI_SMS_Read", { deviceId: "1", msgID })).toMatchObject({ status: "sent", timestamp: expect.stringMatching(/^2026-/) });
    expect((await device.call("CMAPI_SMS_Store", { deviceId: "1", address: "+447700900123", body: "x", storage: "statusReport" })).error).toMatchObject({ code: 0x5004 });
  });

  it("sends a raw SMS-SUBMIT, keeping its PDU and the recipient TP-DA names; refuses what is not one", async () => {
    // SMS-SUBMIT, TP-MR 0, TP-DA +447700900123 (12 digits, international), PID 0, DCS 0, "hi" in GSM 7-bit.
    const pdu = "01000C914477000910320000" + "02E834";
    const sent = await device.result("CMAPI_SMS_SendPdu", { deviceId: "1", pdu });
    expect(await device.result("CMAPI_SMS_Read", { deviceId: "1", msgID: sent["msgID"] })).toMatchObject({ status: "sent", address: "+447700900123", pdus: [pdu] });
    // An SMS-DELIVER (TP-MTI 00) is not something to send.
    expect((await device.call("CMAPI_SMS_SendPdu", { deviceId: "1", pdu: "00000C914477000910320000000000000000000002E834" })).error).toMatchObject({ code: 0x5006 });
  });
});

describe("the mock's card slots", () => {
  it("has a plastic card and an eUICC; GetStatus is the active slot's, and the status callback says the same", async () => {
    const slots = await device.result("CMAPI_UICC_GetSlots");
    expect(slots["slotList"]).toEqual([
      expect.objectContaining({ slot: 1, active: true, cardType: "physical", iccid: expect.stringMatching(/^\d{19}$/) }),
      expect.objectContaining({ slot: 2, active: false, cardType: "esim", eid: expect.stringMatching(/^\d{32}$/) }),
    ]);
    expect(await device.result("CMAPI_UICC_GetStatus")).toMatchObject({ slot: 1, iccid: slots["slotList"][0].iccid });
    await device.result("CMAPI_UICC_SetActiveSlot", { deviceId: "1", slot: 2 });
    const status = await device.result("CMAPI_UICC_GetStatus");
    expect(status).toEqual({ slot: 2, state: "ready", iccid: slots["slotList"][1].iccid, eid: slots["slotList"][1].eid, cardType: "esim" });
    expect(mock.fireCallback("CMAPI_Callback_UICCStatusChanged").payload).toEqual({ deviceId: "1", status });
    expect((await device.call("CMAPI_UICC_SetActiveSlot", { deviceId: "1", slot: 3 })).error).toMatchObject({ code: 0x2 });
    await device.result("CMAPI_UICC_SetActiveSlot", { deviceId: "1", slot: 1 });
  });

  it("describes each access point as a Wi-Fi stack does: a WPA3 one in transition mode with PMF, widths and rates by band, how long ago it was heard", async () => {
    const { scanList } = await device.result("CMAPI_WLAN_Scan");
    for (const entry of scanList as Record<string, any>[]) {
      expect(entry["securities"]).toContain(entry["security"]);
      if (entry["security"] === "WPA3_PERSONAL") expect(entry).toMatchObject({ securities: ["WPA2_PERSONAL", "WPA3_PERSONAL"], pmf: "optional" });
      expect(entry).toMatchObject(entry["channel"] > 14 ? { channelWidth: 80, maxBitRate: 867 } : { channelWidth: 20, maxBitRate: 144 });
      expect(entry["lastSeen"]).toBe(0);
    }
  });

  it("reports WLAN capabilities that cover the networks it sees", async () => {
    const capabilities = await device.result("CMAPI_WLAN_GetCapabilities");
    const { scanList } = await device.result("CMAPI_WLAN_GetScanResults");
    for (const entry of scanList as { security: string; channel: number }[]) {
      expect(capabilities["securities"]).toContain(entry.security);
      expect(capabilities["bands"]).toContain(entry.channel <= 14 ? "2.4GHz" : "5GHz");
    }
  });
});

describe("the mock's identity", () => {
  it("names itself and its version in GetVersion and GetIdentity", async () => {
    const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await device.result("CMAPI_API_GetVersion", {})).toEqual({ cmapiVersion: "1.1", implementationVersion: version, vendor: "opencmapi-gen mock" });
    expect(await device.result("CMAPI_DeviceService_GetIdentity")).toMatchObject({ manufacturer: "opencmapi-gen", model: "mock", firmwareVersion: version, imei: expect.stringMatching(/^\d{15}$/) });
  });
});

describe("the mock's request log", () => {
  it("writes one line per request, with method, outcome and time, and never a PIN or a secret", async () => {
    const lines: string[] = [];
    const logged = await startMock(api, { seed: 23, log: (line) => lines.push(line), logRequests: true, credentials: { operator: "operator-secret-77" } });
    try {
      const caller = await new Caller(logged).open();
      await caller.call("CMAPI_PIN_Verify", { deviceId: "1", pinType: "PIN1", pin: "9876" });
      await caller.call("CMAPI_PIN_Verify", { deviceId: "1", pinType: "PIN1", pin: "1234" });
      await caller.call("CMAPI_WLAN_AddKnownNetwork", { deviceId: "1", network: { index: 0, ssid: "Lab", security: "WPA2_PERSONAL", key: "correct horse battery" } });
      await caller.call("CMAPI_Network_GetSignalStrength", { deviceId: "9" });
      await caller.call("CMAPI_Nothing\nhttp CMAPI_API_GetVersion ok 0.1 ms", {});
      await caller.post("{ not json");
      await caller.post({ jsonrpc: "2.0", cmapiversion: "1.1", id: "no-method", params: {} });
      expect(lines).toHaveLength(8);
      // A name that is not a function of the spec is quoted, so a newline in it cannot forge a line.
      for (const line of lines) expect(line).toMatch(/^http (\S+|"[^"]*") (ok|error (0x[0-9A-F]{8}|-\d+)) \d+\.\d ms$/);
      expect(lines[0]).toMatch(/^http CMAPI_API_Open ok /);
      expect(lines[1]).toMatch(/^http CMAPI_PIN_Verify error 0x100163C2 /);
      expect(lines[2]).toMatch(/^http CMAPI_PIN_Verify ok /);
      expect(lines[3]).toMatch(/^http CMAPI_WLAN_AddKnownNetwork ok /);
      expect(lines[4]).toMatch(/^http CMAPI_Network_GetSignalStrength error 0x00000101 /);
      expect(lines[5]).toMatch(/^http "CMAPI_Nothing\\nhttp CMAPI_API_GetVersion ok 0.1 ms" error -32601 /);
      expect(lines[6]).toMatch(/^http \(not-json\) error -32700 /);
      expect(lines[7]).toMatch(/^http \(no-method\) error -32600 /);
      const all = lines.join("\n");
      for (const secret of ["9876", "1234", "correct horse battery", "operator-secret-77"]) expect(all).not.toContain(secret);
    } finally {
      await logged.server.close();
    }
  });

  it("writes no request line unless asked (the CLI asks, --quiet does not)", async () => {
    const lines: string[] = [];
    const quiet = await startMock(api, { seed: 23, log: (line) => lines.push(line) });
    try {
      await new Caller(quiet).call("CMAPI_API_GetVersion", {});
      expect(lines).toEqual([]);
    } finally {
      await quiet.server.close();
    }
  });
});

describe("the mock's generated answers", () => {
  it("follow each cell's technology even for results it keeps no state for, and stay valid", () => {
    const ajv = createSpecAjv(api);
    const validate = definitionValidator(ajv, "CellList");
    const cellList = { $ref: "#/$defs/CellList" };
    let cells = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const value = seededValue(api, cellList, seed, "a vendor's CMAPI_Acme_GetCells", (candidate): ValidationResult => (validate(candidate) ? { valid: true } : { valid: false, problems: [], text: ajv.errorsText(validate.errors) })) as {
        cellList: Record<string, unknown>[];
      };
      expect(validate(value)).toBe(true);
      for (const cell of value.cellList) expect(foreignMeasurements(cell)).toEqual([]);
      cells += value.cellList.length;
    }
    expect(cells).toBeGreaterThan(0);
  });
});
