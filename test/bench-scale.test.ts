/** bench/scale.ts, run small: the benchmark of large specs keeps working (its spec copier follows the WebIDL's layout). */
import { afterEach, describe, expect, it, vi } from "vitest";
import { main, scaledSpec } from "../bench/scale.js";
import { apiFromTexts } from "../generator/load.js";
import { bundledApi } from "./support/api.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("bench/scale.ts", () => {
  it("copies every function but the Callback group's, each a valid function of the spec it makes", async () => {
    const bundled = await bundledApi();
    const copied = bundled.methods.filter((method) => method.group !== "Callback").length;
    const scaled = apiFromTexts(scaledSpec(3));
    expect(scaled.methods).toHaveLength(bundled.methods.length + 2 * copied);
    expect(scaled.methods.map((method) => method.name)).toEqual(expect.arrayContaining(["CMAPI_WLAN_ScanR2", "CMAPI_WLAN_ScanR3", "CMAPI_API_OpenR3"]));
  });

  it("runs end to end at twice the bundled spec: the stages, the second run that finds nothing changed, and the CLI's peak memory", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: unknown) => void lines.push(String(line)));
    await main([2]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^ {3}2x +\d+ functions {2}model .* total .* again, nothing changed .* output [\d.]+ MiB$/);
    expect(lines[2]).toMatch(/the CLI, cold, in its own process: \d+ ms \([\d.]+ per function\), peak RSS \d+ MiB$/);
  }, 120_000);
});
