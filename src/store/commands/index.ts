// Every deck edit, by name: what buttons, shortcuts and menus dispatch. The one list of commands: a command's
// name is its key here, and tests/unit/store/commandRegistry.test.ts checks every command module is in it.
import { addPhotoItem } from './addPhotoItem';
import { addPhotos } from './addPhotos';
import { addSlide } from './addSlide';
import { addText } from './addText';
import { applyLayout } from './applyLayout';
import { buildTribute } from './buildTribute';
import { deleteItems } from './deleteItems';
import { deleteSlide } from './deleteSlide';
import { dropNewText } from './dropNewText';
import { duplicateItems } from './duplicateItems';
import { duplicateSlide } from './duplicateSlide';
import { editText } from './editText';
import { moveSlide } from './moveSlide';
import { nudgeItems } from './nudgeItems';
import { pasteItems } from './pasteItems';
import { removePhotos } from './removePhotos';
import { reorderItems } from './reorderItems';
import { replacePhoto } from './replacePhoto';
import { setCrop } from './setCrop';
import { setDeckTheme } from './setDeckTheme';
import { setDeckTitle } from './setDeckTitle';
import { setPhotoAlt } from './setPhotoAlt';
import { setPhotoClue } from './setPhotoClue';
import { setQuizReveal } from './setQuizReveal';
import { setRevealAnswer } from './setRevealAnswer';
import { setRevealIncluded } from './setRevealIncluded';
import { setRevealOptions } from './setRevealOptions';
import { setRevealOrder } from './setRevealOrder';
import { setRevealPace } from './setRevealPace';
import { setRevealQuestion } from './setRevealQuestion';
import { setSlideNotes } from './setSlideNotes';
import { setSlideStyle } from './setSlideStyle';
import { setSlideTransition } from './setSlideTransition';
import { setTextAppears } from './setTextAppears';
import { setTextStyle } from './setTextStyle';
import { shuffleSlide } from './shuffleSlide';
import { swapPhotos } from './swapPhotos';
import { transformItem } from './transformItem';
import { transformItems } from './transformItems';

export const commands = {
  addPhotoItem,
  addPhotos,
  addSlide,
  addText,
  applyLayout,
  buildTribute,
  deleteItems,
  deleteSlide,
  dropNewText,
  duplicateItems,
  duplicateSlide,
  editText,
  moveSlide,
  nudgeItems,
  pasteItems,
  removePhotos,
  reorderItems,
  replacePhoto,
  setCrop,
  setDeckTheme,
  setDeckTitle,
  setPhotoAlt,
  setPhotoClue,
  setQuizReveal,
  setRevealAnswer,
  setRevealIncluded,
  setRevealOptions,
  setRevealOrder,
  setRevealPace,
  setRevealQuestion,
  setSlideNotes,
  setSlideStyle,
  setSlideTransition,
  setTextAppears,
  setTextStyle,
  shuffleSlide,
  swapPhotos,
  transformItem,
  transformItems,
} as const;

/** A command's name: its key in `commands`. */
export type CommandName = keyof typeof commands;

export type { AddPhotoItemArgs } from './addPhotoItem';
export type { AddPhotosArgs } from './addPhotos';
export type { AddSlideArgs } from './addSlide';
export type { AddTextArgs } from './addText';
export type { ApplyLayoutArgs } from './applyLayout';
export type { BuildTributeArgs } from './buildTribute';
export type { DeleteItemsArgs } from './deleteItems';
export type { DeleteSlideArgs } from './deleteSlide';
export type { DropNewTextArgs } from './dropNewText';
export type { DuplicateItemsArgs } from './duplicateItems';
export type { DuplicateSlideArgs } from './duplicateSlide';
export type { EditTextArgs } from './editText';
export type { MoveSlideArgs } from './moveSlide';
export type { NudgeItemsArgs } from './nudgeItems';
export type { PasteItemsArgs } from './pasteItems';
export type { ReorderItemsArgs } from './reorderItems';
export type { ReplacePhotoArgs } from './replacePhoto';
export type { SetCropArgs } from './setCrop';
export type { SetDeckThemeArgs } from './setDeckTheme';
export type { SetDeckTitleArgs } from './setDeckTitle';
export type { SetPhotoAltArgs } from './setPhotoAlt';
export type { SetPhotoClueArgs } from './setPhotoClue';
export type { SetQuizRevealArgs } from './setQuizReveal';
export type { SetRevealAnswerArgs } from './setRevealAnswer';
export type { SetRevealIncludedArgs } from './setRevealIncluded';
export type { SetRevealOptionsArgs } from './setRevealOptions';
export type { SetRevealOrderArgs } from './setRevealOrder';
export type { SetRevealPaceArgs } from './setRevealPace';
export type { SetRevealQuestionArgs } from './setRevealQuestion';
export type { SetSlideNotesArgs } from './setSlideNotes';
export type { SetSlideStyleArgs } from './setSlideStyle';
export type { SetSlideTransitionArgs } from './setSlideTransition';
export type { SetTextAppearsArgs } from './setTextAppears';
export type { SetTextStyleArgs, TextStyle } from './setTextStyle';
export type { ShuffleSlideArgs } from './shuffleSlide';
export type { SwapPhotosArgs } from './swapPhotos';
export type { TransformItemArgs } from './transformItem';
export type { TransformItemsArgs } from './transformItems';
