/** The OpenRPC export, validated against the OpenRPC meta-schema (@open-rpc/meta-schema). */
import Ajv from "ajv";
import jsonSchemaMetaModule from "@json-schema-tools/meta-schema";
import metaSchemaModule from "@open-rpc/meta-schema";
import { beforeAll, describe, expect, it } from "vitest";
import { openRpcDocument } from "../generator/emit/openrpc.js";
import type { Api } from "../generator/model/api.js";
import { bundledApi } from "./support/api.js";
import { runCli } from "./support/cli.js";
import { withSchemaTree } from "../generator/model/schema-tree.js";

/** The schema object inside a CommonJS module, however many `default`s the ESM interop wraps it in. */
function schemaOf(module: unknown): Record<string, unknown> {
  let value = module as Record<string, unknown>;
  while (!("definitions" in value) && value["default"]) value = value["default"] as Record<string, unknown>;
  return value;
}

/** A validator for OpenRPC documents: the OpenRPC meta-schema, with the JSON Schema meta-schema it refers to. */
function openRpcValidator() {
  const jsonSchemaMeta = schemaOf(jsonSchemaMetaModule);
  const metaSchema = schemaOf(metaSchemaModule);
  // ajv cannot follow a pointer through a property named "$ref" (…/properties/$ref): inline those targets.
  const inlinePointers = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(inlinePointers);
    if (!value || typeof value !== "object") return value;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("https://meta.json-schema.tools/#/")) {
      return ref
        .slice("https://meta.json-schema.tools/#/".length)
        .split("/")
        .reduce<any>((node, key) => node[key], jsonSchemaMeta);
    }
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, inlinePointers(child)]));
  };
  // The meta-schema's formats, checked as the platform parses them (ajv knows none of its own).
  const formats = {
    uri: (text: string) => URL.canParse(text),
    "uri-reference": (text: string) => URL.canParse(text, "https://base.invalid/"),
    regex: (text: string) => {
      try {
        new RegExp(text, "u");
        return true;
      } catch {
        return false;
      }
    },
  };
  const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, validateSchema: false, allErrors: true, formats });
  ajv.addSchema({ ...jsonSchemaMeta, $schema: undefined }, "https://meta.json-schema.tools");
  return ajv.compile({ ...(inlinePointers(metaSchema) as object), $schema: undefined });
}

let api: Api;
beforeAll(async () => {
  api = await bundledApi();
});

describe("opencmapi-gen openrpc", () => {
  it("prints a document that the OpenRPC meta-schema accepts", async () => {
    const run = await runCli(["openrpc"]);
    expect(run.code).toBe(0);
    const validate = openRpcValidator();
    const valid = validate(JSON.parse(run.stdout));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("whose check can fail: a broken document is rejected", async () => {
    const document = JSON.parse((await runCli(["openrpc"])).stdout);
    document.methods[0].params = "deviceId";
    delete document.info;
    expect(openRpcValidator()(document)).toBe(false);
  });

  it("has every function with by-name params, its result, its Table 4 errors, and every callback", () => {
    const document = openRpcDocument(api) as { methods: any[]; components: { schemas: Record<string, unknown> }; "x-cmapi-callbacks": unknown[] };
    expect(document.methods).toHaveLength(api.methods.length);
    const connect = document.methods.find((method) => method.name === "CMAPI_WLAN_Connect");
    expect(connect).toMatchObject({
      paramStructure: "by-name",
      params: [
        { name: "deviceId", required: true },
        { name: "ssid", required: true },
        { name: "bssid", required: false },
      ],
    });
    expect(connect.params[0].schema).toMatchObject({ $ref: "#/components/schemas/DeviceId" });
    expect(connect.errors).toContainEqual({ code: 0x12001, message: "The SSID does not reference a valid known network." });
    expect(document.methods.find((method) => method.name === "CMAPI_Network_GetRFInfo").result.schema).toMatchObject({ $ref: "#/components/schemas/RFInfoResult" });
    expect(document["x-cmapi-callbacks"]).toHaveLength(api.callbacks.length);
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) expect(document.components.schemas, ref).toHaveProperty(ref.replace(/^"\$ref":"#\/components\/schemas\//, "").replace(/"$/, ""));
  });

  it("reads keywords as keywords, names as names and data as data: a property named $ref or x-cmapi-foo is kept, a default as written", () => {
    const variant = structuredClone(api);
    const rfInfo = variant.schemaDefs["RFInfo"]!;
    rfInfo["x-cmapi-name"] = "RF_INFO";
    rfInfo["properties"] = { ...(rfInfo["properties"] as object), $ref: { type: "string" }, "x-cmapi-foo": { $ref: "#/$defs/Ssid", "x-cmapi-name": "FOO" } };
    const extras = { type: "object", patternProperties: { "^x-cmapi-": { type: "string" } }, default: { $ref: "#/$defs/Ssid", "x-cmapi-note": "data, not a schema" } };
    (rfInfo["properties"] as Record<string, unknown>)["extras"] = extras;
    const document = openRpcDocument(withSchemaTree(variant)) as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    const component = document.components.schemas["RFInfo"]!;
    expect(component).not.toHaveProperty("x-cmapi-name");
    expect(component.properties["$ref"]).toEqual({ type: "string" });
    expect(component.properties["x-cmapi-foo"]).toEqual({ $ref: "#/components/schemas/Ssid" });
    expect(component.properties["extras"]).toEqual(extras);
    expect(component.properties["Radio"]).toEqual({ $ref: "#/components/schemas/RadioTechnology", description: expect.any(String) });
  });
});
