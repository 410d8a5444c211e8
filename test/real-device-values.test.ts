/**
 * What real modems report fits the spec's cellular, connection and network types (issue #12), and
 * what a device must never send back (a profile's password) has no place in its results.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Ajv2020 } from "ajv/dist/2020.js";
import type { Api } from "../generator/model/api.js";
import { createSpecAjv, definitionValidator } from "../generator/model/schema-ajv.js";
import { bundledApi } from "./support/api.js";

let api: Api;
let ajv: Ajv2020;
beforeAll(async () => {
  api = await bundledApi();
  ajv = createSpecAjv(api);
});

const valid = (definition: string, value: unknown) => definitionValidator(ajv, definition)(value);
const properties = (definition: string) => api.schemaDefs[definition]!["properties"] as Record<string, Record<string, unknown>>;
const errorsOf = (name: string) => api.methods.find((method) => method.name === name)!.errors;

describe("signal strength", () => {
  it("takes an LTE reading without rssi, with a fractional RSRQ and SINR", () => {
    expect(valid("SignalStrength", { radioTechnology: "LTE", bars: 4, rsrp: -95, rsrq: -10.5, sinr: 12.5 })).toBe(true);
  });

  it("takes NR's own measurements", () => {
    expect(valid("SignalStrength", { radioTechnology: "NR", bars: 3, ssRsrp: -101, ssRsrq: -11.5, ssSinr: 7 })).toBe(true);
  });

  it("refuses bars above 5 and an RSRP outside 3GPP's reporting range", () => {
    expect(valid("SignalStrength", { radioTechnology: "LTE", bars: 6 })).toBe(false);
    expect(valid("SignalStrength", { radioTechnology: "LTE", bars: 2, rsrp: -20 })).toBe(false);
  });
});

describe("cells", () => {
  it("hold a 36-bit NR cell identity, and no more", () => {
    const nrCell = { radioTechnology: "NR", cellId: 2 ** 36 - 1, physicalCellId: 1007, trackingAreaCode: 0xffffff, channel: 632628 };
    expect(valid("CellInfo", nrCell)).toBe(true);
    expect(valid("CellInfo", { ...nrCell, cellId: 2 ** 36 })).toBe(false);
  });

  it("name bands the 3GPP way and refuse other names", () => {
    expect(valid("BandList", { bandListElements: 3, bandList: ["B3", "n78", "PCS1900"] })).toBe(true);
    expect(valid("BandList", { bandListElements: 1, bandList: ["1900 PCS"] })).toBe(false);
  });
});

describe("a cellular profile's password", () => {
  it("is accepted when a profile is created or updated, marked write-only", () => {
    expect(properties("CellularProfileSettings")["password"]).toMatchObject({ writeOnly: true });
    for (const name of ["CMAPI_Cellular_CreateProfile", "CMAPI_Cellular_UpdateProfile"]) {
      expect(properties(`${name}.params`)["profile"]).toMatchObject({ $ref: "#/$defs/CellularProfileSettings" });
    }
  });

  it("never comes back: a profile in a result has passwordSet instead", () => {
    expect(Object.keys(properties("CellularProfile"))).not.toContain("password");
    expect(valid("CellularProfile", { profileName: "Internet", apn: "internet", passwordSet: true })).toBe(true);
    expect(valid("CellularProfile", { profileName: "Internet", apn: "internet", password: "secret" })).toBe(false);
  });
});

describe("Table 4 codes of cellular, connection and network functions", () => {
  it("list no code a function cannot produce", () => {
    expect(errorsOf("CMAPI_Network_GetSystemInfo")).not.toContain(0x134);
    expect(errorsOf("CMAPI_Network_SetRadioMask")).not.toContain(0x110);
    expect(errorsOf("CMAPI_Network_GetRFInfo")).not.toContain(0x105);
  });

  it("reach the connection codes that had no function", () => {
    expect(errorsOf("CMAPI_Connection_Connect")).toEqual(expect.arrayContaining([0x2202, 0x3006]));
    expect(errorsOf("CMAPI_Connection_GetRecord")).toContain(0x3007);
    expect(errorsOf("CMAPI_Connection_GetQoS")).toContain(0x111);
    expect(errorsOf("CMAPI_Cellular_ScanOperators")).toContain(0x109);
  });
});

describe("issue 23: what modems report about the network", () => {
  // An EN-DC device in the shape Quectel's AT+QENG="servingcell" reports it (an "LTE" line and an
  // "NR5G-NSA" line): LTE band 3, EARFCN 1300, 20 MHz, RSRP -94, RSRQ -8, RSSI -66, SINR 17; NR n78,
  // NR-ARFCN 627264, 100 MHz, SS-RSRP -88, SS-RSRQ -11, SS-SINR 20.
  const anchor = {
    radioTechnology: "LTE",
    plmn: { mcc: "262", mnc: "03" },
    cellId: 0x1f7f009,
    trackingAreaCode: 0xa1b2,
    physicalCellId: 255,
    channel: 1300,
    rsrp: -94,
    rsrq: -8,
    rssi: -66,
    sinr: 17,
    bandwidth: 20000,
    timingAdvance: 3,
    role: "primary",
  };
  const nrLeg = { radioTechnology: "NR", physicalCellId: 123, channel: 627264, ssRsrp: -88, ssRsrq: -11, ssSinr: 20, bandwidth: 100000, role: "primarySecondary" };

  it("takes both serving cells of an EN-DC device, the anchor first", () => {
    expect(valid("CMAPI_Network_GetServingCells.result", { cellListElements: 2, cellList: [anchor, nrLeg] })).toBe(true);
    expect(valid("SystemInfo", { systemId: "26203", radioTechnology: "LTE", roaming: false, serviceAvailable: true, nrMode: "nonStandalone" })).toBe(true);
  });

  it("takes LTE-M, NB-IoT and TD-SCDMA cells (ModemManager's MM_MODEM_ACCESS_TECHNOLOGY_LTE_CAT_M, _LTE_NB_IOT, TD-SCDMA of +COPS)", () => {
    expect(valid("CellInfo", { radioTechnology: "LTE_M", channel: 6300, rsrp: -118, bandwidth: 1400 })).toBe(true);
    expect(valid("CellInfo", { radioTechnology: "NB_IOT", channel: 6254, rsrp: -128, bandwidth: 200 })).toBe(true);
    expect(valid("SignalStrength", { radioTechnology: "TD_SCDMA", bars: 2, rscp: -95 })).toBe(true);
  });

  it("takes a GSM reading with its RXQUAL class (+CSQ: 18,3 is -77 dBm, class 3) and an LTE block error rate", () => {
    expect(valid("SignalStrength", { radioTechnology: "GSM", bars: 3, rssi: -77, bitErrorRate: 3 })).toBe(true);
    expect(valid("SignalStrength", { radioTechnology: "LTE", bars: 3, rsrp: -101, blockErrorRate: 2.5 })).toBe(true);
  });

  it("refuses what no radio reports: RXQUAL 8 (+CSQ's 99 means unknown: absent), a 101 % error rate, an NR SINR of 41 dB, a 100 kHz carrier (GSM, the narrowest, is 200), a timing advance beyond NR's 3846", () => {
    expect(valid("SignalStrength", { radioTechnology: "GSM", bars: 3, bitErrorRate: 8 })).toBe(false);
    expect(valid("SignalStrength", { radioTechnology: "LTE", bars: 3, blockErrorRate: 101 })).toBe(false);
    expect(valid("CellInfo", { ...nrLeg, ssSinr: 41 })).toBe(false);
    expect(valid("CellInfo", { ...anchor, bandwidth: 100 })).toBe(false);
    expect(valid("CellInfo", { ...anchor, timingAdvance: 3847 })).toBe(false);
    expect(valid("CellInfo", { ...anchor, role: "anchor" })).toBe(false);
  });

  it("sets signal reporting as ModemManager's Signal.Setup(rate) and SetupThresholds do, within bounds", () => {
    expect(valid("CMAPI_Network_SetSignalReporting.params", { deviceId: "1", reporting: { interval: 5, threshold: 3, onErrorRateChange: true } })).toBe(true);
    expect(valid("CMAPI_Network_SetSignalReporting.params", { deviceId: "1", reporting: { interval: 0, threshold: 3 } })).toBe(true);
    expect(valid("CMAPI_Network_SetSignalReporting.params", { deviceId: "1", reporting: { interval: 3601 } })).toBe(false);
    expect(valid("CMAPI_Network_SetSignalReporting.params", { deviceId: "1", reporting: { threshold: 3 } })).toBe(false);
  });
});

/*
 * Issue #23, the Connection group against ModemManager's Bearer
 * (introspection/org.freedesktop.ModemManager1.Bearer.xml): "Interface" (e.g. "wwan0" on a QMI
 * modem, "qmimux0" for a multiplexed bearer, "mhi_hwip0" on an MHI PCIe modem), "Multiplexed",
 * Ip4Config "mtu" (1500, or 1430 as many LTE networks send in the PCO, TS 24.008 10.5.6.3) and Stats
 * "rx-bytes"/"tx-bytes"; MMBearerAllowedAuth's MSCHAPV2 (MBIM's MsChapV2).
 */
