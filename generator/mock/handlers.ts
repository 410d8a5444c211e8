/**
 * The mock's handlers for any spec: stateful ones for WLAN, PIN, UICC slots, SMS, the data
 * connection, the radio and the device's identity (device.ts, radio.ts) where the spec has those functions with the
 * params they read, and for every other
 * function a result generated from its result schema, deterministic from the seed and the
 * function's name, and valid against the schema.
 */
import { exampleValue } from "../emit/examples.js";
import type { Api, JsonSchema } from "../model/api.js";
import { isBuiltIn } from "../model/runtime-facts.js";
import { CmapiError } from "../../templates/runtime/protocol.js";
import type { Handler, HandlerContext } from "../../templates/runtime/server.js";
import type { ValidationResult } from "../../templates/runtime/validation.js";
import { MOCK_DEVICE_ID, MOCK_NAME, MockDevice } from "./device.js";
import { fittedToSchema } from "./fit.js";
import { coherentValue } from "./measurements.js";
import { SeededRandom, seedFrom } from "./random.js";

/** The PIN each PUK unblocks. */
const PIN_UNBLOCKED_BY: Readonly<Record<string, string>> = { PUK1: "PIN1", PUK2: "PIN2", UPUK: "UPIN" };

type Params = Record<string, any>;
type AnyHandler = (params: Params, context: HandlerContext) => unknown;

/** A stateful handler and the params it reads: it serves a spec's function only when the function has them all. */
interface Stateful {
  reads: string[];
  handle: AnyHandler;
}

const reads = (names: string[], handle: AnyHandler): Stateful => ({ reads: names, handle });

/**
 * A value for `schema`, the same for the same seed and name (a method or callback id), valid
 * against the schema: a varied one made to read like a device (measurements.ts: a GSM cell without
 * RSRP, readings in the bands modems report) when it passes `check`, else the varied one as the
 * schema walk made it, else the plain example the docs show.
 */
export function seededValue(api: Api, schema: JsonSchema, seed: number, name: string, check: (value: unknown) => ValidationResult): unknown {
  const random = new SeededRandom(seed ^ seedFrom(name));
  const varied = exampleValue(api, schema, { random: () => random.next() });
  const coherent = coherentValue(varied, random);
  if (check(coherent).valid) return coherent;
  return check(varied).valid ? varied : exampleValue(api, schema);
}

export interface MockHandlerOptions {
  seed: number;
  validateResult(method: string, result: unknown): ValidationResult;
  /** Where the mock says which stateful handler gave way, and why. */
  log(message: string): void;
}

