/**
 * NUMERIC_UNIT: a number whose name says it is a quantity (a signal level, a duration, a rate, a
 * size, a frequency, a position) names its unit in its description, so that two implementations
 * agree on what 30 means. The word lists are the project's decision, documented in README.md.
 */
import type { Api, TypeRef } from "../model/api.js";
import type { RuleFinding, Subject } from "./finding.js";
import { subjectLabel } from "./finding.js";
import { isNumeric, typeIndex, type TypeIndex } from "./types.js";
import { nameWords } from "./words.js";

/** A word of the name that makes it a quantity. */
// prettier-ignore
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  // radio measurements
  "rssi", "rsrp", "rsrq", "rscp", "snr", "sinr", "ecio", "ecno", "power", "level",
  // time
  "timeout", "duration", "interval", "delay", "period", "uptime", "age", "time", "ms", "seconds", "secs", "minutes", "hours", "days",
  // throughput and data
  "speed", "rate", "bandwidth", "kbps", "mbps", "bps", "bytes", "size",
  // radio frequency
  "frequency", "freq", "hz", "khz", "mhz", "ghz", "dbm", "db",
  // position
  "latitude", "longitude", "altitude", "accuracy", "distance", "bearing", "heading", "elevation", "azimuth",
  // device
  "temperature", "voltage",
]);

/** A last word that makes the name a count, an identifier or a code, not a quantity (`rateType`, `powerClass`). */
const NOT_QUANTITY_ENDINGS: ReadonlySet<string> = new Set(["id", "index", "count", "elements", "number", "mask", "type", "code", "class", "mode", "state", "status", "version", "flags"]);

/** Units as written in a description: symbols (case matters: mW is not MW) and words. */
// prettier-ignore
const UNIT_SYMBOLS = [
  "dBm", "dBi", "dB", "mW", "µs", "ms", "ns", "bit/s", "kbit/s", "Mbit/s", "Gbit/s", "bps", "kbps", "Mbps", "Gbps",
  "kB", "KB", "KiB", "MB", "MiB", "GB", "GiB", "Hz", "kHz", "MHz", "GHz", "km", "km/h", "m/s", "°C", "mV", "mA", "mAh", "ASU",
];
/** One-letter symbols, counted only after a space, a digit or "(" (so that "network(s)" or "it's" is no unit). */
const SHORT_SYMBOLS = ["s", "m", "W", "V", "h"];
// prettier-ignore
const UNIT_WORDS = [
  "seconds?", "milliseconds?", "microseconds?", "minutes?", "hours?", "days?", "bytes?", "kilobytes?", "megabytes?", "octets?", "bits?", "kilobits?", "megabits?",
  "percent", "percentage", "degrees?", "metres?", "meters?", "kilometres?", "kilometers?", "celsius", "hertz", "decibels?", "watts?", "volts?",
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const UNIT = new RegExp([`(?<![A-Za-z'’_])(?:${UNIT_SYMBOLS.map(escape).join("|")})(?![A-Za-z0-9_])`, `(?:(?<=^|[\\s\\d])|(?<=(?:^|\\s)\\())(?:${SHORT_SYMBOLS.join("|")})(?![A-Za-z0-9_'’])`, `%|°`].join("|"));
const UNIT_WORD = new RegExp(`\\b(?:${UNIT_WORDS.join("|")})\\b`, "i");

export const namesUnit = (description: string): boolean => UNIT.test(description) || UNIT_WORD.test(description);

const WHOLE_UNIT = new RegExp(`^(?:${UNIT.source})$`);
const WHOLE_UNIT_WORD = new RegExp(`^(?:${UNIT_WORDS.join("|")})$`, "i");
/** Whether one word is a unit ("dBm", "%", "s", "minutes"), by the same lists as namesUnit. */
export const isUnit = (word: string): boolean => WHOLE_UNIT.test(word) || WHOLE_UNIT_WORD.test(word);

export function isQuantityName(name: string): boolean {
  const words = nameWords(name);
  return words.some((word) => QUANTITY_WORDS.has(word)) && !NOT_QUANTITY_ENDINGS.has(words.at(-1) ?? "");
}

function check(subject: Subject, name: string, type: TypeRef, description: string, types: TypeIndex): RuleFinding[] {
  if (!isNumeric(type, types) || !isQuantityName(name) || namesUnit(description)) return [];
  return [{ rule: "NUMERIC_UNIT", subject, message: `${subjectLabel(subject)} is a quantity: its description names no unit (dBm, dB, ms, s, kbit/s, bytes, %, MHz, degrees, m, ...)` }];
}

export function numericUnits(api: Api): RuleFinding[] {
  const types = typeIndex(api);
  return [
    ...api.methods.flatMap((method) => method.params.flatMap((param) => check({ kind: "param", function: method.name, name: param.name }, param.name, param.type, param.description, types))),
    ...api.types.flatMap((type) => (type.kind !== "dictionary" ? [] : type.members.flatMap((member) => check({ kind: "member", type: type.name, name: member.name }, member.name, member.type, member.description, types)))),
  ];
}
