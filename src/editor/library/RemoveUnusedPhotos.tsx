// "Remove unused photos": takes the library's photos that no slide shows out of the deck, as one undo step.
// Their stored copies go with the next save unless another deck shows them (see saveDeck), which is how a full
// browser storage gets room back without deleting a deck.
import { useId } from 'react';
import { unusedPhotoIds } from '../../model/unusedPhotos';
import { commands } from '../../store/commands';
import { useDeck } from '../../store/deckStore';
import { useEditorServices } from '../editorServices';
import type { Notices } from '../../ui/useNotices';

export function RemoveUnusedPhotos({ addNotice }: { readonly addNotice: Notices['add'] }) {
  const { deckStore, session } = useEditorServices();
  const unused = useDeck(deckStore, (state) => unusedPhotoIds(state.deck).length);
  const describedBy = useId();
  if (unused === 0) return null;

  const remove = () => {
    const ids = unusedPhotoIds(deckStore.getState().deck);
    if (!deckStore.getState().dispatch(commands.removePhotos, { photoIds: ids })) return;
    const state = session.getState();
    state.selectPhotos(state.selectedPhotoIds.filter((id) => !ids.includes(id)));
    const count = ids.length === 1 ? '1 photo' : `${ids.length} photos`;
    addNotice('info', `Removed ${count} that no slide showed. Undo brings them back.`);
  };

  return (
    <div className="remove-unused">
      <button type="button" className="small" aria-describedby={describedBy} onClick={remove}>
        Remove unused photos
      </button>
      <span id={describedBy}>{unused === 1 ? '1 photo is' : `${unused} photos are`} on no slide</span>
    </div>
  );
}
