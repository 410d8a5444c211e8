/**
 * Device discovery (section 5.1): a CMAPI device registers the name cmapi.device on its local
 * network. The default endpoints use that name; in Node, resolveCmapiDevice asks DNS for it with a
 * resolver you can configure (its servers, or your own). Node only: browsers resolve names themselves.
 */
import { Resolver } from "node:dns/promises";

export const CMAPI_DEVICE = "cmapi.device";

export function defaultEndpoint(transport: "websocket" | "http", options: { secure?: boolean; path?: string } = {}): string {
  const scheme = transport === "websocket" ? (options.secure ? "wss" : "ws") : options.secure ? "https" : "http";
  return `${scheme}://${CMAPI_DEVICE}${options.path ?? "/cmapi"}`;
}

export interface NameResolver {
  resolve4(hostname: string): Promise<string[]>;
  resolve6(hostname: string): Promise<string[]>;
}

/** The addresses of cmapi.device, IPv4 first. `servers` (e.g. ["127.0.0.1:5353"]) replace the system's. */
export async function resolveCmapiDevice(options: { servers?: string[]; resolver?: NameResolver; timeoutMs?: number } = {}): Promise<string[]> {
  let resolver = options.resolver;
  if (!resolver) {
    const own = new Resolver({ timeout: options.timeoutMs ?? 2000, tries: 2 });
    if (options.servers) own.setServers(options.servers);
    resolver = own;
  }
  const [v4, v6] = await Promise.allSettled([resolver.resolve4(CMAPI_DEVICE), resolver.resolve6(CMAPI_DEVICE)]);
  const addresses = [...(v4.status === "fulfilled" ? v4.value : []), ...(v6.status === "fulfilled" ? v6.value : [])];
  if (addresses.length === 0) {
    const reason = v4.status === "rejected" ? (v4.reason as Error).message : "no address";
    throw new Error(`${CMAPI_DEVICE} did not resolve: ${reason}`);
  }
  return addresses;
}

/** The endpoint URL for an address that resolveCmapiDevice found. */
export function endpointFor(address: string, transport: "websocket" | "http", options: { secure?: boolean; port?: number; path?: string } = {}): string {
  const scheme = transport === "websocket" ? (options.secure ? "wss" : "ws") : options.secure ? "https" : "http";
  const host = address.includes(":") ? `[${address}]` : address;
  return `${scheme}://${host}${options.port ? `:${options.port}` : ""}${options.path ?? "/cmapi"}`;
}
