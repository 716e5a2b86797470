// The folder-loop check of `npm run lint`: which folder a file is in, and the loops of folders it reports.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderLoops, folderOf, type FolderGraph } from '../../../scripts/checkFolders.mjs';

const src = path.resolve(import.meta.dirname, '../../../src');

function graphOf(arrows: readonly (readonly [string, string])[]): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const [from, to] of arrows) {
    if (!graph.has(from)) graph.set(from, new Map());
    graph.get(from)?.set(to, `${from}/a.ts → ../${to}/b`);
  }
  return graph;
}

describe('folderOf', () => {
  it('names top-level folders, editor rooms, and the editor base', () => {
    expect(folderOf(path.join(src, 'model/deck.ts'))).toBe('model');
    expect(folderOf(path.join(src, 'model/layouts/grid.ts'))).toBe('model');
    expect(folderOf(path.join(src, 'editor/canvas/keys/canvasKeys.ts'))).toBe('editor/canvas');
    expect(folderOf(path.join(src, 'editor/editorServices.ts'))).toBe('editor');
    expect(folderOf(path.join(src, 'main.tsx'))).toBeNull();
  });
});

describe('folderLoops', () => {
  it('finds none in layers that only point down', () => {
    const graph = graphOf([
      ['editor/shell', 'editor/canvas'],
      ['editor/canvas', 'store'],
      ['store', 'model'],
      ['editor/shell', 'model'],
    ]);
    expect(folderLoops(graph)).toEqual([]);
  });

  it('finds two folders that import each other, and a longer loop, each once', () => {
    const graph = graphOf([
      ['home', 'editor'],
      ['editor', 'home'],
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'model'],
    ]);
    expect(folderLoops(graph).sort()).toEqual([
      ['a', 'b', 'c'],
      ['editor', 'home'],
    ]);
  });

  it('stays linear on a dense graph of many folders', () => {
    const arrows: [string, string][] = [];
    for (let i = 0; i < 300; i++) for (let j = i + 1; j < 300; j++) arrows.push([`f${i}`, `f${j}`]);
    arrows.push(['f299', 'f0']);
    const loops = folderLoops(graphOf(arrows));
    expect(loops).toHaveLength(1);
    expect(loops[0]).toHaveLength(300);
  });
});
