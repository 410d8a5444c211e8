/**
 * Test data from the seed specification (Tables 1-5, the SCR rows, the message examples), read from
 * the fixture extracted from its text (see seed-facts.ts), so that tests compare the spec files with
 * the OMA text rather than with a hand copy of it.
 */
import { readFileSync } from "node:fs";
import { SEED_FACTS_FILE, type SeedFacts } from "./seed-facts.js";
import type { MessageMember, ScrRow, SeedExample, Table4Row, Table5Row } from "./seed-extract.js";

export type { MessageMember, ScrRow, SeedExample, Table4Row, Table5Row } from "./seed-extract.js";

let facts: SeedFacts | undefined;
const seedFacts = (): SeedFacts => (facts ??= JSON.parse(readFileSync(SEED_FACTS_FILE, "utf8")) as SeedFacts);

/** Every row of Table 4 (Return Values & Error Codes), in order, with its category heading. */
export const table4Rows = (): Table4Row[] => seedFacts().table4;

/** Every row of Table 5 (UICC status words). */
export const table5Rows = (): Table5Row[] => seedFacts().table5;

/** Every SCR row of section 7's device-class tables that survives in the seed. */
export const scrRows = (): ScrRow[] => seedFacts().scr;

/** The four message examples of section 5.2.5, in order: request, success, error, callback. */
export const seedExamples = (): SeedExample[] => seedFacts().examples;

/** The members of Table 1, 2 or 3 (the CMAPI message structures), with their type and optionality. */
export const messageTable = (table: 1 | 2 | 3): MessageMember[] => seedFacts().messageTables[table];