describe("real devices: a cellular connection as ModemManager's Bearer shows it (#23)", () => {
  it("takes the interface, multiplexing, byte counts and the network's MTU", () => {
    const status = {
      state: "connected",
      connectionId: 1,
      connectionType: "cellular",
      apn: "internet",
      radioTechnology: "LTE",
      duration: 3600,
      ipConfiguration: { dynamic: true, ipv4Address: "10.64.12.7", dnsServers: ["10.177.0.34"], mtu: 1430 },
      bytesSent: 1_250_000,
      bytesReceived: 48_000_000_000,
      networkInterface: "qmimux0",
      multiplexed: true,
    };
    expect(valid("ConnectionStatus", status)).toBe(true);
    expect(valid("ConnectionStatus", { ...status, networkInterface: "mhi_hwip0", multiplexed: false })).toBe(true);
  });

  it("refuses an MTU below IPv4's 68 bytes or above 65535, and an interface name Linux cannot have", () => {
    expect(valid("IpConfiguration", { dynamic: true, mtu: 67 })).toBe(false);
    expect(valid("IpConfiguration", { dynamic: true, mtu: 65536 })).toBe(false);
    expect(valid("ConnectionStatus", { state: "connected", networkInterface: "" })).toBe(false);
    expect(valid("ConnectionStatus", { state: "connected", networkInterface: "wwan0-multiplexed-1" })).toBe(false);
    expect(valid("ConnectionStatus", { state: "connected", networkInterface: "wwan 0" })).toBe(false);
    expect(valid("ConnectionStatus", { state: "connected", bytesSent: -1 })).toBe(false);
  });

  it("lets a profile ask for MS-CHAPv2, and nothing a modem does not know", () => {
    expect(valid("CellularProfile", { profileName: "Corp", apn: "corp.example", userName: "u", passwordSet: true, authType: "MSCHAPV2" })).toBe(true);
    expect(valid("CellularProfile", { profileName: "Corp", apn: "corp.example", authType: "MSCHAP_V3" })).toBe(false);
  });
});

