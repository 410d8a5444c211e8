/**
 * The HTTP transport of section 5.5.2: each request an HTTP POST of application/json whose
 * response carries the final CMAPI response; interim responses and callbacks arrive by long
 * polling, one message per poll response, `204 No Content` when there was nothing to deliver.
 *
 * Delivery is exactly once and in order: the client names itself in every request
 * (X-Cmapi-Client, a UUID), the server numbers each queued message (X-Cmapi-Seq), and each poll
 * acknowledges the last number received (X-Cmapi-Ack). The server drops what is acknowledged and
 * sends the next message; a poll response lost on the way is sent again by the next poll, and the
 * client ignores a number it has already seen.
 */
import { HEADER_ACK, HEADER_CLIENT, HEADER_SEQ, POLL_SUFFIX, uuid, type CmapiRequestMessage } from "./protocol.js";
import type { ClientTransport, TransportEvents } from "./client.js";

export interface HttpTransportOptions {
  fetch?: typeof fetch;
  /** This client's id; a new UUID by default. */
  clientId?: string;
  /** Delay before polling again after a failed poll; doubles up to 16 times this. */
  retryDelayMs?: number;
}

export function httpTransport(endpoint: string, options: HttpTransportOptions = {}): ClientTransport {
  const fetchFunction = options.fetch ?? globalThis.fetch.bind(globalThis);
  const clientId = options.clientId ?? uuid();
  const retryDelayMs = options.retryDelayMs ?? 500;
  const pollUrl = `${endpoint.replace(/\/$/, "")}${POLL_SUFFIX}`;
  let events: TransportEvents | undefined;
  let listening = false;
  let polling = false;
  let closed = false;
  let lastSeq = 0;
  let inFlight: AbortController | undefined;
  const headers = { "Content-Type": "application/json", [HEADER_CLIENT]: clientId };

  const poll = async () => {
    polling = true;
    let failures = 0;
    while (listening && !closed) {
      inFlight = new AbortController();
      try {
        const response = await fetchFunction(pollUrl, { method: "POST", headers: { ...headers, [HEADER_ACK]: String(lastSeq) }, body: "{}", signal: inFlight.signal });
        failures = 0;
        if (response.status === 204) continue;
        if (response.status === 410) {
          events?.closed(new Error("the server forgot this client (410 Gone); registrations must be made again"));
          break;
        }
        if (!response.ok) throw new Error(`poll answered HTTP ${response.status}`);
        const seq = Number(response.headers.get(HEADER_SEQ));
        const text = await response.text();
        if (!Number.isInteger(seq) || seq <= lastSeq) continue; // already delivered
        lastSeq = seq;
        events?.message(text);
      } catch (error) {
        if (closed) break;
        failures++;
        events?.problem(new Error(`long poll failed: ${(error as Error).message}`));
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** Math.min(failures - 1, 4)));
      }
    }
    polling = false;
  };

  return {
    start(handlers) {
      events = handlers;
    },
    async send(message: CmapiRequestMessage) {
      const response = await fetchFunction(endpoint, { method: "POST", headers, body: JSON.stringify(message) });
      if (response.status === 204) return;
      const text = await response.text();
      if (!response.ok && !(response.headers.get("content-type") ?? "").includes("application/json")) {
        throw new Error(`HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`);
      }
      events?.message(text);
    },
    setListening(value: boolean) {
      listening = value;
      if (listening && !polling && !closed) void poll();
    },
    async close() {
      closed = true;
      listening = false;
      inFlight?.abort();
    },
  };
}
