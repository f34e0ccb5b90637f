/**
 * The CONTAINS (`~`) operator on text. Jira runs a Lucene text search; the emulator supports the
 * common subset and refuses the rest (never a silent wrong answer):
 * - words, matched case-insensitively as whole words; every word must be present (AND);
 * - a trailing `*` wildcard: `summary ~ "auth*"` matches "authentication";
 * - "quoted phrases" (escaped quotes inside the JQL string): `summary ~ "\"full screen\""`.
 * Not supported: stemming ("files" does not match "file"), `?`, fuzzy `~`, boosts, boolean operators,
 * leading wildcards, `+`/`-` prefixes.
 */
import { validationErrors } from './jql-error';

type Term = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'phrase'; words: string[] };

const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): string[] {
  return Array.from(text.toLowerCase().matchAll(WORD), (m) => m[0]);
}

function parseTextQuery(query: string, field: string): Term[] {
  const unsupported = () => validationErrors.emulatorTextSyntax(query, field);
  if (/[?~^(){}[\]:\\]|&&|\|\|/.test(query)) throw unsupported();
  const terms: Term[] = [];
  const parts = query.split('"');
  if (parts.length % 2 === 0) throw unsupported(); // an unbalanced quote
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      const phrase = words(part);
      if (phrase.length > 0) terms.push({ kind: 'phrase', words: phrase });
      return;
    }
    for (const raw of part.split(/\s+/).filter((t) => t !== '')) {
      if (/^(AND|OR|NOT)$/.test(raw) || /^[+\-!*]/.test(raw)) throw unsupported();
      const star = raw.indexOf('*');
      if (star !== -1 && star !== raw.length - 1) throw unsupported();
      const found = words(star === -1 ? raw : raw.slice(0, -1));
      if (star !== -1) {
        if (found.length !== 1) throw unsupported();
        terms.push({ kind: 'prefix', prefix: found[0] as string });
      } else if (found.length === 1) {
        terms.push({ kind: 'word', word: found[0] as string });
      } else if (found.length > 1) {
        terms.push({ kind: 'phrase', words: found }); // "log-in" is the phrase "log in", as Lucene reads it
      }
    }
  });
  if (terms.length === 0) throw unsupported();
  return terms;
}

function hasPhrase(haystack: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (haystack[i + j] !== phrase[j]) continue outer;
    }
    return true;
  }
  return false;
}

/** Compiles a `~` query once; the returned test takes the words of a field value (see `words`). */
export function compileTextQuery(query: string, field: string): (fieldWords: string[]) => boolean {
  const terms = parseTextQuery(query, field);
  return (fieldWords) =>
    terms.every((term) => {
      switch (term.kind) {
        case 'word':
          return fieldWords.includes(term.word);
        case 'prefix':
          return fieldWords.some((w) => w.startsWith(term.prefix));
        case 'phrase':
          return hasPhrase(fieldWords, term.words);
      }
    });
}
