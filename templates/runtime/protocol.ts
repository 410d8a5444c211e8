/**
 * The CMAPI message structures (Tables 1-3 of the OpenCMAPI 1.1 WebAPI binding), the JSON-RPC
 * error codes, and CmapiError. Shared by the client and the server; no platform dependencies.
 */

export const JSONRPC_VERSION = "2.0";
// No CMAPI version here: it is the spec's (`x-cmapi-version`), which the generated client and server pass in.

/** JSON-RPC 2.0 reserved codes, with the messages its specification gives them. */
export const JSONRPC_ERRORS = {
  PARSE_ERROR: { code: -32700, message: "Parse error" },
  INVALID_REQUEST: { code: -32600, message: "Invalid Request" },
  METHOD_NOT_FOUND: { code: -32601, message: "Method not found" },
  INVALID_PARAMS: { code: -32602, message: "Invalid params" },
  INTERNAL_ERROR: { code: -32603, message: "Internal error" },
  /** Implementation-defined (JSON-RPC reserves -32000 to -32099 for these). */
  SERVER_BUSY: { code: -32001, message: "Too many requests in progress for this client" },
} as const;

/** The HTTP binding's headers and long-poll path (see transport-http.ts for the delivery scheme). */
export const HEADER_CLIENT = "X-Cmapi-Client";
export const HEADER_SEQ = "X-Cmapi-Seq";
export const HEADER_ACK = "X-Cmapi-Ack";
export const POLL_SUFFIX = "/poll";
/** The session a client belongs to: the server names it on every answer, the client repeats it (HTTP and WebSocket). */
export const HEADER_SESSION = "X-Cmapi-Session";

/**
 * WebSocket session recovery (spec/README.md, "Sessions and reconnection"). A client that wants it
 * opens the socket with `?cmapi-session=<token or empty>&cmapi-ack=<last number received>`; the
 * server then numbers every CMAPI message it sends on that session (1, 2, ...; control frames are
 * not numbered) and keeps them until acknowledged, counts the messages it received, and exchanges
 * control frames, which carry the member `cmapicontrol` and never `jsonrpc`.
 */
export const QUERY_SESSION = "cmapi-session";
export const QUERY_ACK = "cmapi-ack";
/** A WebSocket client that does not recover sessions asks for interim responses with `?cmapi-interim=1`. */
export const QUERY_INTERIM = "cmapi-interim";

/** Server to client, first frame: which session this is, and whether it was resumed (the un-acked messages follow). */
export interface SessionFrame {
  cmapicontrol: "session";
  session: string;
  resumed: boolean;
  /** How often the server sends a ping frame: a client that hears nothing for 2.5 times this drops the socket. */
  heartbeatMs: number;
  /** How many messages (requests) the server has received from the client on this session: the client sends again those after. */
  received: number;
}
/** Server to client, every heartbeatMs. */
export interface PingFrame {
  cmapicontrol: "ping";
  /** As in the session frame: the client may forget the requests up to this one. */
  received: number;
}
/** Client to server, in answer to each ping: the last message number received. */
export interface AckFrame {
  cmapicontrol: "ack";
  seq: number;
}
export type ControlFrame = SessionFrame | PingFrame | AckFrame;

/** The control frame in a WebSocket message's text, or undefined for a CMAPI message. */
export function controlFrame(text: string): ControlFrame | undefined {
  if (!text.includes('"cmapicontrol"')) return undefined;
  try {
    const frame: unknown = JSON.parse(text);
    return isRecord(frame) && typeof frame["cmapicontrol"] === "string" && frame["jsonrpc"] === undefined ? (frame as unknown as ControlFrame) : undefined;
  } catch {
    return undefined;
  }
}

export type ResponseStage = "received" | "processing" | "completed";

export interface CmapiErrorObject {
  code: number;
  message: string;
  data?: unknown;
}

export interface CmapiRequestMessage {
  jsonrpc: "2.0";
  /** The spec's version, e.g. "1.1". */
  cmapiversion: string;
  method: string;
  id: string;
  params: Record<string, unknown>;
}

export interface CmapiResponseMessage<R = unknown> {
  jsonrpc: "2.0";
  /** The spec's version, e.g. "1.1". */
  cmapiversion: string;
  id: string | null;
  result?: R;
  error?: CmapiErrorObject;
  /** Interim responses only (an opencmapi-gen extension of Table 2). */
  cmapistatus?: ResponseStage;
}

export interface CmapiCallbackMessage<P = unknown> {
  jsonrpc: "2.0";
  /** The spec's version, e.g. "1.1". */
  cmapiversion: string;
  id: string;
  callbackId: string;
  result?: P;
  error?: CmapiErrorObject;
}

/** A CMAPI error: a Table 4 code (or a JSON-RPC one), its Table 4 text, and optional data. */
export class CmapiError extends Error {
  readonly code: number;
  readonly data: unknown;

  constructor(code: number, message: string, data?: unknown) {
    super(message);
    this.name = "CmapiError";
    this.code = code;
    this.data = data;
  }

  toJSON(): CmapiErrorObject {
    return this.data === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, data: this.data };
  }
}

/**
 * Whether something thrown is a CmapiError. By its name and code as well as by class: a program
 * can hold two copies of this module (a bundle and a generated folder), each with its own class.
 */
export function isCmapiError(error: unknown): error is CmapiError {
  return error instanceof CmapiError || (error instanceof Error && error.name === "CmapiError" && typeof (error as { code?: unknown }).code === "number");
}

export function isFinalResponse(message: CmapiResponseMessage): boolean {
  return message.error !== undefined || message.cmapistatus === undefined || message.cmapistatus === "completed";
}

/** 128 random bits. getRandomValues works in insecure browser contexts too, unlike randomUUID. */
function random128(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(16));
}

const hexOf = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

/** A version 4 UUID. */
export function uuid(): string {
  const bytes = random128();
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = hexOf(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Whether two secrets (session tokens, API session ids) are equal, in time that depends on their
 * lengths only, not on how many leading characters match. Pure JavaScript: it also runs in browsers.
 */
export function sameSecret(given: string, kept: string): boolean {
  let difference = given.length ^ kept.length;
  for (let index = 0; index < kept.length; index++) difference |= (given.charCodeAt(index % (given.length || 1)) || 0) ^ kept.charCodeAt(index);
  return difference === 0;
}

/** A random secret of 128 bits, as 32 hex digits (a session token). */
export function randomToken(): string {
  return hexOf(random128());
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
