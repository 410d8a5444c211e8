/**
 * A client pointed at a URL where no CMAPI server answers, on real loopback servers: a port where
 * nothing listens, a server answering 404 on the path, one that accepts and never answers, TLS
 * spoken to a plain server; both transports. Short connect timeouts (no assertion on speed).
 */
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { startMock } from "../generator/mock/start.js";
import { CmapiClientCore, CmapiClientError, connectionFailure, type ClientOptions, type StateChange } from "../templates/runtime/client.js";
import { httpTransport } from "../templates/runtime/transport-http.js";
import { webSocketTransport, type WebSocketConstructor } from "../templates/runtime/transport-websocket.js";
import { bundledApi } from "./support/api.js";

type Methods = Record<string, { params: unknown; result: unknown }>;
type Transport = "websocket" | "http";

const FAST = { initialDelayMs: 20, maxDelayMs: 100 };

function client(transport: Transport, url: string, options: ClientOptions & { reconnect?: false | typeof FAST } = {}) {
  const states: StateChange[] = [];
  const reconnect = options.reconnect ?? FAST;
  const made = transport === "websocket" ? webSocketTransport(url, { WebSocket: WebSocket as unknown as WebSocketConstructor, reconnect }) : httpTransport(url, { reconnect, retryDelayMs: 20 });
  const core = new CmapiClientCore<Methods, Record<string, unknown>>(made, { cmapiVersion: "1.1", connectTimeoutMs: 300, ...options, onStateChange: (change) => states.push(change) });
  clients.push(core);
  return { core, states };
}

const clients: CmapiClientCore<Methods, Record<string, unknown>>[] = [];
const servers: { close(): unknown }[] = [];
let freePort: number;
let notFound: Server;
let silent: ReturnType<typeof createTcpServer>;
const held: Socket[] = [];

/** A client that gives up may reset the connection; on a socket with no error listener that is an uncaught ECONNRESET in the test run. */
const ignoreResets = (socket: Socket) => socket.on("error", () => undefined);

const listen = async <S extends Server | ReturnType<typeof createTcpServer>>(server: S): Promise<number> => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return (server.address() as { port: number }).port;
};

beforeAll(async () => {
  // A port where nothing listens: one the system just gave out and took back.
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  freePort = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  // A web server with no CMAPI on it: 404 to every request, upgrades included.
  notFound = createHttpServer((_request, response) => response.writeHead(404, { "Content-Type": "text/plain" }).end("not here"));
  notFound.on("upgrade", (_request, socket: Socket) => ignoreResets(socket).end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
  await listen(notFound);
  // A server that accepts connections and never says a word.
  silent = createTcpServer((socket) => void held.push(ignoreResets(socket)));
  await listen(silent);
});

afterAll(async () => {
  await Promise.all(clients.splice(0).map((made) => made.close()));
  for (const socket of held) socket.destroy();
  for (const server of servers) server.close();
});

const port = (server: { address(): unknown }) => (server.address() as { port: number }).port;
const scheme = (transport: Transport, secure = false) => (transport === "websocket" ? (secure ? "wss" : "ws") : secure ? "https" : "http");
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("the call resolved");
    },
    (error: unknown) => error as CmapiClientError,
  );

