/**
 * opencmapi-gen lint: each rule fires on a small spec broken for it, an ignore at the place silences
 * it, the config switches it off; findings are located and printed in every --error-format.
 */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { SpecError } from "../generator/diagnostics.js";
import { DEFAULT_LINT_CONFIG, enabledRules, parseLintConfig, type LintConfig } from "../generator/lint/config.js";
import { lintSpec } from "../generator/lint/runner.js";
import { LINT_RULES } from "../generator/lint/rules.js";
import { namesUnit, isQuantityName } from "../generator/lint/units.js";
import { statedBound } from "../generator/lint/prose-bounds.js";
import { isSecretName } from "../generator/lint/secrets.js";
import { restatesName } from "../generator/lint/words.js";
import { apiFromTexts, bundledSpec, readSpecTexts, type SpecTexts } from "../generator/load.js";
import type { Finding } from "../generator/report-format.js";
import { bundledApi } from "./support/api.js";
import { fixture, runCli } from "./support/cli.js";
import { tempDir } from "./support/generation.js";

const CLEAN = { idl: fixture("lint/clean.webidl"), schema: fixture("lint/clean.schema.json") };
const CLEAN_IDL = readFileSync(CLEAN.idl, "utf8");
const CLEAN_SCHEMA = readFileSync(CLEAN.schema, "utf8");

type TextEdit = (text: string) => string;
interface Edit {
  idl?: TextEdit;
  schema?: TextEdit;
}

/** Replaces text that must be there, so that a fixture change cannot quietly turn a test into one that passes without testing. */
const replace =
  (from: string, to: string, all = false): TextEdit =>
  (text) => {
    if (!text.includes(from)) throw new Error(`the fixture has no ${JSON.stringify(from)}`);
    return all ? text.split(from).join(to) : text.replace(from, to);
  };
const chain =
  (...edits: TextEdit[]): TextEdit =>
  (text) =>
    edits.reduce((current, edit) => edit(current), text);
/** Edits the schema as an object. */
const json =
  (change: (defs: Record<string, any>) => void): TextEdit =>
  (text) => {
    const schema = JSON.parse(text);
    change(schema.$defs);
    return JSON.stringify(schema, null, 2);
  };
const IGNORE = "// opencmapi-gen-lint-ignore";
/** An ignore comment on its own line before the first line holding `snippet`. */
const ignoreBefore =
  (snippet: string, rule: string): TextEdit =>
  (text) => {
    const lines = text.split("\n");
    const index = lines.findIndex((line) => line.includes(snippet));
    if (index === -1) throw new Error(`the fixture has no ${JSON.stringify(snippet)}`);
    lines.splice(index, 0, `${/^\s*/.exec(lines[index]!)![0]}${IGNORE} ${rule}: the test says so`);
    return lines.join("\n");
  };
const both = (first: Edit, second: Edit | undefined): Edit => ({
  idl: chain(first.idl ?? ((text) => text), second?.idl ?? ((text) => text)),
  schema: chain(first.schema ?? ((text) => text), second?.schema ?? ((text) => text)),
});

function specTexts(edit: Edit = {}): SpecTexts {
  return { idl: [{ file: CLEAN.idl, text: edit.idl ? edit.idl(CLEAN_IDL) : CLEAN_IDL }], schema: [{ file: CLEAN.schema, text: edit.schema ? edit.schema(CLEAN_SCHEMA) : CLEAN_SCHEMA }] };
}

function lint(edit: Edit = {}, config: LintConfig = DEFAULT_LINT_CONFIG) {
  const texts = specTexts(edit);
  return { texts, ...lintSpec(apiFromTexts(texts), texts, config) };
}

const ofRule = (findings: Finding[], rule: string) => findings.filter((finding) => finding.rule === rule);
const lineOf = (text: string, snippet: string) => {
  const index = text.split("\n").findIndex((line) => line.includes(snippet));
  if (index === -1) throw new Error(`no ${JSON.stringify(snippet)}`);
  return index + 1;
};

const renameDef = (from: string, to: string) =>
  json((defs) => {
    defs[to] = defs[from];
    delete defs[from];
  });
const renameProperty = (def: string, from: string, to: string) =>
  json((defs) => {
    const schema = defs[def];
    schema.properties = Object.fromEntries(Object.entries(schema.properties).map(([name, value]) => [name === from ? to : name, value]));
    schema.required = schema.required?.map((name: string) => (name === from ? to : name));
  });
const addProperty = (def: string, name: string, schema: object) =>
  json((defs) => {
    defs[def].properties[name] = schema;
  });
const BAND_ENUM = (values: string) => replace("/** What one radio of the device measures. */", `/** Frequency bands. */\nenum Band {\n${values}\n};\n\n/** What one radio of the device measures. */`);
const bandSchema = (values: string[]) =>
  json((defs) => {
    defs["Band"] = { type: "string", enum: values };
  });

interface Case {
  rule: string;
  /** Breaks the clean spec for the rule. */
  breaks: Edit;
  /** The finding's line: the WebIDL line holding this text, or the schema's when `inSchema`. */
  at: string;
  /** The finding's column: where this text starts on that line. */
  column?: string;
  inSchema?: { pointer: string };
  message: RegExp;
  /** Silences the finding with an ignore at its place. */
  ignore?: Edit;
}

