/**
 * The guess throttle of CMAPI_API_Open and SetAccessLevel, on a simulated clock: how many guesses an
 * attacker gets per minute from one address at full speed, sequential or parallel, and that others
 * are not held back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_THROTTLE, GuessThrottle } from "../templates/runtime/throttle.js";

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Guesses as fast as the throttle allows for `minutes`, `parallel` at a time; the minute of each guess that was checked. */
async function attack(throttle: GuessThrottle, keys: string[], minutes: number, parallel = 1): Promise<number[]> {
  const checkedAt: number[] = [];
  const end = minutes * 60_000;
  const worker = async () => {
    while (Date.now() < end) {
      const refused = await throttle.begin(keys);
      if (refused?.reason === "locked") {
        await vi.advanceTimersByTimeAsync(refused.retryAfterMs);
        continue;
      }
      if (refused) throw new Error(`refused: ${refused.reason}`);
      checkedAt.push(Math.floor(Date.now() / 60_000));
      await throttle.finish(keys, true);
    }
  };
  const running = Promise.all(Array.from({ length: parallel }, worker));
  while (Date.now() < end) await vi.advanceTimersByTimeAsync(50);
  await vi.advanceTimersByTimeAsync(DEFAULT_THROTTLE.lockoutMs + DEFAULT_THROTTLE.maxDelayMs);
  await running;
  return checkedAt.filter((minute) => minute < minutes);
}

const perMinute = (minutes: number[], count: number) => Array.from({ length: count }, (_, minute) => minutes.filter((at) => at === minute).length);

describe("the guess throttle with its defaults", () => {
  it("lets one address check at most about 10 guesses a minute, however fast it asks", async () => {
    const counts = perMinute(await attack(new GuessThrottle(), ["address 192.0.2.7", "session a"], 10), 10);
    expect(Math.max(...counts)).toBeLessThanOrEqual(10);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5); // throttled, not shut for good
  });

  it("gives parallel guesses from one address no more than sequential ones", async () => {
    const counts = perMinute(await attack(new GuessThrottle(), ["address 192.0.2.7"], 5, 16), 5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(10);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(5);
  });

  it("does not hold back another address while one is locked out", async () => {
    const throttle = new GuessThrottle();
    for (let guess = 0; guess < DEFAULT_THROTTLE.maxFailures; guess++) {
      expect(await throttle.begin(["address 192.0.2.7"])).toBeUndefined();
      const finished = throttle.finish(["address 192.0.2.7"], true);
      await vi.advanceTimersByTimeAsync(DEFAULT_THROTTLE.maxDelayMs);
      await finished;
    }
    expect(await throttle.begin(["address 192.0.2.7"])).toMatchObject({ reason: "locked" });
    expect(await throttle.begin(["address 198.51.100.1"])).toBeUndefined();
  });

  it("lets many clients of one address open at once, in turn, when their secrets are right", async () => {
    const throttle = new GuessThrottle();
    const opened = await Promise.all(
      Array.from({ length: 70 }, async (_, client) => {
        const refused = await throttle.begin(["address 127.0.0.1", `session ${client}`]);
        await throttle.finish(["address 127.0.0.1", `session ${client}`], false);
        return refused;
      }),
    );
    expect(opened.filter((refusal) => refusal !== undefined)).toEqual([]);
  });

  it("forgets the least recently seen key beyond its bound", async () => {
    const throttle = new GuessThrottle({ maxKeys: 100 });
    for (let address = 0; address < 1000; address++) {
      await throttle.begin([`address 10.0.${address >> 8}.${address & 255}`]);
      await throttle.finish([`address 10.0.${address >> 8}.${address & 255}`], false);
    }
    expect(throttle.size).toBe(100);
  });
});