describe.each(["websocket", "http"] as const)("a client that has never connected, over %s", (transport) => {
  it("rejects its calls after connectTimeoutMs with kind unreachable, naming the URL and the cause: nothing listens", async () => {
    const url = `${scheme(transport)}://127.0.0.1:${freePort}/cmapi`;
    const { core, states } = client(transport, url);
    const error = await rejection(core.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }));
    expect(error).toBeInstanceOf(CmapiClientError);
    expect(error).toMatchObject({ kind: "unreachable", message: `${url} is unreachable: connection refused (ECONNREFUSED)` });
    // The state change says why it is reconnecting.
    expect(states[0]).toMatchObject({ state: "reconnecting" });
    expect(states[0]!.error!.message).toBe(`${url} is unreachable: connection refused (ECONNREFUSED)`);
    // Later calls fail with the same error at once, without waiting in the client, while it keeps trying.
    const later = core.call("CMAPI_Network_GetRFInfo", { deviceId: "1" });
    expect(core.pendingCalls).toEqual([]);
    expect(await rejection(later)).toMatchObject({ kind: "unreachable", message: error.message });
    expect(core.state).toBe("reconnecting");
  });

  it("names the HTTP status of a server with nothing at the path (404)", async () => {
    const url = `${scheme(transport)}://127.0.0.1:${port(notFound)}/cmapi`;
    const { core } = client(transport, url);
    const error = await rejection(core.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }));
    expect(error.kind).toBe("unreachable");
    expect(error.message).toBe(
      transport === "websocket"
        ? `${url} is unreachable: the server answered HTTP 404 (Not Found) instead of opening a WebSocket`
        : `${url} is unreachable: the server answered HTTP 404 (Not Found) to POST ${url}/poll: nothing serves CMAPI at this path`,
    );
  });

  it("says TLS failed when wss:// or https:// meets a plain server", async () => {
    const url = `${scheme(transport, true)}://127.0.0.1:${port(notFound)}/cmapi`;
    const { core } = client(transport, url);
    const error = await rejection(core.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }));
    expect(error.kind).toBe("unreachable");
    expect(error.message).toMatch(new RegExp(`^${url.replace(/[.?]/g, "\\$&")} is unreachable: TLS failed: wrong version number \\((EPROTO|ERR_SSL_WRONG_VERSION_NUMBER)\\)$`));
  });

  it("says it timed out when the server accepts and never answers", async () => {
    const url = `${scheme(transport)}://127.0.0.1:${port(silent)}/cmapi`;
    const { core } = client(transport, url, { connectTimeoutMs: 200 });
    const error = await rejection(core.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }));
    expect(error).toMatchObject({ kind: "unreachable", message: `${url} is unreachable: no connection within 200 ms (timeout)` });
  });

  it("with reconnect: false gives up at the first failure, with the same error", async () => {
    const url = `${scheme(transport)}://127.0.0.1:${freePort}/cmapi`;
    const { core, states } = client(transport, url, { reconnect: false, connectTimeoutMs: 60_000 });
    const error = await rejection(core.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }));
    expect(error).toMatchObject({ kind: "unreachable", message: `${url} is unreachable: connection refused (ECONNREFUSED)` });
    expect(states.map((change) => change.state)).toEqual(["closed"]);
  });

  it("keeps trying in the background, and works once the device answers on that port", async () => {
    const mock = await startMock(await bundledApi(), { port: 0, seed: 1 });
    const url = `${scheme(transport)}://127.0.0.1:${mock.server.port}/cmapi`;
    await mock.server.close();
    const { core, states } = client(transport, url, { connectTimeoutMs: 100 });
    expect(await rejection(core.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }))).toMatchObject({ kind: "unreachable" });
    const again = await startMock(await bundledApi(), { port: mock.server.port, seed: 1 });
    servers.push(again.server);
    await core.waitFor("open", { timeoutMs: 10_000 });
    expect(await core.call("CMAPI_Network_GetRFInfo", { deviceId: "1" })).toMatchObject({ RFInfoListElements: expect.any(Number) });
    expect(states.map((change) => change.state)).toEqual(["reconnecting", "open"]);
  });
});

describe("connectionFailure: the cause in a few words", () => {
  it("reads ws's errors and fetch's, whose code is on the cause", () => {
    expect(connectionFailure(Object.assign(new Error("getaddrinfo ENOTFOUND cmapi.device"), { code: "ENOTFOUND" }))).toBe("DNS: no such host (ENOTFOUND)");
    expect(connectionFailure(new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo EAI_AGAIN cmapi.device"), { code: "EAI_AGAIN" }) }))).toBe("DNS: the name could not be resolved now (EAI_AGAIN)");
    expect(connectionFailure(Object.assign(new Error("self-signed certificate"), { code: "DEPTH_ZERO_SELF_SIGNED_CERT" }))).toBe("TLS failed: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)");
    expect(connectionFailure(new Error("Unexpected server response: 200"))).toBe("the server answered HTTP 200 instead of opening a WebSocket");
    expect(connectionFailure(new TypeError("fetch failed", { cause: new Error("bad port") }))).toBe('fetch refuses this port (a "bad port" of the Fetch standard)');
    // A browser says nothing.
    expect(connectionFailure(new TypeError("Failed to fetch"))).toBeUndefined();
    expect(connectionFailure({ type: "error" })).toBeUndefined();
  });
});
