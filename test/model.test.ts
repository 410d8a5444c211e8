import { beforeAll, describe, expect, it } from "vitest";
import type { Api, JsonSchema, Method, TypeRef } from "../generator/model/api.js";
import { schemaTree } from "../generator/model/schema-tree.js";
import { describeSchema, typeMismatch } from "../generator/model/schema-types.js";
import { forEachSchema } from "../generator/model/schema-walk.js";
import { refTarget } from "../generator/model/schema-keywords.js";
import { bundledApi } from "./support/api.js";
import { messageTable, scrRows } from "./support/seed.js";

let api: Api;
beforeAll(async () => {
  api = await bundledApi();
});

const method = (name: string): Method => {
  const found = api.methods.find((item) => item.name === name);
  if (!found) throw new Error(`no function ${name}`);
  return found;
};

describe("the model of the bundled OpenCMAPI 1.1 spec", () => {
  it("has one group per SCR row of the seed: sections 7.2 to 7.21 and the callbacks of section 8", () => {
    const seedSections = [...new Set(scrRows().map((row) => row.section))].sort();
    expect(api.groups.map((group) => group.section).sort()).toEqual(seedSections);
  });

  it("has the functions of each group", () => {
    const counts = Object.fromEntries(api.groups.map((group) => [group.name, group.methods.length]));
    // prettier-ignore
    expect(counts).toEqual({
      API: 6, Device: 6, Cellular: 16, Connection: 16, Network: 13, CDMA: 24, DeviceService: 11, DeviceExt: 8,
      PIN: 8, UICC: 12, WLAN: 25, Statistics: 6, InfoStatus: 9, SMS: 13, USSD: 4, GNSS: 8, Push: 4,
      Contacts: 7, P2P: 15, Router: 14, Callback: 3,
    });
    expect(api.methods.length).toBe(228);
  });

  it("names every function CMAPI_<Group>_<Function> after its group", () => {
    for (const item of api.methods) expect(item.name).toBe(`CMAPI_${item.group}_${item.functionName}`);
  });

  it("includes the seed's own examples: CMAPI_Network_GetRFInfo and CMAPI_Callback_DeviceChanged", () => {
    expect(method("CMAPI_Network_GetRFInfo").result).toBe("RFInfoResult");
    expect(api.callbacks.map((callback) => callback.callbackId)).toContain("CMAPI_Callback_DeviceChanged");
  });

  it("gives each group the operations a connection manager needs", () => {
    const names = new Set(api.methods.map((item) => item.name));
    const expected = {
      WLAN: ["Scan", "GetKnownNetworks", "AddKnownNetwork", "UpdateKnownNetwork", "DeleteKnownNetwork", "Connect", "Disconnect", "StartWPS", "GetStatus", "GetIPConfiguration", "SetIPConfiguration", "GetPasspointCredentials", "QueryANQP"],
      SMS: ["Send", "List", "Read", "Delete", "GetStorageStatus", "GetSMSC", "SetSMSC"],
      PIN: ["Verify", "Change", "Enable", "Disable", "Unblock", "GetRetriesLeft"],
      Cellular: ["CreateProfile", "UpdateProfile", "DeleteProfile", "GetProfileList", "SelectNetwork"],
      Connection: ["Connect", "Disconnect", "ActivateSecondaryContext", "DeactivateSecondaryContext"],
      P2P: ["Discover", "Invite", "RespondInvitation"],
      Router: ["GetConfig", "SetConfig", "SetPolicy", "GetConnectedDevices"],
      GNSS: ["SetAGNSSServer", "GetPosition"],
      Callback: ["Register", "Unregister"],
    };
    for (const [group, functions] of Object.entries(expected)) {
      for (const name of functions) expect(names, `CMAPI_${group}_${name}`).toContain(`CMAPI_${group}_${name}`);
    }
  });

  it("types every parameter and names every result type", () => {
    const typeNames = new Set(api.types.map((type) => type.name));
    for (const item of api.methods) {
      expect(item.paramsSchema["type"], item.name).toBe("object");
      if (item.result !== null) expect(typeNames, item.name).toContain(item.result);
      for (const param of item.params) expect(param.name).not.toBe("cb");
    }
    expect(method("CMAPI_WLAN_Connect").params).toEqual([
      expect.objectContaining({ name: "deviceId", type: { kind: "ref", name: "DeviceId" }, optional: false }),
      expect.objectContaining({ name: "ssid", type: { kind: "ref", name: "Ssid" }, optional: false }),
      expect.objectContaining({ name: "bssid", type: { kind: "string" }, optional: true }),
    ]);
    expect(method("CMAPI_SMS_List").params[1]).toMatchObject({ name: "storage", optional: true, default: "any" });
  });

  it("has every CMAPI-2 callback, each with a payload type, all listed in CallbackId", () => {
    expect(api.callbacks.length).toBeGreaterThanOrEqual(15);
    const callbackIds = api.types.find((type) => type.name === "CallbackId");
    // A callback is declared in its group's section (the UICC's proactive command in 7.11), CallbackId lists them all in section 8.
    expect(callbackIds?.kind === "enum" && [...callbackIds.values].sort()).toEqual(api.callbacks.map((callback) => callback.callbackId).sort());
    const typeNames = new Set(api.types.map((type) => type.name));
    for (const callback of api.callbacks) expect(typeNames).toContain(callback.payload);
    expect(method("CMAPI_Callback_Register").params[0]).toMatchObject({ name: "callbackId", type: { kind: "ref", name: "CallbackId" } });
  });

  it("marks the exclusive operations that a second application must wait for", () => {
    for (const name of ["CMAPI_Connection_Connect", "CMAPI_PIN_Verify", "CMAPI_WLAN_Scan", "CMAPI_WLAN_Connect"]) expect(method(name).exclusive, name).toBe(true);
    expect(method("CMAPI_Network_GetRFInfo").exclusive).toBe(false);
  });

  it("keeps secrets write-only: they are marked writeOnly where a request takes them, and no result or callback can carry one", () => {
    /** The pointers of writeOnly properties reachable from a schema, following $refs into the spec's definitions. */
    const writeOnlyIn = (root: JsonSchema): string[] => {
      const found: string[] = [];
      const seen = new Set<string>();
      const walk = (schema: unknown, where: string) =>
        forEachSchema(schema, (node, pointer) => {
          if (node["writeOnly"] === true) found.push(`${where}${pointer}`);
          const target = typeof node["$ref"] === "string" ? refTarget(node["$ref"]) : undefined;
          if (target && !seen.has(target)) {
            seen.add(target);
            walk(api.schemaDefs[target], target);
          }
        });
      walk(root, "");
      return found;
    };
    for (const item of api.methods) expect(writeOnlyIn(item.resultSchema), item.name).toEqual([]);
    for (const callback of api.callbacks) expect(writeOnlyIn(callback.payloadSchema), callback.callbackId).toEqual([]);
    const secrets = {
      CMAPI_CDMA_SetMobileIPProfile: ["/properties/spc", "MobileIpProfileSettings/properties/mnHa", "MobileIpProfileSettings/properties/mnAaa"],
      CMAPI_PIN_Unblock: ["/properties/puk", "/properties/newPin"],
      CMAPI_WLAN_AddKnownNetwork: ["WlanNetworkSettings/properties/key", "EapSettings/properties/password", "EapSettings/properties/clientKey"],
      CMAPI_DeviceService_SetControlKey: ["ControlKey/properties/value"],
    };
    for (const [name, pointers] of Object.entries(secrets)) expect(writeOnlyIn(method(name).paramsSchema), name).toEqual(expect.arrayContaining(pointers));
  });

  it("lists the Table 4 codes each function can return", () => {
    expect(method("CMAPI_Cellular_CreateProfile").errors).toContain(0x2003);
    expect(method("CMAPI_PIN_Verify").errors).toContain(0x10010000);
  });

  for (const [table, envelope] of [
    [1, "request"],
    [2, "response"],
    [3, "callback"],
  ] as const) {
    it(`defines the ${envelope} envelope exactly as Table ${table}`, () => {
      const schema = api.envelopes[envelope];
      const properties = schema["properties"] as Record<string, Record<string, unknown>>;
      const required = schema["required"] as string[];
      const members = messageTable(table);
      const extensions = Object.keys(properties).filter((name) => typeof properties[name]!["x-cmapi-extension"] === "string");
      expect(
        Object.keys(properties)
          .filter((name) => !extensions.includes(name))
          .sort(),
      ).toEqual(members.map((row) => row.member).sort());
      expect(extensions).toEqual(envelope === "response" ? ["cmapistatus"] : []);
      for (const row of members) {
        expect(required.includes(row.member), row.member).toBe(!row.optional);
        const property = properties[row.member]!;
        const jsonType = property["type"] ?? (typeof property["const"] === "string" ? "string" : undefined);
        if (row.type === "String" && property["$ref"] === undefined) expect([jsonType].flat(), row.member).toContain("string");
        if (row.type === "Object" && property["$ref"] === undefined) expect(jsonType, row.member).toBe("object");
      }
      const { description: _jsonrpcText, ...jsonrpc } = properties["jsonrpc"]!;
      const { description: _versionText, ...cmapiversion } = properties["cmapiversion"]!;
      expect(jsonrpc).toEqual({ const: "2.0" });
      expect(cmapiversion).toEqual({ const: "1.1" });
      expect(schema["additionalProperties"]).toBe(false);
    });
  }

  it("is plain JSON but for its schema tree: printing and reading it back loses nothing the tree cannot be read again from", () => {
    const { schema: _tree, ...plain } = api;
    expect(JSON.parse(JSON.stringify(api))).toEqual(plain);
  });
});

