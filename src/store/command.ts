// The shape of every deck edit: a pure change to a draft of the deck. Its name is its key in the registry
// (commands/index.ts), so no command spells its own name again.
import { produce } from 'immer';
import type { Draft } from 'immer';
import type { Deck } from '../model/deck';

export type CommandOptions<Args> = {
  /**
   * Consecutive dispatches of this command with equal keys become one undo step,
   * so typing into one field is undone in one go. Undefined: this dispatch merges with nothing.
   */
  mergeKey?: (args: Args) => string | undefined;
  /** Another command whose undo step this one may join, when their merge keys are equal (an import's withdrawal). */
  joins?: AnyCommand;
};

/** Any command, whatever its arguments (every Command<Args> is one): what the undo history and `joins` hold. */
export type AnyCommand = Command<never>;

export type Command<Args> = {
  /** Changes the draft in place; must be a pure function of the deck and the args. */
  readonly perform: (draft: Draft<Deck>, args: Args) => void;
  readonly mergeKey: ((args: Args) => string | undefined) | undefined;
  readonly joins: AnyCommand | undefined;
  /** The deck after this command, leaving `deck` untouched (what tests and previews use). */
  apply(deck: Deck, args: Args): Deck;
};

export function defineCommand<Args>(
  perform: (draft: Draft<Deck>, args: Args) => void,
  options: CommandOptions<Args> = {},
): Command<Args> {
  return {
    perform,
    mergeKey: options.mergeKey,
    joins: options.joins,
    apply: (deck, args) =>
      produce(deck, (draft) => {
        perform(draft, args);
      }),
  };
}
