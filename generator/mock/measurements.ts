/**
 * Which signal measurements each radio technology reports, and in which band real devices report
 * them: the one table the mock's device (radio.ts) and its generated answers (coherentValue) read,
 * so that a GSM cell never carries an RSRP and an NR cell always reads its SS-RSRP in dBm where
 * modems do (3GPP TS 45.008, 25.133, 36.133, 38.133; ModemManager's Signal interface reports the
 * same sets per technology).
 */
import type { SeededRandom } from "./random.js";

/** The technologies that measure differently; several RadioTechnology values share one. */
export type RadioFamily = "gsm" | "umts" | "lte" | "nr" | "cdma" | "wlan";

/** RadioTechnology value → its family; a value a vendor adds is not here and gets no coherence pass. */
const FAMILY_OF: Readonly<Record<string, RadioFamily>> = {
  GSM: "gsm",
  GPRS: "gsm",
  EDGE: "gsm",
  WCDMA_UMTS: "umts",
  HSPA: "umts",
  HSPA_PLUS: "umts",
  TD_SCDMA: "umts",
  LTE: "lte",
  LTE_ADVANCED: "lte",
  LTE_M: "lte",
  NB_IOT: "lte",
  NR: "nr",
  CDMA2000_1X: "cdma",
  CDMA2000_EVDO: "cdma",
  WLAN: "wlan",
};

export const radioFamily = (technology: unknown): RadioFamily | undefined => (typeof technology === "string" ? FAMILY_OF[technology] : undefined);

/** A measurement as a modem reports it: the band of usual readings (weak to strong) and its resolution. */
export interface Band {
  weak: number;
  strong: number;
  /** Readings are multiples of this (1 dB, 0.5 dB for RSRQ). */
  step: number;
}

/** Every measurement member the mock knows, by its member name in the spec. */
export const MEASUREMENT_BANDS: Readonly<Record<string, Band>> = {
  rssi: { weak: -105, strong: -55, step: 1 },
  rscp: { weak: -110, strong: -65, step: 1 },
  ecio: { weak: -18, strong: -3, step: 0.5 },
  rsrp: { weak: -118, strong: -75, step: 1 },
  rsrq: { weak: -18, strong: -6, step: 0.5 },
  sinr: { weak: -2, strong: 25, step: 0.5 },
  ssRsrp: { weak: -115, strong: -70, step: 1 },
  ssRsrq: { weak: -18, strong: -6, step: 0.5 },
  ssSinr: { weak: -2, strong: 30, step: 0.5 },
};

/** The measurements each family reports; the others are absent (never 0). */
export const MEASURED_BY: Readonly<Record<RadioFamily, readonly string[]>> = {
  gsm: ["rssi"],
  umts: ["rssi", "rscp", "ecio"],
  lte: ["rsrp", "rsrq", "sinr"],
  nr: ["ssRsrp", "ssRsrq", "ssSinr"],
  cdma: ["rssi", "ecio"],
  wlan: ["rssi"],
};

/** Wi-Fi RSSI reads stronger than a cellular one at the same quality. */
const WLAN_RSSI: Band = { weak: -88, strong: -40, step: 1 };

export const bandOf = (family: RadioFamily, member: string): Band | undefined => (family === "wlan" && member === "rssi" ? WLAN_RSSI : MEASUREMENT_BANDS[member]);

/** The reading of `band` at `quality` (0 weak .. 1 strong), on the band's resolution. */
export function reading(band: Band, quality: number): number {
  const raw = band.weak + quality * (band.strong - band.weak);
  return Math.round(raw / band.step) * band.step;
}

/** The family's measurements at `quality`: one number per member it reports. */
export function measurementsAt(family: RadioFamily, quality: number): Record<string, number> {
  return Object.fromEntries(MEASURED_BY[family].map((member) => [member, reading(bandOf(family, member)!, quality)]));
}

/** Bars from quality, 1..5: the same quality always shows the same bars; 0 is no signal, which a measured cell has not. */
export const barsAt = (quality: number): number => Math.min(5, 1 + Math.floor(quality * 5));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `value` (a result or payload generated from a schema) made to read like a device: in every
 * object that names its technology (`radioTechnology`, or the seed's `Radio`), the measurements
 * that technology does not report are removed and the ones it does are set to readings in its
 * band, all at one quality, with bars to match. Members the object does not have are not added,
 * so it still fits the schema it came from; the caller checks it anyway.
 */
export function coherentValue(value: unknown, random: SeededRandom): unknown {
  if (Array.isArray(value)) return value.map((item) => coherentValue(item, random));
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [member, item] of Object.entries(value)) copy[member] = coherentValue(item, random);
  const family = radioFamily(copy["radioTechnology"] ?? copy["Radio"]);
  if (!family) return copy;
  const quality = random.next();
  const measured = new Set(MEASURED_BY[family]);
  for (const member of Object.keys(copy)) {
    const band = bandOf(family, member);
    if (!band || typeof copy[member] !== "number") continue;
    if (measured.has(member)) copy[member] = reading(band, quality);
    else delete copy[member];
  }
  if (typeof copy["bars"] === "number") copy["bars"] = barsAt(quality);
  return copy;
}
