// Which key does what in the player, in one table: the keys of a keyboard and of presentation clickers, the
// names the help gives them and what each does. The lookup below and the README's list of keys (checked by
// tests/unit/docs/readmeKeys.test.ts) are both made from it, as reveal.js keeps its help beside its bindings.
export type PlayerAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'black'
  | 'white'
  | 'fullscreen'
  | 'overview'
  | 'presenter'
  | 'exit';

export type PlayerKey = {
  /** The `KeyboardEvent.key` values that ask for `action`. */
  readonly keys: readonly string[];
  /** The keys as help names them: "→ / Space / PageDown / Enter". */
  readonly names: string;
  /** What they do, after the names. */
  readonly does: string;
  readonly action: PlayerAction;
};

export const PLAYER_KEYS: readonly PlayerKey[] = [
  {
    keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'],
    names: '→ / ↓ / Space / PageDown / Enter (or a clicker)',
    does: 'shows the next photo, then the answer',
    action: 'next',
  },
  {
    keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'],
    names: '← / ↑ / PageUp / Backspace',
    does: 'goes back a step',
    action: 'previous',
  },
  { keys: ['Home'], names: 'Home', does: 'goes to the first slide', action: 'first' },
  { keys: ['End'], names: 'End', does: 'goes to the last slide', action: 'last' },
  { keys: ['b', 'B', '.'], names: 'B or .', does: 'blacks the screen out (again: back)', action: 'black' },
  { keys: ['w', 'W', ','], names: 'W or ,', does: 'whites the screen out (again: back)', action: 'white' },
  { keys: ['f', 'F'], names: 'F', does: 'goes full screen or leaves it', action: 'fullscreen' },
  { keys: ['o', 'O'], names: 'O', does: 'shows every slide to pick from', action: 'overview' },
  {
    keys: ['p', 'P'],
    names: 'P',
    does: 'opens the presenter view: current and next step, notes, timer and clock',
    action: 'presenter',
  },
  {
    keys: ['Escape'],
    names: 'Esc',
    does: 'leaves the show (in an exported bundle: leaves full screen)',
    action: 'exit',
  },
];

const actions: ReadonlyMap<string, PlayerAction> = new Map(
  PLAYER_KEYS.flatMap((entry) => entry.keys.map((key) => [key, entry.action] as const)),
);

/** The action for a key event, or null when the key is not the player's (or a modifier is held). */
export function playerActionForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): PlayerAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return actions.get(event.key) ?? null;
}
