/**
 * The shapes of the bundled spec's data that the mock device keeps (WLAN, PIN, SMS, the data
 * connection), written out here because the mock serves any spec and imports nothing generated.
 * The spec still has the last word: every result is checked against the given spec's schema, and a
 * stateful handler whose answer does not fit it gives way to a generated one (handlers.ts).
 */
export type DeviceId = string | number;

export interface DeviceInfo {
  deviceId: DeviceId;
  deviceState: number;
  radio: number;
  deviceCapability: number;
  connectionType: number;
  deviceType: number;
  description: string;
  uniqueIdentifier: string;
  manufacturer: string;
  model: string;
}

export interface EapSettings {
  password?: string;
  clientKey?: string;
  [member: string]: unknown;
}

/** A known network as an application writes it: with its secrets. */
export interface WlanNetworkSettings {
  index: number;
  ssid: string;
  security: string;
  key?: string;
  eap?: EapSettings;
  [member: string]: unknown;
}

/** A known network as results show it: whether its secrets are set, never the secrets. */
export interface WlanNetwork {
  index: number;
  ssid: string;
  security: string;
  keySet: boolean;
  eap?: Record<string, unknown>;
  [member: string]: unknown;
}

export interface WlanStatus {
  state: string;
  ssid?: string;
  bssid?: string;
  rssi?: number;
  channel?: number;
  linkSpeed?: number;
  macAddress?: string;
}

export interface WlanScanEntry {
  ssid: string;
  bssid: string;
  security: string;
  rssi: number;
  channel: number;
  frequency: number;
  known: boolean;
}

export interface PinStatus {
  pinType: string;
  state: string;
  pinRetriesLeft: number;
  pukRetriesLeft: number;
}

export interface PinRetries {
  pinRetriesLeft: number;
  pukRetriesLeft: number;
}

export interface SmsMessage {
  msgID: string;
  status: string;
  storage: string;
  address: string;
  body: string;
  /** Absent on a message never sent. */
  timestamp?: string;
  encoding?: string;
  pdus?: string[];
}

export interface ConnectionStatus {
  state: string;
  connectionId?: number;
  connectionType?: string;
  profileName?: string;
  apn?: string;
  radioTechnology?: string;
  duration?: number;
  ipConfiguration?: Record<string, unknown>;
  networkInterface?: string;
  multiplexed?: boolean;
  bytesSent?: number;
  bytesReceived?: number;
}
