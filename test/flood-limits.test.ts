/** The pieces that bound what a flood makes the server hold, and the checks it runs on every message, on their own. */
import { describe, expect, it } from "vitest";
import { Roster, type RosterEntry } from "../templates/runtime/flood-limits.js";
import { nestsDeeperThan } from "../templates/runtime/json-depth.js";
import { MessageQueue } from "../templates/runtime/message-queue.js";
import { randomToken, sameSecret } from "../templates/runtime/protocol.js";

interface Entry extends RosterEntry {
  name: string;
  busy: boolean;
  evicted: boolean;
}
const entry = (name: string, address = "a"): Entry => {
  const made: Entry = { name, address, busy: false, evicted: false, idle: () => !made.busy, evict: () => (made.evicted = true) };
  return made;
};

describe("the roster", () => {
  it("makes room by forgetting the least recently heard-from idle entry of the same address first", () => {
    const roster = new Roster<Entry>(10, 3);
    const [one, two, three] = [entry("one"), entry("two"), entry("three")];
    [one, two, three].forEach((each) => roster.add(each));
    roster.heard(one);
    two.busy = true;
    expect(roster.makeRoom("a")).toBe(true);
    expect([one.evicted, two.evicted, three.evicted]).toEqual([false, false, true]);
    expect(roster.countFrom("a")).toBe(2);
  });

  it("refuses when every entry is busy, and takes from the oldest of all when the total is reached", () => {
    const roster = new Roster<Entry>(3, 2);
    const entries = [entry("a1", "a"), entry("a2", "a"), entry("b1", "b")];
    entries.forEach((each) => roster.add(each));
    entries.forEach((each) => (each.busy = true));
    expect(roster.makeRoom("a")).toBe(false);
    expect(roster.makeRoom("c")).toBe(false);
    entries[2]!.busy = false;
    expect(roster.makeRoom("c")).toBe(true);
    expect(entries.map((each) => each.evicted)).toEqual([false, false, true]);
    expect(roster.size).toBe(2);
  });
});

describe("the message queue", () => {
  it("numbers messages, counts their bytes, and drops what is acknowledged", () => {
    const queue = new MessageQueue();
    queue.push("abc");
    queue.push("defgh");
    queue.push("ij");
    expect([queue.length, queue.bytes, queue.nextSeq]).toEqual([3, 10, 4]);
    queue.acknowledge(2);
    expect([...queue].map((item) => item.seq)).toEqual([3]);
    expect(queue.bytes).toBe(2);
    expect(queue.dropOldest()?.seq).toBe(3);
    expect([queue.length, queue.bytes, queue.nextSeq]).toEqual([0, 0, 4]);
  });
});

describe("secrets", () => {
  it("are 128 random bits, and compared equal only when equal, whatever their lengths", () => {
    const token = randomToken();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(randomToken()).not.toBe(token);
    expect(sameSecret(token, token.slice())).toBe(true);
    expect(sameSecret(`${token.slice(0, 31)}x`, token)).toBe(false);
    expect(sameSecret(token.slice(0, 16), token)).toBe(false);
    expect(sameSecret(`${token}${token}`, token)).toBe(false);
    expect(sameSecret("", token)).toBe(false);
    expect(sameSecret("", "")).toBe(true);
  });
});

describe("the depth of a message", () => {
  it("counts arrays and objects, not scalars, without recursion", () => {
    expect(nestsDeeperThan({ a: [1, { b: "x" }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [1, { b: {} }] }, 3)).toBe(true);
    expect(nestsDeeperThan("scalar", 0)).toBe(false);
    expect(nestsDeeperThan(JSON.parse(`${"[".repeat(30_000)}${"]".repeat(30_000)}`), 64)).toBe(true);
  });
});
