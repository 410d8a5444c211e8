/**
 * Table 3: a callback "in case of an error SHALL be" an error object `{ code, message, data }`.
 * The server sends one with emitError; the generated client hands it to the registration's
 * onError as a CmapiError (or to onProblem without one); the validators know the shape.
 * Real servers on loopback, both transports.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, eventually, generatedModules, startDevice, type Generated, type TestServer, type TransportName } from "./support/device.js";

let server: TestServer & { emitError(callbackId: string, error: { code: number; data?: unknown }, options?: { deviceId?: string | number }): number };
let generated: Generated;
const payload = { deviceId: "1", deviceState: 1, radio: 1, deviceCapability: 1, connectionType: 1, deviceType: 1, description: "x", uniqueIdentifier: "1", manufacturer: "m", model: "m" };

beforeAll(async () => {
  const started = await startDevice();
  server = started.server as typeof server;
  generated = started.generated;
}, 60_000);
afterAll(() => server.close());

describe.each(["websocket", "http"] as TransportName[])("an error callback over %s", (transport) => {
  it("reaches the registration's onError as a CmapiError with the Table 4 text, and payloads still reach the handler", async () => {
    const problems: { kind: string }[] = [];
    const client = connect(generated, server, transport, { onProblem: (problem: { kind: string }) => problems.push(problem) });
    const payloads: unknown[] = [];
    const errors: { code: number; message: string; data: unknown }[] = [];
    await client.register("CMAPI_Callback_DeviceChanged", (received: unknown) => payloads.push(received), { onError: (error: { code: number; message: string; data: unknown }) => errors.push(error) });
    expect(server.emitError("CMAPI_Callback_DeviceChanged", { code: 0x5, data: { reason: "the modem restarted" } })).toBe(1);
    server.emit("CMAPI_Callback_DeviceChanged", payload);
    await eventually(() => errors.length === 1 && payloads.length === 1);
    expect(errors[0]).toBeInstanceOf(generated.client.CmapiError);
    expect(errors[0]).toMatchObject({ code: 5, message: "No service", data: { reason: "the modem restarted" } });
    expect(payloads).toEqual([payload]);
    expect(problems).toEqual([]);
    await client.close();
  });

  it("goes to onProblem as callback-error when the registration has no onError", async () => {
    const problems: { kind: string; error?: unknown }[] = [];
    const client = connect(generated, server, transport, { onProblem: (problem: { kind: string }) => problems.push(problem) });
    await client.register("CMAPI_Callback_DeviceChanged", () => undefined);
    server.emitError("CMAPI_Callback_DeviceChanged", { code: 0x1 });
    await eventually(() => problems.length > 0);
    expect(problems[0]).toMatchObject({ kind: "callback-error", error: { code: 1, message: "A fatal error has occurred." } });
    await client.close();
  });
});

describe("emitError", () => {
  it("refuses, before sending anything, a code that is not in Table 4 and a callback the spec does not have", () => {
    expect(() => server.emitError("CMAPI_Callback_DeviceChanged", { code: 0x7777777 })).toThrow(/not a code of Table 4/);
    expect(() => server.emitError("CMAPI_Callback_Nothing", { code: 1 })).toThrow(/no callback CMAPI_Callback_Nothing/);
  });

  it("is the shape the generated validators accept, and they refuse an error object without its message", async () => {
    const { validation } = (await generatedModules()).validation as { validation: { validateCallback(message: unknown): { valid: boolean } } };
    const message = { jsonrpc: "2.0", cmapiversion: "1.1", id: "e", callbackId: "CMAPI_Callback_DeviceChanged", error: { code: 5, message: "No service" } };
    expect(validation.validateCallback(message).valid).toBe(true);
    expect(validation.validateCallback({ ...message, error: { code: 5 } }).valid).toBe(false);
    expect(validation.validateCallback({ ...message, result: payload }).valid).toBe(false); // an error or a payload, not both
  });
});
