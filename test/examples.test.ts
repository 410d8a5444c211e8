import { beforeAll, describe, expect, it } from "vitest";
import type { Api, JsonSchema } from "../generator/model/api.js";
import { createSpecAjv, definitionValidator, newCmapiAjv } from "../generator/model/schema-ajv.js";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { exampleOf, exampleValue } from "../generator/emit/examples.js";
import { schemaTree } from "../generator/model/schema-tree.js";
import { SeededRandom } from "../generator/mock/random.js";
import { bundledApi } from "./support/api.js";
import { seedExamples } from "./support/seed.js";

let api: Api;
let ajv: Ajv2020;
beforeAll(async () => {
  api = await bundledApi();
  ajv = createSpecAjv(api);
});

const example = (name: string) => JSON.parse(seedExamples().find((item) => item.name === name)!.repaired) as Record<string, any>;

function check(definition: string, value: unknown): string[] {
  const validate = definitionValidator(ajv, definition);
  return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe("the seed's message examples (section 5.2.5)", () => {
  it('are not JSON as printed: curly quotes, and a key spelled " error"', () => {
    const examples = seedExamples();
    expect(examples.map((item) => item.name)).toEqual(["request", "response", "error response", "callback"]);
    for (const item of examples) expect(() => JSON.parse(item.printed)).toThrow();
    expect(examples[2]!.printed).toContain('" error"');
  });

  it("the GetRFInfo request is valid once repaired, envelope and params", () => {
    const request = example("request");
    expect(check("CmapiRequest", request)).toEqual([]);
    expect(check(`${request["method"]}.params`, request["params"])).toEqual([]);
  });

  it("the GetRFInfo response is valid, envelope and result", () => {
    const response = example("response");
    expect(check("CmapiResponse", response)).toEqual([]);
    expect(check("CMAPI_Network_GetRFInfo.result", response["result"])).toEqual([]);
  });

  it("the error response is valid and carries Table 4's text for its code", () => {
    const response = example("error response");
    expect(check("CmapiResponse", response)).toEqual([]);
    const row = api.errorCodes.find((item) => item.code === response["error"].code)!;
    expect(response["error"].message).toBe(row.message);
  });

  it("the DeviceChanged callback is valid, envelope and payload, with its numeric deviceId", () => {
    const callback = example("callback");
    expect(check("CmapiCallbackMessage", callback)).toEqual([]);
    expect(check(`${callback["callbackId"]}.payload`, callback["result"])).toEqual([]);
    expect(typeof callback["result"].deviceId).toBe("number");
    expect(typeof example("request")["params"].deviceId).toBe("string");
  });
});

describe("broken variants of the examples are rejected, saying which field and why", () => {
  const variants: [string, string, (message: Record<string, any>) => unknown, RegExp][] = [
    ["request", "CmapiRequest", (m) => ({ ...m, jsonrpc: "1.0" }), /\/jsonrpc must be equal to constant/],
    ["request", "CmapiRequest", ({ cmapiversion: _, ...m }) => m, /must have required property 'cmapiversion'/],
    ["request", "CmapiRequest", (m) => ({ ...m, cmapiversion: "1.0" }), /\/cmapiversion must be equal to constant/],
    ["request", "CmapiRequest", (m) => ({ ...m, id: null }), /\/id must be string/],
    ["request", "CmapiRequest", ({ id: _, ...m }) => m, /must have required property 'id'/],
    ["request", "CmapiRequest", (m) => ({ ...m, id: 111 }), /\/id must be string/],
    ["request", "CmapiRequest", ({ params: _, ...m }) => m, /must have required property 'params'/],
    ["request", "CmapiRequest", (m) => ({ ...m, extra: 1 }), /must NOT have additional properties/],
    ["request", "CMAPI_Network_GetRFInfo.params", () => ({}), /must have required property 'deviceId'/],
    ["request", "CMAPI_Network_GetRFInfo.params", () => ({ deviceId: true }), /\/deviceId must be string/],
    ["request", "CMAPI_Network_GetRFInfo.params", () => ({ deviceId: "1", radio: 1 }), /must NOT have additional properties/],
    ["response", "CmapiResponse", (m) => ({ ...m, error: { code: 1, message: "A fatal error has occurred." } }), /must match exactly one schema in oneOf/],
    ["response", "CmapiResponse", ({ result: _, ...m }) => m, /must have required property 'result'/],
    ["response", "CMAPI_Network_GetRFInfo.result", (m) => ({ ...m["result"], RFInfoList: [{ Radio: "WCDMA_UMTS" }] }), /must have required property 'maxDataRateUL'/],
    ["error response", "CmapiResponse", (m) => ({ ...m, error: { code: 1 } }), /\/error must have required property 'message'/],
    ["error response", "CmapiResponse", (m) => ({ ...m, error: { code: "1", message: "x" } }), /\/error\/code must be integer/],
    ["callback", "CmapiCallbackMessage", ({ callbackId: _, ...m }) => m, /must have required property 'callbackId'/],
    ["callback", "CmapiCallbackMessage", (m) => ({ ...m, callbackId: "CMAPI_Callback_Nope" }), /\/callbackId must be equal to one of the allowed values/],
    ["callback", "CMAPI_Callback_DeviceChanged.payload", (m) => ({ ...m["result"], deviceState: "3" }), /\/deviceState must be integer/],
  ];
  for (const [name, definition, breakIt, expected] of variants) {
    it(`${name} ${breakIt.toString().replace(/\s+/g, " ")} fails ${definition}`, () => {
      const problems = check(definition, breakIt(example(name)));
      expect(problems.join("\n")).toMatch(expected);
    });
  }
});

describe("the examples the docs and the mock show", () => {
  /** Every definition a message carries: params, results, callback payloads, and every named type. */
  const definitions = () => Object.keys(api.schemaDefs).filter((name) => !["CmapiRequest", "CmapiResponse", "CmapiCallbackMessage"].includes(name));

  it("are valid against their schema, every definition of the bundled spec", () => {
    const problems = definitions().flatMap((name) => check(name, exampleValue(api, api.schemaDefs[name]!)).map((problem) => `${name}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it("stay valid when a random source varies them (enum values, anyOf forms, numbers, list lengths, optional members)", () => {
    const problems: string[] = [];
    for (const seed of [1, 2, 3, 42, 2026]) {
      const random = new SeededRandom(seed);
      for (const name of definitions()) problems.push(...check(name, exampleValue(api, api.schemaDefs[name]!, { random: () => random.next() })).map((problem) => `seed ${seed}, ${name}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  it("meet every part of a $ref beside its own constraints: an SSID of 1 to 32 bytes, an ATR of 4 to 44 Base64 characters", () => {
    const ssid = exampleValue(api, (api.schemaDefs["WlanNetworkSettings"]!["properties"] as Record<string, JsonSchema>)["ssid"]!, {}) as string;
    expect(ssid.length).toBeGreaterThanOrEqual(1);
    expect(ssid.length).toBeLessThanOrEqual(32);
    expect(check("Atr", exampleValue(api, api.schemaDefs["Atr"]!))).toEqual([]);
  });
});

describe("examples of small schemas", () => {
  const tree = (defs: Record<string, JsonSchema>) => schemaTree(defs);
  const value = (defs: Record<string, JsonSchema>, name: string, random?: () => number) => exampleOf(tree(defs).definition(name), random ? { random } : {});

  it("pad a plain string to its minLength and cut it to its maxLength", () => {
    expect((value({ Code: { type: "string", minLength: 12 } }, "Code") as string).length).toBe(12);
    expect(value({ Code: { type: "string", maxLength: 3 } }, "Code")).toBe("exa");
  });

  it("keep numbers inside exclusive bounds and on a multipleOf", () => {
    expect(value({ Count: { type: "integer", exclusiveMinimum: 1, exclusiveMaximum: 5 } }, "Count")).toBe(2);
    expect(value({ Angle: { type: "number", minimum: 0, exclusiveMaximum: 1 } }, "Angle")).toBeLessThan(1);
    expect(value({ Step: { type: "integer", minimum: 1, multipleOf: 5 } }, "Step")).toBe(5);
  });

  it("fill a list up to its minItems, and follow prefixItems", () => {
    expect(value({ Pair: { type: "array", prefixItems: [{ const: "a" }, { const: 2 }], items: false, minItems: 2 } }, "Pair")).toEqual(["a", 2]);
  });

  it("give an object with a presence rule exactly one of the alternatives", () => {
    const defs = { Reply: { type: "object", properties: { result: { type: "integer" }, error: { type: "string" } }, oneOf: [{ required: ["result"] }, { required: ["error"] }] } };
    expect(value(defs, "Reply")).toEqual({ result: 1 });
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = new SeededRandom(seed);
      expect(Object.keys(value(defs, "Reply", () => random.next()) as object)).toHaveLength(1);
    }
  });

  it("end a union that includes itself (ajv's own validator overflows its stack on one) with its other form, null", () => {
    const defs = { Self: { anyOf: [{ $ref: "#/$defs/Self" }, { type: "null" }] }, Narrowed: { $ref: "#/$defs/Self", maxLength: 2 } };
    for (const name of ["Self", "Narrowed"]) {
      expect(value(defs, name)).toBeNull();
      for (const seed of [1, 2, 3]) {
        const random = new SeededRandom(seed);
        expect(value(defs, name, () => random.next())).toBeNull();
      }
    }
  });

  it("stop a schema that requires itself at a bounded depth instead of looping: nested objects, then null", () => {
    let level = value({ Loop: { type: "object", properties: { next: { $ref: "#/$defs/Loop" } }, required: ["next"] } }, "Loop");
    let depth = 0;
    for (; level !== null && typeof level === "object"; depth++) level = (level as { next: unknown }).next;
    expect(level).toBeNull();
    expect(depth).toBeGreaterThan(1);
    expect(depth).toBeLessThanOrEqual(40);
  });
});

/** Small schemas, each a way an example once failed its own schema; every one is checked by ajv plainly and with twenty random seeds. */
const SHAPES: Record<string, Record<string, JsonSchema>> = {
  "unique strings, at least two": { Shape: { type: "array", items: { type: "string" }, minItems: 2, uniqueItems: true } },
  "unique booleans, exactly two": { Shape: { type: "array", items: { type: "boolean" }, minItems: 2, maxItems: 2, uniqueItems: true } },
  "unique items of a named list": { Shape: { type: "object", properties: { bands: { type: "array", items: { type: "string" }, minItems: 3, uniqueItems: true } }, required: ["bands"] } },
  "minProperties from additionalProperties": { Shape: { type: "object", additionalProperties: { type: "string" }, minProperties: 1 } },
  "minProperties from optional members": { Shape: { type: "object", properties: { a: { type: "string" }, b: { type: "integer" } }, minProperties: 2, additionalProperties: false } },
  "maxProperties below the optional members": { Shape: { type: "object", properties: { a: { type: "string" }, b: { type: "string" }, c: { type: "string" } }, maxProperties: 1 } },
  "a nullable reference beside a maxLength": { Name: { type: ["string", "null"] }, Shape: { $ref: "#/$defs/Name", maxLength: 4 } },
  "a nullable reference and an enum": { Name: { type: ["string", "null"] }, Shape: { allOf: [{ $ref: "#/$defs/Name" }, { enum: ["ab", "abc"] }] } },
  "an enum narrowed by a maxLength": { Shape: { allOf: [{ enum: ["abcdef", "ab"] }, { maxLength: 3 }] } },
  "a union narrowed by a pattern": { Shape: { allOf: [{ anyOf: [{ type: "integer" }, { type: "string" }] }, { type: "string", pattern: "^[0-9]{1,10}$" }] } },
  "a nullable object with a bare required beside it": {
    Base: { type: "object", properties: { a: { type: "string" }, x: { type: "integer" } }, additionalProperties: false },
    Nullable: { anyOf: [{ $ref: "#/$defs/Base" }, { type: "null" }] },
    Shape: { allOf: [{ $ref: "#/$defs/Nullable" }, { required: ["x"] }] },
  },
  "an object with a bare required beside its reference": {
    Base: { type: "object", properties: { a: { type: "string" }, x: { type: "integer" } }, additionalProperties: false },
    Shape: { allOf: [{ $ref: "#/$defs/Base" }, { required: ["x"] }] },
  },
  "a $ref's own required": { Base: { type: "object", properties: { a: { type: "string" }, x: { type: "integer" } } }, Shape: { $ref: "#/$defs/Base", required: ["x"] } },
  "two multipleOfs": { Shape: { allOf: [{ type: "integer", multipleOf: 2 }, { multipleOf: 3 }] } },
  "a multipleOf beside a reference's": { Even: { type: "integer", multipleOf: 2, minimum: 7 }, Shape: { $ref: "#/$defs/Even", multipleOf: 5 } },
  "a decimal multipleOf": { Shape: { type: "number", minimum: 1, maximum: 2, multipleOf: 0.25 } },
  "a range narrower than two decimals": { Shape: { type: "number", minimum: 0.001, maximum: 0.004 } },
  "an exclusive bound inside an inclusive one": { Shape: { type: "number", minimum: 0, maximum: 100, exclusiveMaximum: 0.5 } },
};

describe("examples of small schemas are valid against them (ajv 2020), plainly and with random seeds", () => {
  for (const [shape, defs] of Object.entries(SHAPES)) {
    it(shape, () => {
      const validator = newCmapiAjv();
      validator.addSchema({ $id: "urn:opencmapi:shape", $defs: defs });
      const validate = validator.getSchema("urn:opencmapi:shape#/$defs/Shape")!;
      const node = schemaTree(defs).definition("Shape");
      const problems: string[] = [];
      for (const seed of [undefined, ...Array.from({ length: 20 }, (_, index) => index + 1)]) {
        const random = seed === undefined ? undefined : new SeededRandom(seed);
        const example = exampleOf(node, random ? { random: () => random.next() } : {});
        if (!validate(example)) problems.push(`seed ${seed}: ${JSON.stringify(example)} ${validator.errorsText(validate.errors)}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
