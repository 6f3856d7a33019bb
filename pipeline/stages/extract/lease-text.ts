/**
 * Text helpers for the lease extractor: the document as flat prose (line and cell breaks as
 * spaces, same offsets), form labels that start a cell, the value regions after a label,
 * sentences, and the names that leases print for their parties.
 *
 * @module
 */
import {cleanName} from '../../parse/text.js';
import {firstNameFirst} from './readers.js';
import type {Layout, Line, Segment} from '../layout.js';
import {fold, foldedText, lineAt, segmentAt} from './find.js';

/** A layout with the text views the lease rules work on; all share the offsets of `layout.text`. */
export interface LeaseDoc {
  layout: Layout;
  /** `layout.text`: lines joined by `\n`, cells by `\t`. */
  text: string;
  /** Lowercase, no accents. */
  folded: string;
  /** `folded` with every line and cell break turned into a space: prose patterns run across lines. */
  flat: string;
}

const docs = new WeakMap<Layout, LeaseDoc>();
export function leaseDoc(layout: Layout): LeaseDoc {
  let d = docs.get(layout);
  if (!d) {
    const folded = foldedText(layout);
    d = {layout, text: layout.text, folded, flat: folded.replace(/[\t\n]/g, ' ')};
    docs.set(layout, d);
  }
  return d;
}

/** A word of prose that OCR may have misread with look-alike letters: "Landiord", "0wner". */
export function ocrWord(word: string): string {
  return word.replace(/[li1o0]/g, (c) => (c === 'o' || c === '0' ? '[o0]' : '[li1|!]'));
}

/** A form label that starts a cell, possibly after an item number ("3. Rent:"). */
export interface LabelHit {
  start: number;
  end: number;
  /** The label ends with a colon (OCR: a semicolon). */
  colon: boolean;
  line: Line;
  segment: Segment;
}

/**
 * A label pattern that also matches OCR's look-alike misreadings: every literal `l` or `i` may
 * be read as `1`, `|` or `!`, and `o` as `0` ("Month1y Rent", "0wner").
 */
export function ocrTolerant(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (!inClass && (c === 'l' || c === 'i')) out += '[li1|!]';
    else if (!inClass && c === 'o') out += '[o0]';
    else out += c;
  }
  return out;
}

/** OCR's digits inside a word of letters are letters: "Crysta1" → "Crystal", "B1vd" → "Blvd". */
export function fixOcrLetters(text: string, wordEnd = true): string {
  return text
    .replace(wordEnd ? /(?<=\p{L})[1|!](?=\p{L})|(?<=\p{L}{2})1(?=[\s,.]|$)/gu : /(?<=\p{L})[1|!](?=\p{L})/gu, 'l')
    .replace(/(?<=\p{L})0(?=\p{L})/gu, 'o')
    .replace(/(?<=\p{Lu})0(?=\p{Lu})/gu, 'O');
}

const labelCache = new Map<string, RegExp>();

/**
 * Every place where `label` (a pattern on folded text, matched with OCR's look-alike letters)
 * starts a cell, or follows another label ("Signed: Landlord: ..."). Whether it reads as a
 * label (a colon, the end of its cell, a value that is nothing but a name) is for its reader.
 */
