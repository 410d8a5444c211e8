/**
 * The state of the mock device, kept the way a device keeps it: one modem (deviceId "1") with a
 * UICC, known WLAN networks, a PIN with its retries, an SMS store, a data connection. Each change
 * fires the callbacks a real device would fire.
 */
import { CmapiError } from "../../templates/runtime/protocol.js";
import { SeededRandom } from "./random.js";
import type * as T from "./shapes.js";

export const MOCK_DEVICE_ID = "1";
export const MOCK_PIN = "1234";
export const MOCK_PUK = "12345678";
const PIN_TRIES = 3;
const PUK_TRIES = 10;

/** Sends a callback; the mock drops one the spec does not have (see start.ts). */
export type Emit = (callbackId: string, payload: unknown, options?: { deviceId?: string | number }) => void;

export class MockDevice {
  readonly random: SeededRandom;
  readonly macAddress: string;
  knownNetworks: T.WlanNetworkSettings[] = [];
  wlan: T.WlanStatus = { state: "disconnected" };
  pin = { enabled: true, verified: false, pinRetriesLeft: PIN_TRIES, pukRetriesLeft: PUK_TRIES, code: MOCK_PIN };
  sms: T.SmsMessage[] = [];
  private nextSms = 1;
  connection: T.ConnectionStatus = { state: "disconnected" };
  private nextConnectionId = 1;
  readonly visibleNetworks: T.WlanScanEntry[];
  readonly rssi: number;

  constructor(
    seed: number,
    private readonly emit: Emit,
  ) {
    this.random = new SeededRandom(seed);
    this.macAddress = this.random.mac();
    this.rssi = this.random.int(-95, -50);
    const names = ["HomeNetwork", "CoffeeShop", "Office-5G", "Library", "Airport_Free_WiFi", "Neighbour"];
    this.visibleNetworks = Array.from({ length: this.random.int(3, 5) }, (_, index) => {
      const ssid = names[index]!;
      const channel = this.random.pick([1, 6, 11, 36, 44, 149]);
      return {
        ssid,
        bssid: this.random.mac(),
        security: this.random.pick(["WPA2_PERSONAL", "WPA3_PERSONAL", "open"] as const),
        rssi: this.random.int(-90, -40),
        channel,
        frequency: channel <= 14 ? 2407 + 5 * channel : 5000 + 5 * channel,
        known: false,
      };
    });
  }

  /** Throws 0x00000101 for any device but the mock's one. */
  requireDevice(deviceId: T.DeviceId | undefined): void {
    if (deviceId !== undefined && String(deviceId) !== MOCK_DEVICE_ID) throw new CmapiError(0x101, "");
  }

  deviceInfo(state: number): T.DeviceInfo {
    return {
      deviceId: 1,
      deviceState: state,
      radio: 0x10 | 0x40,
      deviceCapability: 0x01 | 0x04 | 0x08,
      connectionType: 0x01 | 0x20,
      deviceType: 5,
      description: "OpenCMAPI mock wireless router",
      uniqueIdentifier: "356938035643809",
      manufacturer: "opencmapi-gen",
      model: "mock",
    };
  }

  // --- WLAN ---------------------------------------------------------------------------------

  addKnownNetwork(network: T.WlanNetworkSettings): void {
    if (this.knownNetworks.some((known) => known.ssid === network.ssid)) throw new CmapiError(0x10004, "", `${network.ssid} is already known`);
    if (network.index > this.knownNetworks.length) throw new CmapiError(0x13007, "");
    this.knownNetworks.splice(network.index, 0, { ...network });
    this.reindex();
  }

  /** A key or EAP password left out keeps the stored one. */
  updateKnownNetwork(network: T.WlanNetworkSettings): void {
    const stored = this.knownNetworks[network.index];
    if (!stored) throw new CmapiError(0x10001, "");
    const key = network.key ?? stored.key;
    const password = network.eap?.password ?? stored.eap?.password;
    this.knownNetworks[network.index] = { ...network, ...(key !== undefined ? { key } : {}), ...(network.eap ? { eap: { ...network.eap, ...(password !== undefined ? { password } : {}) } } : {}) };
  }

