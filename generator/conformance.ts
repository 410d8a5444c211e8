/**
 * `conformance`: calls every function of a device class's profile on a running server and
 * reports, group by group, which answer, which are not supported (0x00000007), which are missing
 * (-32601) and which fail. Each call names a device that does not exist (deviceId 4294967295,
 * routerId "conformance-probe"), so that a real device answers without acting on anything.
 * With credentials it opens the API first (CMAPI_API_Open); a function that answers 0xF0000001
 * (above the level the run has) is there and protected, not missing; whether it is implemented
 * shows only with a grant, since the device refuses it before it looks further.
 *
 * Before any function, the URL: one that is not ws://, wss://, http:// or https:// (or not a URL),
 * and one where no CMAPI server answers (connection refused, DNS, TLS, an HTTP status such as 404
 * where the WebSocket upgrade or the session poll should be, no answer in time) stop the run with
 * one line naming the URL and the cause (CannotProbe; the CLI's exit 2), not with a failure per
 * function; so do credentials the device does not grant.
 * Reachability is probed once, by the client's own first connection, so that it says what an app's
 * client would say.
 */
import { WebSocket } from "ws";
import { CmapiClientCore, CmapiClientError, type ApiCredentials, type ApiGrant, type StateChange } from "../templates/runtime/client.js";
import { isCmapiError } from "../templates/runtime/protocol.js";
import { httpTransport } from "../templates/runtime/transport-http.js";
import { webSocketTransport, type WebSocketConstructor } from "../templates/runtime/transport-websocket.js";
import { exampleValue } from "./emit/examples.js";
import type { Api, Method, ScrProfile } from "./model/api.js";
import { groupStatus, profileFunctions } from "./model/profiles.js";
import { hexCode } from "./model/schema-keywords.js";

export type Outcome = "answers" | "protected" | "not-supported" | "missing" | "fails";

export interface FunctionResult {
  name: string;
  outcome: Outcome;
  detail: string;
}

export interface GroupResult {
  section: string;
  title: string;
  status: "mandatory" | "optional";
  functions: FunctionResult[];
}

export interface ConformanceReport {
  deviceClass: string;
  url: string;
  groups: GroupResult[];
  /** Mandatory functions that did not answer. */
  missingMandatory: string[];
}

const PROBE: Record<string, unknown> = { deviceId: "4294967295", routerId: "conformance-probe", uniqueIdentifier: "conformance-probe" };
const NOT_SUPPORTED = 7;
const ACCESS_NOT_GRANTED = 0xf0000001;
const METHOD_NOT_FOUND = -32601;

function probeParams(api: Api, method: Method): Record<string, unknown> {
  const params = exampleValue(api, method.paramsSchema) as Record<string, unknown>;
  for (const name of Object.keys(PROBE)) if (name in params) params[name] = PROBE[name];
  return params;
}

const API_OPEN = "CMAPI_API_Open";
const API_CLOSE = "CMAPI_API_Close";

/** The API's own functions (Open aside) name the sessionId the device gave and keep the level it granted. */
function grantProbe(name: string, grant: ApiGrant | undefined): Record<string, unknown> | undefined {
  if (!grant) return undefined;
  if (name === "CMAPI_API_GetAccessLevel" || name === API_CLOSE) return { sessionId: grant.sessionId };
  if (name === "CMAPI_API_SetAccessLevel") return { sessionId: grant.sessionId, accessLevel: grant.accessLevel, securityRequest: "" };
  return undefined;
}

function classify(error: unknown): { outcome: Outcome; detail: string } {
  if (isCmapiError(error)) {
    if (error.code === NOT_SUPPORTED) return { outcome: "not-supported", detail: error.message };
    if (error.code === METHOD_NOT_FOUND) return { outcome: "missing", detail: error.message };
    if (error.code === ACCESS_NOT_GRANTED) return { outcome: "protected", detail: `${hexCode(error.code)}: needs a higher access level than this run opened the API with` };
    // A Table 4 code is the function's own answer (for example "no such device"); JSON-RPC codes are failures.
    if (error.code >= 0) return { outcome: "answers", detail: `${hexCode(error.code)} ${error.message}` };
    return { outcome: "fails", detail: `${error.code} ${error.message}` };
  }
  if (error instanceof CmapiClientError) return { outcome: "fails", detail: error.message };
  return { outcome: "fails", detail: (error as Error)?.message ?? String(error) };
}

type AnyMethods = Record<string, { params: unknown; result: unknown }>;

export interface ConformanceOptions {
  timeoutMs?: number;
  /** Open the API with these before the calls. */
  credentials?: ApiCredentials;
}

/**
 * Why the run stopped before probing any function: a --url that is not a CMAPI URL or where no CMAPI
 * server answers (the URL and the cause), or credentials the device did not grant. One line; the
 * CLI's exit 2, as for bad usage.
 */
export class CannotProbe extends Error {
  override readonly name = "CannotProbe";
}

const SCHEMES = ["ws:", "wss:", "http:", "https:"];

/** Refuses a URL the transports cannot take: unparsable, or another scheme. */
export function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CannotProbe(`--url ${JSON.stringify(url)} is not a URL: give ws://host:port/cmapi, wss://..., http://host:port/cmapi or https://...`);
  }
  if (!SCHEMES.includes(parsed.protocol)) throw new CannotProbe(`--url ${JSON.stringify(url)} is not a ws://, wss://, http:// or https:// URL (its scheme reads "${parsed.protocol}")`);
}