export function findLabels(d: LeaseDoc, label: string): LabelHit[] {
  let re = labelCache.get(label);
  if (!re) {
    re = new RegExp(
      String.raw`(?<=^|[\t\n]|\p{L}:[ ]{1,3})[^\p{L}\p{N}\t\n$]{0,3}(?:(?:\d{1,2}|[a-h])[.)][ ]*)?(?:${ocrTolerant(label)})(?![\p{L}\p{N}])(?:\s*\(\s*(?:s|es)\s*\))?(?:\s*\([^()\t\n]{1,30}\))?(\s*[:;](?!\d))?`,
      'gu',
    );
    labelCache.set(label, re);
  }
  const hits: LabelHit[] = [];
  for (const m of d.folded.matchAll(re)) {
    const line = lineAt(d.layout, m.index);
    const segment = line && segmentAt(line, m.index);
    // A label lies within one cell.
    if (!line || !segment || m.index + m[0].trimEnd().length > segment.end) continue;
    // "Landlord's Agent:", "Tenant's Signature": a possessive starts the name of another field.
    if (!m[1] && /['’]s\s*$/.test(m[0]) && /^\s*\p{L}/u.test(d.text.slice(m.index + m[0].length, segment.end))) continue;
    hits.push({start: m.index, end: m.index + m[0].length, colon: !!m[1], line, segment});
  }
  return hits;
}

/**
 * Whether a label without a colon is a word of prose that wrapped to the start of a line: the
 * line before runs on without a stop ("... create a month-to-month tenancy at a / monthly rent
 * of $1,760.00"), and the label's value follows in the same cell.
 */
export function continuesProse(d: LeaseDoc, hit: LabelHit): boolean {
  if (hit.colon || /\S/.test(d.text.slice(hit.line.start, hit.start).replace(/^[^\p{L}\p{N}]*/u, ''))) return false;
  if (!/\S/.test(d.text.slice(hit.end, hit.segment.end))) return false;
  const above = d.layout.lines[hit.line.index - 1];
  if (!above || above.page !== hit.line.page || above.segments.length > 1) return false;
  return /\p{Ll},?\s*$/u.test(d.text.slice(above.start, above.end));
}

/** A piece of the text where a label's value may be. */
export interface ValueRegion {
  start: number;
  /** A box under a label ends with its cell; a value beside a label runs to the end of the line. */
  end: number;
  text: string;
  where: 'same' | 'right' | 'below';
}

const LEAD = /^[\s:;.\-–—#|_)\]]*/;

/** How far into a value region its value may start: a colon allows some words first ("Rent: due monthly, $900"). */
export function gapFor(hit: LabelHit, region: ValueRegion, withColon: number, bare = 3): number {
  if (region.where === 'same') return hit.colon ? withColon : bare;
  return Math.min(bare + 2, withColon);
}

/**
 * Where the value of a label may be, in order: after it in its cell (running on to the end of
 * the line, so that cells OCR split apart can be joined), in the cells to its right, or in the
 * cells under it on the next lines (labels printed above boxes).
 */
export function valueRegions(d: LeaseDoc, hit: LabelHit, belowLines = 2): ValueRegion[] {
  const out: ValueRegion[] = [];
  const line = hit.line;
  const tail = d.text.slice(hit.end, hit.segment.end);
  const lead = LEAD.exec(tail)?.[0].length ?? 0;
  if (lead < tail.length) {
    out.push({start: hit.end + lead, end: line.end, text: d.text.slice(hit.end + lead, line.end), where: 'same'});
    return out;
  }
  const next = line.segments[line.segments.indexOf(hit.segment) + 1];
  const right: ValueRegion | undefined = next && {start: next.start, end: line.end, text: d.text.slice(next.start, line.end), where: 'right'};
  // "2. TERM." is a section heading: what follows is prose, not the label's box. A bare word
  // followed by more cells is a word of prose OCR cut into cells.
  if (/^\s*\.\s*$/.test(tail) || (next && !hit.colon && /^[^\p{L}]*\p{Ll}/u.test(d.text.slice(next.start, next.end)))) return right ? [right] : out;
  const below = regionBelow(d, hit, belowLines);
  // A row of captions with no figures and no colons ("SUBLESSOR NAME | END DATE") is a grid of
  // labels over their boxes: the cell to the right is the next label, so the box below comes first.
  const captions = !hit.colon && line.segments.length > 1 && line.segments.every((c) => c === hit.segment || isCaption(d.text.slice(c.start, c.end)));
  if (captions && below) out.push(below);
  if (right) out.push(right);
  if (below && !captions) out.push(below);
  return out;
}

/** A cell that reads as a field's caption: a few words, no figures or colon, one of them a role or label word ("END DATE", "SUBTENANT"). */
function isCaption(cell: string): boolean {
  const words = cell.trim().split(/[\s/]+/);
  return !/[\d:$]/.test(cell) && words.length <= 5 && words.some((w) => ROLE_WORDS.has(bare(w)) || LABEL_WORDS.has(bare(w)));
}

/** Where the first word of a cell that starts at or right of `x` begins; the cell's start if none does. */
function wordUnder(d: LeaseDoc, cell: Segment, x: number): number {
  const spans = d.layout.spans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < cell.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i]!.start < cell.end; i++) {
    if (spans[i]!.word.bbox.x >= x - 0.01) return spans[i]!.start;
  }
  return cell.start;
}

/** The cell under a label's box on the next lines, if the label has one. */
function regionBelow(d: LeaseDoc, hit: LabelHit, belowLines: number): ValueRegion | undefined {
  const line = hit.line;
  const height = Math.max(line.bbox.height, 0.005);
  let previous = line;
  for (const lower of d.layout.lines.slice(line.index + 1, line.index + 1 + belowLines)) {
    if (lower.page !== line.page || lower.bbox.y - (previous.bbox.y + previous.bbox.height) > height * 2.5) break;
    previous = lower;
    const box = hit.segment.bbox;
    const at = lower.segments.findIndex((c) => {
      const overlap = Math.min(c.bbox.x + c.bbox.width, box.x + box.width) - Math.max(c.bbox.x, box.x);
      return overlap > 0 || Math.abs(c.bbox.x - box.x) < 0.02;
    });
    const cell = lower.segments[at];
    if (!cell) continue;
    // A row of its own ("Tenant 1: | Jamal Washington"): the label's box is not there.
    const left = lower.segments[at - 1];
    if (/:/.test(d.text.slice(cell.start, cell.end)) || (left && /:\s*$/.test(d.text.slice(left.start, left.end)))) return undefined;
    // A value that ran over from the box on the left shares a cell with this box's value
    // ("... Fresno, CA 93702 15-Mar-2025"): this box's value is what lies under its label.
    const from = line.segments.indexOf(hit.segment) > 0 && cell.bbox.x < box.x - 0.03 ? wordUnder(d, cell, box.x) : cell.start;
    return {start: from, end: cell.end, text: d.text.slice(from, cell.end), where: 'below'};
  }
  return undefined;
}

/** The sentence (in the flat text) around an offset: from after the last full stop to the next. */
export function sentenceAt(d: LeaseDoc, offset: number, limit = 400): {start: number; end: number} {
  const from = Math.max(0, offset - limit);
  const before = d.text.slice(from, offset);
  let start = from;
  for (const m of before.matchAll(SENTENCE_END)) start = from + m.index + m[0].length;
  const after = d.text.slice(offset, offset + limit);
  const m = new RegExp(SENTENCE_END.source, 'u').exec(after);
  return {start, end: m ? offset + m.index + 1 : Math.min(d.text.length, offset + limit)};
}

/**
 * A full stop that ends a sentence: after a word (not an initial "R." or "Sr."), a figure, or a
 * closing bracket or quote, then a space; or a blank line. Decimal points never qualify.
 */
export const SENTENCE_END = /(?<=(?:\p{Ll}{2}|\p{Lu}{3}|[\d)"”'’]))[.;!?](?=\s)\s*|\n\s*\n/gu;

// ---------------------------------------------------------------------------
// Sections: "LANDLORD INFORMATION" over "Name: ...", "Address: ..."
// ---------------------------------------------------------------------------

/** Whose details a section of a form holds. */
export type SectionRole = 'landlord' | 'tenant' | 'premises' | 'other';

const SECTION_HEADING = new RegExp(
  String.raw`^(?:\d{1,2}[.)]\s*|[a-h][.)]\s*|section\s+\d+\s*[.:-]?\s*)?(?:(landlord|lessor|owner|property manager|management(?: company)?|managing agent|agent|sub-?lessor|sub-?landlord|arrendador|propietario|administrador)|(tenant|resident|lessee|renter|sub-?lessee|subtenant|roomer|arrendatario|inquilino)|(rental property|property|premises|leased premises|rental unit|unit|dwelling|inmueble|propiedad|vivienda)|(guarantor|co-?signer|emergency contact|(?:other )?occupant|household member|vehicle|pet|fiador|aval|ocupante))(?:s|\(s\)|\(es\))?(?:['’]s)?(?:\s*(?:/|&|and|or|y|o)\s*[a-z][a-z-]*(?:\(s\))?)?(?:\s+(?:information|info|details|contact(?: information)?|names?|data|datos|identification|informacion))?\s*:?$`,
  'u',
);

const sections = new WeakMap<LeaseDoc, Array<SectionRole | undefined>>();

/**
 * The section each line belongs to: a short line that names a party or the property
 * ("LANDLORD INFORMATION", "Tenant(s)", "2. PROPERTY") starts one, which runs to the next.
 */
export function sectionOf(d: LeaseDoc, lineIndex: number): SectionRole | undefined {
  let roles = sections.get(d);
  if (!roles) {
    roles = [];
    let current: SectionRole | undefined;
    let page = 0;
    for (const line of d.layout.lines) {
      if (line.page !== page) current = undefined;
      page = line.page;
      const text = d.folded.slice(line.start, line.end).replace(/\t/g, ' ').trim();
      const m = line.segments.length <= 2 && text.length <= 48 ? SECTION_HEADING.exec(text) : null;
      if (m) current = m[1] ? 'landlord' : m[2] ? 'tenant' : m[3] ? 'premises' : 'other';
      roles.push(current);
    }
    sections.set(d, roles);
  }
  return roles[lineIndex];
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/** Words that are roles or labels: never (part of) a person's name. */
const ROLE_WORDS = new Set(
  (
    'landlord landlords landlady lessor lessors lessee lessees tenant tenants cotenant co-tenant resident residents owner owners agent agents ' +
    'sublessor sublessors sublessee sublessees subtenant subtenants sublandlord homeowner leaseholder leaseholders roomer roomers roommate roommates ' +
    'manager managers renter renters occupant occupants guarantor guarantors cosigner co-signer witness witnesses ' +
    'arrendador arrendadora arrendadores arrendatario arrendataria arrendatarios arrendatarias inquilino inquilina inquilinos inquilinas ' +
    'propietario propietaria propietarios administrador administradora agente fiador fiadora testigo'
  ).split(' '),
);
const LABEL_WORDS = new Set(
  (
    'date dated fecha signature signatures signed firma sign print printed name names nombre nombres address direccion domicilio ' +
    'phone telephone tel email e-mail initials iniciales unit premises property rent renta deposit deposito lease agreement contract contrato ' +
    'term plazo page pagina amount total monthly due fee fees late security notice notices section clause rules by por ' +
    'apt apartment suite street city state zip county estado ciudad ' +
    'sublease sublet begins ends start starts end move-in move-out effective household members relationship age bedroom bedrooms size ' +
    'contract gross portion share subsidy assistance payment insurance program plan policy portal services ' +
    'information info details contact section'
  ).split(' '),
);
/** Lowercase words of prose that never occur in a name. */
const PROSE_WORDS = new Set(
  (
    'shall will may must agree agrees agreed has have had is are was were be been being listed above below moves move out examined ' +
    'responsible hereby herein hereinafter undersigned following named said such this that these those who which whose ' +
    'and or the a an of to in on at for with from as if not no any all each every its his her their our your ' +
    'acuerda acuerdan debe deberan sera seran que quien quienes este esta estos estas dicho dicha'
  ).split(' '),
);
const PARTICLES = /^(?:de|del|la|las|los|y|e|da|das|do|dos|di|van|von|der|den|ter|le|du|bin|binti|ibn|al|el|st\.?|mc|mac)$/;
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv|v|esq\.?|phd|md)$/i;
const ORG_WORDS = /^(?:of|and|the|de|del|la|las|los|y|e|&|at|on|in|for|en)$/;
const CORPORATE = /\b(?:llc|l\.l\.c|inc|corp|corporation|co|company|ltd|lp|llp|trust|properties|property|realty|management|apartments|homes|housing|holdings|group|partners|associates|rentals|estates|investments|s\.?a|s\.?r\.?l|bienes raices|inmobiliaria)\b\.?/i;

const CORP_SUFFIX = /\b(?:llc|l\.l\.c|inc|corp|corporation|co|company|ltd|lp|llp|trust|group|s\.a|s\.r\.l)\b\.?\s*$/i;
const bare = (w: string) => fold(w).replace(/[^a-z-]/g, '');

/** OCR reads the suffix "II" as "ll" or "Il": put it back. */
function fixSuffix(name: string): string {
  return name.replace(/(?<=\s)[Il1|]{2,3}$/u, (s) => 'I'.repeat(s.length));
}

/** A person's name as printed: two to seven capitalised words, particles or initials, no digits or prose. */
export function isPersonName(name: string): boolean {
  const words = name.replace(/,(?=\s+\S+$)/, '').split(/\s+/);
  if (words.length < 2 || words.length > 7) return false;
  if (/[\d@/\\|_=+<>[\]{}]/.test(name)) return false;
  if (/\b(?:llc|l\.l\.c|inc|corp|ltd|llp|company|properties|realty|management|apartments|holdings|rentals)\b/i.test(name)) return false;
  let proper = 0;
  for (const w of words) {
    const b = bare(w);
    // A middle initial "A." or "I" is not the article or the pronoun.
    if (/^\p{Lu}\.$/u.test(w)) {
      proper++;
      continue;
    }
    if (/^\p{Lu}$/u.test(w) && w !== words[0]) continue;
    if (ROLE_WORDS.has(b) || LABEL_WORDS.has(b) || PROSE_WORDS.has(b)) {
      if (!PARTICLES.test(b)) return false;
    }
    if (SUFFIX.test(w) || PARTICLES.test(w)) continue;
    if (!/^[\p{Lu}][\p{L}\p{M}'’.\-]*$/u.test(w) && !/^[\p{Lu}]['’][\p{L}]/u.test(w)) return false;
    if (/\p{L}{2}/u.test(w) || /^\p{Lu}\.$/u.test(w)) proper++;
  }
  return proper >= 2;
}

/** A landlord: a business ("Casa Bonita Apartments LLC") or a person, capitalised, no prose. */
export function isOrgName(name: string): boolean {
  const words = name.split(/\s+/);
  if (!words.length || words.length > 10 || name.length < 3 || name.length > 90) return false;
  if (!/\p{L}{2}/u.test(name)) return false;
  const first = bare(words[0]!);
  if (PROSE_WORDS.has(first) || ((ROLE_WORDS.has(first) || LABEL_WORDS.has(first)) && !CORP_SUFFIX.test(name))) return false;
  if (words.some((w) => FIELD_WORDS.test(bare(w)) && !CORPORATE.test(w))) return false;
  if (words.every((w) => ROLE_WORDS.has(bare(w)) || LABEL_WORDS.has(bare(w)))) return false;
  for (const w of words) {
    if (ORG_WORDS.test(w.toLowerCase()) || PARTICLES.test(w.toLowerCase()) || /^[\d#&,.-]/.test(w)) continue;
    if (!/^[\p{Lu}\d"“'’(]/u.test(w)) return false;
    if (PROSE_WORDS.has(bare(w)) && !CORPORATE.test(name)) return false;
  }
  // A person's name must read as one; a company may carry role words ("Empire Tenant Housing Corp.").
  if (!CORPORATE.test(name) && words.some((w) => ROLE_WORDS.has(bare(w)) || LABEL_WORDS.has(bare(w)))) return false;
  return true;
}

/** Where a name stops in a cell: another label, a date, a signature line, a figure. */
const NAME_STOP =
  /\s*(?:\b(?:date|dated|fecha|signature|firma|sign here|phone|tel(?:ephone)?|e-?mail|ssn|dob|initials|iniciales|address|direcci[oó]n)\b|(?<=\p{L}\s)(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)(?=\s+\d)|(?:january|february|march|september|october|november|december|enero|febrero|marzo|septiembre|octubre|noviembre|diciembre)\s*$)|[\p{L}()]+\s*:|_{2,}|\d{2,}|(?<=\p{L})\s+\d(?=\s|$)|\(\s*\d|\(\s*(?:the|el|la|los|las)?\s*["“]).*$/iu;

/** A cell that starts another field: "Date: ...", "Tenant", "Phone". */
function startsField(cell: string): boolean {
  const first = bare(cell.trim().split(/\s+/)[0] ?? '');
  return ROLE_WORDS.has(first) || FIELD_WORDS.test(first) || /^[\p{L}()/]+\s*:/u.test(cell.trim());
}
const FIELD_WORDS =
  /^(?:date|dated|fecha|signature|firma|sign|print|phone|telephone|tel|email|e-mail|initials|iniciales|address|direccion|domicilio|ssn|dob|unit|apt|premises|rent|renta|deposit|deposito|term|plazo|lease|page|pagina)$/;

/** A cell of a signature caption line: roles, "Date", "Signature", "Print Name". */
export const CAPTION_CELL =
  /^(?:(?:the|el|la|los|las|of|del?|by|por|or|and|o|y|print(?:ed)?|name|nombre|signature|firma|date|fecha|title|cargo|initials|witness|testigo|guarantor|fiador|landlord|tenants?|residents?|owner|agent|manager|lessor|lessees?|co-tenant|arrendador(?:a)?|arrendatari[oa]s?|inquilin[oa]s?|propietari[oa])\b|[\s/:()'’&.,_-])+$/;

/**
 * The value's cells on its line, from `start`, up to a cell that starts another field, in
 * groups: cells close together, or of a single word, are one piece OCR split apart
 * ("Lakeshore Homes Management | Co.").
 */
export function valueGroups(d: LeaseDoc, start: number, end = Infinity): {start: number; text: string}[] {
  const line = lineAt(d.layout, start);
  if (!line) return [];
  const groups: {start: number; end: number; words: number}[] = [];
  let previous: Segment | undefined;
  for (const seg of line.segments) {
    if (seg.end <= start) continue;
    if (seg.start >= end) break;
    const from = Math.max(seg.start, start);
    const cell = d.text.slice(from, seg.end);
    if (!cell.trim()) continue;
    if (previous && startsField(cell)) break;
    const words = cell.trim().split(/\s+/).length;
    const last = groups[groups.length - 1];
    const gap = previous ? (seg.bbox.x - previous.bbox.x - previous.bbox.width) / Math.max(line.bbox.height, 1e-6) : 0;
    if (last && (gap < 2.5 || words === 1 || last.words === 1)) {
      last.end = seg.end;
      last.words += words;
    } else groups.push({start: from, end: seg.end, words});
    previous = seg;
  }
  return groups.map((g) => ({start: g.start, text: d.text.slice(g.start, g.end).replace(/\t/g, ' ')}));
}

/** A label that says its names are printed surname first: "Name (Last, First, MI)", "Apellidos, Nombre". */
export const LAST_FIRST = /\blast(?: name)?\s*,\s*first\b|\bapellidos?\s*,\s*nombres?\b/;

/** Role words that may follow a label before the name: "Owner/Agent: Agent ..." is not a name. */
const LEADING_ROLE = /^(?:[\s/&|:,.\-]|\b(?:or|and|o|y)\b|\b(?:agent|manager|owner|landlord|lessor|property manager|authorized agent|agente|administrador|propietario)\b(?=[\s/&|:,.\-]|$))+/iu;

export interface NameHit {
  name: string;
  /** Offset in the text given to the reader. */
  index: number;
}

/**
 * Splits a list of names as printed ("Dale R. Graves, Nataliya Nowak and Wesley Jenkins III",
 * "Ana Ruiz y José Pérez", "Li Wei; Ana Ruiz"), keeping suffixes ("Graves, Jr.") with their name.
 */
export function splitNames(text: string, lastFirst = false): NameHit[] {
  return splitNameList(text, lastFirst).names;
}

/** {@link splitNames}, and how many pieces of the list were not names ("moves out", "listed above"). */
export function splitNameList(text: string, lastFirst = false): {names: NameHit[]; junk: number} {
  const parts: {raw: string; index: number; comma: boolean}[] = [];
  const sep = /\s*(?:[,;&]|(?<=\s)\/(?=\s)|(?:^|\s)\(?\d{1,2}[.)](?=\s)|\b(?:and|AND|And)\/(?:or|OR)\b|\b(?:and|AND|And)\b|\by\b|\bY\b(?=\s+\p{Lu}{2})|\be\b(?=\s+[\p{Lu}]))\s*/gu;
  let last = 0;
  let comma = false;
  for (const m of text.matchAll(sep)) {
    parts.push({raw: text.slice(last, m.index), index: last, comma});
    comma = m[0].trim() === ',';
    last = m.index + m[0].length;
  }
  parts.push({raw: text.slice(last), index: last, comma});
  // "Graves, Jr." → one name; "RUIZ, ANA M." (surname first) → one name, put in natural order.
  const merged: {raw: string; index: number; lastFirst?: boolean}[] = [];
  for (const p of parts) {
    const prev = merged[merged.length - 1];
    const given = p.raw.trim().split(/\s+/);
    if (prev && SUFFIX.test(p.raw.trim())) prev.raw = text.slice(prev.index, p.index + p.raw.length);
    else if (prev && !prev.lastFirst && p.comma && (lastFirst || isSurname(prev.raw)) && given.length <= 3 && isPersonName(`${p.raw.trim()} ${prev.raw.trim()}`)) {
      prev.raw = text.slice(prev.index, p.index + p.raw.length);
      prev.lastFirst = true;
    } else if (p.raw.trim()) merged.push({raw: p.raw, index: p.index});
  }
  const out: NameHit[] = [];
  let junk = 0;
  for (const p of merged) {
    // "Ana Ruiz (Head of Household)": a bracketed note on the person is not part of the name.
    const clean = fixSuffix(cleanName(stripHonorific(fixOcrLetters(p.raw.replace(/\s*\([^()]{1,30}\)\s*$/, '')))));
    const name = p.lastFirst ? firstNameFirst(clean) : clean;
    const at = p.lastFirst ? p.raw.length - p.raw.trimStart().length : Math.max(0, p.raw.indexOf(name.slice(0, 2)));
    if (isPersonName(name)) out.push({name, index: p.index + at});
    else junk++;
  }
  return {names: out, junk};
}

/** One capitalised word, maybe with a suffix ("Bell Jr."): the surname of a name printed surname first. */
function isSurname(raw: string): boolean {
  const words = raw.trim().split(/\s+/).filter((w) => !SUFFIX.test(w));
  const w = words[0] ?? '';
  const b = bare(w);
  return words.length === 1 && /^\p{Lu}[\p{L}'’-]+$/u.test(w) && !PARTICLES.test(b) && !ROLE_WORDS.has(b) && !LABEL_WORDS.has(b) && !PROSE_WORDS.has(b);
}

const HONORIFIC = /^(?:(?:el|la|los|las)\s+)?(?:(?:se[nñ]or(?:a|ita|es|as)?|sr|sra|srta|sres|mr|mrs|ms|miss|dr|lic|ing|don|do[nñ]a)\.?\s+)+/iu;
export const stripHonorific = (s: string) => s.replace(/^\s+/, '').replace(HONORIFIC, '');

/**
 * Tenants' names after a label: "Ana Ruiz, Li Wei", "Idil | Jama | Farah" (OCR split). When
 * `strict` (a label without a colon, which may be a word of prose), the value must be names
 * and nothing else.
 */
export function readTenantNames(d: LeaseDoc, start: number, strict = false, end = Infinity, lastFirst = false): NameHit[] {
  const out: NameHit[] = [];
  for (const g of valueGroups(d, start, end)) {
    const lead = LEADING_ROLE.exec(g.text)?.[0].length ?? 0;
    const cut = g.text.slice(lead).replace(NAME_STOP, '');
    const {names, junk} = splitNameList(cut, lastFirst);
    if (strict && (junk || !names.length || names[0]!.index > 1)) break;
    out.push(...names.map((n) => ({name: n.name, index: g.start + lead + n.index})));
  }
  return out;
}

/** A landlord's name after a label: "Casa Bonita Apartments LLC, by Marquis Gaines Jr., Agent" → the company. */
export function readLandlordName(d: LeaseDoc, start: number, end = Infinity): NameHit | undefined {
  const groups = valueGroups(d, start, end);
  if (!groups.length) return undefined;
  // A landlord is one name: cells a wide gap apart are still OCR's pieces of it.
  const first = groups[0]!;
  const last = groups[groups.length - 1]!;
  const text = d.text.slice(first.start, last.start + last.text.length).replace(/\t/g, ' ');
  const lead = LEADING_ROLE.exec(text)?.[0].length ?? 0;
  const name = landlordFrom(text.slice(lead).replace(NAME_STOP, '')) ?? landlordFrom(first.text.slice(lead).replace(NAME_STOP, ''));
  if (!name) return undefined;
  const at = first.start + lead + Math.max(0, text.slice(lead).indexOf(name.slice(0, 3)));
  return {name, index: at};
}

/** ", as (managing) agent for", "on behalf of": an agent names the owner it acts for next. */
const AGENT_FOR =
  /,?\s+(?:(?:as|its|the)\s+)?(?:(?:managing|authorized|leasing|property|rental)\s+)?(?:agents?|managers?)\s+(?:for|of)\s+(?:(?:the\s+)?(?:owners?|landlord|lessor)\s*,?\s+)?|,?\s+(?:acting\s+)?on behalf of\s+(?:(?:the\s+)?owners?\s*,?\s+)?|,?\s+(?:como\s+)?(?:agente|administrador[a]?|apoderad[oa])\s+(?:de|del)\s+(?:(?:el\s+|la\s+)?propietari[oa]\s*,?\s+)?/iu;

/** Cleans a landlord's name: no honorific, no ", a California LLC" or ", by its agent ...". */
export function landlordFrom(raw: string): string | undefined {
  let s = stripHonorific(fixOcrLetters(raw.replace(/\s+/g, ' ')));
  // "Keystone Realty, as agent for Juniper Flats LP": the landlord is the owner the agent acts for.
  const principal = AGENT_FOR.exec(s);
  if (principal) {
    const owner = landlordFrom(s.slice(principal.index + principal[0].length));
    if (owner) return owner;
    s = s.slice(0, principal.index);
  }
  // What follows a comma in lowercase describes the party: ", a California limited liability company", ", by ...".
  s = s.replace(/,\s+(?=\p{Ll})(?!(?:inc|llc|ltd|l\.l\.c|corp|co)\b).*$/u, '');
  s = s.replace(/\s+(?:by|through|c\/o|represented by|acting (?:by|through)|representad[oa] por|por conducto de)\s.*$/iu, '');
  // "John Smith, Owner" / "John Smith (Owner)": the role is not part of the name.
  s = s.replace(/(?:,\s*|\s+\(\s*)(?:owner|landlord|lessor|manager|property manager|agent|authorized agent|managing member|member|president|propietari[oa]|arrendador(?:a)?|administrador(?:a)?)\.?\s*\)?\s*$/iu, '');
  const name = fixSuffix(cleanName(s));
  // "Smith, John" (surname first) is John Smith; "Oak Homes, Inc." is not a person.
  const natural = firstNameFirst(name);
  if (natural !== name && !CORPORATE.test(name) && isSurname(name.split(',')[0]!) && isPersonName(natural)) return natural;
  if (isOrgName(name)) return name;
  // "The parties to this Lease are Evergreen Property Holdings": the name after the last lowercase word.
  const marked = s.replace(/(?:^|\s)(?:and|of|the|de|del|la|y|&)(?=\s)/gu, (m) => m.toUpperCase());
  for (const m of marked.matchAll(/(?<=(?:^|\s)\p{Ll}[\p{L}'’]*\s+)(?=\p{Lu}|\d)/gu)) {
    const rest = fixSuffix(cleanName(stripHonorific(s.slice(m.index))));
    if (rest !== name && isOrgName(rest)) return rest;
  }
  return undefined;
}
