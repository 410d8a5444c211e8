/**
 * Naming conventions: functions and callbacks CMAPI_<Group>_<Function> with a PascalCase function;
 * params and members lowerCamelCase (a leading acronym kept in capitals, as the seed's RFInfoList);
 * types PascalCase; the values of one enum in one style.
 */
import type { Api } from "../model/api.js";
import type { RuleFinding } from "./finding.js";

const FUNCTION_NAME = /^CMAPI_[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*$/;
const HAS_LOWER = /[a-z]/;

export function functionNames(api: Api): RuleFinding[] {
  const check = (name: string, subject: RuleFinding["subject"], what: string): RuleFinding[] => {
    const functionPart = name.split("_").slice(2).join("_");
    if (FUNCTION_NAME.test(name) && HAS_LOWER.test(functionPart)) return [];
    return [{ rule: "FUNCTION_NAME_CONVENTION", subject, message: `${what} ${name} is not named CMAPI_<Group>_<Function> with a PascalCase <Function> (like CMAPI_Network_GetRFInfo)` }];
  };
  return [
    ...api.methods.flatMap((method) => check(method.name, { kind: "function", name: method.name }, "function")),
    ...api.callbacks.flatMap((callback) => check(callback.callbackId, { kind: "callback", name: callback.callbackId }, "callback")),
  ];
}

/** lowerCamelCase, where a leading acronym may stay in capitals (`ssid`, `maxDataRateDL`, `RFInfoList`, `IMEI`); not `DeviceId`, not `device_id`. */
export const isLowerCamelCase = (name: string): boolean => /^[A-Za-z][A-Za-z0-9]*$/.test(name) && !/^[A-Z][a-z]/.test(name);

export const isPascalCase = (name: string): boolean => /^[A-Z][A-Za-z0-9]*$/.test(name);

export const paramNames = (api: Api): RuleFinding[] =>
  api.methods.flatMap((method) =>
    method.params
      .filter((param) => !isLowerCamelCase(param.name))
      .map((param) => ({ rule: "PARAM_LOWER_CAMEL_CASE", subject: { kind: "param", function: method.name, name: param.name }, message: `parameter ${param.name} of ${method.name} is not lowerCamelCase` }) satisfies RuleFinding),
  );

export const memberNames = (api: Api): RuleFinding[] =>
  api.types.flatMap((type) =>
    type.kind !== "dictionary"
      ? []
      : type.members
          .filter((member) => !isLowerCamelCase(member.name))
          .map((member) => ({ rule: "MEMBER_LOWER_CAMEL_CASE", subject: { kind: "member", type: type.name, name: member.name }, message: `member ${type.name}.${member.name} is not lowerCamelCase` }) satisfies RuleFinding),
  );

export const typeNames = (api: Api): RuleFinding[] =>
  api.types.filter((type) => !isPascalCase(type.name)).map((type) => ({ rule: "TYPE_PASCAL_CASE", subject: { kind: "type", name: type.name }, message: `type ${type.name} is not PascalCase` }) satisfies RuleFinding);

/** The styles an enum value can be written in. A value fits several when it is one word ("on" is lower_snake_case and lowerCamelCase). */
export const ENUM_VALUE_STYLES = {
  UPPER_SNAKE_CASE: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/,
  lower_snake_case: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
  lowerCamelCase: /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$/,
  PascalCase: /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/,
  "kebab-case": /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
} as const;

const stylesOf = (value: string) => Object.entries(ENUM_VALUE_STYLES).flatMap(([style, pattern]) => (pattern.test(value) ? [style] : []));

/**
 * The values of one enum follow one style. A value that fits no style is a proper name written as
 * its standard writes it ("IPv4", "2.4GHz", a callback id) and does not count.
 */
export function enumValueStyles(api: Api): RuleFinding[] {
  return api.types.flatMap((type): RuleFinding[] => {
    if (type.kind !== "enum") return [];
    const styled = type.values.map((value) => ({ value, styles: stylesOf(value) })).filter((entry) => entry.styles.length > 0);
    const counts = new Map<string, number>();
    for (const { styles } of styled) for (const style of styles) counts.set(style, (counts.get(style) ?? 0) + 1);
    const [style, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    if (count === styled.length) return [];
    return styled
      .filter((entry) => !entry.styles.includes(style))
      .map(({ value }) => ({ rule: "ENUM_VALUE_STYLE_CONSISTENT", subject: { kind: "enum-value", type: type.name, value }, message: `enum ${type.name} writes its values in ${style}, but "${value}" is ${stylesOf(value).join(" or ")}` }));
  });
}
