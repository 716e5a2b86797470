// The shape of every deck edit: a named, pure change to a draft of the deck.
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
  joins?: string;
};

export type Command<Args> = {
  readonly name: string;
  /** Changes the draft in place; must be a pure function of the deck and the args. */
  readonly perform: (draft: Draft<Deck>, args: Args) => void;
  readonly mergeKey: ((args: Args) => string | undefined) | undefined;
  readonly joins: string | undefined;
  /** The deck after this command, leaving `deck` untouched (what tests and previews use). */
  apply(deck: Deck, args: Args): Deck;
};

export function defineCommand<Args>(
  name: string,
  perform: (draft: Draft<Deck>, args: Args) => void,
  options: CommandOptions<Args> = {},
): Command<Args> {
  return {
    name,
    perform,
    mergeKey: options.mergeKey,
    joins: options.joins,
    apply: (deck, args) =>
      produce(deck, (draft) => {
        perform(draft, args);
      }),
  };
}
