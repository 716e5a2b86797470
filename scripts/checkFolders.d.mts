// Types for checkFolders.mjs, so the tests that import it typecheck.
/** Folder → folder it imports → one file-level import that makes the arrow. */
export type FolderGraph = Map<string, Map<string, string>>;
export function folderOf(file: string): string | null;
export function folderGraph(files: readonly string[]): FolderGraph;
export function folderLoops(graph: FolderGraph): string[][];
