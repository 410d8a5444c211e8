/**
 * The dispatcher's fuzz property for longer than the test suite runs it: random and mutated
 * JSON-RPC messages, each answered with a well-formed response, Object.prototype untouched.
 * Run: npx tsx bench/fuzz.ts [cases=100000] [seconds=300] [seed]
 */
import fc from "fast-check";
import { createCmapiCore } from "../generated/server.js";
import { skeletonHandlers } from "../generated/handlers.skeleton.js";
import { hostileText, isWellFormedResponse } from "../test/support/fuzz.js";

const cases = Number(process.argv[2] ?? 100_000);
const seconds = Number(process.argv[3] ?? 300);
const seed = process.argv[4] === undefined ? Date.now() : Number(process.argv[4]);
const core = createCmapiCore(skeletonHandlers, { log: () => undefined });
const session = core.openSession({ transport: "websocket", origin: undefined, remoteAddress: undefined, deliver: () => undefined });
const before = Object.getOwnPropertyNames(Object.prototype).join();
let checked = 0;
const started = Date.now();
const result = await fc.check(
  fc.asyncProperty(hostileText, async (text) => {
    checked++;
    const answer = await core.handleText(session, text);
    return isWellFormedResponse(answer) && ({} as Record<string, unknown>)["polluted"] === undefined;
  }),
  { numRuns: cases, interruptAfterTimeLimit: seconds * 1000, seed },
);
const untouched = Object.getOwnPropertyNames(Object.prototype).join() === before;
console.log(
  `fuzzed the dispatcher with ${checked} messages in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}): ${result.failed ? `FAILED: ${fc.defaultReportMessage(result)}` : "every answer well-formed"}; Object.prototype ${untouched ? "untouched" : "CHANGED"}`,
);
process.exit(result.failed || !untouched ? 1 : 0);
