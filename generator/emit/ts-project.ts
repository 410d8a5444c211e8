/**
 * The in-memory ts-morph project the TypeScript emitters build their files in. Its settings give
 * those files their final layout: only types.ts goes through prettier afterwards (see format.ts).
 */
import { IndentationText, NewLineKind, Project, QuoteKind } from "ts-morph";

export function inMemoryProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipFileDependencyResolution: true,
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double, newLineKind: NewLineKind.LineFeed },
  });
}
