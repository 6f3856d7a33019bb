/**
 * Who an order protects and who it restrains. Orders say it in three ways, tried in this order:
 *
 * 1. form labels: "Protected Person", "PERSON TO BE RESTRAINED (insert name):", "Respondent: NAME";
 * 2. captions, where the name stands above or before its role word:
 *    "Katarzyna Kovalenko, / Petitioner, / and / Milan Kowalczyk, / Respondent.",
 *    "In the Matter of A, Petitioner, against B, Respondent";
 * 3. a "v." / "against" line: "People of the State of X v. NAME" (criminal: the defendant is
 *    restrained), "A v. B".
 */
import type {Layout, Line, Segment} from '../layout.js';
import {foldedText, lineAt, segmentAt, valueAfterLabel, type Found, type Reader} from './find.js';
import {readName} from './protective-order-names.js';

const nameReader: Reader<string> = (text) => readName(text);
const surnameFirstReader: Reader<string> = (text) => readName(text, {surnameFirst: true});
/** A heading that says names are printed surname first: "Name (Last, First, Middle)", "Apellido(s), Nombre". */
const LAST_FIRST = /\blast(?: name)?\s*,\s*first\b|\bsurname\s*,|\bapellidos?\b[^\n]{0,4}\bnombres?\b/;

// Optional tails of a party label: "(s)", "'s", "name", "(insert name)", "full name".
const TAIL = String.raw`(?:\((?:s|es|ies)\)|s)?(?:'s)?(?: ?\/ ?(?:petitioner|respondent|plaintiff|defendant|applicant|protected (?:person|party)|restrained (?:person|party)|victim))?(?: (?:full )?names?(?:\(s\))?| information| info| details)?(?: ?\([^()\t\n]{0,40}\))?`;
/** A label that names its value: "Respondent's name", "Petitioner Information". */
const NAMED = /(?:names?(?:\(s\))?|information|info|details)\)?$/;
/** Whether a label names its value, ignoring a note in brackets: "PLAINTIFF NAME (Person protected by this order)". */
const named = (label: string) => NAMED.test(label) || NAMED.test(label.replace(/\s*\([^()]*\)$/, ''));
const lead = (core: string) => new RegExp(String.raw`(?:(?:full )?name of (?:the )?|nombre (?:completo )?(?:de (?:la |el )?|del ))?(?:${core})${TAIL}`, 'g');

const PROTECTED_LABELS = [
  lead(String.raw`protected (?:person|party|parties|individual)|persons?(?:\(s\))? (?:to be )?protected|personas? protegidas?|persona a proteger`),
  lead(String.raw`person asking for (?:protection|the order)|persona que pide (?:la )?proteccion`),
  lead(String.raw`petitioner|applicant|plaintiff|complainant|movant|victim|person seeking (?:protection|the order)|demandante|peticionari[oa]|solicitante|victima|parte (?:protegida|peticionaria|demandante|solicitante)`),
];
const RESTRAINED_LABELS = [
  lead(String.raw`restrained (?:person|party|individual)|persons?(?:\(s\))? (?:to be )?restrained|persona restringida|persona a restringir`),
  lead(String.raw`respondent|defendant|abuser|adverse party|offender|perpetrator|accused|enjoined party|demandad[oa]|acusad[oa]|respondiente|peticionad[oa]|agresor[a]?|presunt[oa] agresor[a]?|parte (?:demandada|restringida|contraria|peticionada|promovida)`),
];

const PROTECTED_ROLE = /^(?:petitioner|applicant|plaintiff|complainant|movant|victim|demandante|peticionari[oa]|solicitante|victima)(?:\(s\)|s|\([ao]\))?$/;
const RESTRAINED_ROLE = /^(?:respondent|defendant|abuser|demandad[oa]|acusad[oa]|respondiente|peticionad[oa])(?:\(s\)|s|\([ao]\))?$/;
/** A caption line between the parties. */
const SEPARATOR = /^[\s\-–—]*(?:v{1,2}s?\.?|versus|against|and|y|contra|vs\.?)[\s\-–—.,]*$/;

