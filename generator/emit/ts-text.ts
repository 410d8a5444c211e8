/** Small helpers for text that goes into generated TypeScript. */

/** Doc comment text that cannot close the comment early. */
export function quoteDoc(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}

/** A JavaScript literal for a JSON value, stable across runs. */
export function literal(value: unknown): string {
  return JSON.stringify(value);
}
