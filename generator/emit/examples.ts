/**
 * Example values built from the schemas, for the docs (and for anyone who wants a valid message to
 * start from). Deterministic; every example is checked against the schema by the tests. Given a
 * random source (the mock's, seeded), the same walk varies what the schema leaves open: which enum
 * value or anyOf form, numbers within their range, booleans, array lengths, optional members.
 * Reads the schema tree (model/schema-tree.ts): a `$ref` beside its own constraints (an Ssid with
 * minLength 1) is an intersection, and its example meets every part: their constraints merged as the
 * docs say them (model/merged-constraints.ts), an enum's values and a union's forms chosen by what
 * the other parts allow. A `uniqueItems` list gets distinct items, an object at least `minProperties`
 * members (the optional ones, then "key1", "key2", ... of `additionalProperties`' schema).
 */
import type { Api, JsonSchema, Method, Callback } from "../model/api.js";
import { isMultipleOf, mergedNumber, mergedString, type MergedNumber, type MergedString } from "../model/merged-constraints.js";
import { constraintOnly, intersectionParts, mergedArray, mergedObject, typingPart, type ValuePart } from "../model/schema-normalize.js";
import { resolved, type ArrayNode, type NumberNode, type ObjectNode, type PropertyNode, type SchemaNode } from "../model/schema-tree.js";

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
  eid: "89049032004008882600007286130538",
  // An SMS-SUBMIT and an SMS-DELIVER TPDU (3GPP TS 23.040), the classic "hellohello".
  pdu: "11000B916407281553F80000AA0AE8329BFD4697D9EC37",
  pdus: "040BC87238880900F10000993092516195800AE8329BFD4697D9EC37",
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
  /** Steps into members and items: past the depths below, examples stay short. */
  depth: number;
  /** Steps through references and union forms, which the value does not nest: with `depth`, a schema that includes itself ends at MAX_DEPTH. */
  hops: number;
  /** A number in [0, 1): when given, choices vary; without it, each is the first or simplest. */
  random?: () => number;
}

/** Past this depth an object shows only its required members, so that examples stay short. */
const OPTIONAL_MEMBERS_DEPTH = 3;
/** Past this depth a list is as short as its schema allows. */
const LIST_DEPTH = 6;
/** Past this many steps (depth and hops) a schema that requires itself (no finite value fits it) or includes itself gets null. */
const MAX_DEPTH = 32;
/** How many other values to try for an item of a `uniqueItems` list before the list stays shorter. */
const DISTINCT_ATTEMPTS = 20;
/** How many multiples of a `multipleOf` to try on each side of the value wanted. */
const MULTIPLE_ATTEMPTS = 1000;

const tooDeep = (scope: ExampleScope) => scope.depth + scope.hops > MAX_DEPTH;

