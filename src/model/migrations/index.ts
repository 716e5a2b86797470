// The numbered, append-only list of deck migrations; each turns a document of version - 1 into `version`.
import { dropContentHash } from './v2_dropContentHash';
import { addSlideStyleAndTextFont } from './v3_slideStyleAndTextFont';
import { addRevealConfetti } from './v4_revealConfetti';
import { addTextAppearsAndRevealPace } from './v5_textAppearsAndRevealPace';

export type Migration = {
  /** The schema version this migration produces. */
  readonly version: number;
  /** Pure: returns a new document and never changes its input. */
  readonly migrate: (doc: Record<string, unknown>) => Record<string, unknown>;
};

/** Never edit or reorder an entry: add a new one, with a frozen fixture of the old shape. */
export const migrations: readonly Migration[] = [
  { version: 2, migrate: dropContentHash },
  { version: 3, migrate: addSlideStyleAndTextFont },
  { version: 4, migrate: addRevealConfetti },
  { version: 5, migrate: addTextAppearsAndRevealPace },
];
