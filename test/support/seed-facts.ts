/**
 * The facts of the standard that the tests compare the spec files with, extracted from the seed's
 * text and kept in the repository (`test/fixtures/seed-facts.json`), so that a clone without the
 * seed beside it still tests against the OMA text. `seed-facts.test.ts` re-extracts whenever the
 * seed is at hand, so the fixture cannot drift from it.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { messageTable, scrRows, seedExamples, table4Rows, table5Rows, type MessageMember, type ScrRow, type SeedExample, type Table4Row, type Table5Row } from "./seed-extract.js";

export interface SeedFacts {
  /** The seed file's name, so a reader of the fixture knows what it was extracted from. */
  extractedFrom: string;
  messageTables: { 1: MessageMember[]; 2: MessageMember[]; 3: MessageMember[] };
  table4: Table4Row[];
  table5: Table5Row[];
  scr: ScrRow[];
  examples: SeedExample[];
}

export const SEED_FACTS_FILE = fileURLToPath(new URL("../fixtures/seed-facts.json", import.meta.url));

export function extractSeedFacts(text: string, fileName: string): SeedFacts {
  return {
    extractedFrom: fileName,
    messageTables: { 1: messageTable(text, 1), 2: messageTable(text, 2), 3: messageTable(text, 3) },
    table4: table4Rows(text),
    table5: table5Rows(text),
    scr: scrRows(text),
    examples: seedExamples(text),
  };
}

export function seedFactsText(facts: SeedFacts): string {
  return `${JSON.stringify(facts, null, 2)}\n`;
}

const SHARED_SEED_DIR = fileURLToPath(new URL("../../../shared/seed/", import.meta.url));

/**
 * The seed's text file: `OPENCMAPI_SEED` when set (a file), else the one .txt file in
 * `../shared/seed/` beside the checkout; undefined when neither is there.
 */
export function locateSeed(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env["OPENCMAPI_SEED"];
  if (named !== undefined && named !== "") {
    const file = resolve(named);
    if (!existsSync(file)) throw new Error(`OPENCMAPI_SEED names ${file}, which does not exist`);
    return file;
  }
  if (!existsSync(SHARED_SEED_DIR)) return undefined;
  const texts = readdirSync(SHARED_SEED_DIR).filter((name) => name.endsWith(".txt"));
  if (texts.length !== 1) throw new Error(`expected one .txt file in ${SHARED_SEED_DIR}, found ${texts.length}: name the seed with OPENCMAPI_SEED`);
  return join(SHARED_SEED_DIR, texts[0]!);
}
