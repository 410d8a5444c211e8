/**
 * The mock's request log: one line per request, so that an app developer sees what their app sent
 * and what the device answered. A line names the transport, the function, the outcome and the time:
 *
 *     websocket CMAPI_PIN_Verify error 0x100163C2 0.6 ms
 *     http CMAPI_WLAN_Scan ok 1.9 ms
 *     websocket "CMAPI_Nothing" error -32601 0.1 ms
 *
 * A message that is not JSON shows `(not-json)` for the function, one without a method `(no-method)`.
 *
 * It carries no param values at all: params are where secrets travel (PINs, PUKs, WLAN keys, EAP
 * passwords, CMAPI_API_Open's securityRequest; lint's RESULT_NO_SECRET keeps them out of results),
 * and error data is left out too, since a schema problem may quote the value it refused.
 */
import { hexCode } from "../model/schema-keywords.js";
import { CmapiServerCore, type RequestFacts, type ServerCoreOptions, type Session } from "../../templates/runtime/server.js";
import type { CmapiResponseMessage } from "../../templates/runtime/protocol.js";

/** A name the client sent that is not a function of the spec is shown quoted (a newline in it cannot start a fake line) and cut here. */
const SHOWN_UNKNOWN_NAME = 64;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The dispatcher, logging one line per message it answers. */
export class RequestLoggingCore extends CmapiServerCore {
  private readonly functions: ReadonlySet<string>;

  constructor(
    options: ServerCoreOptions,
    private readonly logLine: (line: string) => void,
  ) {
    super(options);
    this.functions = new Set(Object.keys(options.methods));
  }

  override async handleText(session: Session, text: string, facts: RequestFacts = {}): Promise<CmapiResponseMessage> {
    const started = performance.now();
    const response = await super.handleText(session, text, facts);
    // Text that parses goes through handleMessage, which logs it; this is the one answer it never sees.
    if (response.error?.code === -32700) this.write(session, "(not-json)", response, started);
    return response;
  }

  override async handleMessage(session: Session, message: unknown, facts: RequestFacts = {}): Promise<CmapiResponseMessage> {
    const started = performance.now();
    const response = await super.handleMessage(session, message, facts);
    this.write(session, this.methodShown(message), response, started);
    return response;
  }

  private methodShown(message: unknown): string {
    const method = isRecord(message) ? message["method"] : undefined;
    if (typeof method !== "string") return "(no-method)";
    return this.functions.has(method) ? method : JSON.stringify(method.slice(0, SHOWN_UNKNOWN_NAME));
  }

  private write(session: Session, method: string, response: CmapiResponseMessage, started: number): void {
    const code = response.error?.code;
    // Table 4 codes as Table 4 prints them; JSON-RPC's own (negative) codes as JSON-RPC does.
    const outcome = code === undefined ? "ok" : `error ${code < 0 ? String(code) : hexCode(code)}`;
    try {
      this.logLine(`${session.transport} ${method} ${outcome} ${(performance.now() - started).toFixed(1)} ms`);
    } catch {
      // A log that throws must not turn an answer into none.
    }
  }
}
