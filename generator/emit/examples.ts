/**
 * Example values built from the schemas, for the docs (and for anyone who wants a valid message to
 * start from). Deterministic; every example is checked against the schema by the tests. Given a
 * random source (the mock's, seeded), the same walk varies what the schema leaves open: which enum
 * value or anyOf form, numbers within their range, booleans, array lengths, optional members.
 * Reads the schema tree (model/schema-tree.ts): a `$ref` beside its own constraints (an Ssid with
 * minLength 1) is an intersection, and its example meets every part.
 */
import type { Api, JsonSchema, Method, Callback } from "../model/api.js";
import { resolved, schemaTree, type NumberNode, type ObjectNode, type PropertyNode, type SchemaNode, type StringNode } from "../model/schema-tree.js";

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
  // A FrequencyBand where the name says nothing (the typedef itself).
  [/^\^\(B\[1-9\]\[0-9\]\{0,2\}\|/, "B3"],
];

interface ExampleScope {
  depth: number;
  /** A number in [0, 1): when given, choices vary; without it, each is the first or simplest. */
  random?: () => number;
}

/** Past this depth an object shows only its required members, so that examples stay short. */
const OPTIONAL_MEMBERS_DEPTH = 3;
/** Past this depth a list is as short as its schema allows. */
const LIST_DEPTH = 6;
/** Past this depth a schema that requires itself (no finite value fits it) gets null. */
const MAX_DEPTH = 32;

/** An integer in [min, max] from the scope's random source. */
const randomInt = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** What a string must be: each part of an intersection adds its constraints. */
interface StringRules {
  minLength: number;
  maxLength: number;
  patterns: string[];
}

function stringRules(parts: readonly StringNode[]): StringRules {
  return {
    minLength: Math.max(0, ...parts.map((part) => part.minLength ?? 0)),
    maxLength: Math.min(...parts.map((part) => part.maxLength ?? Infinity)),
    patterns: parts.flatMap((part) => (part.pattern === undefined ? [] : [part.pattern])),
  };
}

function fitsString(value: string, rules: StringRules): boolean {
  const length = [...value].length;
  return length >= rules.minLength && length <= rules.maxLength && rules.patterns.every((pattern) => new RegExp(pattern, "u").test(value));
}

function exampleString(rules: StringRules, name: string | undefined, random?: () => number): string {
  const byName = name !== undefined ? BY_NAME[name] : undefined;
  if (typeof byName === "string" && fitsString(byName, rules)) return byName;
  const known = PATTERN_EXAMPLES.find(([shape, value]) => rules.patterns.some((pattern) => shape.test(pattern)) && fitsString(value, rules));
  if (known) return known[1];
  const plain = name ? `example-${name}` : "example";
  const varied = random && rules.patterns.length === 0 ? `${plain}-${randomInt(random, 1, 999)}` : plain;
  if (fitsString(varied, rules)) return varied;
  // Padded or cut to the lengths allowed (a pattern nothing above fits stays unmet: the tests catch it).
  return plain.length < rules.minLength ? plain.padEnd(rules.minLength, "x") : plain.slice(0, rules.maxLength);
}

/** What a number must be; exclusive bounds are -Infinity/Infinity when absent. */
interface NumberRules {
  integer: boolean;
  minimum: number;
  maximum: number;
  exclusiveMinimum: number;
  exclusiveMaximum: number;
  multipleOf: number | undefined;
}

function numberRules(parts: readonly NumberNode[]): NumberRules {
  return {
    integer: parts.some((part) => part.kind === "integer"),
    minimum: Math.max(...parts.map((part) => part.minimum ?? -Infinity)),
    maximum: Math.min(...parts.map((part) => part.maximum ?? Infinity)),
    exclusiveMinimum: Math.max(...parts.map((part) => part.exclusiveMinimum ?? -Infinity)),
    exclusiveMaximum: Math.min(...parts.map((part) => part.exclusiveMaximum ?? Infinity)),
    multipleOf: parts.find((part) => part.multipleOf !== undefined)?.multipleOf,
  };
}

