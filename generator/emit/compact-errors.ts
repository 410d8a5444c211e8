/**
 * Shrinks ajv's standalone code by replacing each error object literal
 *   {instancePath, schemaPath: "...", keyword: "type", params: {type: "string"}, message: "must be string"}
 * with a call to one small function, `cmapiError(instancePath, "type", {type: "string"})`.
 * About half of ajv's output is these literals, and prettier's time grows with the size of what it
 * formats. The runtime's readable errors use only instancePath, keyword and params.
 * A literal that does not parse as expected is left as it is.
 */

export const ERROR_FACTORY = "function cmapiError(instancePath, keyword, params) {\n  return { instancePath, keyword, params };\n}";

/** The end of the string literal that starts at `start` (its closing quote), or -1. */
function skipString(code: string, start: number): number {
  const quote = code[start];
  for (let index = start + 1; index < code.length; index++) {
    if (code[index] === "\\") index++;
    else if (code[index] === quote) return index;
  }
  return -1;
}

/** The index of the bracket that closes the one at `start`, skipping strings; -1 if unbalanced. */
function matchingClose(code: string, start: number): number {
  let depth = 0;
  for (let index = start; index < code.length; index++) {
    const char = code[index]!;
    if (char === '"' || char === "'" || char === "`") {
      index = skipString(code, index);
      if (index < 0) return -1;
    } else if (char === "{" || char === "(" || char === "[") depth++;
    else if (char === "}" || char === ")" || char === "]") {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** Splits an object literal's body at its top-level commas. */
function topLevelParts(body: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char === '"' || char === "'" || char === "`") {
      index = skipString(body, index);
      if (index < 0) return null;
    } else if (char === "{" || char === "(" || char === "[") depth++;
    else if (char === "}" || char === ")" || char === "]") depth--;
    else if (char === "," && depth === 0) {
      parts.push(body.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(body.slice(start));
  return parts.map((part) => part.trim());
}

function compactLiteral(literal: string): string | null {
  const parts = topLevelParts(literal.slice(1, -1));
  if (!parts) return null;
  const fields = new Map<string, string>();
  for (const part of parts) {
    const colon = part.indexOf(":");
    if (colon < 0) fields.set(part, part);
    else fields.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  const instancePath = fields.get("instancePath");
  const keyword = fields.get("keyword");
  const params = fields.get("params");
  const known = new Set(["instancePath", "schemaPath", "keyword", "params", "message"]);
  if (!instancePath || !keyword || !params || [...fields.keys()].some((key) => !known.has(key))) return null;
  return `cmapiError(${instancePath},${keyword},${params})`;
}

export function compactErrorObjects(code: string): { code: string; replaced: number } {
  let result = "";
  let from = 0;
  let replaced = 0;
  for (let at = code.indexOf("{instancePath", from); at >= 0; at = code.indexOf("{instancePath", from)) {
    const end = matchingClose(code, at);
    if (end < 0) break;
    const compact = compactLiteral(code.slice(at, end + 1));
    result += code.slice(from, at) + (compact ?? code.slice(at, end + 1));
    if (compact) replaced++;
    from = end + 1;
  }
  result += code.slice(from);
  return { code: replaced > 0 ? `${ERROR_FACTORY}\n${result}` : result, replaced };
}
