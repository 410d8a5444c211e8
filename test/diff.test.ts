/** opencmapi-gen diff: one small spec pair per kind of change, each classed breaking or compatible. */
import { describe, expect, it } from "vitest";
import { compareApis } from "../generator/diff/compare.js";
import { loadApi } from "../generator/load.js";
import type { Api } from "../generator/model/api.js";
import { fixture, runCli } from "./support/cli.js";

const MINI = fixture("mini");
const variant = (name: string) => fixture(`diff/${name}`);

const cases: [string, string, string, boolean][] = [
  ["function-removed", "function removed", "CMAPI_Network_SetBands", true],
  ["function-renamed", "function renamed", "CMAPI_Network_SetBands: now CMAPI_Network_SetBandList", true],
  ["required-param-added", "required param added", "CMAPI_Network_GetRFInfo: radio", true],
  ["optional-param-added", "optional param added", "CMAPI_Network_GetRFInfo: radio", false],
  ["param-removed", "param removed", "CMAPI_Network_SetBands: persist", true],
  ["result-field-removed", "field removed", "RFInfo: maxDataRateDL", true],
  ["type-changed", "param type changed", "persist: boolean → DOMString", true],
  ["type-narrowed", "field type changed", "maxDataRateDL: unsigned long → unsigned short", true],
  ["enum-value-removed", "enum value removed", 'RadioTechnology: "GSM"', true],
  ["enum-value-added", "enum value added", 'RadioTechnology: "NR"', false],
  ["error-meaning-changed", "error code meaning changed", '0x00000101: "The deviceID references a non-existing device or a device which is not open" → "The device is busy"', true],
  ["callback-added", "callback added", "CMAPI_Callback_Other", false],
];

describe("opencmapi-gen diff OLD NEW", () => {
  for (const [name, kind, subject, breaking] of cases) {
    it(`${name}: ${breaking ? "breaking, exit 1" : "compatible, exit 0"}`, async () => {
      const run = await runCli(["diff", MINI, variant(name)]);
      expect(run.stdout).toContain(`${breaking ? "BREAKING  " : "compatible"}  ${kind}`);
      expect(run.stdout).toContain(subject);
      expect(run.code).toBe(breaking ? 1 : 0);
      const changes = JSON.parse((await runCli(["diff", "--json", MINI, variant(name)])).stdout) as { breaking: boolean; kind: string }[];
      expect(changes.find((change) => change.kind === kind)).toMatchObject({ breaking });
    });
  }

  it("a callback removed is breaking (the added one read backwards)", async () => {
    const run = await runCli(["diff", variant("callback-added"), MINI]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("BREAKING    callback removed           CMAPI_Callback_Other");
    expect(run.stdout).toContain("BREAKING    enum value removed         CallbackId");
  });

  it("the same spec twice has no changes, and a spec may be named by its .webidl", async () => {
    const run = await runCli(["diff", MINI, fixture("mini/opencmapi.webidl")]);
    expect(run).toMatchObject({ code: 0, stdout: "no changes\n" });
  });

  it("says what is wrong with a spec location", async () => {
    const missing = await runCli(["diff", MINI, fixture("nowhere")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nowhere: no such file or folder");
    const crowded = await runCli(["diff", MINI, fixture("bad")]);
    expect(crowded.code).toBe(2);
    expect(crowded.stderr).toMatch(/a spec folder holds one \.webidl and one \.schema\.json; found \d+ and \d+/);
  });
});

describe("constraint changes in the schema", () => {
  const bandsOf = (api: Api) => (api.schemaDefs["CMAPI_Network_SetBands.params"]!["properties"] as Record<string, Record<string, unknown>>)["bands"]!;
  const variant = async (change: (bands: Record<string, unknown>) => void): Promise<Api> => {
    const api = await loadApi({ idl: fixture("mini/opencmapi.webidl"), schema: fixture("mini/opencmapi.schema.json") });
    change(bandsOf(api));
    return api;
  };

  it("a lower maxItems or a new pattern is breaking, a higher maxItems compatible; nothing else is reported", async () => {
    const four = await variant((bands) => (bands["maxItems"] = 4));
    const eight = await variant((bands) => (bands["maxItems"] = 8));
    const patterned = await variant((bands) => (bands["items"] = { type: "string", pattern: "^B[0-9]+$" }));
    const plain = await variant(() => undefined);
    expect(compareApis(eight, four)).toEqual([{ breaking: true, kind: "maxItems narrowed", subject: "CMAPI_Network_SetBands.params.bands", detail: "8 → 4" }]);
    expect(compareApis(four, eight)).toEqual([{ breaking: false, kind: "maxItems widened", subject: "CMAPI_Network_SetBands.params.bands", detail: "4 → 8" }]);
    expect(compareApis(plain, patterned)).toEqual([{ breaking: true, kind: "pattern narrowed", subject: "CMAPI_Network_SetBands.params.bands/items", detail: 'none → "^B[0-9]+$"' }]);
    expect(compareApis(patterned, plain)[0]).toMatchObject({ breaking: false, kind: "pattern widened" });
  });
});
