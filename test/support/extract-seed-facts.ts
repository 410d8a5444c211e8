/**
 * Writes test/fixtures/seed-facts.json from the seed's text.
 * Run: npm run seed:extract [-- path/to/seed.txt]   (default: OPENCMAPI_SEED, else ../shared/seed/)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { SEED_FACTS_FILE, extractSeedFacts, locateSeed, seedFactsText } from "./seed-facts.js";

const seed = process.argv[2] ?? locateSeed();
if (seed === undefined) {
  process.stderr.write("no seed found: pass its path, or set OPENCMAPI_SEED\n");
  process.exit(2);
}
const facts = extractSeedFacts(readFileSync(seed, "utf8"), basename(seed));
writeFileSync(SEED_FACTS_FILE, seedFactsText(facts));
process.stdout.write(`${SEED_FACTS_FILE}: ${facts.table4.length} Table 4 rows, ${facts.table5.length} Table 5 rows, ${facts.scr.length} SCR rows, ${facts.examples.length} examples\n`);
