// Every deck edit, by name: what buttons, shortcuts and menus dispatch.
import { addPhotoItem } from './addPhotoItem';
import { setCrop } from './setCrop';
import { replacePhoto } from './replacePhoto';
import { swapPhotos } from './swapPhotos';
import { nudgeItems } from './nudgeItems';
import { reorderItems } from './reorderItems';
import { pasteItems } from './pasteItems';
import { duplicateItems } from './duplicateItems';
import { addPhotos } from './addPhotos';
import { removePhotos } from './removePhotos';
import { addSlide } from './addSlide';
import { applyLayout } from './applyLayout';
import { addText } from './addText';
import { deleteItems } from './deleteItems';
import { deleteSlide } from './deleteSlide';
import { duplicateSlide } from './duplicateSlide';
import { editText } from './editText';
import { dropNewText } from './dropNewText';
import { moveSlide } from './moveSlide';
import { setDeckTitle } from './setDeckTitle';
import { setDeckTheme } from './setDeckTheme';
import { setPhotoAlt } from './setPhotoAlt';
import { setQuizReveal } from './setQuizReveal';
import { setRevealAnswer } from './setRevealAnswer';
import { setRevealOrder } from './setRevealOrder';
import { setRevealQuestion } from './setRevealQuestion';
import { setSlideStyle } from './setSlideStyle';
import { shuffleSlide } from './shuffleSlide';
import { setTextStyle } from './setTextStyle';
import { setTextAppears } from './setTextAppears';
import { transformItem } from './transformItem';
import { transformItems } from './transformItems';
import { setSlideTransition } from './setSlideTransition';
import { setSlideNotes } from './setSlideNotes';
import { setPhotoClue } from './setPhotoClue';
import { setRevealIncluded } from './setRevealIncluded';
import { setRevealOptions } from './setRevealOptions';
import { setRevealPace } from './setRevealPace';
import { buildTribute } from './buildTribute';

export const commands = {
  setDeckTitle,
  setDeckTheme,
  addPhotos,
  removePhotos,
  setPhotoAlt,
  addSlide,
  deleteSlide,
  addPhotoItem,
  transformItem,
  transformItems,
  deleteItems,
  setQuizReveal,
  setRevealQuestion,
  setRevealAnswer,
  setRevealOrder,
  setRevealOptions,
  setRevealPace,
  setRevealIncluded,
  setPhotoClue,
  setSlideNotes,
  setSlideTransition,
  applyLayout,
  setSlideStyle,
  shuffleSlide,
  setCrop,
  replacePhoto,
  swapPhotos,
  nudgeItems,
  reorderItems,
  pasteItems,
  duplicateItems,
  moveSlide,
  duplicateSlide,
  addText,
  editText,
  dropNewText,
  setTextStyle,
  setTextAppears,
  buildTribute,
} as const;

export type { AddPhotoItemArgs } from './addPhotoItem';
export type { AddPhotosArgs } from './addPhotos';
export type { AddSlideArgs } from './addSlide';
export type { ApplyLayoutArgs } from './applyLayout';
export type { AddTextArgs } from './addText';
export type { DeleteItemsArgs } from './deleteItems';
export type { DeleteSlideArgs } from './deleteSlide';
export type { DuplicateSlideArgs } from './duplicateSlide';
export type { EditTextArgs } from './editText';
export type { DropNewTextArgs } from './dropNewText';
export type { MoveSlideArgs } from './moveSlide';
export type { SetDeckTitleArgs } from './setDeckTitle';
export type { SetDeckThemeArgs } from './setDeckTheme';
export type { SetPhotoAltArgs } from './setPhotoAlt';
export type { SetQuizRevealArgs } from './setQuizReveal';
export type { SetRevealAnswerArgs } from './setRevealAnswer';
export type { SetRevealOrderArgs } from './setRevealOrder';
export type { SetRevealQuestionArgs } from './setRevealQuestion';
export type { SetSlideStyleArgs } from './setSlideStyle';
export type { ShuffleSlideArgs } from './shuffleSlide';
export type { SetTextStyleArgs, TextStyle } from './setTextStyle';
export type { SetTextAppearsArgs } from './setTextAppears';
export type { TransformItemArgs } from './transformItem';
export type { TransformItemsArgs } from './transformItems';
export type { SetCropArgs } from './setCrop';
export type { ReplacePhotoArgs } from './replacePhoto';
export type { SwapPhotosArgs } from './swapPhotos';
export type { NudgeItemsArgs } from './nudgeItems';
export type { ReorderItemsArgs } from './reorderItems';
export type { PasteItemsArgs } from './pasteItems';
export type { DuplicateItemsArgs } from './duplicateItems';
export type { SetRevealOptionsArgs } from './setRevealOptions';
export type { SetRevealPaceArgs } from './setRevealPace';
export type { SetRevealIncludedArgs } from './setRevealIncluded';
export type { SetPhotoClueArgs } from './setPhotoClue';
export type { SetSlideNotesArgs } from './setSlideNotes';
export type { SetSlideTransitionArgs } from './setSlideTransition';
export type { BuildTributeArgs } from './buildTribute';