/** An integer in [min, max] from the scope's random source. */
const randomInt = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** A random source for other tries where the example has none (Park-Miller from 1, its tiny first draw skipped): the same every run. */
function triesSource(): () => number {
  let state = 16807;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** JSON equality, as `uniqueItems`, `const` and `enum` compare (the order of members does not count). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function fitsString(value: string, rules: MergedString): boolean {
  const length = [...value].length;
  const bytes = rules.maxBytes === undefined ? 0 : new TextEncoder().encode(value).length;
  return length >= (rules.minLength ?? 0) && length <= (rules.maxLength ?? Infinity) && bytes <= (rules.maxBytes ?? Infinity) && rules.patterns.every((pattern) => new RegExp(pattern, "u").test(value));
}

function exampleString(rules: MergedString, name: string | undefined, random?: () => number): string {
  const byName = name !== undefined ? BY_NAME[name] : undefined;
  if (typeof byName === "string" && fitsString(byName, rules)) return byName;
  const known = PATTERN_EXAMPLES.find(([shape, value]) => rules.patterns.some((pattern) => shape.test(pattern)) && fitsString(value, rules));
  if (known) return known[1];
  const plain = name ? `example-${name}` : "example";
  const varied = random && rules.patterns.length === 0 ? `${plain}-${randomInt(random, 1, 999)}` : plain;
  if (fitsString(varied, rules)) return varied;
  // Padded or cut to the lengths allowed (a pattern nothing above fits stays unmet: the tests catch it).
  const minLength = rules.minLength ?? 0;
  const cut = [...varied].slice(0, rules.maxLength ?? Infinity).join("");
  return cut.length < minLength ? cut.padEnd(minLength, "x") : cut;
}

function fitsNumber(value: number, rules: MergedNumber): boolean {
  const { lower, upper } = rules;
  return (
    Number.isFinite(value) &&
    (!rules.integer || Number.isInteger(value)) &&
    (!lower || (lower.exclusive ? value > lower.value : value >= lower.value)) &&
    (!upper || (upper.exclusive ? value < upper.value : value <= upper.value)) &&
    rules.multiples.every((step) => isMultipleOf(value, step))
  );
}

/** The closed range [low, high] inside the bounds: an integer's whole numbers, a number kept a step away from an open bound. */
function closedRange({ integer, lower, upper }: MergedNumber): [number, number] {
  let low = lower?.value ?? -Infinity;
  let high = upper?.value ?? Infinity;
  if (integer) return [lower?.exclusive ? Math.floor(low) + 1 : Math.ceil(low), upper?.exclusive ? Math.ceil(high) - 1 : Math.floor(high)];
  if (lower?.exclusive) low += Math.min(1, (high - low) / 2);
  if (upper?.exclusive) high -= Math.min(1, (high - low) / 2);
  return [low, high];
}

/** Multiples of the largest step near `value`, nearest first, then 0 (a multiple of every step), for the first that meets every rule. */
function onAStep(value: number, rules: MergedNumber): number | undefined {
  const step = Math.max(...rules.multiples);
  const above = Math.ceil(value / step);
  const below = Math.floor(value / step);
  for (let offset = 0; offset < MULTIPLE_ATTEMPTS; offset++) {
    const candidate = [(above + offset) * step, (below - offset) * step].find((multiple) => fitsNumber(multiple, rules));
    if (candidate !== undefined) return candidate;
  }
  return fitsNumber(0, rules) ? 0 : undefined;
}

function exampleNumber(rules: MergedNumber, name: string | undefined, random?: () => number): number {
  const byName = name !== undefined ? BY_NAME[name] : undefined;
  const [low, high] = closedRange(rules);
  let value: number;
  if (random && typeof byName !== "number") {
    // Somewhere in the range, kept small where the range is wide (a count, not 4294967295).
    const from = Math.max(low, Math.min(0, high));
    const to = Math.min(high, from + 100);
    if (rules.integer) value = randomInt(random, Math.ceil(from), Math.floor(to));
    else {
      // Rounded to two decimals, or to two significant digits, where that stays in range (0.0023 of [0.001, 0.004] does not round to 0).
      const drawn = from + random() * (to - from);
      value = [Math.round(drawn * 100) / 100, Number(drawn.toPrecision(2)), drawn].find((rounded) => fitsNumber(rounded, { ...rules, multiples: [] })) ?? drawn;
    }
  } else {
    const preferred = typeof byName === "number" ? byName : rules.integer ? 1 : 1.5;
    value = Math.min(Math.max(preferred, low), high);
  }
  if (rules.multiples.length === 0 || fitsNumber(value, rules)) return value;
  return onAStep(value, rules) ?? value;
}

/**
 * Whether `value` meets `node`, as far as the tree models it: what the examples use to choose among
 * an enum's values and a union's forms where other parts narrow them (formats and the unmodelled
 * keywords are the validators' business). `inProgress` ends a schema that includes itself.
 */
function fits(node: SchemaNode, value: unknown, inProgress = new Map<SchemaNode, unknown[]>()): boolean {
  const target = resolved(node);
  const seen = inProgress.get(target) ?? [];
  if (seen.includes(value)) return false;
  inProgress.set(target, [...seen, value]);
  try {
    switch (target.kind) {
      case "any":
        return true;
      case "never":
        return false;
      case "const":
        return sameJson(target.value, value);
      case "enum":
        return target.values.some((allowed) => sameJson(allowed, value));
      case "null":
        return value === null;
      case "boolean":
        return typeof value === "boolean";
      // A string's, number's, array's or object's constraints without its `type` let every other type through.
      case "string":
        return typeof value === "string" ? fitsString(value, mergedString([target])) : constraintOnly(target);
      case "integer":
      case "number":
        return typeof value === "number" ? fitsNumber(value, mergedNumber([target])) : constraintOnly(target);
      case "array": {
        if (!Array.isArray(value)) return constraintOnly(target);
        const items = value as unknown[];
        return (
          items.length >= (target.minItems ?? 0) &&
          items.length <= (target.maxItems ?? Infinity) &&
          (!target.uniqueItems || items.every((item, index) => items.findIndex((other) => sameJson(other, item)) === index)) &&
          items.every((item, index) => fits(target.prefixItems[index] ?? target.items, item, inProgress))
        );
      }
      case "object": {
        if (!isPlainObject(value)) return constraintOnly(target);
        const count = Object.keys(value).length;
        const listed = new Map(target.properties.map((property) => [property.name, property]));
        const presentAlternatives = target.presence?.alternatives.filter((names) => names.every((name) => name in value)).length ?? 1;
        return (
          count >= (target.minProperties ?? 0) &&
          count <= (target.maxProperties ?? Infinity) &&
          [...target.properties.filter((property) => property.required).map((property) => property.name), ...target.requiredOnly].every((name) => name in value) &&
          (target.presence?.exclusive ? presentAlternatives === 1 : presentAlternatives >= 1) &&
          Object.entries(value).every(([name, member]) => fits(listed.get(name)?.schema ?? target.additionalProperties, member, inProgress))
        );
      }
      case "union": {
        const matches = target.of.filter((form) => fits(form, value, inProgress)).length;
        return target.exclusive ? matches === 1 : matches > 0;
      }
      case "intersection":
        return target.of.every((part) => fits(part, value, inProgress));
    }
  } finally {
    inProgress.set(target, seen);
  }
}

/** `values` in the order to try them: as listed, or from a random start where the scope varies its choices. */
function tryOrder<T>(values: readonly T[], random: (() => number) | undefined): T[] {
  if (!random || values.length < 2) return [...values];
  const start = randomInt(random, 0, values.length - 1);
  return [...values.slice(start), ...values.slice(0, start)];
}

/** The first value of `values` that fits, else the first. */
function firstFitting(values: Iterable<unknown>, fitsAll: (value: unknown) => boolean): unknown {
  let first: unknown = null;
  let index = 0;
  for (const value of values) {
    if (fitsAll(value)) return value;
    if (index++ === 0) first = value;
  }
  return first;
}

type Part = ValuePart;

function exampleOfAll(allParts: readonly Part[], name: string | undefined, scope: ExampleScope): unknown {
  const parts = allParts.filter((part) => part.kind !== "any");
  if (parts.length === 0 || tooDeep(scope)) return null;
  const fitsAll = (value: unknown) => parts.every((part) => fits(part, value));
  // A value the schema lists is the one to show: a const, or an enum's value that every other part allows.
  const constant = parts.find((part) => part.kind === "const");
  if (constant) return constant.value;
  const listed = parts.find((part) => part.kind === "enum");
  if (listed) return firstFitting(tryOrder(listed.values, scope.random), fitsAll);
  // A union: the first of its forms whose value, with the other parts applied, fits them all.
  const union = parts.find((part) => part.kind === "union");
  if (union) {
    const others = parts.filter((part) => part !== union);
    const deeper = { ...scope, hops: scope.hops + 1 };
    const candidates = function* () {
      for (const form of tryOrder(union.of, scope.random)) yield exampleOfAll([...intersectionParts(form), ...others], name, deeper);
    };
    return firstFitting(candidates(), fitsAll);
  }
  const typing = typingPart(parts);
  const kind = typing.kind === "integer" ? "number" : typing.kind;
  if (kind === "string") return exampleString(mergedString(parts.filter((part) => part.kind === "string")), name, scope.random);
  if (kind === "number") return exampleNumber(mergedNumber(parts.filter((part): part is NumberNode => part.kind === "integer" || part.kind === "number")), name, scope.random);
  if (kind === "object") return exampleObject(mergedObject(parts.filter((part) => part.kind === "object")), scope);
  if (kind === "array") return exampleArray(mergedArray(parts.filter((part) => part.kind === "array")), name, scope);
  return example(typing, name, scope);
}

/** Whether the example of this union form is known to fit it: a string pattern that no known value fits is not. */
function hasFittingExample(form: SchemaNode, name: string | undefined): boolean {
  const target = resolved(form);
  if (target.kind !== "string" || target.pattern === undefined) return true;
  const rules = mergedString([target]);
  return fitsString(exampleString(rules, name), rules);
}

function example(node: SchemaNode, name: string | undefined, outerScope: ExampleScope): unknown {
  // A reference is a step deeper: a union that includes itself as a form ends at MAX_DEPTH.
  const scope = node.kind === "ref" ? { ...outerScope, hops: outerScope.hops + 1 } : outerScope;
  if (tooDeep(scope)) return null;
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
      return example(form, name, { ...scope, hops: scope.hops + 1 });
    }
    case "intersection":
      return exampleOfAll(intersectionParts(target), name, scope);
    case "string":
      return exampleString(mergedString([target]), name, random);
    case "integer":
    case "number":
      return exampleNumber(mergedNumber([target]), name, random);
    case "boolean":
      return random ? random() < 0.5 : true;
    case "array":
      return exampleArray(target, name, scope);
    case "object":
      return exampleObject(target, scope);
    default:
      return null;
  }
}

