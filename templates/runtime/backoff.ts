/**
 * When to try again after a failure: exponential backoff with jitter, so that a hundred clients of a
 * device that comes back do not all knock at the same instant. Shared by both transports.
 */

export interface ReconnectOptions {
  /** The first delay (before jitter). */
  initialDelayMs?: number;
  /** The largest delay. */
  maxDelayMs?: number;
}

export const DEFAULT_RECONNECT: Required<ReconnectOptions> = { initialDelayMs: 250, maxDelayMs: 10_000 };

/** The delay before attempt `attempt` (0 for the first retry): between half and all of initial × 2^attempt, capped. */
export function backoffDelay(attempt: number, options: ReconnectOptions = {}, random: () => number = Math.random): number {
  const initial = options.initialDelayMs ?? DEFAULT_RECONNECT.initialDelayMs;
  const max = options.maxDelayMs ?? DEFAULT_RECONNECT.maxDelayMs;
  const ceiling = Math.min(max, initial * 2 ** Math.min(attempt, 30));
  return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * A wait that the browser's `online` event cuts short: the network is back, so there is no reason
 * to wait out the backoff. Does nothing where there is no `addEventListener` (Node).
 */
export function onNetworkBack(listener: () => void): () => void {
  const target = globalThis as { addEventListener?: (type: string, listener: () => void) => void; removeEventListener?: (type: string, listener: () => void) => void };
  if (typeof target.addEventListener !== "function") return () => undefined;
  target.addEventListener("online", listener);
  return () => target.removeEventListener?.("online", listener);
}
