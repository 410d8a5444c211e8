import { describe, expect, it } from "vitest";
import { MINI, fixture, runCli } from "./support/cli.js";

interface BadCase {
  /** A broken WebIDL in test/fixtures/bad, paired with the valid mini schema, or the reverse. */
  idl?: string;
  schema?: string;
  /** A vendor's files in test/fixtures/bad, read after the pair (`--idl mini --idl vendor ...`), as a vendor adds to the bundled spec. */
  vendorIdl?: string;
  vendorSchema?: string;
  command?: "ir" | "validate";
  exitCode?: number;
  /** Each must appear in stderr: the place (file:line:col or pointer) and what is wrong. */
  messages: (string | RegExp)[];
  problems: number;
}

const cases: Record<string, BadCase> = {
  "a missing semicolon is reported where it belongs": {
    idl: "missing-semicolon.webidl",
    messages: ["missing-semicolon.webidl:34:74: WebIDL syntax error: Unterminated operation, expected `;`", "34 |   undefined CMAPI_Network_GetRFInfo"],
    problems: 1,
  },
  "an interface left open names the end of the file": {
    idl: "unterminated-interface.webidl",
    messages: [/unterminated-interface\.webidl:43:\d+: WebIDL syntax error: .* at the end of the file \(is a closing `\};` missing\?\)/],
    problems: 1,
  },
  "a generic without its type": {
    idl: "bad-generic.webidl",
    messages: ["bad-generic.webidl:37:64: WebIDL syntax error: Missing sequence subtype", /\n {3}\| {64}\^/],
    problems: 1,
  },
  "webidl2's validation rules": {
    idl: "optional-dictionary-argument.webidl",
    messages: [/optional-dictionary-argument\.webidl:37:\d+: invalid WebIDL: Optional dictionary arguments must have a default value/],
    problems: 1,
  },
  "a function without ResultCallback cb": {
    idl: "no-result-callback.webidl",
    messages: ["no-result-callback.webidl:34: function CMAPI_Network_GetRFInfo must end with the argument `ResultCallback cb`"],
    problems: 1,
  },
  "a function name off the convention": {
    idl: "bad-function-name.webidl",
    messages: ["bad-function-name.webidl:37: function SetBands is not named CMAPI_<Group>_<Function>", "declares no function CMAPI_Network_SetBands"],
    problems: 5,
  },
  "a [Result] naming no type": {
    idl: "unknown-result-type.webidl",
    messages: ["function CMAPI_Network_GetRFInfo has [Result=RFInfoResults], but no such type is declared"],
    problems: 2,
  },
  "an error code outside Table 4": {
    idl: "unknown-error-code.webidl",
    messages: ["unknown-error-code.webidl:34: function CMAPI_Network_GetRFInfo lists error 0x0BAD0BAD, which is not in the error-code table"],
    problems: 1,
  },
  "an interface without its SCR section": {
    idl: "interface-without-scr.webidl",
    messages: ["interface-without-scr.webidl:31: interface CmapiNetwork has no [SCR=", "RTR-001-M (Router) refers to section 7.6"],
    problems: 2,
  },
  "two groups in one interface": {
    idl: "mixed-groups.webidl",
    messages: ["interface CmapiNetwork mixes the groups Network, WLAN"],
    problems: 5,
  },
  "a callback missing from CallbackId": {
    idl: "callback-not-in-callbackid.webidl",
    messages: ["callback CMAPI_Callback_Other is missing from enum CallbackId", 'has no payload schema: $defs has no "CMAPI_Callback_Other.payload"'],
    problems: 2,
  },
  "a function the schema lacks": {
    idl: "function-without-schema.webidl",
    messages: ['function CMAPI_Network_GetBands has no params schema: $defs has no "CMAPI_Network_GetBands.params"', "has no result schema"],
    problems: 2,
  },
  "a parameter optional on one side only": {
    idl: "param-optionality.webidl",
    messages: ["function CMAPI_Network_GetRFInfo: parameter deviceId is optional in the WebIDL but required in the schema"],
    problems: 1,
  },
  "a parameter typed differently": {
    idl: "param-type.webidl",
    messages: ["function CMAPI_Network_SetBands: parameter persist: the WebIDL says DOMString, the schema says boolean"],
    problems: 1,
  },
  "a dictionary member the schema lacks": {
    idl: "dictionary-member.webidl",
    messages: ["dictionary RFInfo: member maxDataRateUL is missing from the schema (/$defs/RFInfo/properties)"],
    problems: 1,
  },
  "an enum value the schema lacks": {
    idl: "enum-values.webidl",
    messages: ['enum RadioTechnology: the schema lacks "NR"'],
    problems: 1,
  },
  "a misspelt extended attribute, which would otherwise be ignored": {
    idl: "unknown-attribute.webidl",
    messages: ["unknown-attribute.webidl:36: function CMAPI_Network_SetBands: unknown extended attribute [Exclusiv] (a function takes [Result], [Errors], [Exclusive], [Interim], [Access])"],
    problems: 1,
  },
  "a function declared twice": {
    idl: "duplicate-function.webidl",
    messages: ["duplicate-function.webidl:36: function CMAPI_Network_GetRFInfo is declared twice (first on line 34)"],
    problems: 1,
  },
  "a trailing comma": {
    schema: "trailing-comma.schema.json",
    messages: ["trailing-comma.schema.json:20:83: expected another property after ',' (trailing commas are not JSON), found '}'"],
    problems: 1,
  },
  "a string that never ends": {
    schema: "unterminated-string.schema.json",
    messages: ["unterminated-string.schema.json:3:23: unescaped control character (a line break?) in string"],
    problems: 1,
  },
  "a key given twice": {
    schema: "duplicate-key.schema.json",
    messages: ['duplicate-key.schema.json:40:5: duplicate key "RFInfo" in this object'],
    problems: 1,
  },
  "a file cut short": {
    schema: "truncated.schema.json",
    messages: [/truncated\.schema\.json:\d+:\d+: (unterminated string|expected)/],
    problems: 1,
  },
  "YAML instead of JSON": {
    schema: "not-json.schema.json",
    messages: ["not-json.schema.json:1:1: expected a value (object, array, string, number, true, false or null), found '$'"],
    problems: 1,
  },
  "a schema that breaks the 2020-12 meta-schema": {
    schema: "not-a-schema.schema.json",
    messages: [/not-a-schema\.schema\.json:\d+:\d+ at \/\$defs\/RadioTechnology\/type: not a valid JSON Schema 2020-12/],
    problems: 1,
  },
  "a $ref to nothing": {
    schema: "dangling-ref.schema.json",
    messages: ['at /$defs/RFInfoResult/properties/RFInfoList/items/$ref: $ref "#/$defs/RfInfo" points to no definition'],
    problems: 2,
  },
  "a $ref out of the file": {
    schema: "remote-ref.schema.json",
    messages: ['$ref "https://example.invalid/rfinfo.json" is not of the form "#/$defs/Name"'],
    problems: 2,
  },
  "a schema without $defs": {
    schema: "no-defs.schema.json",
    messages: ["no-defs.schema.json:1:1 at /: the schema has no $defs object"],
    problems: 1,
  },
  "a function the WebIDL lacks": {
    schema: "function-without-idl.schema.json",
    messages: ["at /$defs/CMAPI_Network_Reset.params: the schema defines CMAPI_Network_Reset.params, but the WebIDL declares no function CMAPI_Network_Reset"],
    problems: 1,
  },
  "an undocumented duplicate error code": {
    schema: "undocumented-duplicate-code.schema.json",
    messages: ["at /$defs/ErrorCode/anyOf/2: error code 0x00000101 is listed twice (also entry 1) and the second entry has no x-cmapi-duplicate note"],
    problems: 1,
  },
  "an SCR row naming an unknown section": {
    schema: "scr-unknown-section.schema.json",
    messages: ["RTR-001-M (Router) refers to section 7.99, which no WebIDL interface claims"],
    problems: 1,
  },
  "a default that differs from the WebIDL's": {
    schema: "default-mismatch.schema.json",
    messages: ['function CMAPI_Network_SetBands: parameter persist defaults to nothing in the WebIDL but to "yes" in the schema'],
    problems: 1,
  },
  "a misspelt keyword, found by every command, with where it is and what was meant": {
    schema: "misspelt-keyword.schema.json",
    messages: [/misspelt-keyword\.schema\.json:48:27 at \/\$defs\/SignalChange\/requird: "requird" is not a JSON Schema 2020-12 keyword \(did you mean "required"\?\)/],
    problems: 1,
  },
  "every mismatch at once, not just the first": {
    schema: "several-mismatches.schema.json",
    messages: [
      "function CMAPI_Network_GetRFInfo: the WebIDL result is RFInfoResult, the schema's CMAPI_Network_GetRFInfo.result is $ref Empty",
      "function CMAPI_Network_SetBands: parameter bands is required in the WebIDL but optional in the schema",
      "the schema has parameter force, which the WebIDL does not declare",
      "callback CMAPI_Callback_SignalChanged has no payload schema",
      'enum RadioTechnology: the schema lacks "LTE"',
      'enum RadioTechnology: the schema adds "UMTS"',
    ],
    problems: 6,
  },
  "a $ref cycle that never reaches into a value, at the vendor's $ref (ajv overflowed its stack on it, blamed on no file)": {
    vendorIdl: "vendor-ref-cycle.webidl",
    vendorSchema: "vendor-ref-cycle.schema.json",
    messages: [
      /\/bad\/vendor-ref-cycle\.schema\.json:5:16 at \/\$defs\/AcmeB\/\$ref: \$ref cycle AcmeB → AcmeA → AcmeB: AcmeB refers back to itself without an object member or an array item in between, so validating a value would check that same value against AcmeB again, without end \(ajv overflows its stack, while compiling or on a request\); a recursive type refers to itself inside "properties" or "items"\n/,
      /\/bad\/vendor-ref-cycle\.schema\.json:6:31 at \/\$defs\/AcmeSelf\/anyOf\/0\/\$ref: \$ref cycle AcmeSelf → AcmeSelf: AcmeSelf refers back to itself/,
    ],
    problems: 2,
  },
  "a record whose schema says no record, and a generic type JSON has no form for": {
    vendorIdl: "vendor-records.webidl",
    vendorSchema: "vendor-records.schema.json",
    messages: [
      "bad/vendor-records.webidl:14: dictionary AcmePromises: member pending: the WebIDL type Promise<long> has no JSON form; a message's values are the primitive types, named types, sequence<T>, record<DOMString, T>, unions and nullable types",
      "bad/vendor-records.webidl:4: dictionary AcmeLabels: member counters: the WebIDL says record<DOMString, unsigned long>, the schema's additionalProperties: the schema allows 0..Infinity, more than unsigned long can hold (0..4294967295)",
      'bad/vendor-records.webidl:4: dictionary AcmeLabels: member loose: the WebIDL says record<DOMString, long>, the schema says object; a record is { "type": "object", "additionalProperties": <the values\' schema> } without "properties" or "required"',
    ],
    problems: 3,
  },
  "a function whose client method the runtime's client already has, or JavaScript has, or another function's method is": {
    vendorIdl: "vendor-client-members.webidl",
    vendorSchema: "vendor-client-members.schema.json",
    messages: [
      "bad/vendor-client-members.webidl:8: function CMAPI_Wait_For: its client method (and its function in groups/wait.ts) would be named waitFor, which the client runtime's CmapiClientCore (templates/runtime/client.ts) already has: in TypeScript the client would not compile, in JavaScript the generated method would silently replace the runtime's own; rename the function",
      "bad/vendor-client-members.webidl:16: function CMAPI_Register_Again: its client method (and its function in groups/register.ts) would be named registerAgain, which the client runtime's CmapiClientCore (templates/runtime/client.ts) already has",
      "bad/vendor-client-members.webidl:24: function CMAPI_Con_structor: its client method (and its function in groups/con.ts) would be named constructor, which the client runtime's CmapiClientCore (templates/runtime/client.ts) already has (the class's constructor)",
      "bad/vendor-client-members.webidl:32: function CMAPI_To_String: its client method (and its function in groups/to.ts) would be named toString, which every JavaScript object inherits (Object.prototype.toString); rename the function",
      "bad/vendor-client-members.webidl:40: function CMAPI_De_lete: its client method (and its function in groups/de.ts) would be named delete, a JavaScript reserved word, which no function can be named; rename the function",
      /bad\/vendor-client-members\.webidl:48: function CMAPI_Net_workGetRFInfo: its client method \(and its function in groups\/net\.ts\) would be named networkGetRFInfo, as is CMAPI_Network_GetRFInfo's \(\S*mini\/opencmapi\.webidl:33\); rename one/,
      /bad\/vendor-client-members\.webidl:48: the type name NetworkGetRFInfoParams would be used twice, for CMAPI_Network_GetRFInfo\.params \(\S*mini\/opencmapi\.webidl:33\) and for CMAPI_Net_workGetRFInfo\.params: rename one/,
    ],
    problems: 8,
  },
  "type names the generated code uses, and names that differ from another only by case (one anchor in the docs)": {
    vendorIdl: "vendor-type-names.webidl",
    vendorSchema: "vendor-type-names.schema.json",
    messages: [
      "bad/vendor-type-names.webidl:4: the type name CmapiClient is a name the generated client.ts exports (index.ts re-exports types.ts beside errors.ts, validation.ts and client.ts, and a project imports them side by side); rename it",
      "bad/vendor-type-names.webidl:10: the type name Record would replace the global Record type, which types.ts uses; rename it",
      /bad\/vendor-type-names\.webidl:16: type Rfinfo differs from RFInfo \(\S*mini\/opencmapi\.webidl:9\) only by case: the reference docs would give both one anchor; rename one/,
      /bad\/vendor-type-names\.webidl:22: type Radiotechnology differs from RadioTechnology \(\S*mini\/opencmapi\.webidl:7\) only by case/,
      /bad\/vendor-type-names\.webidl:28: function CMAPI_Network_GetRfInfo differs from CMAPI_Network_GetRFInfo \(\S*mini\/opencmapi\.webidl:33\) only by case: the reference docs would give both one anchor, and a reader could not tell them apart; rename one/,
      /bad\/vendor-type-names\.webidl:33: callback CMAPI_Callback_Signalchanged differs from CMAPI_Callback_SignalChanged \(\S*mini\/opencmapi\.webidl:48\) only by case/,
    ],
    problems: 6,
  },
  "a second interface for a group, whose docs page and module would replace the first's": {
    vendorIdl: "vendor-group-twice.webidl",
    vendorSchema: "vendor-group-twice.schema.json",
    messages: [
      /bad\/vendor-group-twice\.webidl:5: interface AcmeNetwork declares functions of group Network, which interface CmapiNetwork \(\S*mini\/opencmapi\.webidl:30\) has: one group, one interface; add functions to it with `partial interface CmapiNetwork`/,
    ],
    problems: 1,
  },
  "an error code listed again with another name or message, across files and in one, at the second": {
    schema: "duplicate-code.schema.json",
    vendorSchema: "vendor-duplicate-code.schema.json",
    messages: [
      /bad\/vendor-duplicate-code\.schema\.json:6:9 at \/\$defs\/ErrorCode\/anyOf\/0: error code 0xE0000001 is listed twice with another name and message \(ACME_OVERHEAT: "The modem is too hot\."; first as ACME_SENSOR_FAILED: "The temperature sensor did not answer\.", at \S*bad\/duplicate-code\.schema\.json \/\$defs\/ErrorCode\/anyOf\/2\): a server would always answer with the first; give each code one entry, or a new code to the new meaning/,
      /bad\/vendor-duplicate-code\.schema\.json:18:9 at \/\$defs\/ErrorCode\/anyOf\/2: error code 0xE0000002 is listed twice with another message \(ACME_BUSY: "The modem is busy with another job\."; first as ACME_BUSY: "The modem is busy\.", at \S*vendor-duplicate-code\.schema\.json \/\$defs\/ErrorCode\/anyOf\/1\)/,
    ],
    problems: 2,
  },
  "invisible characters in the WebIDL (Trojan Source), each at its line and column, the line shown without them": {
    idl: "invisible-characters.webidl",
    messages: [
      'bad/invisible-characters.webidl:7:33: the text has U+200B (ZERO WIDTH SPACE), an invisible format character: texts and names that look the same would differ; remove it\n7 | enum RadioTechnology { "GSM", "L\ufffdTE" };\n',
      "bad/invisible-characters.webidl:31:34: the text has U+202E (RIGHT-TO-LEFT OVERRIDE), a bidirectional control: it makes text display in another order than it is read (Trojan Source, CVE-2021-42574), here and in the comments, docs and messages generated from it; remove it",
    ],
    problems: 2,
  },
  "invisible characters in the schema, written as themselves or escaped, in values and in member names": {
    schema: "invisible-characters.schema.json",
    messages: [
      "bad/invisible-characters.schema.json:3:17: the escape \\u2066 writes U+2066 (LEFT-TO-RIGHT ISOLATE), a bidirectional control",
      "bad/invisible-characters.schema.json:20:8: the escape \\u00ad writes U+00AD (SOFT HYPHEN), an invisible format character",
      "bad/invisible-characters.schema.json:21:64: the text has U+200D (ZERO WIDTH JOINER), an invisible format character",
    ],
    problems: 3,
  },
};

