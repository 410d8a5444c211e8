/** `runtime/*.ts`: the hand-written runtime modules from templates/runtime, carried over unchanged. */
import type { EmitContext, GeneratedFiles } from "./context.js";

export function emitRuntime(modules: readonly string[], context: EmitContext): GeneratedFiles {
  return new Map(
    modules.map((module) => {
      const text = context.runtime.get(module);
      if (text === undefined) throw new Error(`templates/runtime/${module} is missing`);
      return [`runtime/${module}`, text];
    }),
  );
}