function exampleArray(node: ArrayNode, name: string | undefined, scope: ExampleScope): unknown[] {
  const { random } = scope;
  const deeper = { ...scope, depth: scope.depth + 1 };
  const maxItems = Math.min(node.maxItems ?? Infinity, resolved(node.items).kind === "never" ? node.prefixItems.length : Infinity);
  const minItems = node.minItems ?? 0;
  const wanted = scope.depth > LIST_DEPTH ? 0 : random ? Math.min(randomInt(random, 1, 3), maxItems) : 1;
  const length = Math.max(minItems, Math.min(wanted, maxItems));
  const items: unknown[] = [];
  const tries = random ?? triesSource();
  for (let index = 0; index < length; index++) {
    const schema = node.prefixItems[index] ?? node.items;
    let item = example(schema, name, deeper);
    // A unique list: other values of the item's schema (varied, without the name's one value), else a shorter list where minItems allows.
    for (let attempt = 1; node.uniqueItems && attempt <= DISTINCT_ATTEMPTS && items.some((known) => sameJson(known, item)); attempt++) {
      item = example(schema, undefined, { ...deeper, random: tries });
    }
    if (node.uniqueItems && items.some((known) => sameJson(known, item)) && index >= minItems) break;
    items.push(item);
  }
  return items;
}

