/**
 * Example values built from the schemas, for the docs (and for anyone who wants a valid message to
 * start from). Deterministic; every example is checked against the schema by the tests. Given a
 * random source (the mock's, seeded), the same walk varies what the schema leaves open: which enum
 * value or anyOf form, numbers within their range, booleans, array lengths, optional members.
 */
import type { Api, JsonSchema, Method, Callback } from "../model/api.js";
import { schemaShape } from "../model/schema-types.js";
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
  imsi: "310260000000001",
  msisdn: "+15551234567",
  systemId: "310260",
  bands: "B3",
  bandList: "B3",
  startTime: "2026-01-01T12:00:00Z",
  endTime: "2026-01-01T12:30:00Z",
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
  // A MAC address where the property's name says nothing (items of a list such as macFilterAddresses).
  [/^\^\[0-9A-Fa-f\]\{2\}\(:\[0-9A-Fa-f\]\{2\}\)\{5\}\$$/, "02:00:5E:10:00:03"],
  // A router access schedule entry: days, then a time range.
  [/^\^\[0-6\]\(-\[0-6\]\)\? /, "1-5 07:00-21:00"],
];

interface ExampleScope {
  api: Api;
  depth: number;
  /** A number in [0, 1): when given, choices vary; without it, each is the first or simplest. */
  random?: () => number;
}

/** An integer in [min, max] from the scope's random source. */
const randomInt = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function exampleString(schema: JsonSchema, name: string | undefined, random?: () => number): string {
  const byName = name !== undefined ? BY_NAME[name] : undefined;
  const pattern = schema["pattern"];
  if (typeof byName === "string" && (typeof pattern !== "string" || new RegExp(pattern, "u").test(byName))) return byName;
  if (typeof pattern === "string") {
    const known = PATTERN_EXAMPLES.find(([shape]) => shape.test(pattern));
    if (known) return known[1];
  }
  const plain = name ? `example-${name}` : "example";
  const maxLength = typeof schema["maxLength"] === "number" ? schema["maxLength"] : Infinity;
  const varied = random && typeof pattern !== "string" ? `${plain}-${randomInt(random, 1, 999)}` : plain;
  return varied.length <= maxLength ? varied : plain;
}

function exampleNumber(schema: JsonSchema, name: string | undefined, integer: boolean, random?: () => number): number {
  const byName = name !== undefined ? BY_NAME[name] : undefined;
  const minimum = typeof schema["minimum"] === "number" ? schema["minimum"] : -Infinity;
  const maximum = typeof schema["maximum"] === "number" ? schema["maximum"] : Infinity;
  if (random && typeof byName !== "number") {
    // Somewhere in the range, kept small where the range is wide (a count, not 4294967295).
    const low = Math.max(minimum, Math.min(0, maximum));
    const high = Math.min(maximum, low + 100);
    return integer ? randomInt(random, Math.ceil(low), Math.floor(high)) : Math.round((low + random() * (high - low)) * 100) / 100;
  }
  const preferred = typeof byName === "number" ? byName : integer ? 1 : 1.5;
  return Math.min(Math.max(preferred, minimum), maximum);
}

function example(schema: JsonSchema, name: string | undefined, scope: ExampleScope): unknown {
  const target = followRefs(scope.api.schemaDefs, schema);
  if ("const" in target) return target["const"];
  const { random } = scope;
  if (Array.isArray(target["enum"])) return target["enum"][random ? randomInt(random, 0, target["enum"].length - 1) : 0];
  if ("default" in schema && !("$ref" in schema)) return schema["default"];
  const shape = schemaShape(target);
  switch (shape.kind) {
    case "union": {
      // Any form of an anyOf (or a type list) is valid; a oneOf's first form is the one known to match only itself.
      const index = random && !Array.isArray(target["oneOf"]) ? randomInt(random, 0, shape.of.length - 1) : 0;
      return example(shape.of[index]!, name, scope);
    }
    case "string":
      return exampleString(target, name, random);
    case "integer":
    case "number":
      return exampleNumber(target, name, shape.kind === "integer", random);
    case "boolean":
      return random ? random() < 0.5 : true;
    case "array": {
      if (scope.depth > 6) return [];
      const items = shape.items ?? {};
      const maxItems = typeof target["maxItems"] === "number" ? target["maxItems"] : Infinity;
      const length = random && target["uniqueItems"] !== true ? Math.min(randomInt(random, 1, 3), maxItems) : 1;
      return Array.from({ length }, () => example(items, name, { ...scope, depth: scope.depth + 1 }));
    }
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
    if (scope.random && !required.has(name) && scope.random() < 0.3) continue;
    result[name] = example(property, name, { ...scope, depth: scope.depth + 1 });
  }
  // CMAPI pairs a list with its length (RFInfoList, RFInfoListElements): keep them in agreement.
  for (const [name, value] of Object.entries(result)) {
    const list = name.endsWith("Elements") ? result[name.slice(0, -"Elements".length)] : undefined;
    if (typeof value === "number" && Array.isArray(list)) result[name] = list.length;
  }
  return result;
}

/** A value valid against `schema` (a `$defs` entry or part of one); with `random`, one of many such values. */
export function exampleValue(api: Api, schema: JsonSchema, options: { random?: () => number } = {}): unknown {
  return example(schema, undefined, { api, depth: 0, ...(options.random ? { random: options.random } : {}) });
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
