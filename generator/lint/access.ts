/**
 * ACCESS_DECLARED: every function and callback says which access level it needs. One that does not
 * needs "administrator" (deny by default), which is safe but rarely what its author meant.
 */
import type { Api } from "../model/api.js";
import type { RuleFinding } from "./finding.js";

const HINT = "add [Access=user], [Access=administrator] or [Access=operator]; without it the device asks for administrator";

/** A spec without CMAPI_API_Open has no way to grant a level above user: say so once, on its first function that needs one. */
function ungrantable(api: Api): RuleFinding[] {
  if (api.methods.some((method) => method.name === "CMAPI_API_Open")) return [];
  const first = api.methods.find((method) => method.accessDeclared && method.access !== "user");
  if (!first) return [];
  return [
    {
      rule: "ACCESS_DECLARED",
      subject: { kind: "function", name: first.name },
      message: `function ${first.name} needs ${first.access}, but the spec declares no CMAPI_API_Open, which grants levels: no session can ever call it (add the API group, or declare it [Access=user])`,
    },
  ];
}

export const accessDeclarations = (api: Api): RuleFinding[] => [
  ...ungrantable(api),
  ...api.methods.filter((method) => !method.accessDeclared).map((method): RuleFinding => ({ rule: "ACCESS_DECLARED", subject: { kind: "function", name: method.name }, message: `function ${method.name} declares no access level: ${HINT}` })),
  ...api.callbacks
    .filter((callback) => !callback.accessDeclared)
    .map((callback): RuleFinding => ({ rule: "ACCESS_DECLARED", subject: { kind: "callback", name: callback.callbackId }, message: `callback ${callback.callbackId} declares no access level: ${HINT}` })),
];