const CASES: Case[] = [
  {
    rule: "ACCESS_DECLARED",
    breaks: { idl: replace("Errors=(0x00000101), Access=user]", "Errors=(0x00000101)]") },
    at: "undefined CMAPI_Network_GetRFInfo",
    column: "CMAPI_Network_GetRFInfo",
    message: /function CMAPI_Network_GetRFInfo declares no access level: add \[Access=user\], \[Access=administrator\] or \[Access=operator\]; without it the device asks for administrator/,
    ignore: { idl: ignoreBefore("[Result=RFInfoResult", "ACCESS_DECLARED") },
  },
  {
    rule: "ACCESS_DECLARED",
    breaks: { idl: replace("[Access=user]\ncallback CMAPI_Callback_SignalChanged", "callback CMAPI_Callback_SignalChanged") },
    at: "callback CMAPI_Callback_SignalChanged",
    column: "CMAPI_Callback_SignalChanged",
    message: /callback CMAPI_Callback_SignalChanged declares no access level/,
    ignore: { idl: ignoreBefore("callback CMAPI_Callback_SignalChanged", "ACCESS_DECLARED") },
  },
  {
    rule: "FUNCTION_NAME_CONVENTION",
    breaks: {
      idl: replace("CMAPI_Network_GetRFInfo", "CMAPI_Network_getRFInfo", true),
      schema: chain(renameDef("CMAPI_Network_GetRFInfo.params", "CMAPI_Network_getRFInfo.params"), renameDef("CMAPI_Network_GetRFInfo.result", "CMAPI_Network_getRFInfo.result")),
    },
    at: "undefined CMAPI_Network_getRFInfo",
    column: "CMAPI_Network_getRFInfo",
    message: /function CMAPI_Network_getRFInfo is not named CMAPI_<Group>_<Function> with a PascalCase <Function>/,
    ignore: { idl: ignoreBefore("[Result=RFInfoResult", "FUNCTION_NAME_CONVENTION") },
  },
  {
    rule: "ERRORS_NO_SUCCESS_CODE",
    breaks: { idl: replace("Errors=(0x00000101)", "Errors=(0x00000101, 0x00000000)") },
    at: "Errors=(0x00000101, 0x00000000)",
    column: "0x00000000",
    message: /CMAPI_Network_GetRFInfo lists 0x00000000 \("The function succeeded."\) in \[Errors\], but it reports success/,
    ignore: { idl: ignoreBefore("[Result=RFInfoResult", "ERRORS_NO_SUCCESS_CODE") },
  },
  {
    rule: "RESULT_NO_SECRET",
    breaks: {
      idl: replace("  required unsigned long maxDataRateDL;\n", "  required unsigned long maxDataRateDL;\n  /** The network's pre-shared key. */\n  DOMString preSharedKey;\n"),
      schema: addProperty("RFInfo", "preSharedKey", { type: "string" }),
    },
    at: "DOMString preSharedKey",
    column: "preSharedKey",
    message: /RFInfo.preSharedKey is a secret \(its name says it is a secret\) in the result of CMAPI_Network_GetRFInfo/,
    ignore: { idl: ignoreBefore("DOMString preSharedKey", "RESULT_NO_SECRET") },
  },
  {
    rule: "RESULT_NO_SECRET",
    breaks: {
      schema: json((defs) => {
        defs["RFInfo"].properties.rssi.writeOnly = true;
      }),
    },
    at: "required long rssi",
    message: /RFInfo.rssi is a secret \(the schema marks it writeOnly \(\/\$defs\/RFInfo\/properties\/rssi\)\)/,
    // An ignore on a schema object covers the schemas inside it.
    ignore: {
      schema: json((defs) => {
        defs["RFInfo"]["x-cmapi-lint-ignore"] = ["RESULT_NO_SECRET: the test says so"];
      }),
    },
  },
  {
    rule: "IGNORE_KNOWN_RULE",
    breaks: { idl: ignoreBefore("required long rssi", "NO_SUCH_RULE") },
    at: `${IGNORE} NO_SUCH_RULE`,
    column: IGNORE,
    message: /names "NO_SUCH_RULE", which is no lint rule/,
  },
  {
    rule: "PARAM_LOWER_CAMEL_CASE",
    breaks: { idl: replace("/** Which device to ask. */ DeviceId deviceId", "/** Which device to ask. */ DeviceId device_id"), schema: renameProperty("CMAPI_Network_GetRFInfo.params", "deviceId", "device_id") },
    at: "DeviceId device_id",
    column: "device_id",
    message: /parameter device_id of CMAPI_Network_GetRFInfo is not lowerCamelCase/,
    ignore: { idl: replace("(/** Which device to ask. */", `(\n    ${IGNORE} PARAM_LOWER_CAMEL_CASE: the test says so\n    /** Which device to ask. */`) },
  },
  {
    rule: "MEMBER_LOWER_CAMEL_CASE",
    breaks: { idl: replace("maxDataRateDL", "MaxDataRateDL", true), schema: renameProperty("RFInfo", "maxDataRateDL", "MaxDataRateDL") },
    at: "required unsigned long MaxDataRateDL",
    column: "MaxDataRateDL",
    message: /member RFInfo.MaxDataRateDL is not lowerCamelCase/,
    ignore: { idl: ignoreBefore("required unsigned long MaxDataRateDL", "MEMBER_LOWER_CAMEL_CASE") },
  },
  {
    rule: "TYPE_PASCAL_CASE",
    breaks: { idl: replace("SignalChange ", "signal_change ", true), schema: chain(replace('"SignalChange"', '"signal_change"'), replace("#/$defs/SignalChange", "#/$defs/signal_change")) },
    at: "dictionary signal_change",
    column: "signal_change",
    message: /type signal_change is not PascalCase/,
    ignore: { idl: ignoreBefore("dictionary signal_change", "TYPE_PASCAL_CASE") },
  },
  {
    rule: "ENUM_VALUE_STYLE_CONSISTENT",
    breaks: { idl: BAND_ENUM('  "LOW_BAND",\n  "MID_BAND",\n  "high-band"'), schema: bandSchema(["LOW_BAND", "MID_BAND", "high-band"]) },
    at: '"high-band"',
    column: '"high-band"',
    message: /enum Band writes its values in UPPER_SNAKE_CASE, but "high-band" is .*kebab-case/,
    ignore: { idl: ignoreBefore('"high-band"', "ENUM_VALUE_STYLE_CONSISTENT") },
  },
  {
    rule: "LIST_COUNT_PAIRED",
    breaks: {
      idl: replace("  /** How many radios RFInfoList holds. */\n  required unsigned long RFInfoListElements;\n", ""),
      schema: json((defs) => void (delete defs["RFInfoResult"].properties.RFInfoListElements, defs["RFInfoResult"].required.shift())),
    },
    at: "required sequence<RFInfo> RFInfoList",
    column: "RFInfoList",
    message: /RFInfoResult.RFInfoList is a list without its count: add an integer member RFInfoListElements/,
    ignore: { idl: ignoreBefore("required sequence<RFInfo> RFInfoList", "LIST_COUNT_PAIRED") },
  },
  {
    rule: "LIST_COUNT_PAIRED",
    breaks: {
      idl: chain(replace("RFInfoListElements;", "count;"), replace("RFInfoList;", "radios;")),
      schema: chain(renameProperty("RFInfoResult", "RFInfoListElements", "count"), renameProperty("RFInfoResult", "RFInfoList", "radios")),
    },
    at: "required unsigned long count",
    column: "count",
    message: /RFInfoResult.count counts radios in its own way: the seed's style is a list radioList with its count radioListElements/,
    ignore: { idl: ignoreBefore("required unsigned long count", "LIST_COUNT_PAIRED") },
  },
  {
    rule: "NUMERIC_UNIT",
    breaks: { idl: replace("/** Received signal strength in dBm. */", "/** Received signal strength. */") },
    at: "required long rssi",
    column: "rssi",
    message: /RFInfo.rssi is a quantity: its description names no unit/,
    ignore: { idl: ignoreBefore("required long rssi", "NUMERIC_UNIT") },
  },
  {
    rule: "DESCRIPTION_BOUNDS_MATCH_SCHEMA",
    breaks: {
      idl: replace("/** Received signal strength in dBm. */", "/** LTE reference signal received power, -140..-44 dBm. */"),
      schema: json((defs) => void Object.assign(defs["RFInfo"].properties.rssi, { minimum: -156, maximum: -31 })),
    },
    at: "required long rssi",
    column: "rssi",
    message: /the description of RFInfo\.rssi states the range -140\.\.-44 \(".*received power, -140\.\.-44 dBm\."\), the schema allows -156\.\.-31 \(at \/\$defs\/RFInfo\/properties\/rssi\): make them agree/,
    ignore: { idl: ignoreBefore("/** LTE reference signal received power", "DESCRIPTION_BOUNDS_MATCH_SCHEMA") },
  },
  {
    rule: "DEFINITION_USED",
    breaks: {
      idl: replace("callback ResultCallback", "/** Nobody uses this. */\ndictionary Orphan {\n  /** A note. */\n  DOMString note;\n};\n\ncallback ResultCallback"),
      schema: json((defs) => {
        defs["Orphan"] = { type: "object", properties: { note: { type: "string" } }, additionalProperties: false };
      }),
    },
    at: "dictionary Orphan",
    column: "Orphan",
    message: /Orphan is defined but no function, callback or other definition uses it/,
    ignore: { idl: ignoreBefore("dictionary Orphan", "DEFINITION_USED") },
  },
  {
    rule: "ERROR_CODE_LISTED",
    breaks: {
      schema: json((defs) => {
        defs["ErrorCode"].anyOf.push({ title: "0x00000102", "x-cmapi-name": "DEVICE_ALREADY_OPEN", const: 258, description: "The device is already opened." });
      }),
    },
    at: '"title": "0x00000102"',
    inSchema: { pointer: "/$defs/ErrorCode/anyOf/2" },
    message: /Table 4 code 0x00000102 \(DEVICE_ALREADY_OPEN\) is in no function's \[Errors\]/,
    ignore: {
      schema: json((defs) => {
        defs["ErrorCode"].anyOf[2]["x-cmapi-lint-ignore"] = ["ERROR_CODE_LISTED: the test says so"];
      }),
    },
  },
  {
    rule: "DESCRIPTION_FUNCTION",
    breaks: { idl: replace("/** Reads what every radio of a device measures. */", "/** Gets the RF info. */") },
    at: "undefined CMAPI_Network_GetRFInfo",
    column: "CMAPI_Network_GetRFInfo",
    message: /the description of function CMAPI_Network_GetRFInfo \("Gets the RF info."\) only restates its name/,
    ignore: { idl: ignoreBefore("[Result=RFInfoResult", "DESCRIPTION_FUNCTION") },
  },
  {
    rule: "DESCRIPTION_PARAM",
    breaks: {
      idl: replace("/** Which device to ask. */ ", ""),
      schema: json((defs) => void delete defs["CMAPI_Network_GetRFInfo.params"].properties.deviceId.description),
    },
    at: "undefined CMAPI_Network_GetRFInfo",
    column: "deviceId",
    message: /parameter CMAPI_Network_GetRFInfo\(deviceId\) has no description/,
    ignore: { idl: replace("(DeviceId deviceId", `(\n    ${IGNORE} DESCRIPTION_PARAM: the test says so\n    DeviceId deviceId`) },
  },
  {
    rule: "DESCRIPTION_MEMBER",
    breaks: { idl: replace("  /** The device whose signal changed. */\n", "") },
    at: "required DeviceId deviceId",
    column: "deviceId",
    message: /member SignalChange.deviceId has no description/,
    // An ignore on a dictionary covers its members.
    ignore: { idl: ignoreBefore("dictionary SignalChange", "DESCRIPTION_MEMBER") },
  },
  {
    rule: "DESCRIPTION_ENUM",
    breaks: { idl: replace("/** The callbacks an application can register for. */\n", "") },
    at: "enum CallbackId",
    column: "CallbackId",
    message: /enum CallbackId has no description/,
    ignore: { idl: ignoreBefore("enum CallbackId", "DESCRIPTION_ENUM") },
  },
  {
    rule: "DESCRIPTION_ENUM_VALUE",
    breaks: { idl: BAND_ENUM('  "high"'), schema: bandSchema(["high"]) },
    at: '"high"',
    column: '"high"',
    message: /enum value Band "high" has no description/,
    ignore: { idl: ignoreBefore('"high"', "DESCRIPTION_ENUM_VALUE") },
  },
  {
    rule: "DESCRIPTION_CALLBACK",
    breaks: { idl: replace("/** Sent when a radio's received signal strength moves by 3 dB or more. */", "/** Signal changed. */") },
    at: "callback CMAPI_Callback_SignalChanged",
    column: "CMAPI_Callback_SignalChanged",
    message: /the description of callback CMAPI_Callback_SignalChanged \("Signal changed."\) only restates its name/,
    ignore: { idl: ignoreBefore("callback CMAPI_Callback_SignalChanged", "DESCRIPTION_CALLBACK") },
  },
];

