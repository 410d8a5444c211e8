/**
 * Example values built from the schemas, for the docs (and for anyone who wants a valid message to
 * start from). Deterministic; every example is checked against the schema by the tests.
 */
import type { Api, JsonSchema, Method, Callback } from "../model/api.js";
import { followRefs } from "../model/schema-keywords.js";

/** Values a person would write, by property name; checked against the property's schema like any other. */
const BY_NAME: Record<string, unknown> = {
  deviceId: "1",
  mcc: "310",
  mnc: "260",
  plmnId: "310260",
  macAddress: "02:00:5E:10:00:01",
  bssid: "02:00:5E:10:00:02",
  statusWord: "9000",
  ssid: "HomeNetwork",
  apn: "internet",
  profileName: "Internet",
  userName: "user",
  password: "secret",
  adminPassword: "admin-secret",
  newPassword: "new-secret",
  key: "correct horse battery",
  pin: "1234",
  oldPin: "1234",
  newPin: "4321",
  puk: "12345678",
  spc: "000000",
  address: "+15551234567",
  smsc: "+15550000000",
  body: "Hello from OpenCMAPI",
  ussdData: "*100#",
  ipAddress: "192.168.1.10",
  ipv4Address: "192.168.1.10",
  ipv4SubnetMask: "255.255.255.0",
  ipv4Gateway: "192.168.1.1",
  subnetMask: "255.255.255.0",
  routerAddress: "192.168.1.1",
  rangeStart: "192.168.1.100",
  rangeEnd: "192.168.1.199",
  internalAddress: "192.168.1.20",
  primaryDns: "8.8.8.8",
  secondaryDns: "8.8.4.4",
  fqdn: "hotspot.example.com",
  realm: "example.com",
  utc: "2026-01-01T12:00:00Z",
  timestamp: "2026-01-01T12:00:00Z",
  since: "2026-01-01T00:00:00Z",
  rssi: -67,
  latitude: 48.8584,
  longitude: 2.2945,
  uniqueIdentifier: "356938035643809",
  description: "USB LTE modem",
  frequencyBand: "1900 PCS",
  channelNumberUL: "333,444",
  channelNumberDL: "333,444",
  activationCode: "*22899",
  aid: "A0000000871002",
  sessionId: "3f1a",
  routerId: "router-1",
  applicationName: "Connection Manager",
  mdn: "5551234567",
  min: "5551234567",
  imei: "356938035643809",
  meid: "A0000000002329",
  esn: "80A1B2C3",
  iccid: "8901410321111851072",
  path: "3F007FFF6F07",
  apdu: "AKQAAAI/AA==",
  value: "12345678",
  homeAddress: "0.0.0.0",
  primaryHomeAgent: "192.0.2.10",
  secondaryHomeAgent: "0.0.0.0",
  roamingConsortiumOis: "5A03BA0000",
};

const PATTERN_EXAMPLES: [RegExp, string][] = [
  [/^\^\[A-Za-z0-9\+\/\]\*=\{0,2\}\$$/, "AAEC"],
  [/^\^\[0-9\]\{1,10\}\$$/, "1"],
];

interface ExampleScope {
  api: Api;
  depth: number;
}

function exampleString(schema: JsonSchema, name: string | undefined): string {
  const byName = name !== undefined ? BY_NAME[name] : undefined;
  const pattern = schema["pattern"];
  if (typeof byName === "string" && (typeof pattern !== "string" || new RegExp(pattern, "u").test(byName))) return byName;
  if (typeof pattern === "string") {
    const known = PATTERN_EXAMPLES.find(([shape]) => shape.test(pattern));
    if (known) return known[1];
  }
  return name ? `example-${name}` : "example";
}

function exampleNumber(schema: JsonSchema, name: string | undefined, integer: boolean): number {
  const byName = name !== undefined ? BY_NAME[name] : undefined;
  const minimum = typeof schema["minimum"] === "number" ? schema["minimum"] : -Infinity;
  const maximum = typeof schema["maximum"] === "number" ? schema["maximum"] : Infinity;
  const preferred = typeof byName === "number" ? byName : integer ? 1 : 1.5;
  return Math.min(Math.max(preferred, minimum), maximum);
}

function example(schema: JsonSchema, name: string | undefined, scope: ExampleScope): unknown {
  const target = followRefs(scope.api.schemaDefs, schema);
  if ("const" in target) return target["const"];
  if (Array.isArray(target["enum"])) return target["enum"][0];
  if ("default" in schema && !("$ref" in schema)) return schema["default"];
  const alternatives = (target["anyOf"] ?? target["oneOf"]) as JsonSchema[] | undefined;
  const type = Array.isArray(target["type"]) ? target["type"][0] : target["type"];
  if (Array.isArray(alternatives) && type === undefined) return example(alternatives[0]!, name, scope);
  switch (type) {
    case "string":
      return exampleString(target, name);
    case "integer":
    case "number":
      return exampleNumber(target, name, type === "integer");
    case "boolean":
      return true;
    case "array":
      return scope.depth > 6 ? [] : [example((target["items"] ?? {}) as JsonSchema, name, { ...scope, depth: scope.depth + 1 })];
    case "object":
      return exampleObject(target, scope);
    default:
      return null;
  }
}

function exampleObject(schema: JsonSchema, scope: ExampleScope): Record<string, unknown> {
  const properties = (schema["properties"] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema["required"] ?? []) as string[]);
  const result: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    // Past a few levels only required members, so that examples stay short.
    if (scope.depth > 3 && !required.has(name)) continue;
    if (Object.keys(followRefs(scope.api.schemaDefs, property)).length === 0 && !required.has(name)) continue;
    result[name] = example(property, name, { ...scope, depth: scope.depth + 1 });
  }
  return result;
}

/** A value valid against `schema` (a `$defs` entry or part of one). */
export function exampleValue(api: Api, schema: JsonSchema): unknown {
  return example(schema, undefined, { api, depth: 0 });
}

/** A stable, UUID-shaped id for the n-th example. */
export function exampleId(n: number): string {
  return `6f9619ff-8b86-4d11-b42d-${n.toString(16).padStart(12, "0")}`;
}

export function exampleRequest(api: Api, method: Method, n: number) {
  return { jsonrpc: "2.0", cmapiversion: api.cmapiVersion, method: method.name, id: exampleId(n), params: exampleValue(api, method.paramsSchema) };
}

export function exampleResponse(api: Api, method: Method, n: number) {
  return { jsonrpc: "2.0", cmapiversion: api.cmapiVersion, id: exampleId(n), result: exampleValue(api, method.resultSchema) };
}

export function exampleCallback(api: Api, callback: Callback, n: number) {
  return { jsonrpc: "2.0", cmapiversion: api.cmapiVersion, id: exampleId(n), callbackId: callback.callbackId, result: exampleValue(api, callback.payloadSchema) };
}
