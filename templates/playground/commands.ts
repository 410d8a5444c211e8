/**
 * The playground's request as a command to paste in a shell: curl for the HTTP transport (the POST
 * the client sends, its headers included, so the call runs in the page's session and at its level),
 * wscat for WebSocket (a new connection, so a session at user level).
 */
import type { CmapiRequestMessage } from "../runtime/protocol.js";

/** A word for a POSIX shell: single-quoted, a quote inside closed, escaped and reopened. */
export function shellWord(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlCommand(endpoint: string, headers: Readonly<Record<string, string>>, request: CmapiRequestMessage): string {
  const lines = [
    `curl -sS -X POST ${shellWord(endpoint)}`,
    ...Object.entries({ "Content-Type": "application/json", ...headers }).map(([name, value]) => `-H ${shellWord(`${name}: ${value}`)}`),
    `--data-raw ${shellWord(JSON.stringify(request))}`,
  ];
  return lines.join(" \\\n  ");
}

/** `-x` sends the request once connected; `-w` waits that many seconds for the answers (interim ones too) before closing. */
export function wscatCommand(endpoint: string, request: CmapiRequestMessage): string {
  return `wscat -c ${shellWord(endpoint)} -w 5 -x ${shellWord(JSON.stringify(request))}`;
}