describe("lint rules", () => {
  it("the fixture spec lints clean under every rule", () => {
    const result = lint();
    expect(result.findings).toEqual([]);
    expect(result.rules).toEqual(LINT_RULES.map((rule) => rule.id));
  });

  it("every rule has a case below", () => {
    expect(new Set(CASES.map((testCase) => testCase.rule))).toEqual(new Set(LINT_RULES.map((rule) => rule.id)));
  });

  describe.each(CASES)("$rule: $message", (testCase) => {
    it("fires, located at the place", () => {
      const { findings, texts } = lint(testCase.breaks);
      const found = ofRule(findings, testCase.rule);
      expect(found).toHaveLength(1);
      const [finding] = found as [Finding];
      expect(finding.message).toMatch(testCase.message);
      if (testCase.inSchema) {
        const schema = texts.schema[0]!.text;
        expect(finding.location).toMatchObject({ file: CLEAN.schema, pointer: testCase.inSchema.pointer, line: lineOf(schema, testCase.at) - 1 });
        return;
      }
      const idl = texts.idl[0]!.text;
      const line = lineOf(idl, testCase.at);
      expect(finding.location).toMatchObject({ file: CLEAN.idl, line });
      expect(finding.sourceLine).toBe(idl.split("\n")[line - 1]);
      if (testCase.column) expect(finding.location?.column).toBe(idl.split("\n")[line - 1]!.indexOf(testCase.column) + 1);
    });

    it("is switched off by the config's except", () => {
      const result = lint(testCase.breaks, { use: ["STANDARD", "COMMENTS"], except: [testCase.rule] });
      expect(result.rules).not.toContain(testCase.rule);
      expect(ofRule(result.findings, testCase.rule)).toEqual([]);
    });
  });

  // IGNORE_KNOWN_RULE has no case here: its finding is about an ignore.
  it.each(CASES.filter((testCase) => testCase.ignore !== undefined))("$rule is silenced by an ignore at the place ($message)", (testCase) => {
    const result = lint(both(testCase.breaks, testCase.ignore));
    expect(ofRule(result.findings, testCase.rule)).toEqual([]);
    expect(ofRule(result.findings, "IGNORE_KNOWN_RULE")).toEqual([]);
    expect(result.ignored).toBeGreaterThan(0);
  });

  it("an ignore on an interface covers its functions and their params", () => {
    const breaks = { idl: replace("/** Which device to ask. */ ", ""), schema: json((defs) => void delete defs["CMAPI_Network_GetRFInfo.params"].properties.deviceId.description) };
    expect(ofRule(lint(breaks).findings, "DESCRIPTION_PARAM")).toHaveLength(1);
    expect(ofRule(lint(both(breaks, { idl: ignoreBefore('[Exposed=Window, SCR="7.6"]', "DESCRIPTION_PARAM") })).findings, "DESCRIPTION_PARAM")).toEqual([]);
  });

  it("an ignore in the schema silences a finding shown in the WebIDL", () => {
    const breaks = { idl: replace("/** Received signal strength in dBm. */", "/** Received signal strength. */") };
    const ignore = { schema: json((defs) => void (defs["RFInfo"].properties.rssi["x-cmapi-lint-ignore"] = ["NUMERIC_UNIT"])) };
    expect(ofRule(lint(both(breaks, ignore)).findings, "NUMERIC_UNIT")).toEqual([]);
  });

  it("an ignore comment ending the line before applies to nothing, and says so", () => {
    const breaks = { idl: chain(replace("/** Received signal strength in dBm. */", "/** Received signal strength. */"), replace("dictionary RFInfo {", `dictionary RFInfo { ${IGNORE} NUMERIC_UNIT: too late`)) };
    const { findings } = lint(breaks);
    expect(ofRule(findings, "NUMERIC_UNIT")).toHaveLength(1);
    expect(ofRule(findings, "IGNORE_KNOWN_RULE")).toMatchObject([{ message: expect.stringMatching(/applies to nothing/), location: { line: lineOf(breaks.idl(CLEAN_IDL), "dictionary RFInfo {") } }]);
  });

  it("a property named x-cmapi-lint-ignore is a property, not an ignore: nothing is reported about it", () => {
    // An RFInfo never carries a member named x-cmapi-lint-ignore: a property of that name, under a keyword the tree does not model.
    const named = json((defs) => void (defs["RFInfo"].not = { properties: { "x-cmapi-lint-ignore": { const: "NO_SUCH_RULE" } }, required: ["x-cmapi-lint-ignore"] }));
    expect(ofRule(lint({ schema: named }).findings, "IGNORE_KNOWN_RULE")).toEqual([]);
    // The keyword beside it is still read.
    const both = json((defs) => void (defs["RFInfo"].not = { properties: { "x-cmapi-lint-ignore": { const: "x" } }, required: ["x-cmapi-lint-ignore"], "x-cmapi-lint-ignore": ["NO_SUCH_RULE"] }));
    expect(ofRule(lint({ schema: both }).findings, "IGNORE_KNOWN_RULE")).toMatchObject([{ location: { pointer: "/$defs/RFInfo/not/x-cmapi-lint-ignore" } }]);
  });

  it("an x-cmapi-lint-ignore keyword is placed at its line and column in the schema file", () => {
    const schema = json((defs) => void (defs["RFInfo"].properties.rssi["x-cmapi-lint-ignore"] = ["NO_SUCH_RULE: a typo"]));
    const { findings, texts } = lint({ schema });
    const line = lineOf(texts.schema[0]!.text, '"x-cmapi-lint-ignore"');
    expect(ofRule(findings, "IGNORE_KNOWN_RULE")).toMatchObject([
      { location: { file: CLEAN.schema, pointer: "/$defs/RFInfo/properties/rssi/x-cmapi-lint-ignore", line, column: texts.schema[0]!.text.split("\n")[line - 1]!.indexOf('"x-cmapi') + 1 } },
    ]);
  });

  it("an x-cmapi-lint-ignore that is not a list of rule ids is reported at its pointer", () => {
    const { findings } = lint({ schema: json((defs) => void (defs["RFInfo"]["x-cmapi-lint-ignore"] = "NUMERIC_UNIT")) });
    expect(ofRule(findings, "IGNORE_KNOWN_RULE")).toMatchObject([{ location: { file: CLEAN.schema, pointer: "/$defs/RFInfo/x-cmapi-lint-ignore" }, message: expect.stringMatching(/must be a list of rule ids/) }]);
  });

  it("locates a finding in the vendor's file that declares the thing, beside the bundled spec", async () => {
    const texts = await readSpecTexts({ idl: [bundledSpec().idl, fixture("vendor/acme.webidl")], schema: [bundledSpec().schema, fixture("vendor/acme.schema.json")] });
    const { findings } = lintSpec(apiFromTexts(texts), texts, { use: ["DESCRIPTION_PARAM"], except: [] });
    const acme = texts.idl[1]!.text;
    const line = lineOf(acme, "CMAPI_Network_AcmeSetBoost");
    const column = acme.split("\n")[line - 1]!.indexOf(" on,") + 2;
    expect(findings.find((finding) => finding.message.includes("CMAPI_Network_AcmeSetBoost(on)"))?.location).toEqual({ file: fixture("vendor/acme.webidl"), line, column });
  });

  describe("DESCRIPTION_BOUNDS_MATCH_SCHEMA", () => {
    const RSRP_SCHEMA = json((defs) => void Object.assign(defs["RFInfo"].properties.rssi, { minimum: -156, maximum: -31 }));
    const described = (description: string): Edit => ({ idl: replace("/** Received signal strength in dBm. */", `/** ${description} */`), schema: RSRP_SCHEMA });
    const boundFindings = (edit: Edit) => ofRule(lint(edit).findings, "DESCRIPTION_BOUNDS_MATCH_SCHEMA");

    it.each([
      "LTE reference signal received power, in dBm (-156..-31; devices mostly report -140..-44: above -80 excellent).",
      "LTE reference signal received power in dBm, typically -140 to -44.",
      "LTE reference signal received power in dBm: -140..-44 at the cell edge, more near the site.",
    ])("reads a typical range as commentary, not as the bound: %j", (description) => {
      expect(boundFindings(described(description))).toEqual([]);
    });

    it("compares the first range standing as its own clause, and says what the schema allows", () => {
      const [finding, ...rest] = boundFindings(described("LTE reference signal received power, in dBm (-140..-44; the schema's range is wider)."));
      expect(rest).toEqual([]);
      expect(finding?.message).toMatch(/states the range -140\.\.-44 .*the schema allows -156\.\.-31/);
    });

    it("reads one side (at most, at least) and compares it with that side of the schema", () => {
      const says = (description: string) => ({ idl: replace("/** Highest downlink rate the radio offers now, in kbit/s. */", `/** ${description} */`) });
      expect(boundFindings(says("Highest downlink rate, in kbit/s, 0..4294967295."))).toEqual([]);
      expect(boundFindings(says("Highest downlink rate, in kbit/s (at most 150000)."))[0]?.message).toMatch(/states the range at most 150000 .*the schema allows 0\.\.4294967295/);
      expect(boundFindings(says("Highest downlink rate in kbit/s, at least 1."))[0]?.message).toMatch(/at least 1 .*allows 0\.\.4294967295/);
    });

    it("compares a stated string length with minLength and maxLength", () => {
      const note = { idl: replace("/** A note. */", "/** A note, at most 63 characters. */") };
      const orphan = CASES.find((testCase) => testCase.rule === "DEFINITION_USED")!.breaks;
      const withLength = (maxLength: number) => json((defs) => void (defs["Orphan"].properties.note.maxLength = maxLength));
      expect(ofRule(lint(both(both(orphan, note), { schema: withLength(63) })).findings, "DESCRIPTION_BOUNDS_MATCH_SCHEMA")).toEqual([]);
      const [finding] = ofRule(lint(both(both(orphan, note), { schema: withLength(64) })).findings, "DESCRIPTION_BOUNDS_MATCH_SCHEMA");
      expect(finding?.message).toMatch(/Orphan\.note states the length at most 63 characters .*the schema allows at most 64 characters/);
    });

    it("checks a vendor's member, reported in the vendor's file", async () => {
      const texts = await readSpecTexts({ idl: [bundledSpec().idl, fixture("vendor/acme.webidl")], schema: [bundledSpec().schema, fixture("vendor/acme.schema.json")] });
      const vendor = texts.idl[1]!;
      const stated = { ...vendor, text: replace("/** Degrees Celsius. */\n  double acmeFrontEndCelsius;", "/** In °C, -40..125. */\n  double acmeFrontEndCelsius;")(vendor.text) };
      // The vendor's schema repeats the description; it must say the same.
      const vendorSchema = { ...texts.schema[1]!, text: json((defs) => void (defs["RFInfo"].properties.acmeFrontEndCelsius.description = "In °C, -40..125."))(texts.schema[1]!.text) };
      const edited = { idl: [texts.idl[0]!, stated], schema: [texts.schema[0]!, vendorSchema] };
      const { findings } = lintSpec(apiFromTexts(edited), edited, { use: ["DESCRIPTION_BOUNDS_MATCH_SCHEMA"], except: [] });
      expect(findings).toHaveLength(1);
      expect(findings[0]!.message).toMatch(/RFInfo\.acmeFrontEndCelsius states the range -40\.\.125 .*the schema allows no bound/);
      expect(findings[0]!.location).toMatchObject({ file: fixture("vendor/acme.webidl"), line: lineOf(stated.text, "double acmeFrontEndCelsius") });
    });
  });

  it("a secret in a function's params is no finding: only results and payloads are read by others", () => {
    const breaks = {
      idl: replace("/** Which device to ask. */ DeviceId deviceId,", "/** Which device to ask. */ DeviceId deviceId, /** The PIN that unlocks the card. */ DOMString pin,"),
      schema: chain(
        addProperty("CMAPI_Network_GetRFInfo.params", "pin", { type: "string", description: "The PIN that unlocks the card." }),
        json((defs) => void defs["CMAPI_Network_GetRFInfo.params"].required.push("pin")),
      ),
    };
    expect(lint(breaks).findings).toEqual([]);
  });

  it("an enum value described in the model passes (valueDescriptions, parallel to values)", () => {
    const texts = specTexts({ idl: BAND_ENUM('  "low",\n  "high"'), schema: bandSchema(["low", "high"]) });
    const api = apiFromTexts(texts);
    const band = api.types.find((type) => type.name === "Band")!;
    expect(ofRule(lintSpec(api, texts, DEFAULT_LINT_CONFIG).findings, "DESCRIPTION_ENUM_VALUE")).toHaveLength(2);
    Object.assign(band, { valueDescriptions: ["Below 1 GHz.", ""] });
    expect(ofRule(lintSpec(api, texts, DEFAULT_LINT_CONFIG).findings, "DESCRIPTION_ENUM_VALUE")).toMatchObject([{ message: 'enum value Band "high" has no description' }]);
  });
});

