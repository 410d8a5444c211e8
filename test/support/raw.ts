/** Raw HTTP and WebSocket exchanges with a server, headers and all, for the protocol-level tests. */
import { request } from "node:http";
import { WebSocket } from "ws";
import { TEST_SECRETS } from "./secrets.js";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function rawHttp(url: string, options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "POST", headers: { "Content-Type": "application/json", ...options.headers }, ...(options.localAddress ? { localAddress: options.localAddress } : {}) }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Opens a WebSocket and collects what it receives. */
export async function rawSocket(url: string, options: { headers?: Record<string, string>; origin?: string } = {}) {
  const ws = new WebSocket(url, { headers: options.headers, ...(options.origin ? { origin: options.origin } : {}) });
  const received: string[] = [];
  const waiters: (() => void)[] = [];
  ws.on("message", (data) => {
    received.push(data.toString());
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
    ws.once("unexpected-response", (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
  });
  return {
    ws,
    received,
    /** Sends text and resolves with the next message received. */
    async exchange(text: string): Promise<unknown> {
      const before = received.length;
      ws.send(text);
      while (received.length === before) await new Promise<void>((resolve) => waiters.push(resolve));
      return JSON.parse(received[before]!);
    },
    close: () => ws.close(),
  };
}

/** The text of a CMAPI_API_Open request (the operator's test secret unless told otherwise). */
export function openApiText(options: { id?: string; accessLevel?: string; securityRequest?: unknown } = {}): string {
  const params: Record<string, unknown> = { applicationName: "test", accessLevel: options.accessLevel ?? "operator" };
  if (options.securityRequest !== null) params["securityRequest"] = options.securityRequest ?? TEST_SECRETS.operator;
  return JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_API_Open", id: options.id ?? "open", params });
}

/**
 * An HTTP client named by `clientId`, made of raw requests: it keeps the X-Cmapi-Session token the
 * server answers and sends it with every later request, as the generated client does.
 */
export function rawHttpClient(url: string, clientId: string, options: { localAddress?: string } = {}) {
  let token: string | undefined;
  return {
    get token() {
      return token;
    },
    async post(path: string, body: string, headers: Record<string, string> = {}): Promise<RawResponse> {
      const answer = await rawHttp(`${url}${path}`, { body, ...options, headers: { "X-Cmapi-Client": clientId, ...(token ? { "X-Cmapi-Session": token } : {}), ...headers } });
      const named = answer.headers["x-cmapi-session"];
      if (typeof named === "string") token = named;
      return answer;
    },
  };
}
