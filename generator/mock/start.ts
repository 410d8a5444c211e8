/** `opencmapi-gen mock`: a stateful mock device on the generated server, for web-app developers. */
import { startCmapiServer, type CmapiServer } from "../../generated/server.js";
import type { Api } from "../model/api.js";
import { MockDevice, type Emit } from "./device.js";
import { mockHandlers } from "./handlers.js";
import { buildPlayground } from "../playground.js";

export const PLAYGROUND_PATH = "/playground/";

export interface MockOptions {
  port?: number;
  host?: string;
  seed: number;
  allowedOrigins?: string[];
  pollTimeoutMs?: number;
  /** Serve the playground page at /playground/ beside the API. */
  playground?: boolean;
}

export interface RunningMock {
  server: CmapiServer;
  device: MockDevice;
}

export async function startMock(api: Api, options: MockOptions): Promise<RunningMock> {
  let server: CmapiServer | undefined;
  const emit: Emit = (callbackId, payload, emitOptions) => void server?.emit(callbackId, payload, emitOptions);
  const device = new MockDevice(options.seed, emit);
  const page = options.playground ? await buildPlayground(api) : undefined;
  server = await startCmapiServer(mockHandlers(api, device), {
    ...(page
      ? {
          pages: {
            [PLAYGROUND_PATH]: { contentType: "text/html; charset=utf-8", body: page.html },
            [`${PLAYGROUND_PATH}app.js`]: { contentType: "text/javascript; charset=utf-8", body: page.script },
            "/favicon.ico": { contentType: "image/x-icon", body: "" },
          },
        }
      : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    ...(options.pollTimeoutMs !== undefined ? { pollTimeoutMs: options.pollTimeoutMs } : {}),
  });
  return { server, device };
}
