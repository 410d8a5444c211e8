/** A small seeded random source (mulberry32), so that a mock started with the same seed says the same things. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** A MAC address with the locally administered bit set. */
  mac(): string {
    const bytes = [0x02, ...Array.from({ length: 5 }, () => this.int(0, 255))];
    return bytes.map((byte) => byte.toString(16).padStart(2, "0").toUpperCase()).join(":");
  }
}

/** A seed from text: "42" is 42, anything else is hashed. */
export function seedFrom(text: string | undefined): number {
  if (text === undefined) return 1;
  if (/^\d+$/.test(text)) return Number(text) >>> 0;
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}
