/**
 * The ready-made credentials of a device: one secret per access level above "user", kept as scrypt
 * hashes (node:crypto; never the secret itself), compared in constant time. A session that calls
 * CMAPI_API_Open (or SetAccessLevel) with a level's secret as its securityRequest gets that level,
 * and a higher level's secret also grants the lower ones. A vendor with another scheme (a signed
 * token, a PAM login) writes its own CredentialsVerifier. Server only (Node); carried into
 * generated/runtime/.
 *
 * A hash is written `scrypt$<N>$<r>$<p>$<salt, base64>$<hash, base64>`, so that a device can raise
 * the cost later without invalidating the hashes it has. The default cost (N = 2^14, r = 8: 16 MiB
 * and about 50 ms per check on a laptop core) is sized for a device with 64 MB; guessing is slowed
 * further by the throttle (throttle.ts).
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { ACCESS_LEVELS, grants, isAccessLevel, type AccessLevel } from "./access.js";
import type { CredentialsVerifier } from "./server.js";

export type { CredentialsVerifier };

export const SCRYPT_COST = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

function derive(secret: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize("NFC"), salt, KEY_BYTES, { ...cost, maxmem: 128 * cost.N * cost.r * 2 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** The stored form of a secret. */
export async function hashSecret(secret: string, cost: { N: number; r: number; p: number } = SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$");
}

interface ParsedHash {
  cost: { N: number; r: number; p: number };
  salt: Buffer;
  key: Buffer;
}

function parseHash(level: string, text: unknown): ParsedHash {
  const parts = typeof text === "string" ? text.split("$") : [];
  const [scheme, N, r, p, salt, key] = parts;
  const numbers = [N, r, p].map(Number);
  if (parts.length !== 6 || scheme !== "scrypt" || !numbers.every((value) => Number.isInteger(value) && value > 0) || !salt || !key) {
    throw new Error(`the ${level} credential is not a hash of the form scrypt$N$r$p$salt$hash (make one with hashSecret)`);
  }
  return { cost: { N: numbers[0]!, r: numbers[1]!, p: numbers[2]! }, salt: Buffer.from(salt, "base64"), key: Buffer.from(key, "base64") };
}

/** Secrets per level, as hashes (`hashSecret`). A level without one cannot be granted. */
export type HashedSecrets = Partial<Record<Exclude<AccessLevel, "user">, string>>;

export function hashedSecrets(hashes: HashedSecrets): CredentialsVerifier {
  const entries = Object.entries(hashes).flatMap(([level, text]) => {
    if (text === undefined) return [];
    if (!isAccessLevel(level) || level === "user") throw new Error(`credentials are kept for "administrator" and "operator", not ${JSON.stringify(level)}`);
    return [{ level, hash: parseHash(level, text) }];
  });
  const levels = ACCESS_LEVELS.filter((level) => level !== "user" && entries.some((entry) => grants(entry.level, level)));
  return {
    levels,
    async verify(securityRequest) {
      let proven: AccessLevel | null = null;
      // Every hash is checked, so that the time taken does not tell which level matched.
      for (const { level, hash } of entries) {
        const key = await derive(securityRequest, hash.salt, hash.cost);
        if (key.length === hash.key.length && timingSafeEqual(key, hash.key) && (proven === null || grants(level, proven))) proven = level;
      }
      return proven;
    },
  };
}

/** Reads a credentials file: JSON `{ "administrator": "<hash>", "operator": "<hash>" }`. */
export async function readCredentialsFile(path: string): Promise<HashedSecrets> {
  const text = await readFile(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON: it holds { "administrator": "<hash>" } (make one with hashSecret)`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`${path} must hold a JSON object of hashes by level`);
  return parsed as HashedSecrets;
}

/**
 * Writes a credentials file readable by its owner only (0600), its folder made if needed. Without
 * `replace` it refuses to overwrite one (EEXIST), so that two first starts cannot both make a secret.
 */
export async function writeCredentialsFile(path: string, hashes: HashedSecrets, options: { replace?: boolean } = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(hashes, null, 2)}\n`, { mode: 0o600, flag: options.replace ? "w" : "wx" });
  await chmod(path, 0o600); // the mode applies only when the file is created
}

/** A new random secret, for a device's first start: 24 bytes, base64url (32 characters). */
export const randomSecret = (): string => randomBytes(24).toString("base64url");