function exampleNumber(rules: NumberRules, name: string | undefined, random?: () => number): number {
  const byName = name !== undefined ? BY_NAME[name] : undefined;
  // The closed range [low, high] inside every bound; an open bound is kept a step away from.
  let low = rules.minimum;
  let high = rules.maximum;
  if (Number.isFinite(rules.exclusiveMinimum) && rules.exclusiveMinimum >= low)
    low = rules.integer ? Math.floor(rules.exclusiveMinimum) + 1 : rules.exclusiveMinimum + Math.min(1, (Math.min(high, rules.exclusiveMaximum) - rules.exclusiveMinimum) / 2);
  if (Number.isFinite(rules.exclusiveMaximum) && rules.exclusiveMaximum <= high) high = rules.integer ? Math.ceil(rules.exclusiveMaximum) - 1 : rules.exclusiveMaximum - Math.min(1, (rules.exclusiveMaximum - low) / 2);
  let value: number;
  if (random && typeof byName !== "number") {
    // Somewhere in the range, kept small where the range is wide (a count, not 4294967295).
    const from = Math.max(low, Math.min(0, high));
    const to = Math.min(high, from + 100);
    value = rules.integer ? randomInt(random, Math.ceil(from), Math.floor(to)) : Math.round((from + random() * (to - from)) * 100) / 100;
  } else {
    const preferred = typeof byName === "number" ? byName : rules.integer ? 1 : 1.5;
    value = Math.min(Math.max(preferred, low), high);
  }
  const step = rules.multipleOf;
  if (step === undefined || Number.isInteger(value / step)) return value;
  const up = Math.ceil(value / step) * step;
  return up <= high ? up : Math.floor(value / step) * step;
}

/** The parts an intersection's value must fit, references followed and nested intersections flattened; `any` adds nothing. */
function intersectionParts(node: SchemaNode, seen = new Set<SchemaNode>()): SchemaNode[] {
  const target = resolved(node);
  if (seen.has(target)) return [];
  seen.add(target);
  if (target.kind === "intersection") return target.of.flatMap((part) => intersectionParts(part, seen));
  return target.kind === "any" ? [] : [target];
}

/** One object with the members of every part (a member two parts describe must fit both). */
function mergedObject(parts: readonly ObjectNode[]): ObjectNode {
  const properties = new Map<string, PropertyNode>();
  for (const property of parts.flatMap((part) => part.properties)) {
    const known = properties.get(property.name);
    properties.set(property.name, known ? { name: property.name, required: known.required || property.required, schema: { ...known.schema, kind: "intersection", of: [known.schema, property.schema] } } : property);
  }
  const requiredElsewhere = new Set(parts.flatMap((part) => part.requiredOnly));
  return {
    ...parts[0]!,
    properties: [...properties.values()].map((property) => (requiredElsewhere.has(property.name) ? { ...property, required: true } : property)),
    requiredOnly: [...requiredElsewhere].filter((name) => !properties.has(name)),
    additionalProperties: parts.find((part) => part.additionalProperties.kind === "never")?.additionalProperties ?? parts[0]!.additionalProperties,
    presence: parts.find((part) => part.presence !== undefined)?.presence,
  };
}

function exampleOfAll(parts: readonly SchemaNode[], name: string | undefined, scope: ExampleScope): unknown {
  // A value the schema lists (a const, an enum, a union's form) is the one to show; the other parts only narrow its type.
  const listed = parts.find((part) => part.kind === "const" || part.kind === "enum" || part.kind === "union");
  if (listed) return example(listed, name, scope);
  const strings = parts.filter((part): part is StringNode => part.kind === "string");
  if (strings.length > 0 && strings.length === parts.length) return exampleString(stringRules(strings), name, scope.random);
  const numbers = parts.filter((part): part is NumberNode => part.kind === "integer" || part.kind === "number");
  if (numbers.length > 0 && numbers.length === parts.length) return exampleNumber(numberRules(numbers), name, scope.random);
  const objects = parts.filter((part): part is ObjectNode => part.kind === "object");
  if (objects.length > 0 && objects.length === parts.length) return exampleObject(mergedObject(objects), scope);
  return parts[0] ? example(parts[0], name, scope) : null;
}

/** Whether the example of this union form is known to fit it: a string pattern that no known value fits is not. */
function hasFittingExample(form: SchemaNode, name: string | undefined): boolean {
  const target = resolved(form);
  if (target.kind !== "string" || target.pattern === undefined) return true;
  const rules = stringRules([target]);
  return fitsString(exampleString(rules, name), rules);
}

