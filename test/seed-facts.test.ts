/** The fixture of seed facts is what the seed's text says, re-extracted whenever the seed is at hand. */
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_FACTS_FILE, extractSeedFacts, locateSeed, seedFactsText } from "./support/seed-facts.js";
import { isAvailable } from "./support/requirements.js";
import { tempDir } from "./support/generation.js";

const seed = locateSeed();
const seedIsHere = isAvailable("the seed text (../shared/seed/ or OPENCMAPI_SEED)", seed !== undefined, "set OPENCMAPI_SEED to the seed's .txt file to compare test/fixtures/seed-facts.json with it");

describe.runIf(seedIsHere)("test/fixtures/seed-facts.json", () => {
  it("is exactly what the extraction script writes from the seed today (npm run seed:extract)", () => {
    const extracted = seedFactsText(extractSeedFacts(readFileSync(seed!, "utf8"), basename(seed!)));
    expect(readFileSync(SEED_FACTS_FILE, "utf8")).toBe(extracted);
  });
});

describe("locating the seed", () => {
  it("takes OPENCMAPI_SEED first, and says so when it names nothing", async () => {
    const dir = await tempDir();
    const file = join(dir, "seed.txt");
    await writeFile(file, "text");
    expect(locateSeed({ OPENCMAPI_SEED: file })).toBe(file);
    expect(() => locateSeed({ OPENCMAPI_SEED: join(dir, "missing.txt") })).toThrow(/OPENCMAPI_SEED names .*missing\.txt, which does not exist/);
  });
});

describe("the fixture", () => {
  it("holds every table the tests use, none of them empty", () => {
    const facts = JSON.parse(readFileSync(SEED_FACTS_FILE, "utf8")) as ReturnType<typeof extractSeedFacts>;
    expect(facts.table4.length).toBe(228);
    expect(facts.table5.length).toBe(21);
    expect(facts.scr.length).toBeGreaterThan(100);
    expect(facts.examples.map((example) => example.name)).toEqual(["request", "response", "error response", "callback"]);
    for (const table of [1, 2, 3] as const) expect(facts.messageTables[table].length).toBeGreaterThan(2);
  });
});