function exampleObject(node: ObjectNode, scope: ExampleScope): Record<string, unknown> {
  const { random } = scope;
  const deeper = { ...scope, depth: scope.depth + 1 };
  // A presence rule ("exactly one of result and error"): the members one alternative names, none that only another names.
  const alternatives = node.presence?.alternatives ?? [];
  const chosen = alternatives.length === 0 ? [] : alternatives[random ? randomInt(random, 0, alternatives.length - 1) : 0]!;
  const excluded = new Set(node.presence?.exclusive ? alternatives.flat().filter((name) => !chosen.includes(name)) : []);
  const required = (property: PropertyNode) => property.required || chosen.includes(property.name);
  const result: Record<string, unknown> = {};
  for (const property of node.properties) {
    if (!required(property) && excluded.has(property.name)) continue;
    if (!required(property) && scope.depth > OPTIONAL_MEMBERS_DEPTH) continue;
    // An optional member that may be anything tells the reader nothing.
    if (!required(property) && resolved(property.schema).kind === "any") continue;
    if (random && !required(property) && random() < 0.3) continue;
    result[property.name] = example(property.schema, property.name, deeper);
  }
  // Required members the properties do not list take any value `additionalProperties` allows.
  for (const name of [...node.requiredOnly, ...chosen]) {
    if (!(name in result)) result[name] = example(node.additionalProperties, name, deeper);
  }
  // minProperties: the optional members left out, then members named key1, key2, ... of additionalProperties' schema.
  const minProperties = node.minProperties ?? 0;
  for (const property of node.properties) {
    if (Object.keys(result).length >= minProperties) break;
    if (!(property.name in result) && !excluded.has(property.name)) result[property.name] = example(property.schema, property.name, deeper);
  }
  for (let n = 1; Object.keys(result).length < minProperties && resolved(node.additionalProperties).kind !== "never"; n++) {
    if (!(`key${n}` in result)) result[`key${n}`] = example(node.additionalProperties, `key${n}`, deeper);
  }
  // maxProperties: optional members left out, the last first.
  for (const property of [...node.properties].reverse()) {
    if (Object.keys(result).length <= (node.maxProperties ?? Infinity)) break;
    if (!required(property)) delete result[property.name];
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
  return example(node, undefined, { depth: 0, hops: 0, ...(options.random ? { random: options.random } : {}) });
}

/** A value valid against `schema` (a `$defs` entry or part of one); with `random`, one of many such values. */
export function exampleValue(api: Api, schema: JsonSchema, options: { random?: () => number } = {}): unknown {
  return exampleOf(api.schema.read(schema), options);
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

/** Table 3's callback "in case of an error": the error object of a Table 4 code in place of the payload (no payload example is needed for it). */
export function exampleErrorCallback(api: Api, callback: Callback, error: { code: number; message: string }, n: number) {
  return { jsonrpc: "2.0", cmapiversion: api.cmapiVersion, id: exampleId(n), callbackId: callback.callbackId, error: { code: error.code, message: error.message } };
}
