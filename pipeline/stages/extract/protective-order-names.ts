/**
 * Person names as protective orders print them: in captions ("Ana Ruiz, Petitioner"), after
 * labels ("Protected person(s): Ana Ruiz, and minor children ..."), in capitals ("GARY ASHBY").
 * Stricter than the shared `readPersonName`: a name is a run of capitalised words that stops at
 * the first word that cannot be part of one, and title words ("TEMPORARY INJUNCTION FOR
 * PROTECTION AGAINST") never are.
 */

/** Lowercase words that stand inside names: "Ana de la Cruz", "Ludwig van Beethoven". */
const PARTICLE = /^(?:de|del|della|di|da|das|do|dos|du|la|las|los|le|les|y|e|van|von|der|den|ter|ten|bin|binti|ibn|al|el|zu|af)$/;
/** Generational suffixes and honorifics that may end a name. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|vi|2nd|3rd|esq)\.?$/i;
/** Words of titles, labels and roles: never part of a party's name (compared folded, lowercase). */
const NOT_NAME = new Set(
  (
    'order orders protection protective protected restraining restrained restrain injunction injunctions temporary emergency interim ' +
    'plenary final ex parte hearing hearings notice court courts county state people commonwealth city circuit superior district ' +
    'family judicial petitioner petitioners respondent respondents plaintiff plaintiffs defendant defendants applicant applicants ' +
    'victim victims person persons party parties name names full case number docket file date domestic violence against matter ' +
    'proceeding offense abuse stalking harassment sexual minor child children judge officer clerk police department enforcement ' +
    'section form re relationship address telephone phone sex age height weight hair eye color dob birth unknown confidential none ' +
    'the and of for with to in at on by or this that insert print type other additional see attached above below yes no not ' +
    'granted denied expires expiration issued signed dated entered judgment decree petition motion request ' +
    'orden ordenes proteccion tribunal corte condado estado demandante demandado demandada peticionario peticionaria victima nombre ' +
    'fecha pueblo united states america office sheriff agency badge division dept room courthouse street avenue ave suite apt ' +
    'between versus vs v prevention act statute statutes florida california illinois york texas arizona amended original ' +
    'signature hon honorable magistrate commissioner referee justice seal marriage custody welfare interest behalf estate guardian'
  ).split(' '),
);

export interface NameHit {
  value: string;
  /** Offset of the name in the text it was read from. */
  index: number;
  length: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({text: m[0], start: m.index, end: m.index + m[0].length}));
}

