/** The server's defaults against DNS rebinding, cross-site WebSocket hijacking and CSRF, its limits, and TLS. */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { request as httpsRequest } from "node:https";
import { join } from "node:path";
import { promisify } from "node:util";
import { WebSocket } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevice, type TestServer } from "./support/device.js";
import { tempDir } from "./support/generation.js";
import { rawHttp, rawSocket } from "./support/raw.js";

const APP = "https://app.example";
let server: TestServer;
let origin: string;
const call = JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", id: "s-1", params: { deviceId: "1" } });

beforeAll(async () => {
  ({ server } = await startDevice({}, { allowedOrigins: [APP], maxMessageBytes: 4096 }));
  origin = new URL(server.url).origin;
}, 60_000);
afterAll(() => server.close());

const upgradeStatus = (url: string, options: { headers?: Record<string, string>; origin?: string }) =>
  new Promise<number>((resolve) => {
    const ws = new WebSocket(url, { headers: options.headers, ...(options.origin ? { origin: options.origin } : {}) });
    ws.on("open", () => {
      ws.close();
      resolve(101);
    });
    ws.on("unexpected-response", (_request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
    });
    ws.on("error", () => undefined);
  });

describe("Host: against DNS rebinding", () => {
  it("refuses a request whose Host is not an allowed name, over HTTP and WebSocket", async () => {
    const refused = await rawHttp(server.url, { body: call, headers: { Host: `attacker.example:${server.port}` } });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("Host not allowed");
    expect(await upgradeStatus(server.url.replace(/^http/, "ws"), { headers: { Host: "attacker.example" } })).toBe(403);
  });

  it("accepts cmapi.device, localhost and loopback addresses", async () => {
    for (const host of [`cmapi.device:${server.port}`, `localhost:${server.port}`, `127.0.0.1:${server.port}`, "[::1]"]) {
      expect((await rawHttp(server.url, { body: call, headers: { Host: host } })).status, host).toBe(200);
    }
  });
});

describe("Origin: against cross-site WebSocket hijacking and CSRF", () => {
  it("refuses a page of another origin, over HTTP and WebSocket", async () => {
    const refused = await rawHttp(server.url, { body: call, headers: { Origin: "https://evil.example" } });
    expect(refused.status).toBe(403);
    expect(await upgradeStatus(server.url.replace(/^http/, "ws"), { origin: "https://evil.example" })).toBe(403);
    expect(await upgradeStatus(server.url.replace(/^http/, "ws"), { origin: "null" })).toBe(403);
  });

  it("accepts the server's own origin, a configured one, and programs that send no Origin", async () => {
    expect((await rawHttp(server.url, { body: call, headers: { Origin: origin } })).status).toBe(200);
    const allowed = await rawHttp(server.url, { body: call, headers: { Origin: APP } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers["access-control-allow-origin"]).toBe(APP);
    expect(allowed.headers["vary"]).toBe("Origin");
    expect(await upgradeStatus(server.url.replace(/^http/, "ws"), { origin: APP })).toBe(101);
    expect((await rawHttp(server.url, { body: call })).status).toBe(200);
  });

  it("answers CORS preflights, the Private Network Access one included, only for allowed origins", async () => {
    const preflight = await rawHttp(server.url, {
      method: "OPTIONS",
      headers: { Origin: APP, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type", "Access-Control-Request-Private-Network": "true" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers).toMatchObject({ "access-control-allow-origin": APP, "access-control-allow-methods": "POST", "access-control-allow-private-network": "true" });
    expect(String(preflight.headers["access-control-allow-headers"])).toContain("Content-Type");
    const refused = await rawHttp(server.url, { method: "OPTIONS", headers: { Origin: "https://evil.example", "Access-Control-Request-Private-Network": "true" } });
    expect(refused.status).toBe(403);
    expect(refused.headers["access-control-allow-private-network"]).toBeUndefined();
  });

  it("refuses a POST that is not application/json, so a cross-site simple request never reaches a handler", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect((await rawHttp(server.url, { body: call, headers: { "Content-Type": type } })).status, type).toBe(415);
    }
  });
});

describe("limits", () => {
  it("refuses a body larger than the limit with 413", async () => {
    const huge = JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_SMS_Send", id: "big", params: { deviceId: "1", address: "+1", body: "x".repeat(10_000) } });
    expect((await rawHttp(server.url, { body: huge })).status).toBe(413);
  });

  it("closes a WebSocket that sends a frame larger than the limit (1009), and keeps serving others", async () => {
    const socket = await rawSocket(server.url.replace(/^http/, "ws"));
    const closed = new Promise<number>((resolve) => socket.ws.on("close", (code) => resolve(code)));
    socket.ws.send("x".repeat(10_000));
    expect(await closed).toBe(1009);
    const other = await rawSocket(server.url.replace(/^http/, "ws"));
    expect(await other.exchange(call)).toMatchObject({ id: "s-1", result: { RFInfoListElements: 1 } });
    other.close();
  });

  it("answers other paths 404 and other methods 405", async () => {
    expect((await rawHttp(server.url.replace("/cmapi", "/admin"), { body: call })).status).toBe(404);
    expect((await rawHttp(server.url, { method: "GET" })).status).toBe(405);
  });
});

describe("TLS", () => {
  it("serves both transports over TLS when given a key and a certificate", async () => {
    const dir = await tempDir();
    // prettier-ignore
    await promisify(execFile)("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", "1", "-subj", "/CN=cmapi.device", "-addext", "subjectAltName=DNS:cmapi.device,IP:127.0.0.1"]);
    const [key, cert] = await Promise.all([readFile(join(dir, "key.pem")), readFile(join(dir, "cert.pem"))]);
    const { server: secure } = await startDevice({}, { tls: { key, cert } });
    try {
      expect(secure.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/cmapi$/);
      const body = await new Promise<string>((resolve, reject) => {
        const req = httpsRequest(secure.url, { method: "POST", ca: cert, headers: { "Content-Type": "application/json" } }, (res) => {
          let text = "";
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve(text));
        });
        req.on("error", reject);
        req.end(call);
      });
      expect(JSON.parse(body)).toMatchObject({ id: "s-1", result: { RFInfoListElements: 1 } });
      const ws = new WebSocket(secure.url.replace(/^https/, "wss"), { ca: cert });
      const answer = await new Promise<string>((resolve, reject) => {
        ws.on("open", () => ws.send(call));
        ws.on("message", (data) => resolve(data.toString()));
        ws.on("error", reject);
      });
      ws.close();
      expect(JSON.parse(answer)).toMatchObject({ id: "s-1", result: { RFInfoListElements: 1 } });
    } finally {
      await secure.close();
    }
  });
});
