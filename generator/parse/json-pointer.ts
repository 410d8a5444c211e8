/**
 * Finds where a JSON pointer's value starts in a JSON text, so that a problem found after parsing
 * (reported at a pointer) can still be shown on its line, as CI annotations need.
 */
import { positionOf } from "../diagnostics.js";

/** Decodes "/a~1b/c~0d" into ["a/b", "c~d"]. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .replace(/^\//, "")
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * The line and column of the member or element the pointer names (of its key, for an object
 * member); the deepest existing ancestor when the pointer runs past the document; undefined when
 * the text is not JSON.
 */
export function locatePointer(text: string, pointer: string): { line: number; column: number; sourceLine: string } | undefined {
  const offset = new PointerWalker(text).find(pointerSegments(pointer));
  return offset === undefined ? undefined : positionOf(text, offset);
}

class PointerWalker {
  private offset = 0;
  constructor(private readonly text: string) {}

  find(segments: string[]): number | undefined {
    try {
      this.skipSpace();
      let found = this.offset;
      for (const segment of segments) {
        const next = this.enter(segment);
        if (next === undefined) break;
        found = next.at;
        this.offset = next.value;
      }
      return found;
    } catch {
      return undefined;
    }
  }

  /** Moves into the current value's member `segment`: where its key (or element) starts and where its value starts. */
  private enter(segment: string): { at: number; value: number } | undefined {
    const open = this.text[this.offset];
    if (open !== "{" && open !== "[") return undefined;
    this.offset++;
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.text[this.offset] === "}" || this.text[this.offset] === "]") return undefined;
      const at = this.offset;
      let matches: boolean;
      if (open === "{") {
        const key = JSON.parse(this.stringToken()) as string;
        this.skipSpace();
        this.expect(":");
        this.skipSpace();
        matches = key === segment;
      } else {
        matches = String(index) === segment;
      }
      if (matches) return { at, value: this.offset };
      this.skipValue();
      this.skipSpace();
      if (this.text[this.offset] === ",") this.offset++;
    }
  }

  private stringToken(): string {
    const start = this.offset;
    this.expect('"');
    while (this.text[this.offset] !== '"') {
      if (this.offset >= this.text.length) throw new Error("unterminated string");
      this.offset += this.text[this.offset] === "\\" ? 2 : 1;
    }
    this.offset++;
    return this.text.slice(start, this.offset);
  }

  private skipValue(): void {
    const char = this.text[this.offset];
    if (char === '"') {
      this.stringToken();
      return;
    }
    if (char === "{" || char === "[") {
      let depth = 0;
      do {
        const current = this.text[this.offset];
        if (current === '"') {
          this.stringToken();
          continue;
        }
        if (current === "{" || current === "[") depth++;
        if (current === "}" || current === "]") depth--;
        this.offset++;
        if (this.offset > this.text.length) throw new Error("unterminated value");
      } while (depth > 0);
      return;
    }
    while (this.offset < this.text.length && !",}] \t\r\n".includes(this.text[this.offset]!)) this.offset++;
  }

  private skipSpace(): void {
    while (" \t\r\n".includes(this.text[this.offset] ?? "x")) this.offset++;
  }

  private expect(char: string): void {
    if (this.text[this.offset] !== char) throw new Error(`expected ${char}`);
    this.offset++;
  }
}