describe("bad input gets a clear error that says what and where", () => {
  it("the mini spec the corpus breaks is itself valid", async () => {
    const run = await runCli(["validate", "--idl", MINI.idl, "--schema", MINI.schema]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  for (const [name, bad] of Object.entries(cases)) {
    it(name, async () => {
      const idl = bad.idl ? fixture(`bad/${bad.idl}`) : MINI.idl;
      const schema = bad.schema ? fixture(`bad/${bad.schema}`) : MINI.schema;
      const vendor = [...(bad.vendorIdl ? ["--idl", fixture(`bad/${bad.vendorIdl}`)] : []), ...(bad.vendorSchema ? ["--schema", fixture(`bad/${bad.vendorSchema}`)] : [])];
      const run = await runCli([bad.command ?? "ir", "--idl", idl, "--schema", schema, ...vendor]);
      expect(run.code).toBe(bad.exitCode ?? 1);
      expect(run.stdout).toBe("");
      for (const message of bad.messages) {
        if (typeof message === "string") expect(run.stderr).toContain(message);
        else expect(run.stderr).toMatch(message);
      }
      expect(run.stderr).toContain(`opencmapi-gen: ${bad.problems} problem${bad.problems === 1 ? "" : "s"} found`);
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    });
  }

  it("a missing file is named, with exit code 2, and both are reported together", async () => {
    const run = await runCli(["ir", "--idl", fixture("nope.webidl"), "--schema", fixture("nope.schema.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("nope.webidl: cannot read the WebIDL file: no such file");
    expect(run.stderr).toContain("nope.schema.json: cannot read the JSON Schema file: no such file");
  });

  it("a folder given as a file says so", async () => {
    const run = await runCli(["validate", "--idl", fixture("mini"), "--schema", MINI.schema]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read the WebIDL file \S*mini: it is a folder, not a file \(EISDIR\)/);
  });

  it("a broken WebIDL and a broken schema are reported in one run", async () => {
    const run = await runCli(["ir", "--idl", fixture("bad/missing-semicolon.webidl"), "--schema", fixture("bad/trailing-comma.schema.json")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("missing-semicolon.webidl:34:74");
    expect(run.stderr).toContain("trailing-comma.schema.json:20:83");
    expect(run.stderr).toContain("2 problems found");
  });

  it("an unknown command or option is a usage error with exit code 2", async () => {
    expect((await runCli(["frobnicate"])).code).toBe(2);
    const run = await runCli(["ir", "--idll", "x"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--idll'");
  });

  it("every file in the corpus has a case", async () => {
    const { readdirSync } = await import("node:fs");
    const covered = new Set(Object.values(cases).flatMap((bad) => [bad.idl, bad.schema, bad.vendorIdl, bad.vendorSchema]));
    for (const file of readdirSync(fixture("bad"))) expect(covered, file).toContain(file);
  });
});
