/**
 * The mock's cellular radio: the operator it is registered with, the cell it camps on and the cells
 * it measures around it, each cell's identifiers in the ranges its technology has and its signal a
 * seeded random walk. Everything a call or a callback says about the radio (signal, serving cell,
 * registration, system, location) is read from here, so the answers agree with each other.
 */
import { barsAt, measurementsAt, radioFamily, type RadioFamily } from "./measurements.js";
import type { SeededRandom } from "./random.js";

/** How far a signal's quality (0 weak .. 1 strong) moves per step: about 1 dB of RSRP. */
export const QUALITY_STEP = 0.02;

/** A signal's quality, moving by small seeded steps and staying within 0..1 (it bounces at the ends). */
export class SignalWalk {
  constructor(
    private readonly random: SeededRandom,
    public quality: number,
  ) {}

  step(): void {
    const next = this.quality + (this.random.next() * 2 - 1) * QUALITY_STEP;
    this.quality = next < 0 ? -next : next > 1 ? 2 - next : next;
  }
}

export interface Plmn {
  mcc: string;
  mnc: string;
}

/** A few real networks, one picked by the seed. */
const OPERATORS: readonly { plmn: Plmn; name: string }[] = [
  { plmn: { mcc: "310", mnc: "260" }, name: "T-Mobile" },
  { plmn: { mcc: "262", mnc: "01" }, name: "Telekom.de" },
  { plmn: { mcc: "234", mnc: "15" }, name: "Vodafone UK" },
  { plmn: { mcc: "208", mnc: "01" }, name: "Orange F" },
];

/** Per family: the RadioTechnology a cell reports, its band, and the ranges of its identifiers. */
const CELL_KINDS: Readonly<Record<Exclude<RadioFamily, "wlan" | "cdma">, { technology: string; band: string; cellIdBits: number; areaCodeBits: number; physicalCellIds: number; channels: [number, number]; bandwidthKhz: number }>> = {
  // GSM 900: ARFCN 1..124, BSIC 0..63, 16-bit cell id and LAC.
  gsm: { technology: "GSM", band: "GSM900", cellIdBits: 16, areaCodeBits: 16, physicalCellIds: 64, channels: [1, 124], bandwidthKhz: 200 },
  // UMTS band 1: downlink UARFCN 10562..10838, primary scrambling code 0..511, 28-bit cell id, LAC.
  umts: { technology: "WCDMA_UMTS", band: "B1", cellIdBits: 28, areaCodeBits: 16, physicalCellIds: 512, channels: [10562, 10838], bandwidthKhz: 5000 },
  // LTE band 3: EARFCN 1200..1949, PCI 0..503, 28-bit ECI, 16-bit TAC.
  lte: { technology: "LTE", band: "B3", cellIdBits: 28, areaCodeBits: 16, physicalCellIds: 504, channels: [1200, 1949], bandwidthKhz: 20000 },
  // NR n78: NR-ARFCN 620000..653333, PCI 0..1007, 36-bit NCI, 24-bit TAC.
  nr: { technology: "NR", band: "n78", cellIdBits: 36, areaCodeBits: 24, physicalCellIds: 1008, channels: [620000, 653333], bandwidthKhz: 100000 },
};

export type CellFamily = keyof typeof CELL_KINDS;
export const CELL_FAMILIES = Object.keys(CELL_KINDS) as CellFamily[];

export class Cell {
  readonly technology: string;
  readonly band: string;
  readonly cellId: number;
  readonly areaCode: number;
  readonly physicalCellId: number;
  readonly channel: number;
  readonly walk: SignalWalk;

  constructor(
    readonly family: CellFamily,
    random: SeededRandom,
  ) {
    const kind = CELL_KINDS[family];
    this.technology = kind.technology;
    this.band = kind.band;
    // Two draws for 36 bits: int() works on doubles, but one draw has 32 bits of randomness.
    this.cellId = kind.cellIdBits > 28 ? random.int(1, 2 ** 28 - 1) * 2 ** (kind.cellIdBits - 28) + random.int(0, 2 ** (kind.cellIdBits - 28) - 1) : random.int(1, 2 ** kind.cellIdBits - 1);
    this.areaCode = random.int(1, 2 ** kind.areaCodeBits - 2);
    this.physicalCellId = random.int(0, kind.physicalCellIds - 1);
    this.channel = random.int(...kind.channels);
    this.walk = new SignalWalk(random, 0.2 + 0.7 * random.next());
  }