describe("success codes (x-cmapi-success)", () => {
  it("mark exactly the Table 4 rows whose text reports success", async () => {
    const api = await bundledApi();
    expect(api.errorCodes.filter((row) => row.success).map((row) => [row.hex, row.message])).toEqual([
      ["0x00000000", "The function succeeded."],
      ["0x00000554", "The function succeeded except for the overlapping ToolKit functions with the device or another or other Connection Manager Application(s)"],
      ["0x00004002", "The SPC is valid."],
    ]);
  });
});

describe("what the rules read in names and descriptions", () => {
  it.each([
    ["ssid", "The SSID.", true],
    ["deviceId", "The device ID.", true],
    ["CMAPI_WLAN_Scan", "Scans.", true],
    ["CMAPI_WLAN_Scan", "Scans for networks in range.", false],
    ["rssi", "Received signal strength in dBm.", false],
  ])("%s: %j restates the name: %s", (name, description, restates) => {
    expect(restatesName(description, name)).toBe(restates);
  });

  it.each([
    ["Received signal strength in dBm.", true],
    ["Timeout (ms).", true],
    ["How long to wait, 10 s at most.", true],
    ["0-100%.", true],
    ["Kilobits per second.", true],
    ["Horizontal accuracy in metres.", true],
    ["The network(s) it saw.", false],
    ["The device's signal.", false],
    ["How strong the signal is.", false],
  ])("%j names a unit: %s", (description, unit) => {
    expect(namesUnit(description)).toBe(unit);
  });

  it.each([
    ["rssi", true],
    ["maxDataRateDL", true],
    ["timeoutMs", true],
    ["latitude", true],
    ["rateType", false],
    ["powerClass", false],
    ["RFInfoListElements", false],
    ["bars", false],
  ])("%s is a quantity: %s", (name, quantity) => {
    expect(isQuantityName(name)).toBe(quantity);
  });

  it.each([
    ["in dBm (-128..0): GSM (-113..-51 as +CSQ reports it)", -128, 0],
    ["The physical-layer id, 0..1007: LTE PCI (0..503), NR PCI (0..1007).", 0, 1007],
    ["Remaining charge in %, 0-100; absent when unknown.", 0, 100],
    ['With "defer": how long to wait, in minutes, 1-10080 (a week).', 1, 10080],
    ["The offset from UTC in minutes, from -720 to 840.", -720, 840],
    ["How many devices may be open (at least 1).", 1, undefined],
    ["Retries, 3 or more.", 3, undefined],
    ["The received signal strength in dBm -127..0.", -127, 0],
  ])("%j states the bound %s..%s", (description, lower, upper) => {
    expect(statedBound(description, "value")).toMatchObject({ lower, upper });
  });

  it.each([
    "The channel number in its band: 1-14 at 2.4 GHz, 32-177 at 5 GHz.",
    "Signal strength in dBm, typically -100 to -30.",
    "When the period began, e.g. 2026-11-01T00:00:00+01:00.",
    "Which key: 0x101-0x106 the R-UIM keys.",
    "The channel, 0 (basic) or 1-19 from OpenLogicalChannel.",
    "Devices keep at least the last 10.",
  ])("%j states no bound", (description) => {
    expect(statedBound(description, "value")).toBeUndefined();
  });

  it.each([
    ["A name to show, up to 64 characters; the SSID when absent.", 0, 64],
    ["The ATR bytes (ISO 7816-3), 2 to 33 bytes.", 2, 33],
    ["The recipient, up to 20 digits.", undefined, undefined],
    ["The string to send; up to 182 characters in the GSM 7-bit alphabet.", undefined, undefined],
  ])("%j states the length %s..%s", (description, lower, upper) => {
    const stated = statedBound(description, "length");
    if (upper === undefined) expect(stated).toBeUndefined();
    else expect(stated).toMatchObject({ lower: lower === 0 ? undefined : lower, upper });
  });

  it.each([
    ["password", true],
    ["preSharedKey", true],
    ["pinCode", true],
    ["wpaPassphrase", true],
    ["keyType", false],
    ["pinRetriesLeft", false],
    ["credentialId", false],
    ["passwordRequired", false],
  ])("%s is a secret: %s", (name, secret) => {
    expect(isSecretName(name)).toBe(secret);
  });
});