describe("issue 23: what Wi-Fi stacks and SMS status reports say", () => {
  // A WPA2/WPA3 transition access point as NetworkManager's AccessPoint reports it (RsnFlags with
  // psk and sae key management, Frequency 5180, MaxBitrate, LastSeen), and an OWE transition one.
  const transition = {
    ssid: "home",
    bssid: "AA:BB:CC:DD:EE:FF",
    security: "WPA3_PERSONAL",
    rssi: -52,
    channel: 36,
    frequency: 5180,
    known: false,
    securities: ["WPA2_PERSONAL", "WPA3_PERSONAL"],
    pmf: "optional",
    wps: true,
    channelWidth: 80,
    lastSeen: 0,
  };

  it("takes an access point offering several securities, its PMF, WPS, width and age", () => {
    expect(valid("WlanScanEntry", transition)).toBe(true);
    expect(valid("WlanScanEntry", { ...transition, ssid: "cafe", security: "OWE", securities: ["open", "OWE"], pmf: "optional", wps: false })).toBe(true);
  });

  it("refuses a width no standard has, a repeated security, and a PMF word of its own", () => {
    expect(valid("WlanScanEntry", { ...transition, channelWidth: 60 })).toBe(false);
    expect(valid("WlanScanEntry", { ...transition, securities: ["WPA2_PERSONAL", "WPA2_PERSONAL"] })).toBe(false);
    expect(valid("WlanScanEntry", { ...transition, pmf: "mandatory" })).toBe(false);
  });

  it("checks the EAP server's name by domain suffix, as NetworkManager's 802-1x.domain-suffix-match does", () => {
    expect(valid("EapSettings", { method: "PEAP", identity: "alice@example.com", domainSuffixMatch: "radius.example.com" })).toBe(true);
    expect(valid("EapSettings", { method: "PEAP", domainSuffixMatch: "" })).toBe(false);
  });

  it("carries a status report's TP-Status: 0x00 delivered, 0x41 (incompatible destination) permanent, and no value above 255", () => {
    expect(valid("SmsDeliveryReport", { deviceId: "1", msgID: "7", delivered: true, tpStatus: 0 })).toBe(true);
    expect(valid("SmsDeliveryReport", { deviceId: "1", msgID: "7", delivered: false, tpStatus: 0x41 })).toBe(true);
    expect(valid("SmsDeliveryReport", { deviceId: "1", msgID: "7", delivered: false, tpStatus: 256 })).toBe(false);
  });

  it("names an SMS store as SmsStorage does, beside +CPMS's name", () => {
    expect(valid("StorageStatus", { storage: "SM", smsStorage: "uicc", used: 3, total: 30 })).toBe(true);
    expect(valid("StorageStatus", { storage: "SM", smsStorage: "SM", used: 3, total: 30 })).toBe(false);
  });
});

