/**
 * The annotation keywords the OpenCMAPI schema adds to JSON Schema. Every ajv instance that reads
 * the schema registers them, so that ajv's strict mode still catches misspelt standard keywords.
 */
export const CMAPI_KEYWORDS = [
  "x-cmapi-version",
  "x-cmapi-extension",
  "x-cmapi-partial",
  "x-cmapi-name",
  "x-cmapi-category",
  "x-cmapi-integer-column",
  "x-cmapi-aliases",
  "x-cmapi-template",
  "x-cmapi-reserved",
  "x-cmapi-success",
  "x-cmapi-duplicate",
  "x-cmapi-source",
  "x-cmapi-scr-prefix",
  "x-cmapi-scr",
  "x-cmapi-lint-ignore",
] as const;

/**
 * The one validating keyword of the project's own: a string's length in UTF-8 bytes at most this
 * (an SSID is 0-32 bytes, IEEE 802.11, where `maxLength` counts characters). JSON Schema has no
 * byte length; every ajv here compiles it (schema-ajv.ts), the reference shows it.
 */
export const MAX_BYTES_KEYWORD = "x-cmapi-max-bytes";

/** `$defs` entries that describe messages and tables rather than a WebIDL type. */
export const TABLE_DEFS = ["ErrorCode", "StatusWord", "DeviceClass"] as const;

export const ENVELOPE_DEFS = {
  request: "CmapiRequest",
  response: "CmapiResponse",
  callback: "CmapiCallbackMessage",
  error: "CmapiErrorObject",
} as const;

export const methodParamsDef = (method: string) => `${method}.params`;
export const methodResultDef = (method: string) => `${method}.result`;
export const callbackPayloadDef = (callbackId: string) => `${callbackId}.payload`;

/** A local reference to a `$defs` entry. */
export const defRef = (name: string) => `#/$defs/${name}`;

export function refTarget(ref: string): string | null {
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  return match ? decodePointerToken(match[1]!) : null;
}

/** A Table 4 code as the table prints it: 0x00000101. */
export function hexCode(code: number): string {
  return `0x${code.toString(16).toUpperCase().padStart(8, "0")}`;
}

export function pointerToken(name: string): string {
  if (!name.includes("~") && !name.includes("/")) return name;
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}

function decodePointerToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