describe("lint config", () => {
  const ids = (config: LintConfig) => enabledRules(config);
  const inCategory = (category: string) => LINT_RULES.filter((rule) => (rule.categories as readonly string[]).includes(category)).map((rule) => rule.id);

  it("categories nest like buf's: MINIMAL in BASIC in STANDARD; COMMENTS apart; the default runs them all", () => {
    expect(ids({ use: ["MINIMAL"], except: [] })).toEqual(["FUNCTION_NAME_CONVENTION", "ERRORS_NO_SUCCESS_CODE", "RESULT_NO_SECRET", "ACCESS_DECLARED", "IGNORE_KNOWN_RULE"]);
    expect(inCategory("BASIC")).toEqual(expect.arrayContaining(inCategory("MINIMAL")));
    expect(inCategory("STANDARD")).toEqual(expect.arrayContaining(inCategory("BASIC")));
    expect(inCategory("COMMENTS").filter((id) => inCategory("STANDARD").includes(id))).toEqual([]);
    expect(ids(parseLintConfig(undefined, "c.json"))).toEqual(LINT_RULES.map((rule) => rule.id));
    expect(ids({ use: ["STANDARD", "COMMENTS"], except: ["COMMENTS"] })).toEqual(inCategory("STANDARD"));
    expect(ids({ use: ["MINIMAL", "NUMERIC_UNIT"], except: [] })).toContain("NUMERIC_UNIT");
  });

  it("refuses an unknown category, rule or option as bad usage (exit 2), at its place in the config", () => {
    let error: unknown;
    try {
      parseLintConfig({ use: ["STANDARD", "DEFAULT"], except: ["NO_SUCH_RULE"], ignore: [] }, "opencmapi-gen.config.json");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).exitCode).toBe(2);
    expect((error as SpecError).diagnostics.map((diagnostic) => diagnostic.location.pointer)).toEqual(["/lint/ignore", "/lint/use/1", "/lint/except/0"]);
  });
});

