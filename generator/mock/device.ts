/**
 * The state of the mock device, kept the way a device keeps it: one modem (deviceId "1") with a
 * UICC, a cellular radio (radio.ts), WLAN networks in range and known ones, a PIN with its
 * retries, an SMS store, a data connection. Signals drift by small seeded steps (each read of a
 * signal, and `tick`); each change fires the callbacks a real device would fire, carrying the same
 * values the calls answer.
 */
import { CmapiError } from "../../templates/runtime/protocol.js";
import { packageVersion } from "../package-root.js";
import { bandOf, reading } from "./measurements.js";
import { CellularRadio, SignalWalk } from "./radio.js";
import { SeededRandom } from "./random.js";
import type * as T from "./shapes.js";

export const MOCK_DEVICE_ID = "1";
export const MOCK_PIN = "1234";
export const MOCK_PUK = "12345678";
/** How the mock names itself wherever a device reports its vendor or implementation (GetVersion). */
export const MOCK_NAME = "opencmapi-gen mock";
const PIN_TRIES = 3;
const PUK_TRIES = 10;
const WLAN_RSSI = bandOf("wlan", "rssi")!;

/** Sends a callback; the mock drops one the spec does not have (see start.ts). */
export type Emit = (callbackId: string, payload: unknown, options?: { deviceId?: string | number }) => void;

/** A network in range: the same access point on every scan, its RSSI walking. */
interface VisibleNetwork {
  entry: Omit<T.WlanScanEntry, "rssi" | "known">;
  walk: SignalWalk;
}

export class MockDevice {
  readonly random: SeededRandom;
  readonly macAddress: string;
  readonly radio: CellularRadio;
  /** The implementation's version, as GetVersion and GetIdentity report it: the package's. */
  readonly version = packageVersion();
  knownNetworks: T.WlanNetworkSettings[] = [];
  /** What CMAPI_Network_SetSignalReporting set: at first, reports on change only. */
  signalReporting: Record<string, unknown> = { interval: 0, onErrorRateChange: false };
  wlan: T.WlanStatus = { state: "disconnected" };
  pin = { enabled: true, verified: false, pinRetriesLeft: PIN_TRIES, pukRetriesLeft: PUK_TRIES, code: MOCK_PIN };
  sms: T.SmsMessage[] = [];
  private nextSms = 1;
  connection: T.ConnectionStatus = { state: "disconnected" };
  private connectedAt = 0;
  private nextConnectionId = 1;
  private readonly visible: VisibleNetwork[];
  private lastScan: T.WlanScanEntry[] | undefined;
  private lastScanAt = 0;
  /** The operator's DNS servers: the same for every connection. */
  private readonly dnsServers: string[];
  /** Two card slots, a plastic card (the one the PIN functions guard) and an eUICC; the modem uses one. */
  private readonly cards: { iccid: string; eid?: string; cardType: "physical" | "esim" }[];
  activeSlot = 1;

  constructor(
    seed: number,
    private readonly emit: Emit,
  ) {
    this.random = new SeededRandom(seed);
    this.macAddress = this.random.mac();
    this.radio = new CellularRadio(this.random);
    this.dnsServers = [`10.${this.random.int(100, 199)}.0.${this.random.int(1, 254)}`, `10.${this.random.int(100, 199)}.1.${this.random.int(1, 254)}`];
    const names = ["HomeNetwork", "CoffeeShop", "Office-5G", "Library", "Airport_Free_WiFi", "Neighbour"];
    this.visible = Array.from({ length: this.random.int(3, 5) }, (_, index) => {
      const channel = this.random.pick([1, 6, 11, 36, 44, 149]);
      return {
        entry: {
          ssid: names[index]!,
          bssid: this.random.mac(),
          security: this.random.pick(["WPA2_PERSONAL", "WPA3_PERSONAL", "open"] as const),
          channel,
          frequency: channel <= 14 ? 2407 + 5 * channel : 5000 + 5 * channel,
        },
        walk: new SignalWalk(this.random, 0.1 + 0.85 * this.random.next()),
      };
    });
    // Apart from the device's random, so that the cards do not change every other seeded value.
    const cardRandom = new SeededRandom(seed ^ 0x5117);
    const digits = (count: number) => Array.from({ length: count }, () => cardRandom.int(0, 9)).join("");
    this.cards = [
      { iccid: `8944${digits(15)}`, cardType: "physical" },
      { iccid: `8949${digits(15)}`, eid: `89049032${digits(24)}`, cardType: "esim" },
    ];
  }

