/**
 * Runs the lint rules a config switches on over a spec, drops the findings an ignore silences, and
 * places the rest in the spec files, ready for report-format.ts.
 */
import type { SpecTexts } from "../load.js";
import type { Api } from "../model/api.js";
import type { Finding } from "../report-format.js";
import { enabledRules, type LintConfig } from "./config.js";
import { subjectLabel, type RuleFinding } from "./finding.js";
import { IGNORE_COMMENT, specPlaces } from "./places.js";
import { LINT_RULES, RULE_IDS } from "./rules.js";

export interface LintResult {
  /** The rules that ran, in the registry's order. */
  rules: string[];
  findings: Finding[];
  /** Findings an ignore silenced. */
  ignored: number;
}

export function lintSpec(api: Api, texts: SpecTexts, config: LintConfig): LintResult {
  const rules = enabledRules(config);
  const places = specPlaces(api, texts);
  const raw: RuleFinding[] = LINT_RULES.filter((rule) => rules.includes(rule.id)).flatMap((rule) => rule.check?.(api) ?? []);
  const kept = raw.filter((finding) => !places.ignoredRules(finding.subject).has(finding.rule));
  const findings: Finding[] = kept.map((finding) => {
    const place = places.locate(finding.subject);
    const { sourceLine, ...location } = place ?? { file: "" };
    return {
      severity: "error",
      rule: finding.rule,
      message: place ? finding.message : `${finding.message} (${subjectLabel(finding.subject)})`,
      ...(place ? { location } : {}),
      ...(sourceLine !== undefined ? { sourceLine } : {}),
    };
  });
  if (rules.includes("IGNORE_KNOWN_RULE")) {
    for (const ignore of places.ignores) {
      const problem = ignore.problem ?? (RULE_IDS.has(ignore.rule) ? undefined : `${IGNORE_COMMENT} names "${ignore.rule}", which is no lint rule (opencmapi-gen lint --list-rules lists them)`);
      if (problem === undefined) continue;
      const { sourceLine, ...location } = ignore.place;
      findings.push({ severity: "error", rule: "IGNORE_KNOWN_RULE", message: problem, location, ...(sourceLine !== undefined ? { sourceLine } : {}) });
    }
  }
  const fileOrder = [...texts.idl, ...texts.schema].map((text) => text.file);
  return { rules, findings: findings.sort((a, b) => byPlace(a, b, fileOrder)), ignored: raw.length - kept.length };
}

/** The WebIDL files first, as given, then the schema files; line by line in each. */
function byPlace(a: Finding, b: Finding, fileOrder: readonly string[]): number {
  const file = fileOrder.indexOf(a.location?.file ?? "") - fileOrder.indexOf(b.location?.file ?? "");
  if (file !== 0) return file;
  const line = (a.location?.line ?? Infinity) - (b.location?.line ?? Infinity);
  if (line !== 0 && !Number.isNaN(line)) return line;
  return (a.location?.column ?? 0) - (b.location?.column ?? 0) || (a.rule ?? "").localeCompare(b.rule ?? "");
}

/** "DESCRIPTION_MEMBER: 12, NUMERIC_UNIT: 3": the findings counted by rule, for the summary line and the JSON report. */
export function countByRule(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { id } of LINT_RULES) {
    const count = findings.filter((finding) => finding.rule === id).length;
    if (count > 0) counts[id] = count;
  }
  return counts;
}

/** The last line of a text report: "opencmapi-gen lint: 3 findings (NUMERIC_UNIT 2, DEFINITION_USED 1); 18 rules, 1 ignored". */
export function lintSummary(result: LintResult, counts: Record<string, number>): string {
  const total = result.findings.length;
  const byRule = Object.entries(counts).map(([rule, count]) => `${rule} ${count}`);
  const found = total === 0 ? "no findings" : `${total} finding${total === 1 ? "" : "s"} (${byRule.join(", ")})`;
  return `opencmapi-gen lint: ${found}; ${result.rules.length} rules${result.ignored > 0 ? `, ${result.ignored} ignored` : ""}\n`;
}
