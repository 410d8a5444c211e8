/** The generated validators: ESM that loads in Node and in a browser bundle, with no eval, and readable errors. */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { emitValidators } from "../generator/emit/validators.js";
import { bundledApi } from "./support/api.js";
import { freshGeneration } from "./support/generation.js";
import { seedExamples } from "./support/seed.js";
import { withSchemaTree } from "../generator/model/schema-tree.js";

type Result = { valid: boolean; text?: string; problems?: { path: string; message: string }[] };
interface Validation {
  validateRequest(message: unknown): Result;
  validateResponse(method: string, message: unknown): Result;
  validateCallback(message: unknown): Result;
  validateParams(method: string, params: unknown): Result;
}

let out: string;
let validation: Validation;
beforeAll(async () => {
  out = await freshGeneration();
  validation = (await import(pathToFileURL(join(out, "validation.ts")).href)) as Validation;
}, 60_000);

const example = (name: string) => JSON.parse(seedExamples().find((item) => item.name === name)!.repaired) as Record<string, any>;

describe("the generated validators", () => {
  it("load as ES modules in Node, with no require, eval or new Function in them", async () => {
    const modules = ["validators.ts", ...(await readdir(join(out, "validators"), { recursive: true })).filter((file) => file.endsWith(".ts")).map((file) => join("validators", file))];
    expect(modules).toEqual(expect.arrayContaining(["validators/envelopes.ts", "validators/callbacks.ts", "validators/groups/wlan.ts"]));
    for (const file of modules) {
      const code = await readFile(join(out, file), "utf8");
      expect(code).not.toMatch(/\brequire\s*\(/);
      expect(code).not.toMatch(/\beval\s*\(|new Function\b/);
    }
    const module = await import(pathToFileURL(join(out, "validators.ts")).href);
    expect(typeof module.requestEnvelope).toBe("function");
    expect(Object.keys(module.paramsValidators)).toHaveLength(228);
  });

  it("work inside a browser bundle that runs where code generation from strings is forbidden (a strict CSP)", async () => {
    const bundle = await build({
      stdin: {
        contents: 'import { validateRequest } from "./validation.ts"; globalThis.check = (message) => validateRequest(message);',
        resolveDir: out,
        loader: "ts",
      },
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      logLevel: "silent",
    });
    const code = bundle.outputFiles[0]!.text;
    const sandbox: Record<string, unknown> = {};
    const context = vm.createContext(sandbox, { codeGeneration: { strings: false, wasm: false } });
    vm.runInContext(code, context);
    expect(() => vm.runInContext("new Function('return 1')", context)).toThrow(/Code generation from strings disallowed/);
    const check = sandbox["check"] as (message: unknown) => Result;
    expect(check(example("request")).valid).toBe(true);
    expect(check({ ...example("request"), jsonrpc: "1.0" })).toMatchObject({ valid: false, text: 'jsonrpc: must be "2.0"' });
  });

  it("tree-shake by group: an app that validates WLAN bundles the WLAN validators and no other group's", async () => {
    const bundle = async (contents: string) => (await build({ stdin: { contents, resolveDir: out, loader: "ts" }, bundle: true, minify: true, platform: "browser", format: "esm", write: false, logLevel: "silent" })).outputFiles[0]!.text;
    const wlanOnly =
      'import { createValidation } from "./runtime/validation.ts"; import * as envelopes from "./validators/envelopes.ts"; import * as wlan from "./validators/groups/wlan.ts"; export const validation = createValidation({ ...envelopes, ...wlan, payloadValidators: {} });';
    const wlan = await bundle(wlanOnly);
    const whole = await bundle('export { validation } from "./validation.ts";');
    expect(wlan).toContain("CMAPI_WLAN_Scan");
    // (The callback envelope names every callbackId, so a callback is not among them.)
    for (const other of ["CMAPI_SMS_Send", "CMAPI_Network_GetRFInfo", "CMAPI_Router_SetConfig"]) {
      expect(wlan).not.toContain(other);
      expect(whole).toContain(other);
    }
    expect(wlan.length).toBeLessThan(whole.length / 4);
    // And it validates: a WLAN request's params are checked; another group's function is unknown to it.
    const module = (await import(`data:text/javascript;base64,${Buffer.from(wlan).toString("base64")}`)) as { validation: Validation };
    const request = (method: string, params: object) => ({ jsonrpc: "2.0", cmapiversion: "1.1", id: "1", method, params });
    expect(module.validation.validateRequest(request("CMAPI_WLAN_Connect", { deviceId: "1", ssid: "home" })).valid).toBe(true);
    expect(module.validation.validateRequest(request("CMAPI_WLAN_Connect", { deviceId: "1", ssid: "x".repeat(33) })).valid).toBe(false);
    expect(module.validation.validateRequest(request("CMAPI_SMS_Send", { deviceId: "1" }))).toMatchObject({ valid: false, problems: [{ path: "method" }] });
  });

  it("carry no error object literal of ajv's: each is a cmapiError call, without schemaPath and message", async () => {
    const code = await readFile(join(out, "validators", "groups", "wlan.ts"), "utf8");
    expect(code).not.toContain("schemaPath:");
    expect(code).toMatch(/cmapiError\(instancePath\+"\/ssid","maxLength",\{limit: 32\}\)/);
  });

  it("count an SSID in UTF-8 bytes: 32 ASCII letters fit, 17 accented ones (34 bytes) do not, and the problem says so", () => {
    const connect = (ssid: string) => validation.validateParams("CMAPI_WLAN_Connect", { deviceId: "1", ssid });
    expect(connect("a".repeat(32)).valid).toBe(true);
    expect(connect("é".repeat(16)).valid).toBe(true);
    const tooLong = connect("é".repeat(17));
    expect(tooLong.valid).toBe(false);
    expect(tooLong.problems).toEqual([{ path: "params.ssid", message: "must be at most 32 bytes in UTF-8" }]);
    // An emoji outside the BMP is 4 bytes and 2 UTF-16 units: 8 of them are 32 bytes.
    expect(connect("📶".repeat(8)).valid).toBe(true);
    expect(connect("📶".repeat(9)).valid).toBe(false);
  });

  it("accept the seed's examples once their typography is repaired", () => {
    expect(validation.validateRequest(example("request"))).toEqual({ valid: true });
    expect(validation.validateResponse("CMAPI_Network_GetRFInfo", example("response"))).toEqual({ valid: true });
    expect(validation.validateResponse("CMAPI_Network_GetRFInfo", example("error response"))).toEqual({ valid: true });
    expect(validation.validateCallback(example("callback"))).toEqual({ valid: true });
  });

  it("accept every example in the generated docs", async () => {
    const pages = (await readdir(join(out, "docs"))).filter((page) => page.endsWith(".md"));
    let checked = 0;
    let lastMethod = "";
    for (const page of pages) {
      const text = await readFile(join(out, "docs", page), "utf8");
      for (const match of text.matchAll(/```json\n([\s\S]*?)\n```/g)) {
        const message = JSON.parse(match[1]!) as Record<string, unknown>;
        let result: Result;
        if ("method" in message) {
          lastMethod = message["method"] as string;
          result = validation.validateRequest(message);
        } else if ("callbackId" in message) result = validation.validateCallback(message);
        else result = validation.validateResponse(lastMethod, message);
        expect(result, `${page}: ${match[1]!.slice(0, 120)}`).toEqual({ valid: true });
        checked++;
      }
    }
    expect(checked).toBe(228 * 2 + 24 + 1); // a request and a response per function, a message per callback, and the error callback's
  });

  // prettier-ignore
  const broken: [string, () => unknown, (v: Validation, message: unknown) => Result, string][] = [
    ["a wrong jsonrpc", () => ({ ...example("request"), jsonrpc: "1.0" }), (v, m) => v.validateRequest(m), 'jsonrpc: must be "2.0"'],
    ["a missing cmapiversion", () => { const { cmapiversion: _, ...m } = example("request"); return m; }, (v, m) => v.validateRequest(m), "cmapiversion: is required but missing"],
    ["an id of null in a request", () => ({ ...example("request"), id: null }), (v, m) => v.validateRequest(m), "id: must be of type string"],
    ["a missing id", () => { const { id: _, ...m } = example("request"); return m; }, (v, m) => v.validateRequest(m), "id: is required but missing"],
    ["a missing required param", () => ({ ...example("request"), params: {} }), (v, m) => v.validateRequest(m), "params.deviceId: is required but missing"],
    ["a param of the wrong type", () => ({ ...example("request"), params: { deviceId: true } }), (v, m) => v.validateRequest(m), "params.deviceId: matches none of the allowed forms"],
    ["an unknown param", () => ({ ...example("request"), params: { deviceId: "1", verbose: true } }), (v, m) => v.validateRequest(m), "params.verbose: is not a known property here"],
    ["an unknown method", () => ({ ...example("request"), method: "CMAPI_Network_Nope" }), (v, m) => v.validateRequest(m), 'method: is not a CMAPI function: "CMAPI_Network_Nope"'],
    ["a result and an error together", () => ({ ...example("response"), error: { code: 1, message: "A fatal error has occurred." } }), (v, m) => v.validateResponse("CMAPI_Network_GetRFInfo", m), "must have exactly one of result and error"],
    ["a result member of the wrong type", () => ({ ...example("response"), result: { RFInfoListElements: "1", RFInfoList: [] } }), (v, m) => v.validateResponse("CMAPI_Network_GetRFInfo", m), "result.RFInfoListElements: must be an integer"],
    ["a nested enum value", () => ({ ...example("response"), result: { RFInfoListElements: 1, RFInfoList: [{ ...example("response")["result"].RFInfoList[0], Radio: "5G" }] } }), (v, m) => v.validateResponse("CMAPI_Network_GetRFInfo", m), 'result.RFInfoList[0].Radio: must be one of "GSM"'],
    ["a callback without its callbackId", () => { const { callbackId: _, ...m } = example("callback"); return m; }, (v, m) => v.validateCallback(m), "callbackId: is required but missing"],
    ["a callback payload of the wrong type", () => ({ ...example("callback"), result: { ...example("callback")["result"], deviceState: "3" } }), (v, m) => v.validateCallback(m), "result.deviceState: must be an integer"],
  ];
  for (const [what, make, validate, expected] of broken) {
    it(`reject ${what}, saying which field and what was expected`, () => {
      const result = validate(validation, make());
      expect(result.valid).toBe(false);
      expect(result.text).toContain(expected);
    });
  }

  it("are shared by a group's functions whose params accept the same, and only by them: a param named description counts", async () => {
    type Params = { description?: string; properties?: Record<string, unknown> };
    /** The spec with two functions' params set: whether the two get the same compiled validator. */
    const sharing = async (first: Params, second: Params) => {
      const api = structuredClone(await bundledApi());
      const params = ({ description, properties }: Params) => ({
        ...(description ? { description } : {}),
        type: "object",
        properties: { deviceId: { $ref: "#/$defs/DeviceId" }, ...properties },
        required: ["deviceId"],
        additionalProperties: false,
      });
      Object.assign(api.schemaDefs["CMAPI_WLAN_GetCapabilities.params"]!, params(first));
      Object.assign(api.schemaDefs["CMAPI_WLAN_GetStatus.params"]!, params(second));
      const table = /export const paramsValidators = \{([^}]*)\}/.exec(emitValidators(withSchemaTree(api)).get("validators/groups/wlan.js")!)![1]!;
      const validatorOf = (method: string) => new RegExp(`"${method}": (\\w+)`).exec(table)![1];
      return validatorOf("CMAPI_WLAN_GetCapabilities") === validatorOf("CMAPI_WLAN_GetStatus");
    };
    // Only the prose differs: one validator.
    expect(await sharing({ description: "Parameters of GetRFInfo." }, { description: "Parameters of GetStatus." })).toBe(true);
    // A param named description that the other does not have (and so refuses): two.
    expect(await sharing({ properties: { description: { type: "string" } } }, {})).toBe(false);
    expect(await sharing({ properties: { description: { type: "string" } } }, { properties: { description: { type: "integer" } } })).toBe(false);
  });
});
