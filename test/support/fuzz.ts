/** Generators of hostile and malformed JSON-RPC messages, for the property tests and bench/fuzz.ts. */
import fc from "fast-check";

const CMAPI = { jsonrpc: "2.0", cmapiversion: "1.1" };
const methods = ["CMAPI_Network_GetRFInfo", "CMAPI_WLAN_Connect", "CMAPI_SMS_Send", "CMAPI_Callback_Register", "CMAPI_PIN_Verify", "constructor", "__proto__", "toString", "hasOwnProperty", "", "CMAPI_Nope_Nope"];
const nastyKeys = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "deviceId", "params", "id", "\u0000", "\ud83d\ude00", "a".repeat(300)];

const nastyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 4294967296, -1, 0.5, "", "1", "\u202e", "\ud800"),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.double(),
    fc.integer(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...nastyKeys), fc.string({ maxLength: 8 })), tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** Deeply nested arrays or objects, deeper than anything legitimate. */
const deep = fc.integer({ min: 50, max: 3000 }).map((depth) => {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { a: value };
  return value;
});

/** Text nested deeper than JSON.stringify (or any recursive walk) survives: built as text, 64 KiB at most. */
const deepText = fc.record({ depth: fc.integer({ min: 3000, max: 25_000 }), open: fc.constantFrom("[", '{"a":', '{"folders":[') }).map(({ depth, open }) => {
  const close = open === "[" ? "]" : open === '{"a":' ? "}" : "]}";
  return `{"jsonrpc":"2.0","cmapiversion":"1.1","method":"CMAPI_Network_GetRFInfo","id":"deep-text","params":{"deviceId":${open.repeat(depth)}1${close.repeat(depth)}}}`;
});

/** Long strings that almost match the bundled spec's patterns (digits, MAC and IP addresses, base64), where a backtracking pattern would be slowest. */
const patternHeavy = fc
  .record({
    key: fc.constantFrom("deviceId", "address", "bssid", "macAddress", "ipAddress", "pin", "puk", "newPin", "passphrase", "data", "ssid"),
    unit: fc.constantFrom("1", "0a:", "1.", "25", "A", " ", "+1"),
    count: fc.integer({ min: 100, max: 20_000 }),
    tail: fc.constantFrom("", "!", ":", ".", "="),
    method: fc.constantFrom(...methods.slice(0, 5)),
  })
  .map(({ key, unit, count, tail, method }) => JSON.stringify({ ...CMAPI, method, id: "pattern", params: { deviceId: "1", [key]: `${unit.repeat(count)}${tail}` } }));

/** A valid-looking request with one part broken. */
const mutatedRequest = fc.record(
  {
    jsonrpc: fc.oneof(fc.constant("2.0"), nastyValue),
    cmapiversion: fc.oneof(fc.constant("1.1"), nastyValue),
    method: fc.oneof(fc.constantFrom(...methods), nastyValue),
    id: fc.oneof(fc.uuid(), nastyValue),
    params: fc.oneof(fc.constant({ deviceId: "1" }), fc.record({ deviceId: nastyValue, ssid: nastyValue }, { requiredKeys: [] }), nastyValue, deep),
  },
  { requiredKeys: [] },
);

/** Text that reaches the dispatcher: JSON of hostile values, broken JSON, batches, raw prototype-polluting text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  mutatedRequest.map((message) => JSON.stringify(message)),
  nastyValue.map((value) => JSON.stringify(value) ?? "null"),
  fc.array(mutatedRequest, { maxLength: 5 }).map((batch) => JSON.stringify(batch)),
  mutatedRequest.chain((message) => fc.nat({ max: Math.max(1, JSON.stringify(message).length - 1) }).map((cut) => JSON.stringify(message).slice(0, cut))),
  fc.constantFrom(
    '{"jsonrpc":"2.0","cmapiversion":"1.1","method":"CMAPI_Network_GetRFInfo","id":"p","params":{"__proto__":{"polluted":true},"deviceId":"1"}}',
    '{"__proto__":{"polluted":true},"jsonrpc":"2.0","cmapiversion":"1.1","method":"CMAPI_Network_GetRFInfo","id":"p2","params":{"deviceId":"1"}}',
    '{"jsonrpc":"2.0","cmapiversion":"1.1","method":"CMAPI_Network_GetRFInfo","id":"p3","params":{"constructor":{"prototype":{"polluted":true}},"deviceId":"1"}}',
    `{"jsonrpc":"2.0","cmapiversion":"1.1","method":"CMAPI_Network_GetRFInfo","id":"big","params":{"deviceId":${"9".repeat(400)}}}`,
    "[".repeat(100_000),
    "",
    " ",
    "\u0000",
  ),
  deep.map((value) => JSON.stringify({ ...CMAPI, method: "CMAPI_SMS_Send", id: "deep", params: value })),
  deepText,
  patternHeavy,
);

/** Whether a message is a well-formed CMAPI response: Table 2's members, exactly one of result and error. */
export function isWellFormedResponse(message: unknown): boolean {
  if (typeof message !== "object" || message === null || Array.isArray(message)) return false;
  const response = message as Record<string, unknown>;
  if (response["jsonrpc"] !== "2.0" || response["cmapiversion"] !== "1.1") return false;
  if (!(typeof response["id"] === "string" || response["id"] === null)) return false;
  if ("result" in response === "error" in response) return false;
  if ("error" in response) {
    const error = response["error"] as Record<string, unknown>;
    if (typeof error?.["code"] !== "number" || !Number.isInteger(error["code"]) || typeof error["message"] !== "string") return false;
  }
  return Object.keys(response).every((key) => ["jsonrpc", "cmapiversion", "id", "result", "error", "cmapistatus"].includes(key));
}
