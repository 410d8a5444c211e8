/** The names generated code gives to the spec's functions, callbacks and schema definitions. */
import type { Callback, Method } from "../model/api.js";

/** `CMAPI_Network_GetRFInfo` → `NetworkGetRFInfoParams`. */
export const paramsTypeName = (method: Method) => `${method.group}${method.functionName}Params`;

/** `CMAPI_Network_GetRFInfo` → `NetworkGetRFInfoResult`. */
export const resultTypeName = (method: Method) => `${method.group}${method.functionName}Result`;

/** `CMAPI_Callback_DeviceChanged` → `DeviceChangedPayload`. */
export const payloadTypeName = (callback: Callback) => `${callback.callbackId.replace(/^CMAPI_Callback_/, "")}Payload`;

/** "WLAN" → "wlan", "DeviceService" → "deviceService", "P2P" → "p2p", "CDMA" → "cdma". */
function lowerFirstWord(word: string): string {
  const acronym = /^[A-Z0-9]+(?=[A-Z][a-z]|$)/.exec(word);
  if (acronym && acronym[0].length > 1) return acronym[0].toLowerCase() + word.slice(acronym[0].length);
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** A JS identifier from a spec name: `CMAPI_Network_GetRFInfo` → `networkGetRFInfo`, `CMAPI_WLAN_Scan` → `wlanScan`. */
export const methodIdentifier = (method: Method) => `${lowerFirstWord(method.group)}${method.functionName}`;

/**
 * A TypeScript type name for a schema definition: the letters and digits of its name, each word
 * capitalised (`Foo-Bar` → `FooBar`, `foo_bar` → `FooBar`), the one name that types.ts declares and
 * every reference to the definition uses; `T` before a leading digit.
 */
export function typeIdentifier(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
  const identifier = joined.replace(/(\d)([a-z])/g, (_match, digit: string, letter: string) => digit + letter.toUpperCase());
  return /^[A-Z]/.test(identifier) ? identifier : `T${identifier}`;
}