  deleteKnownNetwork(index: number): void {
    if (!this.knownNetworks[index]) throw new CmapiError(0x10001, "");
    this.knownNetworks.splice(index, 1);
    this.reindex();
  }

  private reindex(): void {
    this.knownNetworks.forEach((network, index) => (network.index = index));
  }

  /** Known networks as results show them: keys and EAP secrets are never returned, only whether they are set. */
  listKnownNetworks(): { networkListElements: number; networkList: T.WlanNetwork[] } {
    const networkList = this.knownNetworks.map(({ key, eap, ...network }): T.WlanNetwork => {
      const shown: T.WlanNetwork = { ...network, keySet: key !== undefined };
      if (eap) {
        const { password, clientKey, ...eapShown } = eap;
        shown.eap = { ...eapShown, passwordSet: password !== undefined, clientKeySet: clientKey !== undefined };
      }
      return shown;
    });
    return { networkListElements: networkList.length, networkList };
  }

  scan(): { scanListElements: number; scanList: T.WlanScanEntry[] } {
    const known = new Set(this.knownNetworks.map((network) => network.ssid));
    const scanList = this.visibleNetworks.map((entry) => ({ ...entry, known: known.has(entry.ssid) }));
    return { scanListElements: scanList.length, scanList };
  }

  connectWlan(ssid: string): void {
    const network = this.knownNetworks.find((known) => known.ssid === ssid);
    if (!network) throw new CmapiError(0x12001, "");
    const visible = this.visibleNetworks.find((entry) => entry.ssid === ssid);
    this.wlan = {
      state: "connected",
      ssid,
      bssid: visible?.bssid ?? this.random.mac(),
      rssi: visible?.rssi ?? this.rssi,
      channel: visible?.channel ?? 6,
      linkSpeed: 433,
      macAddress: this.macAddress,
    };
    this.emit("CMAPI_Callback_WLANConnectionChanged", { deviceId: MOCK_DEVICE_ID, status: this.wlan }, { deviceId: MOCK_DEVICE_ID });
  }

  disconnectWlan(): void {
    if (this.wlan.state !== "connected") throw new CmapiError(0x11001, "");
    this.wlan = { state: "disconnected", macAddress: this.macAddress };
    this.emit("CMAPI_Callback_WLANConnectionChanged", { deviceId: MOCK_DEVICE_ID, status: this.wlan }, { deviceId: MOCK_DEVICE_ID });
  }

  // --- PIN ------------------------------------------------------------------------------------

  pinStatus(pinType: string): T.PinStatus {
    const state = this.pin.pukRetriesLeft === 0 ? "permanently_blocked" : this.pin.pinRetriesLeft === 0 ? "blocked" : !this.pin.enabled ? "disabled" : this.pin.verified ? "enabled_verified" : "enabled_not_verified";
    return { pinType, state, pinRetriesLeft: this.pin.pinRetriesLeft, pukRetriesLeft: this.pin.pukRetriesLeft };
  }

  retries(): T.PinRetries {
    return { pinRetriesLeft: this.pin.pinRetriesLeft, pukRetriesLeft: this.pin.pukRetriesLeft };
  }

  /** Checks a PIN the way a UICC does: a wrong one costs a retry (status word 63CX), none left blocks it. */
  verifyPin(pinType: string, pin: string, wrongCode: number): T.PinRetries {
    if (this.pin.pinRetriesLeft === 0) throw new CmapiError(0x10020000 + 0x6983, "", this.retries());
    if (pin !== this.pin.code) {
      this.pin.pinRetriesLeft--;
      this.emit("CMAPI_Callback_PinStatusChanged", { deviceId: MOCK_DEVICE_ID, status: this.pinStatus(pinType) }, { deviceId: MOCK_DEVICE_ID });
      if (this.pin.pinRetriesLeft === 0) throw new CmapiError(0x10020000 + 0x6983, "", this.retries());
      throw new CmapiError(wrongCode + 0x63c0 + this.pin.pinRetriesLeft, "", this.retries());
    }
    this.pin.pinRetriesLeft = PIN_TRIES;
    this.pin.verified = true;
    this.emit("CMAPI_Callback_PinStatusChanged", { deviceId: MOCK_DEVICE_ID, status: this.pinStatus(pinType) }, { deviceId: MOCK_DEVICE_ID });
    return this.retries();
  }

