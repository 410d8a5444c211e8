/** Names as words, for the rules that read what a name says (quantities, secrets, restated descriptions). */

/** `RFInfoListElements` → rf info list elements; `ipv6PrefixLength` → ipv6 prefix length; `low_power` → low power. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** Words a description may add to a name and still say nothing more. */
const FILLER = new Set(["a", "an", "the", "of", "its", "this", "that", "is"]);

/**
 * A description that only restates the name ("ssid: The SSID.", "deviceId: The device ID."):
 * nothing is left once the name's words (singular or plural), articles and punctuation are removed.
 */
export function restatesName(description: string, name: string): boolean {
  const named = new Set(nameWords(name));
  const isNamed = (word: string) => named.has(word) || named.has(word.replace(/e?s$/, "")) || named.has(`${word}s`);
  return description
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .every((word) => isNamed(word) || FILLER.has(word));
}