describe("issue 23: raw SMS PDUs, drafts and every +CPMS store; WLAN capabilities; card slots", () => {
  // The SMS-SUBMIT of the classic "hellohello" to +46708251358 (TS 23.040 layout, no service centre octets),
  // and an SMS-DELIVER as a modem stores it (+CMGR in PDU mode, the service centre address dropped).
  const submit = "11000B916407281553F80000AA0AE8329BFD4697D9EC37";
  const deliver = "040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";
  const stored = { msgID: "uicc-3", status: "read", storage: "uicc", address: "+27838890001", body: "hellohello", encoding: "GSM7" };

  it("sends a TPDU as +CMGS takes it in PDU mode, and keeps a stored message's parts as +CMGR gives them", () => {
    expect(valid("CMAPI_SMS_SendPdu.params", { deviceId: "1", pdu: submit })).toBe(true);
    expect(valid("CMAPI_SMS_SendPdu.params", { deviceId: "1", pdu: submit.toLowerCase(), smsc: "+447785016005" })).toBe(true);
    expect(valid("SmsMessage", { ...stored, pdus: [deliver] })).toBe(true);
  });

  it("refuses a PDU too short to be an SMS-SUBMIT, an odd number of digits, more than 164 octets, and lower case in a result", () => {
    expect(valid("CMAPI_SMS_SendPdu.params", { deviceId: "1", pdu: "0100" })).toBe(false);
    expect(valid("CMAPI_SMS_SendPdu.params", { deviceId: "1", pdu: `${submit}0` })).toBe(false);
    expect(valid("CMAPI_SMS_SendPdu.params", { deviceId: "1", pdu: "00".repeat(165) })).toBe(false);
    expect(valid("SmsMessage", { ...stored, pdus: [deliver.toLowerCase()] })).toBe(false);
  });

  it("stores a draft (+CMGW) to send later (+CMSS), with a validity period per message within TS 23.040's range", () => {
    expect(valid("CMAPI_SMS_Store.params", { deviceId: "1", address: "+447700900123", body: "draft", storage: "uicc" })).toBe(true);
    expect(valid("CMAPI_SMS_Store.result", { msgID: "sms-4" })).toBe(true);
    expect(valid("CMAPI_SMS_SendStored.params", { deviceId: "1", msgID: "sms-4", validityPeriod: 1440 })).toBe(true);
    expect(valid("CMAPI_SMS_Send.params", { deviceId: "1", address: "+447700900123", body: "x", validityPeriod: 635040 })).toBe(true);
    expect(valid("CMAPI_SMS_Send.params", { deviceId: "1", address: "+447700900123", body: "x", validityPeriod: 4 })).toBe(false);
    expect(valid("CMAPI_SMS_SendStored.params", { deviceId: "1", msgID: "sms-4", validityPeriod: 635041 })).toBe(false);
  });

  it("lists the status report (SR) and cell broadcast (BM) stores: a report with its TP-Status, a CMAS alert on channel 4370", () => {
    expect(valid("SmsMessage", { msgID: "sr-1", status: "unread", storage: "statusReport", address: "+447700900123", body: "", tpStatus: 0 })).toBe(true);
    expect(valid("SmsMessage", { msgID: "bm-1", status: "unread", storage: "broadcast", address: "", body: "Presidential Alert", broadcastChannel: 4370 })).toBe(true);
    expect(valid("SmsMessage", { msgID: "bm-2", status: "unread", storage: "broadcast", address: "", body: "x", broadcastChannel: 65536 })).toBe(false);
    expect(valid("StorageStatus", { storage: "SR", smsStorage: "statusReport", used: 2, total: 20 })).toBe(true);
    expect(valid("CMAPI_SMS_List.params", { deviceId: "1", storage: "broadcast" })).toBe(true);
  });

  it("reports an interface as NetworkManager's WirelessCapabilities do (an AX210: 2.4, 5 and 6 GHz, WPA3, OWE, AP mode), and an access point's MaxBitrate", () => {
    const ax210 = {
      bands: ["2.4GHz", "5GHz", "6GHz"],
      securities: ["open", "OWE", "WPA2_PERSONAL", "WPA3_PERSONAL", "WPA2_ENTERPRISE", "WPA3_ENTERPRISE"],
      channelWidths: [20, 40, 80, 160],
      accessPoint: true,
      wps: true,
      passpoint: true,
      pmf: true,
      maxBitRate: 2402,
    };
    expect(valid("WlanCapabilities", ax210)).toBe(true);
    expect(valid("WlanCapabilities", { ...ax210, channelWidths: [20, 60] })).toBe(false);
    expect(valid("WlanCapabilities", { ...ax210, maxBitRate: 0 })).toBe(false);
    const entry = { ssid: "home", bssid: "AA:BB:CC:DD:EE:FF", security: "WPA2_PERSONAL", rssi: -60, channel: 36, frequency: 5180, known: false };
    // NetworkManager's MaxBitrate 1300000 kbit/s is 1300 Mbit/s; no standard reaches 50 Gbit/s.
    expect(valid("WlanScanEntry", { ...entry, maxBitRate: 1300 })).toBe(true);
    expect(valid("WlanScanEntry", { ...entry, maxBitRate: 50000 })).toBe(false);
  });

  it("counts an SSID in bytes as 802.11 does: 32 ASCII letters, 10 Japanese ones (30 bytes), not 11 (33 bytes)", () => {
    const entry = { ssid: "", bssid: "AA:BB:CC:DD:EE:FF", security: "WPA2_PERSONAL", rssi: -60, channel: 36, frequency: 5180, known: false };
    expect(valid("WlanScanEntry", { ...entry, ssid: "x".repeat(32) })).toBe(true);
    expect(valid("WlanScanEntry", { ...entry, ssid: "無線ラン無線ラン無線" })).toBe(true);
    expect(valid("WlanScanEntry", { ...entry, ssid: "無線ラン無線ラン無線ラ" })).toBe(false);
  });

  it("names a card as ModemManager's Sim does: an eUICC's 32-digit EID, physical or eSIM, and its slot among SimSlots", () => {
    const esim = { state: "ready", iccid: "8949020000001234567", eid: "89049032004008882600007286130538", cardType: "esim", slot: 2 };
    expect(valid("UiccStatus", esim)).toBe(true);
    expect(
      valid("UiccSlotList", {
        slotListElements: 2,
        slotList: [
          { slot: 1, active: false, state: "absent" },
          { ...esim, active: true },
        ],
      }),
    ).toBe(true);
    expect(valid("UiccStatus", { ...esim, eid: esim.eid.slice(1) })).toBe(false);
    expect(valid("UiccStatus", { ...esim, cardType: "euicc" })).toBe(false);
    expect(valid("CMAPI_UICC_SetActiveSlot.params", { deviceId: "1", slot: 0 })).toBe(false);
  });
});
