// `npm run lint` (after ESLint): fails when two folders of src/ import each other, directly or round a loop.
// A folder is a top-level folder of src/ (model, store, …) or a room of the editor (editor/canvas, …); the
// files right in src/editor/ are the editor's base, which its rooms share. ESLint's rules say which way each
// arrow may point; this says that no arrows make a loop, which no per-file rule can see.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const SPECIFIER = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]*)['"]/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** "model", "editor/canvas", or "editor" for the editor's own base files; null outside src/. */
export function folderOf(file) {
  const parts = path.relative(src, file).split(path.sep);
  if (parts[0] === '..' || parts.length < 2) return null;
  if (parts[0] === 'editor' && parts.length > 2) return `editor/${parts[1]}`;
  return parts[0];
}

function resolved(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Folder → folder → one file-level import that makes the arrow, for the message. */
export function folderGraph(files) {
  const graph = new Map();
  for (const file of files) {
    const from = folderOf(file);
    if (from === null) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = resolved(file, match[1]);
      const to = target && folderOf(target);
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      const arrows = graph.get(from);
      if (!arrows.has(to)) arrows.set(to, `${path.relative(root, file)} → ${match[1]}`);
    }
  }
  return graph;
}

/**
 * The groups of folders that reach one another (strongly connected components of more than one folder, by
 * Tarjan's algorithm: linear in the arrows, whatever the graph).
 */
export function folderLoops(graph) {
  const folders = new Set([...graph.keys(), ...[...graph.values()].flatMap((arrows) => [...arrows.keys()])]);
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const loops = [];
  let counter = 0;
  const connect = (folder) => {
    index.set(folder, counter);
    low.set(folder, counter);
    counter += 1;
    stack.push(folder);
    onStack.add(folder);
    for (const next of graph.get(folder)?.keys() ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(folder, Math.min(low.get(folder), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(folder, Math.min(low.get(folder), index.get(next)));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== folder);
    if (group.length > 1) loops.push(group.sort());
  };
  for (const folder of folders) if (!index.has(folder)) connect(folder);
  return loops;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = folderGraph(sourceFiles(src));
  const loops = folderLoops(graph);
  if (loops.length === 0) {
    console.log(`folders: ${graph.size} folders of src/ import one another in no loop`);
  } else {
    for (const loop of loops) {
      const members = new Set(loop);
      const arrows = loop.flatMap((folder) =>
        [...(graph.get(folder) ?? [])]
          .filter(([to]) => members.has(to))
          .map(([to, example]) => `  ${folder} → ${to} (${example})`),
      );
      console.error(`These folders import one another in a loop:\n${arrows.join('\n')}`);
    }
    process.exitCode = 1;
  }
}
