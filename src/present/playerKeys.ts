// Which key does what in the player: the keys of a keyboard and of presentation clickers.
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

const actions: Readonly<Record<string, PlayerAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'black',
  B: 'black',
  '.': 'black',
  w: 'white',
  W: 'white',
  ',': 'white',
  f: 'fullscreen',
  F: 'fullscreen',
  o: 'overview',
  O: 'overview',
  p: 'presenter',
  P: 'presenter',
  Escape: 'exit',
};

/** The action for a key event, or null when the key is not the player's (or a modifier is held). */
export function playerActionForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): PlayerAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return actions[event.key] ?? null;
}
