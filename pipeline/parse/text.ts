/**
 * Small, pure string helpers shared by the field extractors.
 *
 * Everything here is platform-neutral (browser + Node): only ECMAScript
 * built-ins are used, no Node APIs.
 *
 * @module
 */

/** Whitespace runs: every Unicode space (`\s` covers NBSP, U+2000–U+200A, U+3000, BOM…) plus zero-width space. */
const SPACE_RUN = /[\s\u200B]+/gu;

/**
 * Collapse every run of whitespace (including non-breaking, ideographic and
 * zero-width spaces, tabs and line breaks) to a single ASCII space and trim
 * both ends. Letters, accents and punctuation are left untouched.
 *
 * @param s - any string
 * @returns the string with normalised spacing
 * @example
 * normalizeSpace('  José\u00A0 Hernández\n López ') // → 'José Hernández López'
 */
export function normalizeSpace(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

/**
 * Fold a string for *matching* (labels, keywords, month names): compatibility
 * decomposition (NFKD, which also splits PDF ligatures such as `ﬁ` and turns
 * `º` into `o`), strip combining marks (accents), lowercase, unify
 * typographic quotes and dashes, collapse whitespace.
 *
 * Never use the result as an output value — it destroys accents.
 *
 * @param s - any string
 * @returns the folded string
 * @example
 * foldForMatch('  Fecha de  Terminación: ') // → 'fecha de terminacion:'
 * foldForMatch('Beneﬁts — Employee’s') // → "benefits - employee's"
 */
export function foldForMatch(s: string): string {
  return normalizeSpace(
    s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[‘’‚‛′`´]/gu, "'")
      .replace(/[“”„‟″]/gu, '"')
      .replace(/[‐‑‒–—―−]/gu, '-'),
  );
}

/**
 * Abbreviations that legitimately end a person or business name with a period
 * (compared lowercase, without the final period).
 */
const NAME_ABBREVIATIONS = new Set([
  'jr', 'sr', 'esq', 'dr', 'mr', 'mrs', 'ms', 'md', 'phd', 'ph.d', 'dds',
  'inc', 'co', 'corp', 'ltd', 'llc', 'l.l.c', 'llp', 'lp', 'plc', 'pc', 'p.c', 'pa', 'p.a',
  'na', 'n.a', 'bros', 'assn', 'assoc', 'cia', 'cía', 'sa', 's.a', 'srl', 's.r.l', 'ste',
]);

/** A leading form label such as `Name:`, `Tenant Name:`, `Nombre del empleado:`, `Employee / Empleado:`. */
const LEADING_LABEL = /^[\p{L}][\p{L}\p{M} .#/&()-]{0,40}?:\s*(?=\S)/u;
/** A form label with nothing after it. */
const LABEL_ONLY = /^[\p{L}][\p{L}\p{M} .#/&()-]{0,40}:[\s_.]*$/u;
/** Anything that cannot start a name (punctuation, bullets, underscores, quotes, digits-free symbols). */
const LEADING_JUNK = /^[^\p{L}\p{N}]+/u;
/** Anything that cannot end a name, except `.` and `)` which get a closer look. */
const TRAILING_JUNK = /[^\p{L}\p{M}\p{N}.)]+$/u;

/**
 * Tidy a person or business name captured from a document: normalise
 * Unicode to NFC, collapse whitespace, remove one leading form label
 * (`Name:`), bullets, underscores/blank-lines, quotes and stray punctuation
 * around the name. Accents, hyphens, apostrophes (`'` and `’`), internal
 * periods (`J.`), and a final period that belongs to an initial or an
 * abbreviation (`Jr.`, `Inc.`, `L.L.C.`) are kept. Parentheses are kept
 * only when balanced.
 *
 * @param s - the raw captured text
 * @returns the cleaned name (possibly `''` if nothing name-like remains)
 * @example
 * cleanName('Tenant Name:  José  Hernández-López ,') // → 'José Hernández-López'
 * cleanName('“O’Brien, Patrick J.”') // → 'O’Brien, Patrick J.'
 * cleanName('___ Acme Property Management, Inc. ___') // → 'Acme Property Management, Inc.'
 */
export function cleanName(s: string): string {
  let out = normalizeSpace(s.normalize('NFC'));
  if (LABEL_ONLY.test(out)) return ''; // "Name:" with the value left blank
  out = out.replace(LEADING_LABEL, '');
  out = out.replace(LEADING_JUNK, '');
  // Trailing clean-up may need several passes: "Acme, Inc.)," → "Acme, Inc."
  for (let guard = 0; guard < 8; guard++) {
    const before = out;
    out = out.replace(TRAILING_JUNK, '');
    if (out.endsWith(')') && count(out, '(') < count(out, ')')) out = out.slice(0, -1);
    if (out.endsWith('.') && !keepsFinalPeriod(out)) out = out.slice(0, -1);
    if (out === before) break;
  }
  // Unbalanced leading "(" left after label removal, e.g. "(José López".
  if (out.startsWith('(') && count(out, '(') > count(out, ')')) out = out.slice(1).replace(LEADING_JUNK, '');
  return normalizeSpace(out);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Whether the final `.` of a name is part of an initial or abbreviation. */
function keepsFinalPeriod(name: string): boolean {
  const lastWord = name.slice(name.lastIndexOf(' ') + 1, -1); // without the final "."
  if (lastWord === '') return false;
  // Single-letter initial ("J.") or dotted acronym ("L.L.C.", "S.A.").
  if (/^(?:\p{L}\.)*\p{L}$/u.test(lastWord)) return true;
  return NAME_ABBREVIATIONS.has(lastWord.replace(/^[^\p{L}]+/u, '').toLowerCase());
}
