/** opencmapi-gen diff: one small spec pair per kind of change, each classed breaking or compatible. */
import { readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { compareApis } from "../generator/diff/compare.js";
import { bundledSpec, loadApi } from "../generator/load.js";
import type { Api } from "../generator/model/api.js";
import { withSchemaTree } from "../generator/model/schema-tree.js";
import { MINI as MINI_FILES, fixture, runCli } from "./support/cli.js";
import { tempDir } from "./support/generation.js";

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

/** The changes without their places (the tests of places are below). */
const changesOf = (before: Api, after: Api) => compareApis(before, after).map(({ place, ...change }) => change);

describe("constraint changes in the schema", () => {
  const bandsOf = (api: Api) => (api.schemaDefs["CMAPI_Network_SetBands.params"]!["properties"] as Record<string, Record<string, unknown>>)["bands"]!;
  const variant = async (change: (bands: Record<string, unknown>) => void): Promise<Api> => {
    const api = await loadApi({ idl: fixture("mini/opencmapi.webidl"), schema: fixture("mini/opencmapi.schema.json") });
    change(bandsOf(api));
    // The model reads its schema tree once, when built: an edit afterwards is read again by hand.
    return withSchemaTree(api);
  };

  it("a lower maxItems or a new pattern is breaking, a higher maxItems compatible; nothing else is reported", async () => {
    const four = await variant((bands) => (bands["maxItems"] = 4));
    const eight = await variant((bands) => (bands["maxItems"] = 8));
    const patterned = await variant((bands) => (bands["items"] = { type: "string", pattern: "^B[0-9]+$" }));
    const plain = await variant(() => undefined);
    expect(changesOf(eight, four)).toEqual([{ breaking: true, kind: "maxItems narrowed", subject: "CMAPI_Network_SetBands.params.bands", detail: "8 → 4" }]);
    expect(changesOf(four, eight)).toEqual([{ breaking: false, kind: "maxItems widened", subject: "CMAPI_Network_SetBands.params.bands", detail: "4 → 8" }]);
    expect(changesOf(plain, patterned)).toEqual([{ breaking: true, kind: "pattern narrowed", subject: "CMAPI_Network_SetBands.params.bands/items", detail: 'none → "^B[0-9]+$"' }]);
    expect(changesOf(patterned, plain)[0]).toMatchObject({ breaking: false, kind: "pattern widened" });
  });

  const loadMini = () => loadApi({ idl: fixture("mini/opencmapi.webidl"), schema: fixture("mini/opencmapi.schema.json") });
  /** The mini spec with its schema edited: the WebIDL says the same, so only the schema's own changes show. */
  const edited = async (edit: (defs: Record<string, any>) => void): Promise<Api> => {
    const api = await loadMini();
    edit(api.schemaDefs);
    return withSchemaTree(api);
  };
  const setBands = (edit: (properties: Record<string, any>) => void) => edited((defs) => edit(defs["CMAPI_Network_SetBands.params"]["properties"]));
  const SUBJECT = "CMAPI_Network_SetBands.params.bands";

  it("an integer's range narrower than its WebIDL type is compared: a lower maximum breaks, a higher one is compatible", async () => {
    const plain = await loadMini();
    const capped = await edited((defs) => (defs["RFInfo"]["properties"]["maxDataRateDL"]["maximum"] = 1000000));
    expect(changesOf(plain, capped)).toEqual([{ breaking: true, kind: "maximum narrowed", subject: "RFInfo.maxDataRateDL", detail: "4294967295 → 1000000" }]);
    expect(changesOf(capped, plain)).toEqual([{ breaking: false, kind: "maximum widened", subject: "RFInfo.maxDataRateDL", detail: "1000000 → 4294967295" }]);
  });

  it("reads a number's range as one bound a side: an integer's maximum 10 is its exclusiveMaximum 11, and of two bounds the tighter counts", async () => {
    const capped = (bounds: Record<string, number>) =>
      edited((defs) => {
        const property = defs["RFInfo"]["properties"]["maxDataRateDL"];
        delete property["maximum"];
        Object.assign(property, bounds);
      });
    expect(changesOf(await capped({ maximum: 10 }), await capped({ exclusiveMaximum: 11 }))).toEqual([]);
    expect(changesOf(await capped({ maximum: 10 }), await capped({ maximum: 100, exclusiveMaximum: 10 }))).toEqual([{ breaking: true, kind: "maximum narrowed", subject: "RFInfo.maxDataRateDL", detail: "10 → 9" }]);
    expect(changesOf(await capped({ maximum: 10 }), await capped({ exclusiveMaximum: 12 }))).toEqual([{ breaking: false, kind: "maximum widened", subject: "RFInfo.maxDataRateDL", detail: "10 → 11" }]);
  });

  it("what the WebIDL says is reported once, from the WebIDL: a narrowed member type, a named enum's values", async () => {
    const mini = await loadMini();
    const load = (name: string) => loadApi({ idl: fixture(`diff/${name}/opencmapi.webidl`), schema: fixture(`diff/${name}/opencmapi.schema.json`) });
    // The schema's maximum follows the type (4294967295 → 65535) and is not reported again.
    expect(changesOf(mini, await load("type-narrowed"))).toEqual([{ breaking: true, kind: "field type changed", subject: "RFInfo", detail: "maxDataRateDL: unsigned long → unsigned short" }]);
    expect(changesOf(mini, await load("enum-value-removed"))).toEqual([{ breaking: true, kind: "enum value removed", subject: "RadioTechnology", detail: '"GSM"' }]);
    // Widened, the same: the WebIDL's change, once, not the schema's maximum beside it.
    expect(changesOf(await load("type-narrowed"), mini)).toEqual([{ breaking: false, kind: "field type widened", subject: "RFInfo", detail: "maxDataRateDL: unsigned short → unsigned long" }]);
  });

  it("format and uniqueItems: added narrows, removed widens", async () => {
    const plain = await loadMini();
    const dated = await setBands((properties) => (properties["bands"]["items"]["format"] = "date"));
    const unique = await setBands((properties) => (properties["bands"]["uniqueItems"] = true));
    expect(changesOf(plain, dated)).toEqual([{ breaking: true, kind: "format narrowed", subject: `${SUBJECT}/items`, detail: 'none → "date"' }]);
    expect(changesOf(dated, plain)).toEqual([{ breaking: false, kind: "format widened", subject: `${SUBJECT}/items`, detail: '"date" → none' }]);
    expect(changesOf(plain, unique)).toEqual([{ breaking: true, kind: "uniqueItems narrowed", subject: SUBJECT, detail: "false → true" }]);
    expect(changesOf(unique, plain)).toEqual([{ breaking: false, kind: "uniqueItems widened", subject: SUBJECT, detail: "true → false" }]);
  });

  it("x-cmapi-max-bytes: added or lowered narrows, raised or removed widens", async () => {
    const plain = await loadMini();
    const bytes = (limit: number) => setBands((properties) => (properties["bands"]["items"]["x-cmapi-max-bytes"] = limit));
    const [thirtyTwo, sixteen] = [await bytes(32), await bytes(16)];
    expect(changesOf(plain, thirtyTwo)).toEqual([{ breaking: true, kind: "x-cmapi-max-bytes narrowed", subject: `${SUBJECT}/items`, detail: "none → 32" }]);
    expect(changesOf(thirtyTwo, sixteen)).toEqual([{ breaking: true, kind: "x-cmapi-max-bytes narrowed", subject: `${SUBJECT}/items`, detail: "32 → 16" }]);
    expect(changesOf(sixteen, thirtyTwo)).toEqual([{ breaking: false, kind: "x-cmapi-max-bytes widened", subject: `${SUBJECT}/items`, detail: "16 → 32" }]);
    expect(changesOf(thirtyTwo, plain)).toEqual([{ breaking: false, kind: "x-cmapi-max-bytes widened", subject: `${SUBJECT}/items`, detail: "32 → none" }]);
  });

  it("multipleOf: a divisor of the old step widens, anything else narrows", async () => {
    const step = (multipleOf: number | undefined) => edited((defs) => (defs["RFInfo"]["properties"]["maxDataRateDL"]["multipleOf"] = multipleOf));
    const [none, ten, five, four] = await Promise.all([step(undefined), step(10), step(5), step(4)]);
    expect(changesOf(none, ten)).toMatchObject([{ breaking: true, kind: "multipleOf narrowed", subject: "RFInfo.maxDataRateDL" }]);
    expect(changesOf(ten, five)).toMatchObject([{ breaking: false, kind: "multipleOf widened", detail: "10 → 5" }]);
    expect(changesOf(ten, four)).toMatchObject([{ breaking: true, kind: "multipleOf narrowed", detail: "10 → 4" }]);
    expect(changesOf(ten, none)).toMatchObject([{ breaking: false, kind: "multipleOf widened" }]);
  });

  it("an enum the WebIDL does not name: a value removed breaks, one added is compatible (results alike, see constraints.ts)", async () => {
    const values = (list: string[]) => setBands((properties) => (properties["bands"]["items"] = { type: "string", enum: list }));
    const [two, three] = await Promise.all([values(["B1", "B3"]), values(["B1", "B3", "n78"])]);
    expect(changesOf(three, two)).toEqual([{ breaking: true, kind: "enum value removed", subject: `${SUBJECT}/items`, detail: '"n78"' }]);
    expect(changesOf(two, three)).toEqual([{ breaking: false, kind: "enum value added", subject: `${SUBJECT}/items`, detail: '"n78"' }]);
    // A plain string becoming an enum accepts less.
    expect(changesOf(await loadMini(), two)).toEqual([{ breaking: true, kind: "type narrowed", subject: `${SUBJECT}/items`, detail: "string → enum" }]);
  });

  it("a property of an object the WebIDL does not describe made required breaks, made optional is compatible", async () => {
    const filter = (required: string[]) => setBands((properties) => (properties["bands"]["items"] = { type: "object", properties: { band: { type: "string" } }, required }));
    const [optional, required] = await Promise.all([filter([]), filter(["band"])]);
    expect(changesOf(optional, required)).toEqual([{ breaking: true, kind: "property made required", subject: `${SUBJECT}/items`, detail: "band" }]);
    expect(changesOf(required, optional)).toEqual([{ breaking: false, kind: "property made optional", subject: `${SUBJECT}/items`, detail: "band" }]);
  });

  it("a type that also accepts null widens, the reverse narrows", async () => {
    const plain = await loadMini();
    const nullable = await setBands((properties) => (properties["bands"]["items"] = { type: ["string", "null"] }));
    expect(changesOf(plain, nullable)).toEqual([{ breaking: false, kind: "type widened", subject: `${SUBJECT}/items`, detail: "string → string or null" }]);
    expect(changesOf(nullable, plain)).toEqual([{ breaking: true, kind: "type narrowed", subject: `${SUBJECT}/items`, detail: "string or null → string" }]);
  });

  it("a constraint beside a $ref is compared with the reference's own: a minLength added to a $ref narrows", async () => {
    const plain = await loadMini();
    const bounded = await edited((defs) => (defs["CMAPI_Network_GetRFInfo.params"]["properties"]["deviceId"]["minLength"] = 1));
    expect(changesOf(plain, bounded)).toEqual([{ breaking: true, kind: "minLength narrowed", subject: "CMAPI_Network_GetRFInfo.params.deviceId", detail: "none → 1" }]);
    expect(changesOf(bounded, plain)).toEqual([{ breaking: false, kind: "minLength widened", subject: "CMAPI_Network_GetRFInfo.params.deviceId", detail: "1 → none" }]);
  });

  it("a property of an object the WebIDL does not describe: removed breaks, added optional is compatible, added required breaks", async () => {
    const plain = await loadMini();
    const traced = await edited((defs) => (defs["CmapiRequest"]["properties"]["trace"] = { type: "string" }));
    expect(changesOf(plain, traced)).toEqual([{ breaking: false, kind: "optional property added", subject: "CmapiRequest", detail: "trace" }]);
    expect(changesOf(traced, plain)).toEqual([{ breaking: true, kind: "property removed", subject: "CmapiRequest", detail: "trace" }]);
    // An object inline in a property, in params: a caller that does not send the new member is refused.
    const filter = (properties: Record<string, unknown>, required: string[]) => setBands((bands) => (bands["bands"]["items"] = { type: "object", properties, required }));
    const [band, banded] = await Promise.all([filter({ band: { type: "string" } }, ["band"]), filter({ band: { type: "string" }, width: { type: "integer" } }, ["band", "width"])]);
    expect(changesOf(band, banded)).toEqual([{ breaking: true, kind: "required property added", subject: `${SUBJECT}/items`, detail: "width" }]);
    expect(changesOf(banded, band)).toEqual([{ breaking: true, kind: "property removed", subject: `${SUBJECT}/items`, detail: "width" }]);
  });

  it("members of a dictionary or params object added or removed are reported once, from the WebIDL", async () => {
    const mini = await loadMini();
    const load = (name: string) => loadApi({ idl: fixture(`diff/${name}/opencmapi.webidl`), schema: fixture(`diff/${name}/opencmapi.schema.json`) });
    expect(changesOf(mini, await load("optional-param-added"))).toEqual([{ breaking: false, kind: "optional param added", subject: "CMAPI_Network_GetRFInfo", detail: "radio" }]);
    expect(changesOf(mini, await load("result-field-removed"))).toEqual([{ breaking: true, kind: "field removed", subject: "RFInfo", detail: "maxDataRateDL" }]);
  });

  it("additionalProperties: becoming false narrows, ceasing to be false widens, a sub-schema is compared like any node", async () => {
    const plain = await loadMini();
    const closed = await edited((defs) => (defs["CmapiRequest"]["additionalProperties"] = false));
    expect(changesOf(plain, closed)).toEqual([{ breaking: true, kind: "additionalProperties narrowed", subject: "CmapiRequest", detail: "true → false" }]);
    expect(changesOf(closed, plain)).toEqual([{ breaking: false, kind: "additionalProperties widened", subject: "CmapiRequest", detail: "false → true" }]);
    const labels = (additionalProperties: unknown, properties: Record<string, unknown> = {}) => setBands((bands) => (bands["bands"]["items"] = { type: "object", properties, additionalProperties }));
    const [eight, four, open] = await Promise.all([labels({ type: "string", maxLength: 8 }), labels({ type: "string", maxLength: 4 }), labels(true)]);
    expect(changesOf(eight, four)).toEqual([{ breaking: true, kind: "maxLength narrowed", subject: `${SUBJECT}/items/additionalProperties`, detail: "8 → 4" }]);
    expect(changesOf(eight, await labels(false))).toEqual([{ breaking: true, kind: "additionalProperties narrowed", subject: `${SUBJECT}/items`, detail: "string → false" }]);
    expect(changesOf(open, eight)).toEqual([{ breaking: true, kind: "type narrowed", subject: `${SUBJECT}/items/additionalProperties`, detail: "any → string" }]);
    // A member the old version took as one of its additional strings, now named and held to a number.
    const counted = await labels({ type: "string", maxLength: 8 }, { count: { type: "integer" } });
    expect(changesOf(eight, counted)).toEqual([
      { breaking: false, kind: "optional property added", subject: `${SUBJECT}/items`, detail: "count" },
      { breaking: true, kind: "type narrowed", subject: `${SUBJECT}/items.count`, detail: "string → integer" },
    ]);
  });

  it("a union member removed breaks, one added is compatible, and members are matched by kind, not by place", async () => {
    const plain = await loadMini();
    const deviceId = (anyOf: unknown[]) => edited((defs) => (defs["DeviceId"]["anyOf"] = anyOf));
    const [text, number] = plain.schemaDefs["DeviceId"]!["anyOf"] as unknown[];
    // null put first: the string and the integer are still compared with themselves, not with their neighbours.
    const nullFirst = await deviceId([{ type: "null" }, text, { ...(number as object), maximum: 65535 }]);
    expect(changesOf(plain, nullFirst)).toEqual([
      { breaking: true, kind: "maximum narrowed", subject: "DeviceId/anyOf/2", detail: "4294967295 → 65535" },
      { breaking: false, kind: "union member added", subject: "DeviceId", detail: "anyOf/0: null" },
    ]);
    expect(changesOf(plain, await deviceId([text]))).toEqual([{ breaking: true, kind: "union member removed", subject: "DeviceId", detail: "anyOf/1: integer" }]);
    // A $ref made nullable, and back: the reference is matched by its name.
    const nullable = await edited((defs) => (defs["SignalChange"]["properties"]["deviceId"] = { anyOf: [{ type: "null" }, { $ref: "#/$defs/DeviceId" }] }));
    expect(changesOf(plain, nullable)).toEqual([{ breaking: false, kind: "union member added", subject: "SignalChange.deviceId", detail: "anyOf/0: null" }]);
    expect(changesOf(nullable, plain)).toEqual([{ breaking: true, kind: "union member removed", subject: "SignalChange.deviceId", detail: "anyOf/0: null" }]);
    // A union that becomes one of its members: that member is compared where the old version had it.
    const deviceIdOrName = await edited((defs) => (defs["SignalChange"]["properties"]["deviceId"] = { anyOf: [{ $ref: "#/$defs/DeviceId" }, { type: "string", maxLength: 8 }] }));
    const shortName = await edited((defs) => (defs["SignalChange"]["properties"]["deviceId"] = { type: "string", maxLength: 4 }));
    expect(changesOf(deviceIdOrName, shortName)).toEqual([
      { breaking: true, kind: "maxLength narrowed", subject: "SignalChange.deviceId/anyOf/1", detail: "8 → 4" },
      { breaking: true, kind: "union member removed", subject: "SignalChange.deviceId", detail: "anyOf/0: DeviceId" },
    ]);
  });

  it("a $ref that names another definition compares the two: a definition renamed is no change, a narrower one breaks", async () => {
    const labelled = (name: string, maxLength: number) =>
      edited((defs) => {
        defs[name] = { type: "string", maxLength };
        defs["CmapiRequest"]["properties"]["id"] = { $ref: `#/$defs/${name}` };
      });
    const [label, name, shortName] = await Promise.all([labelled("Label", 8), labelled("Name", 8), labelled("Name", 4)]);
    expect(changesOf(label, name)).toEqual([]);
    expect(changesOf(label, shortName)).toEqual([{ breaking: true, kind: "maxLength narrowed", subject: "CmapiRequest.id", detail: "8 → 4" }]);
  });

  it("a result whose WebIDL type changed is reported once: the old and new result definitions are not compared", async () => {
    const mini = await loadMini();
    const signalled = await edited((defs) => (defs["CMAPI_Network_GetRFInfo.result"] = { $ref: "#/$defs/SignalChange" }));
    signalled.methods.find((method) => method.name === "CMAPI_Network_GetRFInfo")!.result = "SignalChange";
    expect(changesOf(mini, signalled)).toEqual([{ breaking: true, kind: "result type changed", subject: "CMAPI_Network_GetRFInfo", detail: "RFInfoResult → SignalChange" }]);
  });
});

describe("where diff shows a change: the file and line that define its item", () => {
  const rel = (file: string) => relative(process.cwd(), file);
  /** The 1-based line of the first line of `file` that contains `needle` (after line `after`). */
  const lineOf = async (file: string, needle: string, after = 0) => (await readFile(file, "utf8")).split("\n").findIndex((line, index) => index >= after && line.includes(needle)) + 1;

  /** A folder with the bundled spec and Acme's files (test/fixtures/vendor), as a vendor keeps them, each schema edited by `edit`. */
  const acme = async (edit: (schema: Record<string, any>) => void = () => undefined) => {
    const dir = await tempDir();
    await writeFile(join(dir, "acme.webidl"), await readFile(fixture("vendor/acme.webidl"), "utf8"));
    const schema = JSON.parse(await readFile(fixture("vendor/acme.schema.json"), "utf8"));
    edit(schema);
    await writeFile(join(dir, "acme.schema.json"), `${JSON.stringify(schema, null, 2)}\n`);
    await writeFile(join(dir, "opencmapi-gen.config.json"), JSON.stringify({ idl: ["bundled", "acme.webidl"], schema: ["bundled", "acme.schema.json"] }));
    return dir;
  };
  /** The bundled spec copied into a folder, its schema edited as text. */
  const bundledCopy = async (edit: (schema: string) => string) => {
    const dir = await tempDir();
    await writeFile(join(dir, "opencmapi.webidl"), await readFile(bundledSpec().idl, "utf8"));
    const text = await readFile(bundledSpec().schema, "utf8");
    const edited = edit(text);
    expect(edited).not.toBe(text);
    await writeFile(join(dir, "opencmapi.schema.json"), edited);
    return dir;
  };

  it("text, --json and github-actions: an item removed in the old version's .webidl, one added in the new one's, at its name", async () => {
    const removed = await runCli(["diff", MINI, variant("function-removed")]);
    expect(removed.stdout).toContain(`BREAKING    function removed           CMAPI_Network_SetBands: clients calling it get -32601  (${rel(fixture("mini/opencmapi.webidl"))}:36:13)`);
    const added = await runCli(["diff", "--json", MINI, variant("optional-param-added")]);
    const file = fixture("diff/optional-param-added/opencmapi.webidl");
    expect(JSON.parse(added.stdout)).toEqual([{ breaking: false, kind: "optional param added", subject: "CMAPI_Network_GetRFInfo", detail: "radio", file, line: await lineOf(file, "optional DOMString radio"), column: expect.any(Number) }]);
    const annotated = await runCli(["diff", "--error-format", "github-actions", MINI, variant("result-field-removed")]);
    expect(annotated.stdout).toBe(`::error file=${rel(fixture("mini/opencmapi.webidl"))},line=11,col=26,title=field removed::breaking: RFInfo: maxDataRateDL\n`);
  });

  it("takes bundled as either side, and puts a vendor's items in the vendor's files, Table 4 rows at their row", async () => {
    const dir = await acme();
    const added = await runCli(["diff", "--error-format", "github-actions", "bundled", dir]);
    expect(added.code).toBe(0);
    const webidl = join(dir, "acme.webidl");
    expect(added.stdout).toContain(`::notice file=${rel(webidl)},line=${await lineOf(webidl, "CMAPI_AcmeDiag_GetTemperature(")},col=13,title=function added::compatible: CMAPI_AcmeDiag_GetTemperature: group AcmeDiag`);
    expect(added.stdout).toContain(`::notice file=${rel(webidl)},line=${await lineOf(webidl, "double acmeFrontEndCelsius")},col=10,title=optional field added::compatible: RFInfo: acmeFrontEndCelsius`);
    const schema = join(dir, "acme.schema.json");
    expect(added.stdout).toContain(
      `::notice file=${rel(schema)},line=${(await lineOf(schema, '"title": "0xE0000001"')) - 1},col=9,title=error code added::compatible: 0xE0000001: The temperature sensor did not answer. (at /$defs/ErrorCode/anyOf/0)`,
    );
    // Backwards: removed, so in the old version's files, which are the vendor's.
    const removed = await runCli(["diff", dir, "bundled"]);
    expect(removed.code).toBe(1);
    expect(removed.stdout).toContain(`BREAKING    type removed               AcmeTemperature  (${rel(webidl)}:${await lineOf(webidl, "dictionary AcmeTemperature")}:12)`);
    expect(
      added.stdout
        .split("\n")
        .filter(Boolean)
        .every((line) => !line.includes(rel(bundledSpec().idl))),
    ).toBe(true);
  });

  it("a schema-only change in a vendor's schema is shown at its keyword there, a partial definition's property included", async () => {
    const [plain, capped] = await Promise.all([
      acme(),
      acme((schema) => {
        schema["$defs"]["AcmeTemperature"]["properties"]["celsius"]["maximum"] = 150;
        schema["$defs"]["RFInfo"]["properties"]["acmeFrontEndCelsius"]["maximum"] = 200;
      }),
    ]);
    const run = await runCli(["diff", "--error-format", "json", plain, capped]);
    const report = JSON.parse(run.stdout) as { exitCode: number; findings: { rule: string; file: string; line: number; pointer: string; message: string }[] };
    expect(report.exitCode).toBe(1);
    const schema = join(capped, "acme.schema.json");
    expect(report.findings.map(({ rule, file, line, pointer, message }) => ({ rule, file, line, pointer, message }))).toEqual([
      { rule: "maximum narrowed", file: schema, line: await lineOf(schema, '"maximum": 200'), pointer: "/$defs/RFInfo/properties/acmeFrontEndCelsius/maximum", message: "breaking: RFInfo.acmeFrontEndCelsius: none → 200" },
      { rule: "maximum narrowed", file: schema, line: await lineOf(schema, '"maximum": 150'), pointer: "/$defs/AcmeTemperature/properties/celsius/maximum", message: "breaking: AcmeTemperature.celsius: none → 150" },
    ]);
  });

  it("a schema-only change in the base schema: a constraint narrowed at its keyword in the new file, widened back in the bundled one", async () => {
    const dir = await bundledCopy((text) => text.replace(/("Ssid": \{\s*"type": "string",\s*"maxLength": )32/, "$116"));
    const schema = join(dir, "opencmapi.schema.json");
    const narrowed = await runCli(["diff", "--error-format", "github-actions", "bundled", dir]);
    const line = await lineOf(schema, '"maxLength": 16');
    expect(narrowed.stdout).toBe(`::error file=${rel(schema)},line=${line},col=7,title=maxLength narrowed::breaking: Ssid: 32 → 16 (at /$defs/Ssid/maxLength)\n`);
    const widened = await runCli(["diff", dir, "bundled"]);
    expect(widened.stdout).toContain(`compatible  maxLength widened          Ssid: 16 → 32  (${rel(bundledSpec().schema)}:${line}:7 at /$defs/Ssid/maxLength)`);
  });

  it("a schema-only enum value removed is shown in the old schema, at the value; one added in the new schema", async () => {
    const withBands = async (values: string[]) => {
      const dir = await tempDir();
      await writeFile(join(dir, "opencmapi.webidl"), await readFile(MINI_FILES.idl, "utf8"));
      const schema = JSON.parse(await readFile(MINI_FILES.schema, "utf8"));
      schema["$defs"]["CMAPI_Network_SetBands.params"]["properties"]["bands"]["items"] = { type: "string", enum: values };
      await writeFile(join(dir, "opencmapi.schema.json"), `${JSON.stringify(schema, null, 2)}\n`);
      return dir;
    };
    const [three, two] = await Promise.all([withBands(["B1", "B3", "n78"]), withBands(["B1", "B3"])]);
    const removed = JSON.parse((await runCli(["diff", "--json", three, two])).stdout);
    const old = join(three, "opencmapi.schema.json");
    expect(removed).toEqual([
      {
        breaking: true,
        kind: "enum value removed",
        subject: "CMAPI_Network_SetBands.params.bands/items",
        detail: '"n78"',
        file: old,
        line: await lineOf(old, '"n78"'),
        column: expect.any(Number),
        pointer: "/$defs/CMAPI_Network_SetBands.params/properties/bands/items/enum/2",
      },
    ]);
    const added = JSON.parse((await runCli(["diff", "--json", two, three])).stdout);
    expect(added[0]).toMatchObject({ kind: "enum value added", file: join(three, "opencmapi.schema.json"), pointer: "/$defs/CMAPI_Network_SetBands.params/properties/bands/items/enum/2" });
  });
});
