/** The names generated code gives to the spec's functions, callbacks and schema definitions. */
import type { Callback, Method } from "../model/api.js";

/** `CMAPI_Network_GetRFInfo` → `NetworkGetRFInfoParams`. */
export const paramsTypeName = (method: Method) => `${method.group}${method.functionName}Params`;

/** `CMAPI_Network_GetRFInfo` → `NetworkGetRFInfoResult`. */
export const resultTypeName = (method: Method) => `${method.group}${method.functionName}Result`;

/** `CMAPI_Callback_DeviceChanged` → `DeviceChangedPayload`. */
export const payloadTypeName = (callback: Callback) => `${callback.callbackId.replace(/^CMAPI_Callback_/, "")}Payload`;

/** A JS identifier from a spec name: `CMAPI_Network_GetRFInfo` → `networkGetRFInfo`. */
export const methodIdentifier = (method: Method) => `${method.group.charAt(0).toLowerCase()}${method.group.slice(1)}${method.functionName}`;

export const GENERATED_BY = "opencmapi-gen";
