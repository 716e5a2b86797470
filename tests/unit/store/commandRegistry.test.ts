// The command registry is the one list of commands: every command module's command is in it under its own
// export name, and a command joins another by reference, so a typo cannot silently stop an undo step merging.
import { describe, expect, it } from 'vitest';
import type { AnyCommand } from '../../../src/store/command';
import { commands } from '../../../src/store/commands';

const modules = import.meta.glob<Record<string, unknown>>('../../../src/store/commands/*.ts', {
  eager: true,
});

function isCommand(value: unknown): value is AnyCommand {
  return typeof value === 'object' && value !== null && 'perform' in value && 'apply' in value;
}

describe('the command registry', () => {
  const registered = new Map<AnyCommand, string>(
    Object.entries(commands).map(([name, command]) => [command as AnyCommand, name]),
  );

  it('holds every command a module defines, under the name the module exports it by', () => {
    const defined: string[] = [];
    for (const [path, module] of Object.entries(modules)) {
      if (path.endsWith('/index.ts')) continue;
      for (const [name, value] of Object.entries(module)) {
        if (!isCommand(value)) continue;
        defined.push(name);
        expect(registered.get(value), `${name} from ${path}`).toBe(name);
      }
    }
    expect(defined.sort()).toEqual(Object.keys(commands).sort());
  });

  it('lists the commands in one order: by name', () => {
    const names = Object.keys(commands);
    expect(names).toEqual([...names].sort());
  });

  it('joins only commands it holds', () => {
    for (const [name, command] of Object.entries(commands)) {
      const joins = (command as AnyCommand).joins;
      if (joins !== undefined) expect(registered.has(joins), `${name} joins a registered command`).toBe(true);
    }
    expect((commands.removePhotos as AnyCommand).joins).toBe(commands.addPhotos);
    expect((commands.editText as AnyCommand).joins).toBe(commands.addText);
  });
});
