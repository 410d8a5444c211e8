/**
 * The packages generated code imports that the consuming project installs itself: `ws` at run
 * time (the Node client entry and the server), and the type packages a TypeScript project compiles it with.
 */

export interface PeerPackage {
  name: string;
  range: string;
  /** Needed to run the code, or only to type-check it. */
  kind: "runtime" | "types";
  why: string;
}

/** 8.17.1 fixes CVE-2024-37890 (a crash on too many headers). */
export const WS: PeerPackage = { name: "ws", range: "^8.17.1", kind: "runtime", why: "the Node WebSocket client and server" };
export const TYPES_WS: PeerPackage = { name: "@types/ws", range: "^8.5.10", kind: "types", why: "the types of ws" };
export const TYPES_NODE: PeerPackage = { name: "@types/node", range: ">=20", kind: "types", why: "the types of node:http, node:dns and Buffer" };

/** `npm install ws@^8.17.1`, or `npm install -D @types/ws@^8.5.10` for type packages. */
export function installLine(packages: readonly PeerPackage[]): string {
  const line = (list: PeerPackage[], dev: boolean) => (list.length === 0 ? [] : [`npm install ${dev ? "-D " : ""}${list.map((item) => `"${item.name}@${item.range}"`).join(" ")}`]);
  return [
    ...line(
      packages.filter((item) => item.kind === "runtime"),
      false,
    ),
    ...line(
      packages.filter((item) => item.kind === "types"),
      true,
    ),
  ].join(" && ");
}

/** The comment an entry module starts with, naming what it needs (at run time; and to compile it, for TypeScript). */
export function requirementComment(packages: readonly PeerPackage[]): string {
  const names = (kind: PeerPackage["kind"]) =>
    packages
      .filter((item) => item.kind === kind)
      .map((item) => `${item.name}@${item.range}`)
      .join(", ");
  const runtime = packages.filter((item) => item.kind === "runtime");
  const types = packages.filter((item) => item.kind === "types");
  const lines = [`Needs ${names("runtime")} at run time: ${installLine(runtime)}`];
  if (types.length > 0) lines.push(`and in TypeScript ${names("types")}: ${installLine(types)}`);
  return `/* ${lines.join("\n * ")} */\n`;
}
