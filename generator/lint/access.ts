/**
 * ACCESS_DECLARED: every function and callback says which access level it needs. One that does not
 * needs "administrator" (deny by default), which is safe but rarely what its author meant.
 */
import type { Api } from "../model/api.js";
import type { RuleFinding } from "./finding.js";

const HINT = "add [Access=user], [Access=administrator] or [Access=operator]; without it the device asks for administrator";

export const accessDeclarations = (api: Api): RuleFinding[] => [
  ...api.methods.filter((method) => !method.accessDeclared).map((method): RuleFinding => ({ rule: "ACCESS_DECLARED", subject: { kind: "function", name: method.name }, message: `function ${method.name} declares no access level: ${HINT}` })),
  ...api.callbacks
    .filter((callback) => !callback.accessDeclared)
    .map((callback): RuleFinding => ({ rule: "ACCESS_DECLARED", subject: { kind: "callback", name: callback.callbackId }, message: `callback ${callback.callbackId} declares no access level: ${HINT}` })),
];