/** Resolves when the client's first connection opens; rejects with CannotProbe, with the transport's cause, when it fails (the transports do not retry here) or does not open in time. */
function firstConnection(client: CmapiClientCore<AnyMethods, Record<string, unknown>>, url: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish({ state: "closed", error: new Error(`${url} is unreachable: no connection within ${timeoutMs} ms (timeout)`) }), timeoutMs + 1000);
    const finish = (change: StateChange) => {
      if (change.state !== "open" && change.state !== "closed") return;
      stop();
      clearTimeout(timer);
      if (change.state === "open") resolve();
      else reject(new CannotProbe(change.error?.message ?? `${url} is unreachable`));
    };
    const stop = client.onStateChange(finish);
    if (client.state === "open") finish({ state: "open" });
  });
}

export async function checkConformance(api: Api, profile: ScrProfile, url: string, options: ConformanceOptions = {}): Promise<ConformanceReport> {
  checkUrl(url);
  const timeoutMs = options.timeoutMs ?? 10_000;
  // No waiting for a server to come back: a failed first connection ends the run (CannotProbe), a later failure fails the calls.
  const transport = /^wss?:/.test(url) ? webSocketTransport(url, { WebSocket: WebSocket as unknown as WebSocketConstructor, reconnect: false, openTimeoutMs: timeoutMs }) : httpTransport(url, { reconnect: false, openTimeoutMs: timeoutMs });
  const client = new CmapiClientCore<AnyMethods, Record<string, unknown>>(transport, { cmapiVersion: api.cmapiVersion, validityPeriodMs: timeoutMs, connectTimeoutMs: timeoutMs });
  const { mandatory } = profileFunctions(api, profile);
  const required = new Set(mandatory.map((method) => method.name));
  const groups: GroupResult[] = [];
  try {
    await firstConnection(client, url, timeoutMs);
    if (options.credentials) {
      try {
        await client.openApi({ applicationName: "opencmapi-gen conformance", ...options.credentials });
      } catch (error) {
        throw new CannotProbe(`CMAPI_API_Open did not grant ${options.credentials.accessLevel}: ${isCmapiError(error) ? `${hexCode(error.code)} ${error.message}` : (error as Error).message}`, { cause: error });
      }
    }
    const probe = async (name: string): Promise<FunctionResult> => {
      const method = api.methods.find((item) => item.name === name)!;
      try {
        // Open through the client, which then knows the new sessionId the other API functions name.
        if (name === API_OPEN) await client.openApi({ applicationName: "opencmapi-gen conformance", ...(options.credentials ?? { accessLevel: "user" }) });
        else await client.call(name, grantProbe(name, client.apiGrant) ?? probeParams(api, method));
        return { name, outcome: "answers", detail: "" };
      } catch (error) {
        return { name, ...classify(error) };
      }
    };
    // Closing the API ends the run's grant: it is called last.
    let close: { functions: FunctionResult[]; index: number } | undefined;
    for (const group of api.groups) {
      const status = groupStatus(profile, group);
      if (!status) continue;
      const functions: FunctionResult[] = [];
      for (const name of group.methods) {
        if (name === API_CLOSE) {
          close = { functions, index: functions.length };
          continue;
        }
        functions.push(await probe(name));
      }
      groups.push({ section: group.extension ? "ext." : group.section, title: group.extension ? `${group.title} (extension)` : group.title, status, functions });
    }
    if (close) close.functions.splice(close.index, 0, await probe(API_CLOSE));
  } finally {
    await client.close();
  }
  const missingMandatory = groups
    .flatMap((group) => group.functions)
    .filter((result) => required.has(result.name) && result.outcome !== "answers" && result.outcome !== "protected")
    .map((result) => result.name);
  return { deviceClass: profile.deviceClass, url, groups, missingMandatory };
}

export function formatConformance(report: ConformanceReport): string {
  const lines = [`Conformance of ${report.url} to the ${report.deviceClass} profile`, ""];
  lines.push(`${"section".padEnd(8)}${"group".padEnd(36)}${"M/O".padEnd(5)}${"answers".padStart(8)}${"protected".padStart(10)}${"not supp.".padStart(10)}${"missing".padStart(8)}${"fails".padStart(6)}`);
  for (const group of report.groups) {
    const count = (outcome: Outcome) => String(group.functions.filter((result) => result.outcome === outcome).length);
    lines.push(
      `${group.section.padEnd(8)}${group.title.slice(0, 35).padEnd(36)}${(group.status === "mandatory" ? "M" : "O").padEnd(5)}${count("answers").padStart(8)}${count("protected").padStart(10)}${count("not-supported").padStart(10)}${count("missing").padStart(8)}${count("fails").padStart(6)}`,
    );
  }
  lines.push("");
  const protectedCount = report.groups.flatMap((group) => group.functions).filter((result) => result.outcome === "protected").length;
  if (protectedCount > 0) {
    lines.push(
      `${protectedCount} functions answered 0xF0000001: present, and above the access level of this run. The device refuses them before it looks further, so whether they are implemented shows only with a grant (--credential administrator=... or operator=... opens the API with a secret).`,
    );
  }
  if (report.missingMandatory.length === 0) lines.push("Every mandatory function answers.");
  else {
    lines.push(`${report.missingMandatory.length} mandatory functions do not answer:`);
    const results = new Map(report.groups.flatMap((group) => group.functions).map((result) => [result.name, result]));
    for (const name of report.missingMandatory) lines.push(`  ${name}: ${results.get(name)!.outcome}${results.get(name)!.detail ? ` (${results.get(name)!.detail})` : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