describe("the cross-check's reading of a schema against a WebIDL type", () => {
  const long: TypeRef = { kind: "integer", idlType: "long", minimum: -2147483648, maximum: 2147483647 };
  const node = (schema: JsonSchema, defs: Record<string, JsonSchema> = {}) => schemaTree({ ...defs, It: schema }).definition("It");

  it("compares a $ref beside its own constraints as the reference the WebIDL names", () => {
    expect(typeMismatch({ kind: "ref", name: "Ssid" }, node({ $ref: "#/$defs/Ssid", minLength: 1 }, { Ssid: { type: "string" } }))).toBeNull();
    // A lone allOf entry around a reference, with the outer schema's description, is that reference.
    expect(typeMismatch({ kind: "ref", name: "RFInfo" }, node({ description: "Outer words", allOf: [{ $ref: "#/$defs/RFInfo" }] }, { RFInfo: { type: "object" } }))).toBeNull();
    expect(describeSchema(node({ $ref: "#/$defs/Ssid", minLength: 1 }, { Ssid: { type: "string" } }))).toBe("$ref Ssid");
  });

  it("reads a nullable WebIDL type against a type array or an anyOf with null", () => {
    expect(typeMismatch({ kind: "string", nullable: true }, node({ type: ["string", "null"] }))).toBeNull();
    expect(typeMismatch({ kind: "string", nullable: true }, node({ type: "string" }))).toBe("the WebIDL says DOMString?, the schema says string");
    expect(typeMismatch({ kind: "string", nullable: true }, node({ anyOf: [{ type: "string" }, { type: "integer" }] }))).toBe("the WebIDL type DOMString? is nullable, the schema does not allow null");
  });

  it("refuses constraints without a type, which let every other type through", () => {
    expect(typeMismatch({ kind: "string" }, node({ maxLength: 3 }))).toBe('the WebIDL says DOMString, the schema says {"maxLength":3}');
  });

  it("checks an integer's range, an enum of integers by its values", () => {
    expect(typeMismatch(long, node({ type: "integer", minimum: 0, maximum: 4294967295 }))).toBe("the schema allows 0..4294967295, more than long can hold (-2147483648..2147483647)");
    expect(typeMismatch(long, node({ type: "integer", enum: [1, 2] }))).toBeNull();
    expect(typeMismatch({ kind: "array", items: long }, node({ type: "array" }))).toBe("the WebIDL says sequence<long>, the schema says array of anything");
  });
});
