// Every deck edit, by name: what buttons, shortcuts and menus dispatch.
import { addPhotoItem } from './addPhotoItem';
import { addPhotos } from './addPhotos';
import { addSlide } from './addSlide';
import { deleteItems } from './deleteItems';
import { deleteSlide } from './deleteSlide';
import { setDeckTitle } from './setDeckTitle';
import { setPhotoAlt } from './setPhotoAlt';
import { setQuizReveal } from './setQuizReveal';
import { setRevealAnswer } from './setRevealAnswer';
import { setRevealOrder } from './setRevealOrder';
import { setRevealQuestion } from './setRevealQuestion';
import { transformItem } from './transformItem';
import { transformItems } from './transformItems';

export const commands = {
  setDeckTitle,
  addPhotos,
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
} as const;

export type { AddPhotoItemArgs } from './addPhotoItem';
export type { AddPhotosArgs } from './addPhotos';
export type { AddSlideArgs } from './addSlide';
export type { DeleteItemsArgs } from './deleteItems';
export type { DeleteSlideArgs } from './deleteSlide';
export type { SetDeckTitleArgs } from './setDeckTitle';
export type { SetPhotoAltArgs } from './setPhotoAlt';
export type { SetQuizRevealArgs } from './setQuizReveal';
export type { SetRevealAnswerArgs } from './setRevealAnswer';
export type { SetRevealOrderArgs } from './setRevealOrder';
export type { SetRevealQuestionArgs } from './setRevealQuestion';
export type { TransformItemArgs } from './transformItem';
export type { TransformItemsArgs } from './transformItems';
