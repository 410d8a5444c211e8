/**
 * How deep a parsed JSON value nests, measured without recursion: a hostile message nested tens of
 * thousands of levels deep (64 KiB of `[`) parses fine, but would overflow the stack of any
 * recursive walk after it (a validator of a recursive type, JSON.stringify). Carried into generated/runtime/.
 */

/** The message's own object is level 1, its params level 2. The bundled spec's deepest message nests 7 levels. */
export const DEFAULT_MAX_MESSAGE_DEPTH = 64;

/** Whether `value` has arrays or objects nested more than `limit` levels deep (a scalar is level 0). Stops at the first too deep. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: next, depth } = pending.pop()!;
    if (typeof next !== "object" || next === null) continue;
    if (depth + 1 > limit) return true;
    const children: unknown[] = Array.isArray(next) ? next : Object.values(next);
    for (const child of children) if (typeof child === "object" && child !== null) pending.push({ value: child, depth: depth + 1 });
  }
  return false;
}