  /** The measurements its technology reports, at the walk's quality now. */
  measurements(): Record<string, number> {
    return measurementsAt(this.family, this.walk.quality);
  }

  bars(): number {
    return barsAt(this.walk.quality);
  }

  /** As CellInfo has it: GSM and UMTS name a location area, LTE and NR a tracking area. */
  info(plmn?: Plmn): Record<string, unknown> {
    // CellInfo carries power, quality and SINR, not Ec/Io or RSCP (SignalStrength does).
    const { rssi, rsrp, rsrq, sinr, ssRsrp, ssRsrq, ssSinr } = this.measurements();
    const area = this.family === "gsm" || this.family === "umts" ? { locationAreaCode: this.areaCode } : { trackingAreaCode: this.areaCode };
    const power = Object.fromEntries(Object.entries({ rssi, rsrp, rsrq, sinr, ssRsrp, ssRsrq, ssSinr }).filter(([, value]) => value !== undefined));
    return { radioTechnology: this.technology, ...(plmn ? { plmn } : {}), cellId: this.cellId, ...area, physicalCellId: this.physicalCellId, channel: this.channel, bandwidth: CELL_KINDS[this.family].bandwidthKhz, ...power };
  }
}

/** The registration, the serving cell and the neighbours; `camp` moves the device to another technology. */
export class CellularRadio {
  readonly operator: { plmn: Plmn; name: string };
  serving: Cell;
  /** The cells measured besides the serving one: the same cells on every read, in every technology. */
  readonly neighbours: Cell[];

  constructor(random: SeededRandom) {
    this.operator = random.pick(OPERATORS);
    this.serving = new Cell(random.pick(["lte", "nr"] as const), random);
    this.neighbours = [...CELL_FAMILIES, "lte" as const].map((family) => new Cell(family, random));
  }

  /** Hands over to a cell of `technology`'s family (a neighbour becomes the serving cell); false for one the radio has no cells of. */
  camp(technology: string): boolean {
    const family = radioFamily(technology);
    const index = this.neighbours.findIndex((cell) => cell.family === family);
    if (index < 0) return false;
    const [target] = this.neighbours.splice(index, 1, this.serving);
    this.serving = target!;
    return true;
  }

  /** One step of every walk: what time does to a real radio's readings. */
  drift(): void {
    this.serving.walk.step();
    for (const cell of this.neighbours) cell.walk.step();
  }

  /** SignalStrength: the serving cell's technology, its measurements and bars. */
  signal(): Record<string, unknown> {
    return { radioTechnology: this.serving.technology, bars: this.serving.bars(), ...this.serving.measurements() };
  }

  /** SignalQuality: as SignalStrength, without UMTS's RSCP and Ec/Io, which it has no members for. */
  signalQuality(): Record<string, unknown> {
    const { rscp: _rscp, ecio: _ecio, ...quality } = this.signal();
    return quality;
  }

  registration(): Record<string, unknown> {
    return { state: "registered_home", plmn: this.operator.plmn, operatorName: this.operator.name, radioTechnology: this.serving.technology };
  }

  location(): Record<string, unknown> {
    const area = this.serving.family === "gsm" || this.serving.family === "umts" ? { locationAreaCode: this.serving.areaCode } : { trackingAreaCode: this.serving.areaCode };
    return { cellId: this.serving.cellId, ...area, plmn: this.operator.plmn };
  }

  systemInfo(): Record<string, unknown> {
    return { systemId: this.operator.plmn.mcc + this.operator.plmn.mnc, radioTechnology: this.serving.technology, roaming: false, serviceAvailable: true, ...(this.serving.family === "nr" ? { nrMode: "standalone" } : {}) };
  }
}
