/**
 * The mock's handlers: stateful ones for WLAN, PIN, SMS and the data connection (device.ts), and
 * for every other function an answer built from its schema's example, so that each function
 * answers with schema-valid data for the mock's one device.
 */
import type { CmapiHandlers } from "../../generated/server.js";
import type * as T from "../../generated/types.js";
import { CmapiError } from "../../generated/server.js";
import type { HandlerContext } from "../../templates/runtime/server.js";
import { exampleValue } from "../emit/examples.js";
import type { Api } from "../model/api.js";
import { MOCK_DEVICE_ID, MockDevice } from "./device.js";

/** The PIN each PUK unblocks. */
const PIN_UNBLOCKED_BY: Record<T.PukType, T.PinType> = { PUK1: "PIN1", PUK2: "PIN2", UPUK: "UPIN" };

type AnyHandler = (params: Record<string, unknown>, context: HandlerContext) => unknown;

export function mockHandlers(api: Api, device: MockDevice): CmapiHandlers {
  const handlers: Record<string, AnyHandler> = {};
  for (const method of api.methods) {
    if (method.group === "Callback") continue;
    const example = exampleValue(api, method.resultSchema);
    handlers[method.name] = () => structuredClone(example);
  }

  const stateful: Partial<CmapiHandlers> = {
    CMAPI_Device_GetDeviceList: () => ({ deviceListElements: 1, deviceList: [device.deviceInfo(device.connection.state === "connected" ? 3 : 2)] }),
    CMAPI_Device_GetDeviceInfo: () => device.deviceInfo(device.connection.state === "connected" ? 3 : 2),
    CMAPI_Device_Open: ({ uniqueIdentifier }) => {
      if (uniqueIdentifier !== device.deviceInfo(2).uniqueIdentifier) throw new CmapiError(0x100, "");
      return { deviceId: MOCK_DEVICE_ID };
    },
    CMAPI_Network_GetSignalStrength: () => ({ radioTechnology: "LTE", rssi: device.rssi, bars: device.bars(), rsrp: device.rssi - 20, rsrq: -10 }),
    CMAPI_InfoStatus_GetSignalQuality: () => ({ bars: device.bars(), rssi: device.rssi, radioTechnology: "LTE" }),

    CMAPI_WLAN_Scan: () => device.scan(),
    CMAPI_WLAN_GetScanResults: () => device.scan(),
    CMAPI_WLAN_GetKnownNetworks: () => device.listKnownNetworks(),
    CMAPI_WLAN_AddKnownNetwork: ({ network }) => (device.addKnownNetwork(network), {}),
    CMAPI_WLAN_UpdateKnownNetwork: ({ network }) => (device.updateKnownNetwork(network), {}),
    CMAPI_WLAN_DeleteKnownNetwork: ({ index }) => (device.deleteKnownNetwork(index), {}),
    CMAPI_WLAN_Connect: ({ ssid }) => (device.connectWlan(ssid), {}),
    CMAPI_WLAN_Disconnect: () => (device.disconnectWlan(), {}),
    CMAPI_WLAN_GetStatus: () => device.wlan,
    CMAPI_WLAN_GetMACAddress: () => ({ macAddress: device.macAddress }),

    CMAPI_PIN_GetStatus: ({ pinType }) => device.pinStatus(pinType),
    CMAPI_PIN_GetRetriesLeft: () => device.retries(),
    CMAPI_PIN_Verify: ({ pinType, pin }) => device.verifyPin(pinType, pin, 0x10010000),
    CMAPI_PIN_Change: ({ pinType, oldPin, newPin }) => {
      const retries = device.verifyPin(pinType, oldPin, 0x10030000);
      device.pin.code = newPin;
      return retries;
    },
    CMAPI_PIN_Enable: ({ pinType, pin }) => {
      const retries = device.verifyPin(pinType, pin, 0x10010000);
      device.pin.enabled = true;
      return retries;
    },
    CMAPI_PIN_Disable: ({ pinType, pin }) => {
      const retries = device.verifyPin(pinType, pin, 0x10010000);
      device.pin.enabled = false;
      return retries;
    },
    CMAPI_PIN_Unblock: ({ pukType, puk, newPin }) => device.unblock(PIN_UNBLOCKED_BY[pukType], puk, newPin),

    CMAPI_SMS_Send: ({ address, body }) => device.sendSms(address, body),
    CMAPI_SMS_List: ({ status }) => {
      const smsList = device.sms.filter((message) => status === undefined || status === "all" || message.status === status);
      return { smsListElements: smsList.length, smsList };
    },
    CMAPI_SMS_Read: ({ msgID }) => {
      const message = device.findSms(msgID);
      if (message.status === "unread") message.status = "read";
      return message;
    },
    CMAPI_SMS_Delete: ({ msgID }) => {
      device.sms.splice(device.sms.indexOf(device.findSms(msgID)), 1);
      return {};
    },
    CMAPI_SMS_GetStorageStatus: ({ storage }) => ({ storage, used: device.sms.length, total: 100 }),

    CMAPI_Connection_Connect: ({ profileName }, context) => device.connect(profileName, (stage) => context.interim(stage)),
    CMAPI_Connection_Disconnect: () => (device.disconnect(), {}),
    CMAPI_Connection_GetStatus: () => device.connection,
  };
  Object.assign(handlers, stateful);

  // Every function that names a device answers 0x00000101 for any device but "1", as a device does.
  for (const method of api.methods) {
    const handler = handlers[method.name];
    if (!handler || !method.params.some((param) => param.name === "deviceId")) continue;
    handlers[method.name] = (params, context) => {
      device.requireDevice(params["deviceId"] as T.DeviceId | undefined);
      return handler(params, context);
    };
  }
  return handlers as unknown as CmapiHandlers;
}