describe("opencmapi-gen lint", () => {
  /** The clean spec broken for NUMERIC_UNIT (in the WebIDL) and ERROR_CODE_LISTED (in the schema), written to a folder. */
  async function brokenSpec() {
    const dir = await tempDir();
    const numeric = CASES.find((testCase) => testCase.rule === "NUMERIC_UNIT")!.breaks;
    const unlisted = CASES.find((testCase) => testCase.rule === "ERROR_CODE_LISTED")!.breaks;
    const texts = specTexts(both(numeric, unlisted));
    const files = { idl: join(dir, "spec.webidl"), schema: join(dir, "spec.schema.json") };
    await writeFile(files.idl, texts.idl[0]!.text);
    await writeFile(files.schema, texts.schema[0]!.text);
    return { dir, files, rssiLine: lineOf(texts.idl[0]!.text, "required long rssi"), rowLine: lineOf(texts.schema[0]!.text, '"title": "0x00000102"') - 1 };
  }
  const rel = (file: string) => relative(process.cwd(), file);

  it("exits 0 on a clean spec and 1 on findings, printed as file:line:column with the line and the rule", async () => {
    const clean = await runCli(["lint", "--idl", CLEAN.idl, "--schema", CLEAN.schema]);
    expect(clean).toMatchObject({ code: 0, stderr: "" });
    expect(clean.stdout).toMatch(/^opencmapi-gen lint: no findings; \d+ rules\n$/);

    const { files, rssiLine } = await brokenSpec();
    const run = await runCli(["lint", "--idl", files.idl, "--schema", files.schema]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${files.idl}:${rssiLine}:17: RFInfo.rssi is a quantity: its description names no unit`);
    expect(run.stderr).toContain("[NUMERIC_UNIT]\n");
    expect(run.stderr).toContain(`${rssiLine} |   required long rssi;\n`);
    expect(run.stderr).toContain(`${files.schema}:`);
    expect(run.stderr).toMatch(/opencmapi-gen lint: 2 findings \(NUMERIC_UNIT 1, ERROR_CODE_LISTED 1\)/);
  });

  it("--error-format json and github-actions locate every finding, in the WebIDL by line and column, in the schema by line and pointer", async () => {
    const { files, rssiLine, rowLine } = await brokenSpec();
    const json = await runCli(["lint", "--error-format", "json", "--idl", files.idl, "--schema", files.schema]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ command: "lint", ok: false, exitCode: 1, counts: { NUMERIC_UNIT: 1, ERROR_CODE_LISTED: 1 } });
    expect(report.findings).toMatchObject([
      { severity: "error", rule: "NUMERIC_UNIT", file: files.idl, line: rssiLine, column: 17 },
      { severity: "error", rule: "ERROR_CODE_LISTED", file: files.schema, line: rowLine, pointer: "/$defs/ErrorCode/anyOf/2" },
    ]);

    const annotations = await runCli(["lint", "--error-format", "github-actions", "--idl", files.idl, "--schema", files.schema]);
    expect(annotations.code).toBe(1);
    const lines = annotations.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`::error file=${rel(files.idl)},line=${rssiLine},col=17,title=NUMERIC_UNIT::RFInfo.rssi is a quantity: its description names no unit (dBm, dB, ms, s, kbit/s, bytes, %25, MHz, degrees, m, ...)`);
    expect(lines[1]).toMatch(new RegExp(`^::error file=${rel(files.schema).replace(/\./g, "\\.")},line=${rowLine},col=\\d+,title=ERROR_CODE_LISTED::Table 4 code 0x00000102 .* \\(at /\\$defs/ErrorCode/anyOf/2\\)$`));
    expect(annotations.stderr).toContain("[NUMERIC_UNIT]"); // the log keeps the readable lines
  });

  it("reads its rules from the config file's lint member, and refuses a bad one with exit 2", async () => {
    const { dir } = await brokenSpec();
    const config = join(dir, "opencmapi-gen.config.json");
    await writeFile(config, JSON.stringify({ idl: "spec.webidl", schema: "spec.schema.json", lint: { use: ["STANDARD", "COMMENTS"], except: ["NUMERIC_UNIT", "ERROR_CODE_LISTED"] } }));
    expect(await runCli(["lint", "--config", config])).toMatchObject({ code: 0 });
    await writeFile(config, JSON.stringify({ idl: "spec.webidl", schema: "spec.schema.json", lint: { use: ["STRICT"] } }));
    const bad = await runCli(["lint", "--config", config]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"STRICT" is neither a lint category');
  });

  it("--list-rules prints every rule with its categories", async () => {
    const run = await runCli(["lint", "--list-rules"]);
    expect(run.code).toBe(0);
    for (const rule of LINT_RULES) expect(run.stdout).toMatch(new RegExp(`^${rule.id} +${rule.categories.join(",")} `, "m"));
  });
});

describe("the bundled spec", () => {
  it("lints clean under every rule: each item described, units named, no secret in a result, Table 4 used consistently", async () => {
    const texts = await readSpecTexts(bundledSpec());
    const { findings } = lintSpec(apiFromTexts(texts), texts, DEFAULT_LINT_CONFIG);
    expect(findings.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
  });
});