/** Numbering and check boxes that may stand before a label in its cell: "1", "2.", "a.", "(1)", "[X]", "*". */
const LABEL_PREFIX = /^[\s*•\-–'"‘’“`]*(?:(?:\d{1,2}[.)]?|[a-z][.)]|\(\w{1,3}\)|\[[ x✓✔]?\]|[☐☒☑■□])\s*)*$/i;

function cellOf(layout: Layout, offset: number): {line: Line; segment: Segment} | undefined {
  const line = lineAt(layout, offset);
  const segment = line && segmentAt(line, offset);
  return line && segment ? {line, segment} : undefined;
}

/** A label that starts its cell and ends it or is followed by ":" — not "the protected person(s)" in a sentence. */
function labelValue(layout: Layout, labels: RegExp[], needColon = false): Found<string> | undefined {
  const folded = foldedText(layout);
  for (const label of labels) {
    for (const m of folded.matchAll(label)) {
      const at = cellOf(layout, m.index);
      if (!at) continue;
      const {segment} = at;
      if (!LABEL_PREFIX.test(folded.slice(segment.start, m.index))) continue;
      const end = m.index + m[0].length;
      const after = folded.slice(end, segment.end);
      // A role word ("Respondent") alone is a caption, not a label: it needs its colon.
      // Other labels may share the cell: "Respondent's name, address, and telephone no."
      const rest = named(m[0]) ? after.replace(/^\s*,(?:\s*,?\s*(?:and\s+)?(?:address|telephone|phone|no|number|date of birth|dob|age|sex|race)\b\.?)+/, '') : after;
      if (!/^[\s\-–—_.|]*(?::|$)/.test(rest) || (needColon && !/^\s*:/.test(rest) && !named(m[0]))) continue;
      const near = folded.slice(at.line.start, (layout.lines[at.line.index + 2] ?? at.line).end);
      const reader = LAST_FIRST.test(near) ? surnameFirstReader : nameReader;
      const found = valueAfterLabel(layout, m.index, end + (after.length - rest.length), reader, {maxGap: 2, belowLines: 2});
      if (found) return {...found, certainty: found.certainty * 0.95};
    }
  }
  return undefined;
}

const roleOf = (text: string): 'protected' | 'restrained' | undefined => {
  const word = text.replace(/\((?:s|es|a|o)\)/g, '').replace(/^[\s(\[-]+|[\s)\].,;:]+$/g, '');
  if (PROTECTED_ROLE.test(word)) return 'protected';
  if (RESTRAINED_ROLE.test(word)) return 'restrained';
  const parts = word.split(/\s*\/\s*/);
  if (parts.length === 2) {
    const roles = parts.map((p) => (PROTECTED_ROLE.test(p) ? 'protected' : RESTRAINED_ROLE.test(p) ? 'restrained' : undefined));
    if (roles[0] && roles[0] === roles[1]) return roles[0];
  }
  return undefined;
};

const overlaps = (a: Segment, b: Segment) =>
  Math.min(a.bbox.x + a.bbox.width, b.bbox.x + b.bbox.width) - Math.max(a.bbox.x, b.bbox.x) > 0 || Math.abs(a.bbox.x - b.bbox.x) < 0.08;

/** The name on the caption lines above a role word, stopping at "v." or the other party's role. */
function nameAbove(layout: Layout, line: Line, segment: Segment): Found<string> | undefined {
  const folded = foldedText(layout);
  let previous = line;
  for (const above of layout.lines.slice(Math.max(0, line.index - 4), line.index).reverse()) {
    if (above.page !== line.page) break;
    const gap = previous.bbox.y - (above.bbox.y + above.bbox.height);
    if (gap > Math.max(line.bbox.height, 0.01) * 4) break;
    previous = above;
    // The name stands over the role word or to its left ("Eamon W. McAllister" / "    Petitioner,"),
    // not in a column further right (the docket number).
    const cells = above.segments
      .filter((c) => overlaps(c, segment) || (c.bbox.x < segment.bbox.x && c.bbox.x + c.bbox.width > segment.bbox.x - 0.35))
      .sort((a, b) => Math.abs(a.bbox.x + a.bbox.width - segment.bbox.x) - Math.abs(b.bbox.x + b.bbox.width - segment.bbox.x));
    for (const cell of cells) {
      const text = folded.slice(cell.start, cell.end);
      // "v.", the other party's role, or the State as a party ("PEOPLE OF THE STATE OF ...") end the search.
      if (SEPARATOR.test(text) || roleOf(text) || /\b(?:people|state of|commonwealth|united states|pueblo)\b|^(?:the )?(?:city|town|village|municipality) of\b/.test(text)) return undefined;
      const raw = layout.text.slice(cell.start, cell.end);
      // The whole line is the name, or the name ends at a comma: "JANE DOE, on behalf of minor child J.D.,".
      const loose = readName(raw);
      const got = readName(raw, {strict: true}) ?? (loose && loose.index === 0 && /^,/.test(raw.slice(loose.length)) ? loose : null);
      if (got) return {value: got.value, start: cell.start + got.index, end: cell.start + got.index + got.length, certainty: 0.9};
    }
  }
  return undefined;
}

/** The name in the cell just left of a lone role word: "Ana Ruiz,  |  Petitioner". */
function nameBeside(layout: Layout, line: Line, segment: Segment): Found<string> | undefined {
  const left = line.segments[line.segments.indexOf(segment) - 1];
  if (!left) return undefined;
  const got = readName(layout.text.slice(left.start, left.end), {strict: true});
  return got ? {value: got.value, start: left.start + got.index, end: left.start + got.index + got.length, certainty: 0.85} : undefined;
}

/**
 * A role word over its name, as a column heading ("PETITIONER" / "Ana Ruiz"), when no name
 * stands above it: the name directly below, unless that name carries a role word of its own.
 */
function nameUnder(layout: Layout, line: Line, segment: Segment): Found<string> | undefined {
  const folded = foldedText(layout);
  const next = layout.lines[line.index + 1];
  if (!next || next.page !== line.page) return undefined;
  const cell = next.segments.find((c) => overlaps(c, segment));
  if (!cell) return undefined;
  const got = readName(layout.text.slice(cell.start, cell.end), {strict: true});
  if (!got) return undefined;
  const after = layout.lines[next.index + 1];
  const under = after?.page === line.page ? after.segments.find((c) => overlaps(c, cell)) : undefined;
  if (under && roleOf(folded.slice(under.start, under.end))) return undefined;
  return {value: got.value, start: cell.start + got.index, end: cell.start + got.index + got.length, certainty: 0.8};
}

/** The name just before a role word in its cell: "Ana Ruiz, Petitioner", "In the Matter of A, Petitioner, against B". */
function nameBefore(layout: Layout, line: Line, segment: Segment, roleStart: number): Found<string> | undefined {
  const before = layout.text.slice(segment.start, roleStart);
  if (!/[,(]\s*$|\s$/.test(before)) return undefined;
  const body = before.replace(/[\s,(]+$/, '');
  const here = lastName(body, (i) => segment.start + i);
  if (here || line.segments[0] !== segment) return here;
  // A sentence that wraps inside the name: "In re the matter of A, Petitioner, and Oleksandr" / "Bondarenko, Respondent."
  const previous = layout.lines[line.index - 1];
  const tail = previous?.page === line.page ? (previous.segments.find((c) => overlaps(c, segment)) ?? previous.segments[0]) : undefined;
  if (!tail) return undefined;
  const head = layout.text.slice(tail.start, tail.end);
  return lastName(`${head} ${body}`, (i) => (i <= head.length ? tail.start + i : segment.start + i - head.length - 1));
}

/** The longest run of words at the end of `body` that reads as a whole name; `at` maps offsets in `body` to the layout's text. */
function lastName(body: string, at: (offset: number) => number): Found<string> | undefined {
  const starts = [...body.matchAll(/(?:^|\s)(?=\S)/g)].map((m) => m.index + m[0].length).filter((i) => body.length - i < 80);
  for (const from of starts) {
    const got = readName(body.slice(from), {strict: true});
    if (!got || got.index !== 0) continue;
    return {value: got.value, start: at(from), end: at(from + got.length), certainty: 0.9};
  }
  return undefined;
}

/** A name set off after its role word: "Respondent, Robert James Holloway, appeared", wrapping onto the next line. */
function nameAfter(layout: Layout, line: Line, segment: Segment, roleEnd: number): Found<string> | undefined {
  const rest = layout.text.slice(roleEnd, segment.end);
  const lead = /^\s*,\s*/.exec(rest);
  if (!lead) return undefined;
  const from = roleEnd + lead[0].length;
  let text = layout.text.slice(from, segment.end);
  const next = layout.lines[line.index + 1];
  const wraps = !/[,(;.]/.test(text) && next && next.page === line.page && next.segments[0];
  if (wraps) text += ' ' + layout.text.slice(next.segments[0]!.start, next.segments[0]!.end);
  const got = readName(text);
  if (!got || got.index !== 0 || !/^\s*(?:[,(;]|\.(?:\s|$)|\p{Ll}|$)/u.test(text.slice(got.index + got.length))) return undefined;
  const inLine = layout.text.slice(from, segment.end).length;
  const end = got.length <= inLine ? from + got.length : next!.segments[0]!.start + (got.length - inLine - 1);
  return {value: got.value, start: from, end, certainty: 0.85};
}

/** Role words used as captions: "Petitioner,", "(Respondent)", "Defendant." — not "Petitioner has shown". */
function captionNames(layout: Layout): {protected?: Found<string>; restrained?: Found<string>} {
  const folded = foldedText(layout);
  const out: {protected?: Found<string>; restrained?: Found<string>} = {};
  const role = /\b(petitioner|applicant|plaintiff|complainant|movant|victim|victima|demandante|peticionari[oa]|solicitante|respondent|defendant|abuser|demandad[oa]|acusad[oa]|peticionad[oa])(?:\(s\)|s|\([ao]\))?(?!\p{L})/gu;
  for (const m of folded.matchAll(role)) {
    const which = roleOf(m[1]!);
    if (!which || out[which]) continue;
    const at = cellOf(layout, m.index);
    if (!at) continue;
    const end = m.index + m[0].length;
    const after = folded.slice(end, at.segment.end);
    // A caption role ends its cell or is followed by a comma, period or ")".
    const rawAfter = layout.text.slice(end, at.segment.end);
    if (!/^\s*(?:[,.;)]|\/\s*\w+|$)/.test(after) || /^\s*[,.]?\s*(?:(?:has|have|is|was|shall|must|may|will)\b|(?:and|or)\s+\p{Ll})/u.test(rawAfter)) continue;
    const alone = roleOf(folded.slice(at.segment.start, at.segment.end)) !== undefined;
    const found = alone
      ? nameBeside(layout, at.line, at.segment) ?? nameAbove(layout, at.line, at.segment) ?? nameUnder(layout, at.line, at.segment)
      : nameBefore(layout, at.line, at.segment, m.index) ?? nameAfter(layout, at.line, at.segment, end);
    if (found) out[which] = found;
  }
  return out;
}

const GOVERNMENT = /^(?:(?:the )?people of the state of [a-z ]+|(?:the )?state of [a-z ]+|(?:the )?commonwealth of [a-z ]+|united states(?: of america)?|(?:the )?(?:city|county|town|village|municipality) of [a-z ]+|el pueblo (?:del estado )?de [a-z ]+|estado de [a-z ]+)[\s,]*(?:plaintiff|petitioner)?[\s,.]*$/;

/** "A v. B" on one line or on caption lines: the parties in order; a criminal case's state first. */
function versusNames(layout: Layout): {protected?: Found<string>; restrained?: Found<string>; criminal: boolean} {
  const folded = foldedText(layout);
  // One line: "People of the State of California v. Marcus Bell".
  const inline = /(?:^|[\t\n])([^\t\n]{3,80}?)[\s,]+(?:vs?\.|versus|against|-against-)\s+([^\t\n]{3,80})/g;
  for (const m of folded.matchAll(inline)) {
    const left = m[1]!.replace(/^(?:in the matter of|in re:?|the)\s+/i, '');
    // "vs. DEFENDANT: Marcus Bell" names the role before the name.
    const roleLabel = /^(?:defendant|respondent|demandad[oa]|acusad[oa])\s*[:,]\s*/.exec(m[2]!)?.[0].length ?? 0;
    const rightStart = m.index + m[0].length - m[2]!.length + roleLabel;
    const right = readName(layout.text.slice(rightStart, rightStart + m[2]!.length - roleLabel));
    if (!right) continue;
    const restrained = {value: right.value, start: rightStart + right.index, end: rightStart + right.index + right.length, certainty: 0.85};
    if (GOVERNMENT.test(left.trim())) return {restrained, criminal: true};
    const leftStart = m.index + m[0].indexOf(m[1]!);
    const l = readName(layout.text.slice(leftStart, leftStart + m[1]!.length), {strict: true});
    if (l) return {protected: {value: l.value, start: leftStart + l.index, end: leftStart + l.index + l.length, certainty: 0.8}, restrained, criminal: false};
  }
  // Caption lines: a line that is only "v." / "against" / "and" between two parties.
  for (const line of layout.lines.slice(0, 60)) {
    const first = line.segments[0];
    if (!first || !SEPARATOR.test(folded.slice(first.start, first.end))) continue;
    const partyAt = (lines: Line[]): {text: string; found?: Found<string>} | undefined => {
      for (const other of lines) {
        if (other.page !== line.page) return undefined;
        const cell = other.segments.find((c) => overlaps(c, first)) ?? other.segments[0];
        if (!cell) continue;
        const text = folded.slice(cell.start, cell.end);
        if (roleOf(text) || /^[\s\-–—]*$/.test(text)) continue;
        const got = readName(layout.text.slice(cell.start, cell.end), {strict: true});
        return {text, ...(got ? {found: {value: got.value, start: cell.start + got.index, end: cell.start + got.index + got.length, certainty: 0.8}} : {})};
      }
      return undefined;
    };
    const above = partyAt(layout.lines.slice(Math.max(0, line.index - 3), line.index).reverse());
    const below = partyAt(layout.lines.slice(line.index + 1, line.index + 4));
    if (!above || !below?.found) continue;
    if (GOVERNMENT.test(above.text.trim().replace(/,$/, ''))) return {restrained: below.found, criminal: true};
    if (above.found) return {protected: above.found, restrained: below.found, criminal: false};
  }
  return {criminal: false};
}

/**
 * The first party of a caption whose role word OCR lost: the name that stands alone, comma and
 * all, on a line a few lines above the restrained party ("INÉS ECHEVERRÍA," / ... / "ÁLVARO
 * SÁNCHEZ NÚÑEZ," / "Respondent.").
 */
function firstParty(layout: Layout, restrained: Found<string>): Found<string> | undefined {
  const line = lineAt(layout, restrained.start);
  if (!line) return undefined;
  for (const above of layout.lines.slice(Math.max(0, line.index - 6), line.index).reverse()) {
    if (above.page !== line.page) break;
    const cell = above.segments[0];
    if (!cell) continue;
    const raw = layout.text.slice(cell.start, cell.end);
    if (!/,\s*$/.test(raw)) continue;
    const got = readName(raw, {strict: true});
    if (got && got.value !== restrained.value) return {value: got.value, start: cell.start + got.index, end: cell.start + got.index + got.length, certainty: 0.6};
  }
  return undefined;
}

export interface Parties {
  protected?: Found<string>;
  restrained?: Found<string>;
  /** The caption names the state as a party: a criminal case. */
  criminal: boolean;
}

/** The protected and restrained persons of an order. */
export function orderParties(layout: Layout): Parties {
  const [protectedPerson, asking, petitioner] = PROTECTED_LABELS.map((l, i) => labelValue(layout, [l], i === 2));
  const [restrainedPerson, respondent] = RESTRAINED_LABELS.map((l, i) => labelValue(layout, [l], i === 1));
  const caption = captionNames(layout);
  const versus = versusNames(layout);
  const restrainedFound = restrainedPerson ?? caption.restrained ?? respondent ?? versus.restrained;
  let protectedFound =
    protectedPerson ?? caption.protected ?? asking ?? petitioner ?? versus.protected ?? (!versus.criminal && caption.restrained ? firstParty(layout, caption.restrained) : undefined);
  if (protectedFound && restrainedFound && protectedFound.value === restrainedFound.value) protectedFound = undefined;
  return {
    ...(protectedFound ? {protected: protectedFound} : {}),
    ...(restrainedFound ? {restrained: restrainedFound} : {}),
    criminal: versus.criminal,
  };
}
