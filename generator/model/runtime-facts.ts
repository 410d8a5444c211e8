/**
 * What the runtime (templates/runtime/) learns from the spec rather than knowing itself: the
 * `cmapiversion` of every message, which functions it answers itself, and the Table 4 codes of its
 * own answers. The generated server and client carry these as literals; the mock passes them in
 * at startup. One place, so that both agree.
 */
import { BUILT_IN_METHODS, type MethodInfo, type RuntimeCodes } from "../../templates/runtime/server.js";
import type { AccessLevel, Api, Method } from "./api.js";

/**
 * A function the runtime implements (callback registration): a vendor never writes it. The runtime
 * answers one of them only when the spec declares it.
 */
export const isBuiltIn = (method: Pick<Method, "name">): boolean => BUILT_IN_METHODS.includes(method.name);

/**
 * Each role's row of the spec's ErrorCode table, by its `x-cmapi-name`, and Table 4's value when a
 * spec (a small test spec, say) does not list that row.
 */
const CODE_ROWS: Record<keyof RuntimeCodes, { name: string; table4: number }> = {
  invalidParameter: { name: "INVALID_PARAMETER", table4: 0x2 },
  invalidOperation: { name: "INVALID_OPERATION", table4: 0x4 },
  busy: { name: "OPERATION_IN_PROGRESS_BY_ANOTHER_APPLICATION", table4: 0x6 },
  notSupported: { name: "FUNCTION_NOT_SUPPORTED", table4: 0x7 },
  accessNotGranted: { name: "SECURITY_ACCESS_NOT_GRANTED", table4: 0xf0000001 },
  authenticationFailed: { name: "SECURITY_AUTHENTICATION_FAILED", table4: 0xf0000002 },
  authenticationDenied: { name: "SECURITY_AUTHENTICATION_DENIED", table4: 0xf0000003 },
  requestMalformed: { name: "SECURITY_REQUEST_MALFORMED", table4: 0xf0000004 },
  levelNotSupported: { name: "SECURITY_ACCESS_LEVEL_NOT_SUPPORTED", table4: 0xf0000005 },
};

export function runtimeCodes(api: Pick<Api, "errorCodes">): RuntimeCodes {
  const codeOf = ({ name, table4 }: { name: string; table4: number }) => api.errorCodes.find((row) => row.name === name)?.code ?? table4;
  return Object.fromEntries(Object.entries(CODE_ROWS).map(([role, row]) => [role, codeOf(row)])) as unknown as RuntimeCodes;
}

/** The runtime's method table: every function, whether it is exclusive, whether it may send interim responses, whether the runtime answers it itself, and the level it needs. */
export function methodTable(api: Pick<Api, "methods">): Record<string, MethodInfo> {
  return Object.fromEntries(
    api.methods.map((method) => [method.name, { exclusive: method.exclusive, ...(method.interim ? { interim: true as const } : {}), ...(isBuiltIn(method) ? { builtIn: true as const } : {}), access: method.access }]),
  );
}

/** The level each callback needs, by callbackId. */
export function callbackAccessTable(api: Pick<Api, "callbacks">): Record<string, AccessLevel> {
  return Object.fromEntries(api.callbacks.map((callback) => [callback.callbackId, callback.access]));
}