function example(node: SchemaNode, name: string | undefined, scope: ExampleScope): unknown {
  if (scope.depth > MAX_DEPTH) return null;
  const target = resolved(node);
  const { random } = scope;
  if (target.kind === "const") return target.value;
  if (target.kind === "enum") return target.values.length === 0 ? null : target.values[random ? randomInt(random, 0, target.values.length - 1) : 0];
  // A default shows what the device assumes (an enum's first value above wins over it, as does a definition referred to).
  if (node.kind !== "ref" && node.default !== undefined) return node.default.value;
  switch (target.kind) {
    case "union": {
      if (target.of.length === 0) return null;
      // Any form of an anyOf (or a type list) is valid; a oneOf's first form is the one known to match only itself.
      const forms = random && !target.exclusive ? target.of.filter((form) => hasFittingExample(form, name)) : [];
      const form = random && forms.length > 0 ? forms[randomInt(random, 0, forms.length - 1)]! : target.of[0]!;
      return example(form, name, scope);
    }
    case "intersection":
      return exampleOfAll(intersectionParts(target), name, scope);
    case "string":
      return exampleString(stringRules([target]), name, random);
    case "integer":
    case "number":
      return exampleNumber(numberRules([target]), name, random);
    case "boolean":
      return random ? random() < 0.5 : true;
    case "array": {
      const deeper = { ...scope, depth: scope.depth + 1 };
      const maxItems = Math.min(target.maxItems ?? Infinity, target.items.kind === "never" ? target.prefixItems.length : Infinity);
      const wanted = scope.depth > LIST_DEPTH ? 0 : random && !target.uniqueItems ? Math.min(randomInt(random, 1, 3), maxItems) : 1;
      const length = Math.max(target.minItems ?? 0, Math.min(wanted, maxItems));
      return Array.from({ length }, (_, index) => example(target.prefixItems[index] ?? target.items, name, deeper));
    }
    case "object":
      return exampleObject(target, scope);
    default:
      return null;
  }
}

function exampleObject(node: ObjectNode, scope: ExampleScope): Record<string, unknown> {
  const { random } = scope;
  const deeper = { ...scope, depth: scope.depth + 1 };
  // A presence rule ("exactly one of result and error"): the members one alternative names, none that only another names.
  const alternatives = node.presence?.alternatives ?? [];
  const chosen = alternatives.length === 0 ? [] : alternatives[random ? randomInt(random, 0, alternatives.length - 1) : 0]!;
  const excluded = new Set(node.presence?.exclusive ? alternatives.flat().filter((name) => !chosen.includes(name)) : []);
  const result: Record<string, unknown> = {};
  for (const property of node.properties) {
    const required = property.required || chosen.includes(property.name);
    if (!required && excluded.has(property.name)) continue;
    if (!required && scope.depth > OPTIONAL_MEMBERS_DEPTH) continue;
    // An optional member that may be anything tells the reader nothing.
    if (!required && resolved(property.schema).kind === "any") continue;
    if (random && !required && random() < 0.3) continue;
    result[property.name] = example(property.schema, property.name, deeper);
  }
  // Required members the properties do not list take any value `additionalProperties` allows.
  for (const name of [...node.requiredOnly, ...chosen]) {
    if (!(name in result)) result[name] = example(node.additionalProperties, name, deeper);
  }
  // CMAPI pairs a list with its length (RFInfoList, RFInfoListElements): keep them in agreement.
  for (const [name, value] of Object.entries(result)) {
    const list = name.endsWith("Elements") ? result[name.slice(0, -"Elements".length)] : undefined;
    if (typeof value === "number" && Array.isArray(list)) result[name] = list.length;
  }
  return result;
}

/** A value valid against `node` (a node of the spec's schema tree); with `random`, one of many such values. */
export function exampleOf(node: SchemaNode, options: { random?: () => number } = {}): unknown {
  return example(node, undefined, { depth: 0, ...(options.random ? { random: options.random } : {}) });
}

/** A value valid against `schema` (a `$defs` entry or part of one); with `random`, one of many such values. */
export function exampleValue(api: Api, schema: JsonSchema, options: { random?: () => number } = {}): unknown {
  return exampleOf(schemaTree(api.schemaDefs).read(schema), options);
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
