// The words of a quiz answer as a room would recognise them elsewhere: whole words, any case or accent.

/**
 * Words too common to give an answer away: articles, conjunctions and prepositions of the languages the
 * app's users write in, and the words of the quiz's own question ("What do these photos have in common?").
 * Short names ("Ana", "Rui", "Eva") are not among them: a name is exactly what a spoiler gives away.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  // English
  'an',
  'and',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'is',
  'are',
  'was',
  'were',
  'be',
  'it',
  'its',
  'our',
  'we',
  'us',
  'you',
  'your',
  'my',
  'me',
  'this',
  'that',
  'these',
  'those',
  'their',
  'they',
  'what',
  'who',
  'which',
  'do',
  'have',
  'has',
  'all',
  'or',
  'but',
  'as',
  'so',
  'photo',
  'photos',
  'picture',
  'pictures',
  'common',
  // Portuguese (with 'as' and 'do' above)
  'os',
  'um',
  'uma',
  'de',
  'da',
  'das',
  'dos',
  'em',
  'no',
  'na',
  'nos',
  'nas',
  'ao',
  'aos',
  'com',
  'por',
  'para',
  'que',
  'se',
  'foi',
  'fotos',
  'foto',
  // Spanish
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
  'del',
  'en',
  'con',
  'al',
  'lo',
  'es',
  // French and German
  'et',
  'le',
  'les',
  'une',
  'du',
  'au',
  'aux',
  'und',
  'der',
  'die',
  'mit',
  'von',
]);

/** Marks left by taking accented letters apart ("é" into "e" and an acute accent), dropped to compare. */
const MARKS = /\p{M}+/gu;
/** Anything that is not a letter, a digit or a mark ends a word. */
const BETWEEN_WORDS = /[^\p{L}\p{N}\p{M}]+/u;

/** A word folded for comparing: no accents, lower case, compatibility forms unified ("ﬁ" is "fi"). */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * The folded words of `text`, each once, in a single pass over it (a caption may be 10,000 characters).
 * Pieces a fold splits further ("½" is "1⁄2") count as words of their own.
 */
export function wordsIn(text: string): Set<string> {
  const words = new Set<string>();
  for (const piece of text.split(BETWEEN_WORDS)) {
    if (piece === '') continue;
    for (const word of foldWord(piece).split(BETWEEN_WORDS)) if (word !== '') words.add(word);
  }
  return words;
}

/** Whether a folded word could give an answer away: a number, or a word of two letters or more that is not common. */
export function isTellingWord(folded: string): boolean {
  if (/^\p{N}+$/u.test(folded)) return true;
  return [...folded].length >= 2 && !COMMON_WORDS.has(folded);
}

/**
 * The telling words of an answer, folded, each mapped to how the answer writes it (for messages):
 * "10 years of Ana and Rui!" gives 10, years, ana → Ana, rui → Rui.
 */
export function answerWords(...texts: readonly (string | undefined)[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const text of texts) {
    if (!text) continue;
    for (const piece of text.split(BETWEEN_WORDS)) {
      if (piece === '') continue;
      for (const word of foldWord(piece).split(BETWEEN_WORDS)) {
        if (word === '' || !isTellingWord(word) || words.has(word)) continue;
        // The piece as written when folding kept it whole; the folded word when it was split.
        words.set(word, foldWord(piece) === word ? piece.normalize('NFC') : word);
      }
    }
  }
  return words;
}
