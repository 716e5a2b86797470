// A text box for the canvas-key tests: "Hello", 40 px, black, unless told otherwise.
import type { TextItem } from '../../../src/model/deck';
import type { ItemId } from '../../../src/model/ids';

export function textItem(changes: Partial<TextItem> = {}): TextItem {
  return {
    kind: 'text',
    id: 't' as ItemId,
    text: 'Hello',
    x: 100,
    y: 50,
    width: 200,
    fontSize: 40,
    color: '#000000',
    align: 'center',
    font: 'sans',
    bold: false,
    appears: 'start',
    ...changes,
  };
}
