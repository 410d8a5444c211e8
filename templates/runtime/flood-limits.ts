/**
 * The bounds on what a flood of clients can make the server hold, sized for a device with 64 MB
 * (README, "Limits"; bench/flood.ts measures them), and the roster that keeps each kind of thing
 * counted in all and per remote address. Carried into generated/runtime/.
 */

export interface FloodLimits {
  /** Sessions held at once, both transports: HTTP clients, and WebSocket sessions connected or waiting for a resume. */
  maxSessions: number;
  maxSessionsPerAddress: number;
  /** WebSocket connections open at once; one past it is closed with 1013 (try again later). */
  maxConnections: number;
  maxConnectionsPerAddress: number;
  /** Bytes of undelivered messages one session may hold for its client (besides maxQueuedMessages). */
  maxQueuedBytes: number;
}

/**
 * A home device serves a few dozen applications, on its LAN and on itself (all of those come from
 * one loopback address). Worst case held: 512 sessions × (a few KB + 32 KiB of queued messages) ≈ 20 MB.
 */
export const DEFAULT_FLOOD_LIMITS: FloodLimits = { maxSessions: 512, maxSessionsPerAddress: 128, maxConnections: 256, maxConnectionsPerAddress: 64, maxQueuedBytes: 32 * 1024 };

/** How long a client refused for want of room is asked to wait (Retry-After, seconds). */
export const RETRY_AFTER_SECONDS = 5;

export interface RosterEntry {
  readonly address: string;
  /** Nothing in progress and nothing held open for it, so that it may be forgotten to make room. */
  idle(): boolean;
  /** Forgets it; called after the roster has let go of it. */
  evict(): void;
}

/** Entries kept least recently heard-from first (a Set keeps insertion order), in all and per address. */
export class Roster<E extends RosterEntry> {
  private readonly all = new Set<E>();
  private readonly byAddress = new Map<string, Set<E>>();

  constructor(
    private readonly limit: number,
    private readonly perAddress: number,
  ) {}

  get size(): number {
    return this.all.size;
  }

  countFrom(address: string): number {
    return this.byAddress.get(address)?.size ?? 0;
  }

  /** Makes room for one more entry from `address`, forgetting the least recently heard-from idle ones as needed; false when none is idle. */
  makeRoom(address: string): boolean {
    const mine = this.byAddress.get(address);
    if (mine && mine.size >= this.perAddress && !this.evictOldestIdle(mine)) return false;
    return this.all.size < this.limit || this.evictOldestIdle(this.all);
  }

  add(entry: E): void {
    this.all.add(entry);
    let mine = this.byAddress.get(entry.address);
    if (!mine) this.byAddress.set(entry.address, (mine = new Set()));
    mine.add(entry);
  }

  /** The entry was heard from: it goes last in line to be forgotten. */
  heard(entry: E): void {
    if (!this.all.delete(entry)) return;
    this.all.add(entry);
    const mine = this.byAddress.get(entry.address)!;
    mine.delete(entry);
    mine.add(entry);
  }

  remove(entry: E): void {
    if (!this.all.delete(entry)) return;
    const mine = this.byAddress.get(entry.address)!;
    mine.delete(entry);
    if (mine.size === 0) this.byAddress.delete(entry.address);
  }

  private evictOldestIdle(entries: Set<E>): boolean {
    for (const entry of entries) {
      if (!entry.idle()) continue;
      this.remove(entry);
      entry.evict();
      return true;
    }
    return false;
  }
}
