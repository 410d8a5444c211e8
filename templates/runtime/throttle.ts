/**
 * Slows down guessing of credentials (CMAPI_API_Open and SetAccessLevel answering 0xF0000002). Each
 * failed attempt is counted against the client's address and against its session; the answer to
 * the n-th failure in a row waits `baseDelayMs` × 2^(n-1) (at most `maxDelayMs`), and after
 * `maxFailures` failures the key is locked out for `lockoutMs`: attempts are refused unverified.
 * Attempts in progress count as failures until they end, so that parallel requests cannot outrun
 * the count: a key admits at most as many attempts at once as it has failures left, and the others
 * wait their turn (at most `maxWaiting`; many clients of one address opening at once succeed in
 * turn). With the
 * defaults an address gets 5 guesses, then waits 30 s: about 10 a minute. Another address is not
 * affected. The table is bounded (`maxKeys`, oldest forgotten first) so that a flood of addresses
 * cannot grow it without limit (least recently seen first). Carried into generated/runtime/.
 */

export interface ThrottlePolicy {
  /** Failures in a row before a lockout. */
  maxFailures: number;
  /** How long a key is locked out after `maxFailures` failures. */
  lockoutMs: number;
  /** The delay of the answer to the first failure; it doubles with each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Keys (addresses and sessions) remembered at once. */
  maxKeys: number;
  /** Attempts that may wait for their turn on one key; more are refused at once (0xF0000002, "busy"). */
  maxWaiting: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { maxFailures: 5, lockoutMs: 30_000, baseDelayMs: 250, maxDelayMs: 4000, maxKeys: 4096, maxWaiting: 256 };

interface KeyState {
  failures: number;
  lockedUntil: number;
  /** Attempts started and not finished. */
  inProgress: number;
  lastFailure: number;
  /** Attempts waiting for this key's turn, woken when the current one finishes. */
  waiting: (() => void)[];
}

/** Why an attempt may not be verified now. */
export type ThrottleRefusal = { reason: "locked"; retryAfterMs: number } | { reason: "busy" };

export class GuessThrottle {
  private readonly keys = new Map<string, KeyState>();
  readonly policy: ThrottlePolicy;

  constructor(
    policy: Partial<ThrottlePolicy> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.policy = { ...DEFAULT_THROTTLE, ...policy };
  }

  /**
   * Starts an attempt for every key (address, session) once each has a failure left beside the
   * attempts already running on it, or says why not. `finish` must follow an attempt that started.
   */
  async begin(keys: readonly string[]): Promise<ThrottleRefusal | undefined> {
    for (;;) {
      const now = this.now();
      const states = keys.map((key) => this.state(key, now));
      const locked = Math.max(0, ...states.map((state) => state.lockedUntil - now));
      if (locked > 0) return { reason: "locked", retryAfterMs: locked };
      const full = states.find((state) => state.failures + state.inProgress >= this.policy.maxFailures);
      if (!full) {
        for (const state of states) state.inProgress++;
        return undefined;
      }
      if (full.waiting.length >= this.policy.maxWaiting) return { reason: "busy" };
      await new Promise<void>((resolve) => full.waiting.push(resolve));
    }
  }

  /**
   * Ends an attempt; a failure resolves after the delay it earned (its place stays taken until then).
   * A success does not clear the count (a session that knows the administrator secret must not reset
   * its count of operator guesses with it); a count clears after `lockoutMs` without failures.
   */
  async finish(keys: readonly string[], failed: boolean): Promise<void> {
    const now = this.now();
    let delay = 0;
    const states = keys.map((key) => this.state(key, now));
    if (failed) {
      for (const state of states) {
        state.failures++;
        state.lastFailure = now;
        delay = Math.max(delay, Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (state.failures - 1)));
        if (state.failures >= this.policy.maxFailures) {
          state.failures = 0;
          state.lockedUntil = now + this.policy.lockoutMs;
        }
      }
    }
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    for (const state of states) {
      state.inProgress = Math.max(0, state.inProgress - 1);
      for (const wake of state.waiting.splice(0)) wake();
    }
  }

  /** Keys remembered now (for tests and the flood bench). */
  get size(): number {
    return this.keys.size;
  }

  private state(key: string, now: number): KeyState {
    let state = this.keys.get(key);
    if (state) {
      // A key quiet for a whole lockout window starts again from nothing.
      if (state.lockedUntil <= now && now - state.lastFailure > this.policy.lockoutMs) state.failures = 0;
      this.keys.delete(key); // re-inserted last: the Map's order is least recently used first
      this.keys.set(key, state);
      return state;
    }
    state = { failures: 0, lockedUntil: 0, inProgress: 0, lastFailure: 0, waiting: [] };
    this.keys.set(key, state);
    // Bounded: the least recently seen key goes first. An attacker with more addresses than this has
    // more guesses anyway; the per-session count still holds for each of its sessions.
    if (this.keys.size > this.policy.maxKeys) {
      const oldest = this.keys.keys().next().value as string;
      const evicted = this.keys.get(oldest)!;
      this.keys.delete(oldest);
      for (const wake of evicted.waiting.splice(0)) wake(); // they look again, and find the key new
    }
    return state;
  }
}