/** The device's handlers by function name. */
function statefulHandlers(api: Api, device: MockDevice): Record<string, Stateful> {
  const deviceState = () => (device.connection.state === "connected" ? 3 : 2);
  return {
    CMAPI_Device_GetDeviceList: reads([], () => ({ deviceListElements: 1, deviceList: [device.deviceInfo(deviceState())] })),
    CMAPI_Device_GetDeviceInfo: reads([], () => device.deviceInfo(deviceState())),
    CMAPI_Device_Open: reads(["uniqueIdentifier"], ({ uniqueIdentifier }) => {
      if (uniqueIdentifier !== device.deviceInfo(2).uniqueIdentifier) throw new CmapiError(0x100, "");
      return { deviceId: MOCK_DEVICE_ID };
    }),
    CMAPI_API_GetVersion: reads([], () => ({ cmapiVersion: api.cmapiVersion, implementationVersion: device.version, vendor: MOCK_NAME })),
    CMAPI_DeviceService_GetIdentity: reads([], () => device.identity()),

    // Every answer about the radio reads the same registration and serving cell (radio.ts); each signal read is one drift step on.
    CMAPI_Network_GetSignalStrength: reads([], () => device.readSignal()),
    CMAPI_InfoStatus_GetSignalQuality: reads([], () => {
      device.readSignal();
      return device.radio.signalQuality();
    }),
    CMAPI_Network_GetServingCell: reads([], () => device.radio.serving.info(device.radio.operator.plmn)),
    // One carrier, no EN-DC: the serving cell is the primary and the only one.
    CMAPI_Network_GetServingCells: reads([], () => ({ cellListElements: 1, cellList: [{ ...device.radio.serving.info(device.radio.operator.plmn), role: "primary" }] })),
    CMAPI_Network_SetSignalReporting: reads(["reporting"], ({ reporting }) => {
      device.signalReporting = { onErrorRateChange: false, ...(reporting as Record<string, unknown>) };
      return {};
    }),
    CMAPI_Network_GetSignalReporting: reads([], () => device.signalReporting),
    CMAPI_Network_GetNeighborCells: reads([], () => {
      const cellList = device.radio.neighbours.map((cell) => cell.info());
      return { cellListElements: cellList.length, cellList };
    }),
    CMAPI_Network_GetSystemInfo: reads([], () => device.radio.systemInfo()),
    CMAPI_Network_GetRFInfo: reads([], () => {
      const { serving } = device.radio;
      const channel = String(serving.channel);
      return { RFInfoListElements: 1, RFInfoList: [{ Radio: serving.technology, maxDataRateUL: 50_000, maxDataRateDL: 300_000, frequencyBand: serving.band, channelNumberUL: channel, channelNumberDL: channel }] };
    }),
    CMAPI_Cellular_GetRegistrationState: reads([], () => device.radio.registration()),
    CMAPI_InfoStatus_GetLocation: reads([], () => device.radio.location()),
    CMAPI_InfoStatus_GetOperatorName: reads([], () => ({ name: device.radio.operator.name, plmn: device.radio.operator.plmn })),
    CMAPI_InfoStatus_GetRoamingStatus: reads([], () => ({ roaming: false })),
    CMAPI_InfoStatus_GetSummary: reads([], () => device.summary()),
    CMAPI_InfoStatus_GetIPAddress: reads(["type"], ({ type }) => device.addresses(type)),
    CMAPI_InfoStatus_GetCurrentAPN: reads([], () => {
      if (device.connection.state !== "connected" || !device.connection.apn) throw new CmapiError(0x6005, "");
      return { apn: device.connection.apn };
    }),

    CMAPI_WLAN_Scan: reads([], () => device.scan()),
    CMAPI_WLAN_GetScanResults: reads([], () => device.scanResults()),
    CMAPI_WLAN_GetKnownNetworks: reads([], () => device.listKnownNetworks()),
    CMAPI_WLAN_AddKnownNetwork: reads(["network"], ({ network }) => (device.addKnownNetwork(network), {})),
    CMAPI_WLAN_UpdateKnownNetwork: reads(["network"], ({ network }) => (device.updateKnownNetwork(network), {})),
    CMAPI_WLAN_DeleteKnownNetwork: reads(["index"], ({ index }) => (device.deleteKnownNetwork(index), {})),
    CMAPI_WLAN_Connect: reads(["ssid"], ({ ssid }) => (device.connectWlan(ssid), {})),
    CMAPI_WLAN_Disconnect: reads([], () => (device.disconnectWlan(), {})),
    CMAPI_WLAN_GetStatus: reads([], () => device.wlanStatus()),
    CMAPI_WLAN_GetMACAddress: reads([], () => ({ macAddress: device.macAddress })),
    CMAPI_WLAN_GetCapabilities: reads([], () => device.wlanCapabilities()),
    CMAPI_UICC_GetStatus: reads([], () => device.uiccStatus()),
    CMAPI_UICC_GetSlots: reads([], () => device.uiccSlots()),
    CMAPI_UICC_SetActiveSlot: reads(["slot"], ({ slot }) => (device.setActiveSlot(slot), {})),

    CMAPI_PIN_GetStatus: reads(["pinType"], ({ pinType }) => device.pinStatus(pinType)),
    CMAPI_PIN_GetRetriesLeft: reads([], () => device.retries()),
    CMAPI_PIN_Verify: reads(["pinType", "pin"], ({ pinType, pin }) => device.verifyPin(pinType, pin, 0x10010000)),
    CMAPI_PIN_Change: reads(["pinType", "oldPin", "newPin"], ({ pinType, oldPin, newPin }) => {
      const retries = device.verifyPin(pinType, oldPin, 0x10030000);
      device.pin.code = newPin;
      return retries;
    }),
    CMAPI_PIN_Enable: reads(["pinType", "pin"], ({ pinType, pin }) => {
      const retries = device.verifyPin(pinType, pin, 0x10010000);
      device.pin.enabled = true;
      return retries;
    }),
    CMAPI_PIN_Disable: reads(["pinType", "pin"], ({ pinType, pin }) => {
      const retries = device.verifyPin(pinType, pin, 0x10010000);
      device.pin.enabled = false;
      return retries;
    }),
    CMAPI_PIN_Unblock: reads(["pukType", "puk", "newPin"], ({ pukType, puk, newPin }) => device.unblock(PIN_UNBLOCKED_BY[pukType] ?? pukType, puk, newPin)),

    CMAPI_SMS_Send: reads(["address", "body"], ({ address, body }) => device.sendSms(address, body)),
    CMAPI_SMS_Store: reads(["address", "body"], ({ address, body, storage }) => device.storeSms(address, body, storage)),
    CMAPI_SMS_SendStored: reads(["msgID"], ({ msgID }) => device.sendStoredSms(msgID)),
    CMAPI_SMS_SendPdu: reads(["pdu"], ({ pdu }) => device.sendSmsPdu(pdu)),
    // storage, ifrom and count are read when the spec has them (1.1 does); a spec without them lists every message.
    CMAPI_SMS_List: reads(["status"], ({ status, storage, ifrom, count }) => {
      const matching = device.sms.filter((message) => (status === undefined || status === "all" || message.status === status) && (storage === undefined || storage === "any" || message.storage === storage));
      const from = typeof ifrom === "number" ? ifrom : 0;
      if (from > matching.length) throw new CmapiError(0x5007, "");
      const smsList = matching.slice(from, typeof count === "number" ? from + count : undefined);
      const paged = ifrom !== undefined || count !== undefined;
      return { smsListElements: smsList.length, smsList, ...(paged ? { smsTotal: matching.length } : {}) };
    }),
    CMAPI_SMS_Read: reads(["msgID"], ({ msgID }) => {
      const message = device.findSms(msgID);
      if (message.status === "unread") message.status = "read";
      return message;
    }),
    CMAPI_SMS_Delete: reads(["msgID"], ({ msgID }) => {
      device.sms.splice(device.sms.indexOf(device.findSms(msgID)), 1);
      return {};
    }),
    CMAPI_SMS_GetStorageStatus: reads(["storage"], ({ storage }) => ({ storage, used: device.sms.length, total: 100 })),

    CMAPI_Connection_Connect: reads(["profileName"], ({ profileName }, context) => device.connect(profileName, (stage) => context.interim(stage))),
    CMAPI_Connection_Disconnect: reads([], () => (device.disconnect(), {})),
    CMAPI_Connection_GetStatus: reads([], () => device.connectionStatus()),
  };
}

