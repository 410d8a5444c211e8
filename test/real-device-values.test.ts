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