/** A capitalised name word: "McAllister", "O'Connor", "Al-Masri", "JIMÉNEZ", "DeShawn". */
const NAME_WORD = /^[\p{Lu}][\p{L}\p{M}'’-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** OCR reads a final "III" as "Ili", "lll", "Il1". */
const OCR_ROMAN = /^[Il1|][Il1i|]{1,2}$/;

/**
 * Words that are also surnames ("Aaliyah Person", "Mary Child"): taken as the last word of a name
 * when a name stands before them and the name ends there.
 */
const ALSO_SURNAME = new Set(['person', 'child', 'case', 'justice']);
/** Title-case words that start headings, never a name: "Any Person", "Contact Person". */
const NOT_GIVEN = /^(?:any|each|every|such|third|contact|other|same|one|another|interested|responsible|named|said|deputy|designated|additional|protected|restrained|minor|adult|emergency|reporting|missing)$/;

/** The given names after "DOE," when they run to the end of the name: "JANE A.", "Ana María". */
function readGiven(toks: Token[], from: number): Token[] | null {
  const out: Token[] = [];
  for (let i = from; i < toks.length && out.length < 4; i++) {
    const m = /^(.*?)([,;:.)\]]*)$/u.exec(toks[i]!.text)!;
    let word = m[1]!;
    let trail = m[2]!;
    if (trail.startsWith('.') && (INITIAL.test(word + '.') || SUFFIX.test(word + '.'))) {
      word += '.';
      trail = trail.slice(1);
    }
    const bare = fold(word.replace(/[.'’]/g, ''));
    if (!(INITIAL.test(word) || SUFFIX.test(word) || (NAME_WORD.test(word) && !NOT_NAME.has(bare)))) {
      // The given names must end the name: "DOE, JANE (DOB ...)" yes, "Doe, and minor children" no.
      if (!/^[(\d]/.test(word) && !NOT_NAME.has(bare)) return null;
      break;
    }
    out.push({text: word, start: toks[i]!.start, end: toks[i]!.start + word.length});
    if (trail) break;
  }
  return out.some((w) => NAME_WORD.test(w.text) && w.text.length >= 2) ? out : null;
}

/**
 * Reads a person's name from the start of `text` (after spaces and light punctuation).
 * `surnameFirst`: the form says names are printed "Last, First" ("MUÑOZ HERNÁNDEZ, JUAN CARLOS").
 * `strict`: the name must be all the text has, apart from punctuation and a role word, as a
 * caption line is ("Eamon W. McAllister", "Katarzyna Kovalenko,", "JANE DOE, Petitioner").
 */
export function readName(text: string, options: {strict?: boolean; surnameFirst?: boolean} = {}): NameHit | null {
  const toks = tokens(text);
  const words: Token[] = [];
  /** How many words the surname has when the name is printed surname first. */
  let surnameFirst = 0;
  let i = 0;
  // Light lead-in: quotes, dashes, bullets, and a courtesy title ("Ms. Ana Ruiz").
  while (i < toks.length && /^[-–—"“‘'(*•]+$/.test(toks[i]!.text)) i++;
  // A quote or bullet glued to the name, as OCR often reads a speck: "\u201cPRECIOUS BOOKER,".
  const glued = toks[i] && /^[-–—"“‘'(*•]+(?=\p{Lu})/u.exec(toks[i]!.text);
  if (glued) toks[i] = {text: toks[i]!.text.slice(glued[0].length), start: toks[i]!.start + glued[0].length, end: toks[i]!.end};
  if (i < toks.length - 2 && /^(?:mr|mrs|ms|miss|mx|dr|sr|sra|srta)\.?$/i.test(toks[i]!.text)) i++;
  for (; i < toks.length; i++) {
    const tok = toks[i]!;
    // Split trailing punctuation off the word: "Jefferson," / "McAllister." / "Ruiz;"
    // A trailing dash is OCR's speck or a rule, never part of a name: "Huynh,-".
    const m = /^(.*?)([,;:.)\]]*)[-–—]*$/u.exec(tok.text)!;
    let word = m[1]!;
    let trail = m[2]!;
    if (trail.startsWith('.') && (INITIAL.test(word + '.') || SUFFIX.test(word + '.'))) {
      word += '.';
      // OCR doubles an initial's stop: "Phúc V.. Huynh".
      trail = INITIAL.test(word) ? trail.replace(/^\.+/, '') : trail.slice(1);
    }
    // OCR reads the comma of "Bondarenko, Oleksandr" under a "Last, First" heading as ";".
    if (trail === ';' && options.surnameFirst && words.length < 3) trail = ',';
    // "Mary St. John", and a middle initial that OCR read with a colon ("Eamon W: McAllister").
    const nextWord = toks[i + 1]?.text ?? '';
    if (/^\p{Lu}/u.test(nextWord) && ((trail === '.' && /^S[tT][eE]?$/.test(word)) || (trail === ':' && words.length > 0 && /^\p{Lu}$/u.test(word)))) {
      word += '.';
      trail = '';
    }
    if (!word) break;
    const bare = fold(word.replace(/[.'’]/g, ''));
    const isParticle = PARTICLE.test(word) || /^S[tT](?:[eE])?\.$/.test(word);
    const isSuffix = (words.length >= 2 && (SUFFIX.test(word) || OCR_ROMAN.test(word))) || (words.length === 1 && trail === ',' && SUFFIX.test(word));
    const isInitial = INITIAL.test(word) || /^\p{Lu}$/u.test(word);
    const isWord = NAME_WORD.test(word) && !NOT_NAME.has(bare);
    if (!(isParticle || isSuffix || isInitial || isWord || alsoSurname(word, trail, words, toks[i + 1]?.text))) {
      break;
    }
    if (NOT_NAME.has(bare) && !isSuffix && !isInitial && !alsoSurname(word, trail, words, toks[i + 1]?.text)) {
      break;
    }
    words.push({text: isSuffix && OCR_ROMAN.test(word) && !SUFFIX.test(word) ? 'I'.repeat(word.length) : word, start: tok.start, end: tok.start + word.length});
    if (trail) {
      // "Smith, Jr." keeps its suffix; any other comma or stop ends the name.
      const next = toks[i + 1]?.text.replace(/[,.;]+$/, '');
      if (trail === ',' && next && (SUFFIX.test(next) || SUFFIX.test(next + '.'))) continue;
      // "DOE, JANE A." — surname first, as court systems print it; "Ávila Núñez, Itzel" when
      // a single given name (and initial) ends the text, as in a "Last, First" table.
      if (trail === ',' && words.length <= 3) {
        const given = readGiven(toks, i + 1);
        if (given && (words.length === 1 || options.surnameFirst || endsSurnameFirst(given, toks))) {
          surnameFirst = words.length;
          words.push(...given);
        }
      }
      break;
    }
  }
  while (words.length && PARTICLE.test(words[words.length - 1]!.text)) words.pop();
  const full = words.filter((w) => NAME_WORD.test(w.text) && !PARTICLE.test(w.text) && !SUFFIX.test(w.text) && w.text.length >= 2);
  if (words.length < 2 || words.length > 7 || full.length < 1) return null;
  if (full.length < 2 && !words.some((w) => INITIAL.test(w.text))) return null;
  if (!/^[\p{Lu}]/u.test(words[0]!.text)) return null;
  if (options.strict) {
    const last = words[words.length - 1]!;
    const rest = text.slice(last.end);
    // A caption line may say who the person is: "ANA RUIZ (DOB: 01/02/1990),", "JOHN ROE, DOB 01/02/1980".
    const bare = rest.replace(/^[\s.,;:]*(?:\(\s*(?:dob|d\.o\.b\.?|date of birth|born|age|fecha de nacimiento|edad)\b[^()]*\)|(?:dob|d\.o\.b\.?|date of birth|born)\b[\s:]*[\d/.-]+)/i, '');
    // Specks OCR leaves after a caption name ("Thao Huynh,-") are no more than punctuation.
    if (!/^[\s.,;:)\-–—_~'"‘’“”]*(?:\(?\s*(?:petitioner|respondent|plaintiff|defendant|applicant|demandante|demandad[oa])(?:\(s\))?\s*\)?[\s.,;:]*)?$/i.test(bare)) return null;
  }
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // Given names first, as the case record keeps them: "DOE, JANE A." → "JANE A. DOE".
  const value = surnameFirst ? naturalOrder(words.map((w) => w.text), surnameFirst) : words.map((w) => w.text).join(' ');
  return {value, index: first.start, length: last.end - first.start};
}

/** "Jr." after a surname printed first goes to the end: ["BELL", "JR", "MARCUS"] → "MARCUS BELL JR". */
function naturalOrder(words: string[], surnameCount: number): string {
  const surname = words.slice(0, surnameCount);
  const given = words.slice(surnameCount);
  const suffix = surname.length > 1 && SUFFIX.test(surname[surname.length - 1]!) ? surname.pop()! : undefined;
  return [...given, ...surname, ...(suffix ? [suffix] : [])].join(' ');
}

/** A multi-word surname before a comma needs one given name (and an initial) that ends the text. */
function endsSurnameFirst(given: Token[], toks: Token[]): boolean {
  const full = given.filter((w) => NAME_WORD.test(w.text) && w.text.length >= 2 && !SUFFIX.test(w.text));
  if (full.length !== 1) return false;
  const lastGiven = given[given.length - 1]!;
  const after = toks.find((t) => t.start >= lastGiven.end);
  return !after || /^[(\d]/.test(after.text) || NOT_NAME.has(fold(after.text.replace(/[^\p{L}]/gu, '')));
}

/** "Person" in "Aaliyah Person": a surname when a given name stands before it and the name ends there. */
function alsoSurname(word: string, trail: string, words: Token[], next: string | undefined): boolean {
  if (!ALSO_SURNAME.has(fold(word)) || !/^\p{Lu}/u.test(word)) return false;
  const given = words.filter((w) => NAME_WORD.test(w.text) && w.text.length >= 2);
  if (!given.length || given.some((w) => NOT_GIVEN.test(fold(w.text)))) return false;
  return trail !== '' || next === undefined || /^[(\d]/.test(next);
}
