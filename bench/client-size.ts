/**
 * What a web app pays for the client: the browser bundle (esbuild, minified, then gzipped) for the
 * whole API, for one group, and the validators on top: all of them, or one group's. Run: npx tsx bench/client-size.ts
 */
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const generated = fileURLToPath(new URL("../generated", import.meta.url));

export async function bundleSize(contents: string): Promise<{ minified: number; gzipped: number; text: string }> {
  const result = await build({ stdin: { contents, resolveDir: generated, loader: "ts" }, bundle: true, minify: true, platform: "browser", format: "esm", write: false, logLevel: "silent" });
  const text = result.outputFiles[0]!.text;
  return { minified: Buffer.byteLength(text), gzipped: gzipSync(text).length, text };
}

export const BUNDLES: Record<string, string> = {
  "whole API: CmapiClient over WebSocket": 'export { connectWebSocket } from "./client.ts";',
  "one group: createClient + groups/wlan over WebSocket": 'export { createClient } from "./client.ts"; export { webSocketTransport } from "./runtime/transport-websocket.ts"; export * from "./groups/wlan.ts";',
  "one function: createClient + wlanScan": 'export { createClient } from "./client.ts"; export { webSocketTransport } from "./runtime/transport-websocket.ts"; export { wlanScan } from "./groups/wlan.ts";',
  "the validators (validation.ts)": 'export { validation } from "./validation.ts";',
  "one group's validators: envelopes + groups/wlan":
    'import { createValidation } from "./runtime/validation.ts"; import * as envelopes from "./validators/envelopes.ts"; import * as wlan from "./validators/groups/wlan.ts"; export const validation = createValidation({ ...envelopes, ...wlan, payloadValidators: {} });',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const sizes = new Map<string, { minified: number; gzipped: number }>();
  for (const [name, contents] of Object.entries(BUNDLES)) sizes.set(name, await bundleSize(contents));
  const whole = sizes.get(Object.keys(BUNDLES)[0]!)!;
  console.log("browser bundles (esbuild --minify, then gzip at its default level)");
  for (const [name, size] of sizes) {
    console.log(`  ${name.padEnd(56)} ${kb(size.minified).padStart(11)} min  ${kb(size.gzipped).padStart(10)} gz  ${(size.gzipped / whole.gzipped).toFixed(2)}x whole`);
  }
}
