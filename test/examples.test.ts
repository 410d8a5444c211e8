import { beforeAll, describe, expect, it } from "vitest";
import type { Api } from "../generator/model/api.js";
import { createSpecAjv, definitionValidator } from "../generator/model/schema-ajv.js";
import type { Ajv2020 } from "ajv/dist/2020.js";
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
