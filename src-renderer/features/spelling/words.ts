/** A word of running text, with where it starts and ends in that text. */
export interface WordAt {
  word: string;
  from: number;
  to: number;
}

const wordPattern = /\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{L}/gu;

/**
 * The words worth checking in a piece of text: not single letters, not abbreviations in capitals
 * (DFSU, KLE), not words with digits (they are not matched at all), hyphens at the ends trimmed.
 */
export function wordsIn(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const word = m[0];
    if (word.length < 2) continue;
    if (word === word.toLocaleUpperCase('da') && word.length <= 6) continue;
    if (/\d/.test(text.slice(m.index! + word.length, m.index! + word.length + 1))) continue;
    out.push({ word, from: m.index!, to: m.index! + word.length });
  }
  return out;
}