  unblock(pinType: string, puk: string, newPin: string): T.PinRetries {
    if (this.pin.pukRetriesLeft === 0) throw new CmapiError(0x10060000 + 0x6983, "", this.retries());
    if (puk !== MOCK_PUK) {
      this.pin.pukRetriesLeft--;
      throw new CmapiError(this.pin.pukRetriesLeft === 0 ? 0x10060000 + 0x6983 : 0x10050000 + 0x63c0 + this.pin.pukRetriesLeft, "", this.retries());
    }
    this.pin = { ...this.pin, code: newPin, pinRetriesLeft: PIN_TRIES, pukRetriesLeft: PUK_TRIES, verified: true };
    this.emit("CMAPI_Callback_PinStatusChanged", { deviceId: MOCK_DEVICE_ID, status: this.pinStatus(pinType) }, { deviceId: MOCK_DEVICE_ID });
    return this.retries();
  }

  // --- SMS ------------------------------------------------------------------------------------

  sendSms(address: string, body: string): { msgID: string; messageReference: number } {
    const msgID = `sms-${this.nextSms++}`;
    this.sms.push({ msgID, status: "sent", storage: "device", address, body, timestamp: new Date(Date.UTC(2026, 0, 1, 12, this.nextSms)).toISOString().replace(".000", "") });
    return { msgID, messageReference: this.nextSms % 256 };
  }

  findSms(msgID: string): T.SmsMessage {
    const message = this.sms.find((item) => item.msgID === msgID);
    if (!message) throw new CmapiError(0x5005, "");
    return message;
  }

  // --- Data connection ------------------------------------------------------------------------

  async connect(profileName: string | undefined, interim: (stage: "received" | "processing") => void): Promise<{ connectionId: number }> {
    if (this.connection.state === "connected") throw new CmapiError(0x300a, "");
    interim("received");
    this.setConnection({ state: "connecting", connectionType: "cellular", ...(profileName ? { profileName } : {}) });
    interim("processing");
    await new Promise((resolve) => setTimeout(resolve, 20));
    this.setConnection({
      state: "connected",
      connectionType: "cellular",
      profileName: profileName ?? "Internet",
      apn: "internet",
      radioTechnology: "LTE",
      duration: 0,
      ipConfiguration: { dynamic: true, ipv4Address: "10.64.12.7", ipv4SubnetMask: "255.255.255.252", ipv4Gateway: "10.64.12.6", dnsServers: ["10.64.0.1"] },
    });
    this.emit("CMAPI_Callback_DeviceChanged", this.deviceInfo(3));
    this.emit("CMAPI_Callback_SignalStrengthChanged", { deviceId: MOCK_DEVICE_ID, signal: { radioTechnology: "LTE", rssi: this.rssi, bars: this.bars() } }, { deviceId: MOCK_DEVICE_ID });
    return { connectionId: this.nextConnectionId++ };
  }

  disconnect(): void {
    if (this.connection.state !== "connected") throw new CmapiError(0x3002, "");
    this.setConnection({ state: "disconnected" });
    this.emit("CMAPI_Callback_DeviceChanged", this.deviceInfo(2));
  }

  private setConnection(status: T.ConnectionStatus): void {
    this.connection = status;
    this.emit(
      "CMAPI_Callback_ConnectionStateChanged",
      { deviceId: MOCK_DEVICE_ID, state: status.state, ...(status.connectionType ? { connectionType: status.connectionType } : {}), ...(status.profileName ? { profileName: status.profileName } : {}) },
      { deviceId: MOCK_DEVICE_ID },
    );
  }

  bars(): number {
    return Math.max(0, Math.min(5, Math.round((this.rssi + 110) / 12)));
  }
}