  /** Time passing: every signal takes one step; the serving cell's new reading is sent as SignalStrengthChanged. */
  tick(): void {
    this.radio.drift();
    for (const network of this.visible) network.walk.step();
    this.emitSignal();
  }

  /** Hands over to a cell of `technology` (a test hook, and what the radio would do when it moves): registration and signal callbacks follow. */
  camp(technology: string): void {
    if (!this.radio.camp(technology)) throw new RangeError(`the mock's radio has no ${technology} cell`);
    this.emitDevice("CMAPI_Callback_RegistrationChanged", { registration: this.radio.registration() });
    this.emitSignal();
  }

  /** The serving cell's signal, one drift step on: each read is a new measurement. */
  readSignal(): Record<string, unknown> {
    this.radio.drift();
    return this.radio.signal();
  }

  private emitSignal(): void {
    this.emitDevice("CMAPI_Callback_SignalStrengthChanged", { signal: this.radio.signal() });
  }

  private emitDevice(callbackId: string, payload: Record<string, unknown>): void {
    this.emit(callbackId, { deviceId: MOCK_DEVICE_ID, ...payload }, { deviceId: MOCK_DEVICE_ID });
  }

  /** The payload the device would send now for `callbackId`, from its state; undefined for one it does not model. */
  callbackPayload(callbackId: string): unknown {
    const payloads: Record<string, () => unknown> = {
      CMAPI_Callback_SignalStrengthChanged: () => ({ deviceId: MOCK_DEVICE_ID, signal: this.radio.signal() }),
      CMAPI_Callback_RegistrationChanged: () => ({ deviceId: MOCK_DEVICE_ID, registration: this.radio.registration() }),
      CMAPI_Callback_WLANConnectionChanged: () => ({ deviceId: MOCK_DEVICE_ID, status: this.wlanStatus() }),
      CMAPI_Callback_WLANScanCompleted: () => ({ deviceId: MOCK_DEVICE_ID, scan: this.scanResults() }),
      CMAPI_Callback_UICCStatusChanged: () => ({ deviceId: MOCK_DEVICE_ID, status: this.uiccStatus() }),
      CMAPI_Callback_ConnectionStateChanged: () => this.connectionChange(this.connection),
      CMAPI_Callback_PinStatusChanged: () => ({ deviceId: MOCK_DEVICE_ID, status: this.pinStatus("PIN1") }),
      CMAPI_Callback_DeviceChanged: () => this.deviceInfo(this.connection.state === "connected" ? 3 : 2),
    };
    return payloads[callbackId]?.();
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

  /** DeviceIdentity: a 3GPP modem's IMEI (the uniqueIdentifier), and the mock's own version as its firmware. */
  identity(): Record<string, unknown> {
    return { imei: this.deviceInfo(2).uniqueIdentifier, manufacturer: "opencmapi-gen", model: "mock", firmwareVersion: this.version };
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

  /** A new scan: the same access points as every scan, each RSSI one step on; sent as WLANScanCompleted too. */
  scan(): { scanListElements: number; scanList: T.WlanScanEntry[] } {
    this.measureNetworks();
    const result = this.scanResults();
    this.emitDevice("CMAPI_Callback_WLANScanCompleted", { scan: result });
    return result;
  }

  /** The last scan's results (a first scan's, without its callback, if there was none), with `known` as the known list says now. */
  scanResults(): { scanListElements: number; scanList: T.WlanScanEntry[] } {
    const known = new Set(this.knownNetworks.map((network) => network.ssid));
    const entries = this.lastScan ?? this.measureNetworks();
    const lastSeen = Math.min(3600, Math.floor((Date.now() - this.lastScanAt) / 1000));
    const scanList = entries.map((entry) => ({ ...entry, ...accessPointDetails(entry), lastSeen, known: known.has(entry.ssid) }));
    return { scanListElements: scanList.length, scanList };
  }

  private measureNetworks(): T.WlanScanEntry[] {
    for (const network of this.visible) network.walk.step();
    this.lastScanAt = Date.now();
    return (this.lastScan = this.visible.map(({ entry, walk }) => ({ ...entry, rssi: reading(WLAN_RSSI, walk.quality), known: false })));
  }

  /** The WLAN status, its RSSI the connected access point's now. */
  wlanStatus(): T.WlanStatus {
    const visible = this.visible.find((network) => network.entry.bssid === this.wlan.bssid);
    return visible && this.wlan.state === "connected" ? { ...this.wlan, rssi: reading(WLAN_RSSI, visible.walk.quality) } : this.wlan;
  }

  connectWlan(ssid: string): void {
    const network = this.knownNetworks.find((known) => known.ssid === ssid);
    if (!network) throw new CmapiError(0x12001, "");
    const visible = this.visible.find((network) => network.entry.ssid === ssid);
    this.wlan = {
      state: "connected",
      ssid,
      bssid: visible?.entry.bssid ?? this.random.mac(),
      rssi: reading(WLAN_RSSI, visible?.walk.quality ?? 0.5),
      channel: visible?.entry.channel ?? 6,
      linkSpeed: 433,
      macAddress: this.macAddress,
    };
    this.emitDevice("CMAPI_Callback_WLANConnectionChanged", { status: this.wlanStatus() });
  }

  disconnectWlan(): void {
    if (this.wlan.state !== "connected") throw new CmapiError(0x11001, "");
    this.wlan = { state: "disconnected", macAddress: this.macAddress };
    this.emitDevice("CMAPI_Callback_WLANConnectionChanged", { status: this.wlan });
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
      this.emitDevice("CMAPI_Callback_PinStatusChanged", { status: this.pinStatus(pinType) });
      if (this.pin.pinRetriesLeft === 0) throw new CmapiError(0x10020000 + 0x6983, "", this.retries());
      throw new CmapiError(wrongCode + 0x63c0 + this.pin.pinRetriesLeft, "", this.retries());
    }
    this.pin.pinRetriesLeft = PIN_TRIES;
    this.pin.verified = true;
    this.emitDevice("CMAPI_Callback_PinStatusChanged", { status: this.pinStatus(pinType) });
    return this.retries();
  }

  unblock(pinType: string, puk: string, newPin: string): T.PinRetries {
    if (this.pin.pukRetriesLeft === 0) throw new CmapiError(0x10060000 + 0x6983, "", this.retries());
    if (puk !== MOCK_PUK) {
      this.pin.pukRetriesLeft--;
      throw new CmapiError(this.pin.pukRetriesLeft === 0 ? 0x10060000 + 0x6983 : 0x10050000 + 0x63c0 + this.pin.pukRetriesLeft, "", this.retries());
    }
    this.pin = { ...this.pin, code: newPin, pinRetriesLeft: PIN_TRIES, pukRetriesLeft: PUK_TRIES, verified: true };
    this.emitDevice("CMAPI_Callback_PinStatusChanged", { status: this.pinStatus(pinType) });
    return this.retries();
  }

  // --- SMS ------------------------------------------------------------------------------------

  sendSms(address: string, body: string): { msgID: string; messageReference: number } {
    const msgID = `sms-${this.nextSms++}`;
    this.sms.push({ msgID, status: "sent", storage: "device", address, body, timestamp: smsTimestamp(this.nextSms) });
    return { msgID, messageReference: this.nextSms % 256 };
  }

  /** A draft: stored unsent, in the storage asked for (the device's memory when absent). */
  storeSms(address: string, body: string, storage: string | undefined): { msgID: string } {
    if (storage === "statusReport" || storage === "broadcast") throw new CmapiError(0x5004, "");
    const msgID = `sms-${this.nextSms++}`;
    this.sms.push({ msgID, status: "unsent", storage: storage ?? "device", address, body });
    return { msgID };
  }

  /** Sends a stored outgoing message: it becomes "sent", with the time it was sent. A received one cannot be sent (0x00005006). */
  sendStoredSms(msgID: string): { msgID: string; messageReference: number } {
    const message = this.findSms(msgID);
    if (message.status !== "unsent" && message.status !== "sent") throw new CmapiError(0x5006, "");
    message.status = "sent";
    message.timestamp = smsTimestamp(this.nextSms++);
    return { msgID, messageReference: this.nextSms % 256 };
  }

  /** Sends a raw SMS-SUBMIT: kept as a sent message with its PDU and the recipient read from TP-DA; anything else is 0x00005006. */
  sendSmsPdu(pdu: string): { msgID: string; messageReference: number } {
    const address = submitRecipient(pdu);
    if (address === undefined) throw new CmapiError(0x5006, "");
    const msgID = `sms-${this.nextSms++}`;
    this.sms.push({ msgID, status: "sent", storage: "device", address, body: "", timestamp: smsTimestamp(this.nextSms), encoding: "binary", pdus: [pdu.toUpperCase()] });
    return { msgID, messageReference: this.nextSms % 256 };
  }

  findSms(msgID: string): T.SmsMessage {
    const message = this.sms.find((item) => item.msgID === msgID);
    if (!message) throw new CmapiError(0x5005, "");
    return message;
  }

  // --- UICC -----------------------------------------------------------------------------------

  /** A slot's state: the plastic card's follows the PIN (needed until verified, blocked without tries); the eUICC has no PIN here. */
  private slotState(slot: number): string {
    if (slot !== 1 || !this.pin.enabled || this.pin.verified) return "ready";
    return this.pin.pinRetriesLeft === 0 ? "puk_required" : "pin_required";
  }

  uiccSlots(): { slotListElements: number; slotList: Record<string, unknown>[] } {
    const slotList = this.cards.map((card, index) => ({ slot: index + 1, active: this.activeSlot === index + 1, state: this.slotState(index + 1), ...card }));
    return { slotListElements: slotList.length, slotList };
  }

  /** The active slot's card, as CMAPI_UICC_GetStatus reports it. */
  uiccStatus(): Record<string, unknown> {
    const { active: _active, ...status } = this.uiccSlots().slotList[this.activeSlot - 1]!;
    return status;
  }

  setActiveSlot(slot: number): void {
    if (!Number.isInteger(slot) || slot < 1 || slot > this.cards.length) throw new CmapiError(0x2, "");
    if (slot === this.activeSlot) return;
    this.activeSlot = slot;
    // The modem restarts its radio on the other card: the data connection ends.
    if (this.connection.state === "connected") this.disconnect();
    this.emitDevice("CMAPI_Callback_UICCStatusChanged", { status: this.uiccStatus() });
  }

  // --- WLAN capabilities ------------------------------------------------------------------------

  /** What the interface can do: the bands and securities of the networks it sees, and the rest of a Wi-Fi 5 chip's. */
  wlanCapabilities(): Record<string, unknown> {
    const bands = [...new Set(this.visible.map(({ entry }) => (entry.channel <= 14 ? "2.4GHz" : "5GHz")))].sort();
    const securities = [...new Set(["open", "WPA2_PERSONAL", "WPA3_PERSONAL", ...this.visible.map(({ entry }) => entry.security)])];
    return { bands, securities, channelWidths: [20, 40, 80], accessPoint: true, wps: true, passpoint: true, pmf: true, maxBitRate: 867 };
  }

  // --- Data connection ------------------------------------------------------------------------

  async connect(profileName: string | undefined, interim: (stage: "received" | "processing") => void): Promise<{ connectionId: number }> {
    if (this.connection.state === "connected") throw new CmapiError(0x300a, "");
    interim("received");
    const connectionId = this.nextConnectionId++;
    this.setConnection({ state: "connecting", connectionId, connectionType: "cellular", ...(profileName ? { profileName } : {}) });
    interim("processing");
    await new Promise((resolve) => setTimeout(resolve, 20));
    this.connectedAt = Date.now();
    this.setConnection({ state: "connected", connectionId, connectionType: "cellular", profileName: profileName ?? "Internet", apn: "internet", ipConfiguration: this.assignAddresses() });
    this.emit("CMAPI_Callback_DeviceChanged", this.deviceInfo(3));
    this.emitSignal();
    return { connectionId };
  }

  /** What the network assigns on each connection: a /30 from a carrier-grade private range, a documentation IPv6 prefix, the operator's DNS. */
  private assignAddresses(): Record<string, unknown> {
    const [second, third, fourth] = [this.random.int(64, 127), this.random.int(0, 255), this.random.int(0, 63) * 4];
    const hex = () => this.random.int(0, 0xffff).toString(16);
    return {
      dynamic: true,
      ipv4Address: `10.${second}.${third}.${fourth + 1}`,
      ipv4SubnetMask: "255.255.255.252",
      ipv4Gateway: `10.${second}.${third}.${fourth + 2}`,
      ipv6Address: `2001:db8:${hex()}:${hex()}::${hex()}`,
      ipv6PrefixLength: 64,
      dnsServers: [...this.dnsServers],
      // What LTE networks commonly send in PCO; the same for every connection.
      mtu: 1430,
    };
  }

  /** The connection as GetStatus answers it: while connected, on the serving cell's technology, for the seconds since it came up. */
  connectionStatus(): T.ConnectionStatus {
    if (this.connection.state !== "connected") return this.connection;
    const duration = Math.floor((Date.now() - this.connectedAt) / 1000);
    // A light, steady use of the link: the counters grow with the time it has been up.
    return { ...this.connection, radioTechnology: this.radio.serving.technology, duration, networkInterface: "wwan0", multiplexed: false, bytesSent: duration * 1800, bytesReceived: duration * 24000 };
  }

  /** The connection's addresses of one family (InfoStatus_GetIPAddress): 0x00006002 for "IPv4v6", 0x00006006 when there is none. */
  addresses(type: string): { type: string; addresses: string[] } {
    if (type !== "IPv4" && type !== "IPv6") throw new CmapiError(0x6002, "", `${type} is a kind of connection, not of address`);
    const address = this.connection.ipConfiguration?.[type === "IPv4" ? "ipv4Address" : "ipv6Address"];
    if (typeof address !== "string") throw new CmapiError(0x6006, "");
    return { type, addresses: [address] };
  }

  /** The status bar's summary, from the same state the other calls read. */
  summary(): Record<string, unknown> {
    const connected = this.connection.state === "connected";
    const config = this.connection.ipConfiguration ?? {};
    const ipAddresses = [config["ipv4Address"], config["ipv6Address"]].filter((address): address is string => typeof address === "string");
    return {
      connectionState: this.connection.state,
      roaming: false,
      bars: this.radio.serving.bars(),
      radioTechnology: this.radio.serving.technology,
      operatorName: this.radio.operator.name,
      ...(connected && this.connection.apn ? { apn: this.connection.apn } : {}),
      ...(ipAddresses.length > 0 ? { ipAddresses } : {}),
    };
  }

  disconnect(): void {
    if (this.connection.state !== "connected") throw new CmapiError(0x3002, "");
    this.setConnection({ state: "disconnected" });
    this.emit("CMAPI_Callback_DeviceChanged", this.deviceInfo(2));
  }

  private setConnection(status: T.ConnectionStatus): void {
    this.connection = status;
    this.emit("CMAPI_Callback_ConnectionStateChanged", this.connectionChange(status), { deviceId: MOCK_DEVICE_ID });
  }

  private connectionChange(status: T.ConnectionStatus): Record<string, unknown> {
    return { deviceId: MOCK_DEVICE_ID, state: status.state, ...(status.connectionType ? { connectionType: status.connectionType } : {}), ...(status.profileName ? { profileName: status.profileName } : {}) };
  }
}

/**
 * The recipient of an SMS-SUBMIT TPDU (3GPP TS 23.040 9.2.2.2): TP-MTI 01 in the first octet, then
 * TP-MR, then TP-DA as a digit count, a type of address and the digits as swapped semi-octets.
 * Undefined for anything else.
 */
export function submitRecipient(pdu: string): string | undefined {
  if (!/^([0-9A-Fa-f]{2})+$/.test(pdu)) return undefined;
  const octets = pdu.match(/../g)!.map((pair) => parseInt(pair, 16));
  if ((octets[0]! & 0x03) !== 0x01 || octets.length < 7) return undefined;
  const digits = octets[2]!;
  const type = octets[3]!;
  const semiOctets = octets.slice(4, 4 + Math.ceil(digits / 2));
  if (digits === 0 || digits > 20 || semiOctets.length < Math.ceil(digits / 2) || (type & 0x70) === 0x50) return undefined;
  const number = semiOctets
    .flatMap((octet) => [octet & 0x0f, octet >> 4])
    .slice(0, digits)
    .map((digit) => "0123456789*#abc"[digit] ?? "")
    .join("");
  if (!/^[0-9]+$/.test(number)) return undefined;
  return (type & 0x70) === 0x10 ? `+${number}` : number;
}

/**
 * What an access point advertises besides its strongest security, as a Wi-Fi stack reports it: a
 * WPA3 network here runs in WPA2/WPA3 transition mode (PMF optional), a WPA2 one offers WPS; a
 * 2.4 GHz one is 20 MHz wide (802.11n, 144 Mbit/s), a 5 GHz one 80 MHz (802.11ac, 867 Mbit/s).
 */
function accessPointDetails(entry: { security: string; channel: number }): Record<string, unknown> {
  const wide = entry.channel > 14;
  const securities = entry.security === "WPA3_PERSONAL" ? ["WPA2_PERSONAL", "WPA3_PERSONAL"] : [entry.security];
  const pmf = entry.security === "WPA3_PERSONAL" ? "optional" : "disabled";
  return { securities, pmf, wps: entry.security === "WPA2_PERSONAL", channelWidth: wide ? 80 : 20, maxBitRate: wide ? 867 : 144 };
}

/** When the mock's nth message was sent: a minute apart from noon on 2026-01-01 (UTC), so runs agree. */
const smsTimestamp = (n: number) => new Date(Date.UTC(2026, 0, 1, 12, n)).toISOString().replace(".000", "");