/** A handler for every function of `api` but the ones the runtime answers itself. */
export function mockHandlers(api: Api, device: MockDevice, options: MockHandlerOptions): Record<string, Handler> {
  const stateful = statefulHandlers(api, device);
  const handlers: Record<string, AnyHandler> = {};
  for (const method of api.methods) {
    if (isBuiltIn(method)) continue;
    // Made on the first call, so that the mock starts without compiling every result's validator.
    let generated: { value: unknown } | undefined;
    const answerGenerated: AnyHandler = () => {
      generated ??= { value: seededValue(api, method.resultSchema, options.seed, method.name, (value) => options.validateResult(method.name, value)) };
      return structuredClone(generated.value);
    };
    const known = stateful[method.name];
    const paramNames = new Set(method.params.map((param) => param.name));
    if (!known || !known.reads.every((name) => paramNames.has(name))) {
      handlers[method.name] = answerGenerated;
      continue;
    }
    // The spec may shape this function's result differently from the bundled spec: then the generated result answers.
    let warned = false;
    const resultNode = api.schema.read(method.resultSchema);
    handlers[method.name] = async (params, context) => {
      const result = fittedToSchema(resultNode, (await known.handle(params, context)) ?? {});
      const checked = options.validateResult(method.name, result);
      if (checked.valid) return result;
      if (!warned) options.log(`${method.name}: the stateful answer does not fit this spec's result (${checked.text}); answering a generated result instead`);
      warned = true;
      return answerGenerated(params, context);
    };
  }

  // Every function that names a device answers 0x00000101 for any device but "1", as a device does.
  for (const method of api.methods) {
    const handler = handlers[method.name];
    if (!handler || !method.params.some((param) => param.name === "deviceId")) continue;
    handlers[method.name] = (params, context) => {
      device.requireDevice(params["deviceId"]);
      return handler(params, context);
    };
  }
  return handlers;
}
