// What a caught error says, for the words around it: a photo's problem in its own words, anything else (a
// browser's quota or I/O error) in the browser's.
import { PhotoProblemError } from '../media/photoProblem';
import { errorText } from '../model/errorText';
import { photoProblemWords } from './photoWords';

export function causeWords(cause: unknown): string {
  return cause instanceof PhotoProblemError ? photoProblemWords(cause.problem) : errorText(cause);
}
