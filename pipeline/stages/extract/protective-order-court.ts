/**
 * The court, the order's type and the case number of a protective order.
 */
import type {ExtractedField, ProtectiveOrderType} from '../../../schemas/index.js';
import {unionBox, type Layout, type Line, type Segment} from '../layout.js';
import {evidence, foldedText, lineAt, segmentAt, valueAfterLabel, type Found, type Reader} from './find.js';

// ---------------------------------------------------------------------------------------------
// Court name
// ---------------------------------------------------------------------------------------------

const COURT_TYPES =
  'superior|district|circuit|family|county|municipal|justice|justice of the peace|criminal|supreme|probate|juvenile|magistrates?|city|chancery|tribal|trial|domestic relations|general sessions|common pleas|housing|orphans\'?|parish|town|village|civil|juvenile and domestic relations district';
const NOT_AFTER_COURT =
  'order|orders|ordered|hearing|hearings|date|dates|fills|clerk|clerks|use|approved|act|rules?|form|forms|may|will|shall|finds|found|has|had|is|was|must|days?|staff|records?|reporter|house|room|appearance|costs?|fees?|officer|personnel|security|action|file|files|number|judge|system|services';
/** Where a court's name starts: "Superior Court", "CIRCUIT COURT", "Court of Common Pleas", "Tribunal Superior". */
const COURT = new RegExp(
  String.raw`\b(?:(?:${COURT_TYPES})[\s,]+(?:(?:and|&)\s+)?)+court\b(?![\s,]+(?:${NOT_AFTER_COURT})\b)(?!')|\b(?:general )?court of (?:common pleas|queen's bench|king's bench|chancery|general sessions|appeals|justice)\b|\b(?:tribunal|corte|juzgado)(?: (?:superior|suprema|de distrito|de familia|del condado|familiar|de lo familiar|de primera instancia))\b`,
  'g',
);

/** Words that continue a court's name in lower case. */
const COURT_CONNECTORS = /^(?:of|the|for|in|and|at|de|del|la|los|las|para|el|y|en|du|des)$/;
const COURT_WORDS = /^(?:county|state|city|district|parish|borough|circuit|division|part|judicial|commonwealth|condado|estado|ciudad|distrito)$/;
/** Capitalised words that end a court's name: the next field starts. */
const COURT_STOP =
  /^(?:case|no|number|docket|file|index|cause|petitioner|respondent|plaintiff|defendant|applicant|form|page|order|orders|hon|honorable|judge|address|telephone|tel|phone|room|dept|department|courthouse|street|st|ave|avenue|blvd|road|rd|suite|clerk|filed|held|present|presiding|in re|re|between|people|division:|name|fill|sheriff|police|office|temporary|emergency|restraining|protective|protection|injunction|final|ex|notice|this|that|if|you|your|numero|caso|expediente|fecha|pagina|juez|jueza|peticionari[oa]|demandad[oa]|orden)$/;
/** A line that ends inside a two-word name: "... State of New" / "York, County of ...", "... JUDICIAL" / "CIRCUIT, IN AND FOR ...". */
const OPEN_STATE = /\b(?:new|north|south|west|rhode|district of|judicial)$/;
/** A next line that carries on the court's name: "County of Tulare", "AND FOR ORANGE COUNTY". */
const CONTINUES = /^(?:county|parish|borough|city|state|commonwealth|district|division|part|judicial district|in and for|and for|for the|of the|condado|estado|sala|region|distrito)\b(?!\s*:)/;
const HAS_COUNTY = /\b(?:county|parish|borough|condado|city of|ciudad de)\b/;
/** A short line that names the court's county or division: "FRANKLIN COUNTY, OHIO", "CHANCERY DIVISION, FAMILY PART". */
const COUNTY_LINE = /^(?:[a-z.'-]+ ){0,3}(?:county|parish|division|part|district|circuit|borough)\b(?:,? [a-z.'-]+){0,3}$/;

/** An empty check box just before a court's name. */
const UNMARKED = /(?:\[\s?\]|\(\s?\)|[☐□])\s*$/;
/** The rest of a line that only offers other, unmarked choices of court. */
const OTHER_CHOICES = new RegExp(String.raw`^(?:\s*(?:\[\s?\]|\(\s?\)|[☐□])\s*(?:(?:${COURT_TYPES})\s+)+court)+\s*$`);
/** A court named for a whole state, with no county, city or division: "Trial Court of Massachusetts". */
const STATEWIDE = /^(?:the )?(?:[a-z]+ )?court of (?:the )?(?:(?:state|commonwealth) of )?[a-z]+(?: [a-z]+)?$/i;

interface Piece {
  start: number;
  end: number;
}

export interface CourtFound {
  value: string;
  pieces: Piece[];
  certainty: number;
}

const overlapsX = (a: Segment, b: Segment) =>
  Math.min(a.bbox.x + a.bbox.width, b.bbox.x + b.bbox.width) - Math.max(a.bbox.x, b.bbox.x) > 0 || Math.abs(a.bbox.x - b.bbox.x) < 0.05;

/** Reads court-name words from `from` to the end of the cell; how far it got and whether a word stopped it. */
function courtWords(layout: Layout, from: number, to: number): {end: number; stopped: boolean} {
  const text = layout.text.slice(from, to);
  let end = from;
  const tokens = [...text.matchAll(/\S+/g)];
  for (const [i, m] of tokens.entries()) {
    const token = m[0];
    const core = token.replace(/[,.;]+$/, '');
    const folded = core.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const previous = tokens[i - 1]?.[0].replace(/[,.;]+$/, '').toLowerCase() ?? '';
    const next = tokens[i + 1]?.[0].replace(/[,.;]+$/, '').toLowerCase() ?? '';
    // "Justice Court, Precinct 1", "County Court at Law No. 4", "Branch 12".
    const numbered =
      (/^\d{1,3}$/.test(core) && /^(?:precinct|no|number|branch|part|division|district|department|dept|place|ward)$/.test(previous)) ||
      (/^no$/.test(folded) && /^\d{1,3}$/.test(next)) ||
      (folded === 'at' && next === 'law');
    const ok =
      core.length > 0 &&
      !/[:()\[\]#@/]/.test(core) &&
      (numbered ||
        COURT_CONNECTORS.test(folded) ||
        COURT_WORDS.test(folded) ||
        /^\d{1,3}(?:st|nd|rd|th)$/i.test(core) ||
        (/^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(core) && !COURT_STOP.test(folded.replace(/\.$/, ''))));
    if (!ok) return {end, stopped: true};
    end = from + m.index + core.length;
    if (/[.;]$/.test(token) && !/^(?:\p{L}|st|ft|no)\.$/iu.test(token)) return {end, stopped: true};
  }
  return {end, stopped: false};
}

/** Below this OCR confidence a word of a court's name is likely misread ("STATE OF NEW LIE"). */
const SURE_WORD = 0.5;

/** The court's name as printed, following it onto the next line when it wraps there. */
export function courtName(layout: Layout): CourtFound | undefined {
  const folded = foldedText(layout);
  const top = topLines(layout);
  let open: (CourtFound & {line: number}) | undefined;
  let bare: CourtFound | undefined;
  let unsure: CourtFound | undefined;
  let statewide: CourtFound | undefined;
  for (const m of folded.matchAll(COURT)) {
    const line = lineAt(layout, m.index);
    if (!line || !top.has(line.index)) continue;
    // "[X] County Court  [ ] District Court": the court left unmarked is not this one.
    if (UNMARKED.test(folded.slice(Math.max(line.start, m.index - 8), m.index))) continue;
    const found = courtAt(layout, m.index, line);
    if (!found) continue;
    // A form's printed "Superior Court of California, County of" with the filled-in name below it.
    if (open && (line.index - open.line > 4 || !found.value.toLowerCase().startsWith(open.value.toLowerCase()))) return open;
    // A name OCR could not read well gives way to the court named again further on.
    if (Math.min(...found.pieces.map((p) => evidence(layout, p.start, p.end).confidence)) < SURE_WORD) {
      unsure ??= found;
      continue;
    }
    // "CLERK OF THE SUPERIOR COURT" says less than "Superior Court of California, County of Kern" below it.
    if (new RegExp(`^(?:${COURT_TYPES}|and|&|\\s)+court$`, 'i').test(found.value)) {
      bare ??= found;
      continue;
    }
    // "Trial Court of Massachusetts" heads a form whose box names the court that sits: "Worcester District Court".
    if (STATEWIDE.test(found.value) && !HAS_COUNTY.test(found.value.toLowerCase())) {
      statewide ??= found;
      continue;
    }
    if (!found.open) return found;
    open = {...found, line: line.index};
  }
  return open ?? statewide ?? bare ?? unsure;
}

/** The lines where a title and caption stand: the top of the first page, or of the second after a cover sheet. */
function topLines(layout: Layout): Set<number> {
  const out = new Set<number>();
  const pages = [...new Set(layout.lines.map((l) => l.page))].slice(0, 2);
  for (const page of pages) {
    const lines = layout.lines.filter((l) => l.page === page);
    for (const line of lines.slice(0, 45)) out.add(line.index);
  }
  return out;
}

function courtAt(layout: Layout, matchStart: number, line: Line): (CourtFound & {open: boolean}) | undefined {
  const folded = foldedText(layout);
  const first = segmentAt(line, matchStart);
  if (!first) return undefined;
  let segment: Segment = first;
  const start = placeBefore(layout, segment.start, matchStart);
  const pieces: Piece[] = [];
  let current: Line = line;
  let from = start;
  let value = '';
  for (let hop = 0; hop < 3; hop++) {
    const words = courtWords(layout, from, segment.end);
    const {end} = words;
    // The other choices of a check-box line end the name on this line, not the name: the county
    // may follow on the next ("[X] County Court [ ] District Court" / "El Paso County, Colorado").
    const stopped = words.stopped && !OTHER_CHOICES.test(folded.slice(end, segment.end));
    if (end > from) {
      const piece = layout.text.slice(from, end);
      if (value) {
        const joinWithComma = !/[,]$/.test(value) && !COURT_CONNECTORS.test(value.split(/\s+/).pop()!.toLowerCase()) && !OPEN_STATE.test(value.toLowerCase());
        value += (joinWithComma ? ', ' : ' ') + piece;
      } else value = piece;
      pieces.push({start: from, end});
    }
    if (stopped || end < from) break;
    const tailNow = value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const openNow = /,$/.test(tailNow) || COURT_CONNECTORS.test(tailNow.split(/\s+/).pop()!) || OPEN_STATE.test(tailNow);
    // A form's printed "COUNTY OF" with the county filled in the box to its right.
    const right: Segment | undefined = current.segments[current.segments.indexOf(segment) + 1];
    if (openNow && right && right.bbox.x - (segment.bbox.x + segment.bbox.width) < 0.25) {
      const words = courtWords(layout, right.start, right.end);
      if (words.end > right.start && words.end - right.start < 40) {
        value += ' ' + layout.text.slice(right.start, words.end);
        pieces.push({start: right.start, end: words.end});
        segment = right;
        from = words.end;
        if (words.stopped) break;
        continue;
      }
    }
    // Carry on into the cell below when the name is left open or the next line continues it.
    // The next line under the name, passing over a line that only has text in another column
    // ("COURT USE ONLY" beside the caption box).
    let next: Line | undefined;
    let below: Segment | undefined;
    const lineHeight = Math.max(current.bbox.height, 0.01);
    for (let k = 1; k <= 2 && !below; k++) {
      next = layout.lines[current.index + k];
      if (!next || next.page !== current.page) break;
      if (next.bbox.y - (current.bbox.y + current.bbox.height) > lineHeight * (1.5 + 1.5 * (k - 1))) break;
      below = next.segments.find((c) => overlapsX(c, segment));
    }
    if (!next || !below) break;
    const belowText = folded.slice(below.start, below.end);
    // The cell below starts a court's name of its own: the name filled in under a printed one.
    if (new RegExp(`^(?:the )?(?:${COURT.source})`).test(belowText)) break;
    const tail = value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const isOpen = /,$/.test(tail) || COURT_CONNECTORS.test(tail.split(/\s+/).pop()!) || OPEN_STATE.test(tail);
    // A line of division or county only while the name has no county yet:
    // "COURT OF COMMON PLEAS" / "DOMESTIC RELATIONS DIVISION" / "FRANKLIN COUNTY, OHIO".
    const countyLine = !HAS_COUNTY.test(tail.replace(/\bcounty court\b/g, '')) && COUNTY_LINE.test(belowText.replace(/[.,]\s*$/, '').replace(/\s+/g, ' '));
    if (!isOpen && !CONTINUES.test(belowText) && !countyLine) break;
    current = next;
    segment = below;
    from = below.start;
  }
  // "Family Court of the State of New York, held in and for the County of Onondaga": the county
  // a court sits for, said in the same breath.
  const last = pieces[pieces.length - 1];
  if (last && !HAS_COUNTY.test(value.toLowerCase())) {
    const ahead = folded.slice(last.end, last.end + 100);
    const m = /^,?\s*(?:held |sitting )?in and for the\s+((?:county|parish|borough|city) of)\s+/.exec(ahead);
    if (m) {
      const nameStart = last.end + m[0].length;
      const place = /^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2}/u.exec(layout.text.slice(nameStart, nameStart + 60));
      if (place) {
        const kind = layout.text.slice(last.end + m[0].indexOf(m[1]!), last.end + m[0].indexOf(m[1]!) + m[1]!.length);
        value = `${value.replace(/[\s,]+$/, '')}, ${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${place[0]}`;
        pieces.push({start: last.end + m[0].indexOf(m[1]!), end: nameStart + place[0].length});
      }
    }
  }
  const trimmed = trimCourt(value);
  if (!trimmed || trimmed.split(/\s+/).length < 2 || trimmed.length > 160) return undefined;
  return {value: trimmed, pieces, certainty: 0.9, open: trimmed !== value.replace(/\s+/g, ' ').replace(/[\s,;.]+$/, '').trim()};
}

/** The place words before a court's kind: "Maricopa County Superior Court", "Los Angeles Superior Court". */
function placeBefore(layout: Layout, cellStart: number, start: number): number {
  const before = layout.text.slice(cellStart, start);
  const words = [...before.matchAll(/\S+/g)];
  let from = start;
  for (let i = words.length - 1; i >= 0 && words.length - i <= 4; i--) {
    const word = words[i]![0];
    const folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (COURT_CONNECTORS.test(folded)) {
      // "State of Michigan Circuit Court" is two names, not one.
      return folded === 'of' ? start : from;
    }
    if (!/^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(word) || COURT_STOP.test(folded)) break;
    from = cellStart + words[i]!.index;
  }
  return from;
}

/** Drops dangling words: "Superior Court of California, County of" (a blank form) → "Superior Court of California". */
function trimCourt(value: string): string {
  let out = value.replace(/\s+/g, ' ').trim();
  for (let guard = 0; guard < 4; guard++) {
    const before = out;
    out = out.replace(/[\s,;.]+$/, '');
    const last = out.split(' ').pop()!.toLowerCase();
    if (COURT_CONNECTORS.test(last)) out = out.slice(0, out.length - last.length);
    // ", County" with its name missing.
    out = out.replace(/,\s*(?:county|parish|borough|city|state|condado|estado)$/i, '');
    if (out === before) break;
  }
  return out.trim();
}

/** A field whose value was put together from several pieces of the text (a name wrapped over lines). */
export function fieldFromPieces(layout: Layout, value: string, pieces: Piece[], certainty: number): ExtractedField {
  const parts = pieces.map((p) => evidence(layout, p.start, p.end, certainty));
  const first = parts[0]!;
  const samePage = parts.filter((p) => p.page === first.page && p.bbox);
  return {
    value,
    ...first,
    bbox: first.bbox ? unionBox(samePage.map((p) => p.bbox!)) : null,
    confidence: Math.min(...parts.map((p) => p.confidence)),
    source: pieces.map((p) => layout.text.slice(p.start, p.end)).join(' '),
  };
}

// ---------------------------------------------------------------------------------------------
// Order type
// ---------------------------------------------------------------------------------------------

/** Words that name an order's kind, and the kind they mean, most telling first. */
/** A title that names an order without saying which kind: "PROTECTIVE ORDER", "Order for Protection". */
const GENERIC = 'generic' as const;
const KINDS: [RegExp, ProtectiveOrderType | typeof GENERIC][] = [
  [/\bemergency\b|\bemergencia\b|\bepo\b/, 'emergency'],
  [/\bcriminal (?:[a-z-]+ ){0,2}(?:order|injunction)\b|\b(?:order|injunction)(?: of protection)?\s*[-–—(:,]\s*criminal\b|\bcriminal court\b|\borden de proteccion penal\b|\bpenal\b/, 'criminal'],
  [/\btemporary\b|\bex parte\b|\binterim\b|\btro\b|\btemporal\b|\bprovisional\b|\bpreliminary\b/, 'temporary'],
  [/\bafter (?:a )?(?:full )?hearing\b|\bfull hearing\b|\bfinal\b|\bplenary\b|\bpermanent\b|\bextended\b|\brenewed\b|\bdefinitiv[ao]\b|\bdespues de (?:la |una )?audiencia\b/, 'after_hearing'],
  [/\border (?:of|for) protection\b|\b(?:protective|protection|restraining|no[- ]contact|stay[- ]away|peace|abuse prevention|harassment prevention|violence) order\b|\bprotection from (?:abuse|harassment|stalking)\b|\binjunction\b|\border of restraint\b|\bppo\b|\borden de (?:proteccion|alejamiento|restriccion)\b/, GENERIC],
];
/** An order naming its own kind in its text: "This temporary order is valid through ...". */
const SELF_KINDS: [RegExp, ProtectiveOrderType][] = [
  [/\bthis (?:temporary|ex parte|interim)(?: [a-z]+){0,3} (?:order|injunction)\b|\bthis order is (?:a )?(?:temporary|ex parte)\b|\besta orden (?:es )?(?:temporal|provisional)\b/, 'temporary'],
  [/\bthis emergency(?: [a-z]+){0,3} order\b|\besta orden (?:es )?de emergencia\b/, 'emergency'],
  [/\bthis (?:final|permanent|plenary)(?: [a-z]+){0,3} (?:order|injunction)\b|\besta orden (?:es )?(?:definitiva|permanente)\b/, 'after_hearing'],
];
/** The same, in running text, where a lone "emergency" or "final" means nothing. */
const PROSE_KINDS: [RegExp, ProtectiveOrderType][] = [
  [/\bemergency (?:protective |restraining )?order\b|\bemergency order of protection\b|\borden de proteccion de emergencia\b/, 'emergency'],
  [/\bcriminal (?:protective order|order of protection)\b|\borden de proteccion penal\b/, 'criminal'],
  [/\btemporary (?:ex parte )?(?:restraining|protective|protection) order\b|\btemporary (?:order of protection|injunction)\b|\bex parte order\b|\borden (?:de (?:proteccion|restriccion) )?temporal\b/, 'temporary'],
  [/\b(?:order|injunction) after hearing\b|\bfinal (?:judgment|order|injunction)\b|\border of protection\b|\bprotective order\b|\brestraining order\b|\binjunction for protection\b|\borden de (?:proteccion|restriccion|alejamiento)\b/, 'after_hearing'],
];
/** The choices of a check-box title: "[ ] EMERGENCY [X] INTERIM [ ] PLENARY ORDER OF PROTECTION". */
const CHOICE_WORDS = 'emergency|interim|plenary|temporary|final|ex parte|after hearing|permanent|extended|full';
const CHOICE = new RegExp(String.raw`\b(${CHOICE_WORDS})\b`, 'g');
const CHOICE_KIND: Record<string, ProtectiveOrderType> = {
  emergency: 'emergency',
  interim: 'temporary',
  temporary: 'temporary',
  'ex parte': 'temporary',
  plenary: 'after_hearing',
  final: 'after_hearing',
  'after hearing': 'after_hearing',
  permanent: 'after_hearing',
  extended: 'after_hearing',
  full: 'after_hearing',
};
/** An empty box and the choice after it: "[ ] Temporary", "☐ EX PARTE". */
const UNCHECKED_CHOICE = new RegExp(String.raw`(?:\[\s?\]|\(\s?\)|[☐□])\s*(?:${CHOICE_WORDS})\b`, 'g');
const CHECKED = /(?:\[\s*[x✓✔]\s*\]|\(\s*[x✓✔]\s*\)|[☒☑✓✔■✗✘®]|(?:^|[\s|])x)\s*$/;

const ORDER_WORDS = /\b(?:order|injunction|orden|judgment|protection|proteccion|restraining|epo|tro|ppo|ex parte)\b/;
/** Notices and instructions in capitals are not titles: "VIOLATION OF THIS ORDER IS A CRIMINAL OFFENSE". */
const NOT_TITLE = /\b(?:you|your|may|must|shall|will|if|is|are|was|were|has|have|been|violat\w*|obey|failure|arrest|crime|prosecution|fills?|see|page \d+|rev\.|usted|debe)\b|[^.)\s][^.\s]\.\s*$/;

/** Title lines near the top of the first page: short lines, or lines in capitals, that name an order. */
function titleLines(layout: Layout): Line[] {
  const folded = foldedText(layout);
  const top = topLines(layout);
  const firstPage = layout.lines[0]?.page;
  const titles = layout.lines.filter((line) => {
    if (!top.has(line.index)) return false;
    const text = folded.slice(line.start, line.end);
    const original = layout.text.slice(line.start, line.end);
    const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const letters = original.replace(/[^\p{L}]/gu, '');
    const capitals = letters.replace(/[^\p{Lu}]/gu, '').length / Math.max(1, letters.length);
    const short = words <= 10 || (words <= 16 && capitals > 0.8);
    return short && !/:\s*$/.test(text) && !NOT_TITLE.test(text) && (ORDER_WORDS.test(text) || /^\s*\(.*\)\s*$/.test(text));
  });
  // The second page's titles count only when the first has none (a fax or cover sheet).
  const onFirst = titles.filter((l) => l.page === firstPage && ORDER_WORDS.test(folded.slice(l.start, l.end)));
  return onFirst.length ? titles.filter((l) => l.page === firstPage) : titles;
}

/** What the order is, from its title; a check-box title is settled by what the order says. */
export interface TypeContext {
  /** The caption names the State as a party. */
  criminalCaption: boolean;
  /** The order sets a hearing. */
  hearingAhead: boolean;
  /** Days from issue to expiry, when both are known. */
  lastsDays?: number;
  /** The order ends at (or before) a hearing set after it was issued, within weeks. */
  endsAtHearing?: boolean;
}

export function orderType(layout: Layout, context: TypeContext): Found<ProtectiveOrderType> | undefined {
  const folded = foldedText(layout);
  const titles = titleLines(layout);
  for (const line of titles) {
    const choices = line.segments.length > 1 || /\/|\bor\b|[☐☒☑□■]|\[\s*[x ]?\s*\]/.test(folded.slice(line.start, line.end)) ? choicesOn(layout, line) : [];
    const kinds = new Set(choices.map((c) => CHOICE_KIND[c.word]));
    if (kinds.size < 2) continue;
    const checked = choices.filter((c) => CHECKED.test(folded.slice(Math.max(line.start, c.start - 6), c.start)));
    if (checked.length === 1) return {value: CHOICE_KIND[checked[0]!.word]!, start: checked[0]!.start, end: checked[0]!.end, certainty: 0.9};
    // Unmarked (the marks are drawings, not text): what the order says of notice and hearings.
    const rest = folded.slice(0, line.start) + ' '.repeat(line.end - line.start) + folded.slice(line.end);
    const exParte = /\bwithout (?:prior |advance )?notice\b|\bnot (?:been |yet been )?(?:given|provided|served with|received) (?:prior |advance )?notice\b|\bex parte\b|\bno (?:prior )?notice\b/.test(rest);
    const pick = (...order: ProtectiveOrderType[]) => order.find((k) => kinds.has(k));
    // An order that lasts months or years is the one made after the hearing; a short one that
    // sets a hearing holds until then.
    const long = context.lastsDays !== undefined && context.lastsDays > 120;
    const value = long
      ? pick('after_hearing', 'temporary')
      : exParte
        ? pick('emergency', 'temporary')
        : context.hearingAhead || (context.lastsDays !== undefined && context.lastsDays <= 45)
          ? pick('temporary', 'after_hearing')
          : pick('after_hearing', 'temporary');
    const at = choices.find((c) => CHOICE_KIND[c.word] === value) ?? choices[0]!;
    if (value) return {value, start: at.start, end: at.end, certainty: 0.75};
  }
  // A choice left unmarked ("[ ] Temporary Order") says what the order is not.
  const text = titles.map((l) => folded.slice(l.start, l.end).replace(UNCHECKED_CHOICE, (m) => ' '.repeat(m.length))).join('\n');
  for (const [pattern, value] of KINDS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // An order in a criminal case ("People of the State of New York v. ...") is a criminal order.
    if (context.criminalCaption && value !== 'emergency') break;
    const line = titles.find((l) => folded.slice(l.start, l.end).includes(m[0]))!;
    const start = line.start + folded.slice(line.start, line.end).indexOf(m[0]);
    if (value !== GENERIC) return {value, start, end: start + m[0].length, certainty: 0.9};
    // "PROTECTIVE ORDER" alone: the order says of itself what it is ("This temporary order ..."),
    // or it ends at a hearing still to come, as only a temporary order does.
    for (const [own, kind] of SELF_KINDS) {
      const said = own.exec(folded);
      if (said) return {value: kind, start: said.index, end: said.index + said[0].length, certainty: 0.75};
    }
    return {value: context.endsAtHearing ? 'temporary' : 'after_hearing', start, end: start + m[0].length, certainty: context.endsAtHearing ? 0.7 : 0.8};
  }
  if (context.criminalCaption) {
    const m = /\b(?:the )?people of the state of [a-z ]+|\bstate of [a-z ]+|\bcommonwealth of [a-z ]+|\bunited states\b|\bpueblo\b|\b(?:city|county|town|village|municipality) of [a-z]+/.exec(folded);
    if (m) return {value: 'criminal', start: m.index, end: m.index + m[0].length, certainty: 0.8};
  }
  // No title line said: the first order words anywhere near the top.
  const top = folded.slice(0, Math.min(folded.length, 3000));
  for (const [pattern, value] of PROSE_KINDS) {
    const m = pattern.exec(top);
    if (m) return {value, start: m.index, end: m.index + m[0].length, certainty: 0.7};
  }
  return undefined;
}

function choicesOn(layout: Layout, line: Line): {word: string; start: number; end: number}[] {
  const folded = foldedText(layout).slice(line.start, line.end);
  return [...folded.matchAll(CHOICE)].map((m) => ({word: m[1]!, start: line.start + m.index, end: line.start + m.index + m[0].length}));
}

// ---------------------------------------------------------------------------------------------
// Case number
// ---------------------------------------------------------------------------------------------

const CASE_WORD_STOP = /^(?:div|dept|department|room|part|judge|time|date|page|div\.|sec|section|fam|family|civil)$/i;

/**
 * A case number, which may have spaces in it: "DVRO-25-347903", "26 OP 4184", "2025 DR 001234",
 * and an OCR'd "O- 97632-25/25A" put back together.
 */
export const readCaseNumber: Reader<string> = (text) => {
  const toks = [...text.matchAll(/\S+/g)].map((m) => ({text: m[0], index: m.index}));
  const first = toks.findIndex((t) => /\d/.test(t.text) || /^[A-Z]{1,5}-?$/.test(t.text));
  if (first < 0 || toks[first]!.index > 12) return null;
  const parts: {text: string; index: number}[] = [];
  for (let i = first; i < toks.length && parts.length < 5; i++) {
    const t = {...toks[i]!};
    // OCR splits a hyphenated number at its hyphens: "25-2- -97672- 3".
    const split = parts.length && /-$/.test(parts[parts.length - 1]!.text) ? /^-+/.exec(t.text)?.[0].length ?? 0 : 0;
    t.text = t.text.slice(split);
    t.index += split;
    const core = t.text.replace(/[.,;:)"'”’]+$/, '');
    if (!/^[A-Za-z0-9][A-Za-z0-9\-/.]*$/.test(core) || CASE_WORD_STOP.test(core)) break;
    // Words ("Division", "Dept") end it; short capitals ("OP", "DR", "CV") and numbers go on.
    if (!/\d/.test(core) && !/^[A-Z]{1,5}-?$/.test(core)) break;
    if (/^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/.test(core)) break;
    parts.push({text: core, index: t.index});
    // "25-306150," ends it; so does a wider gap than one space.
    if (core !== t.text && !/^[.-]$/.test(t.text.slice(core.length))) break;
    const next = toks[i + 1];
    if (next && next.index - (t.index + t.text.length) > 1) break;
  }
  // Trailing capitals stay only when they end the text: "26-2-01234-5 SEA", not "12345 FL Dept".
  const endsText = (p: {text: string; index: number}) => /^[\s.,;:)"'”’]*$/.test(text.slice(p.index + p.text.length));
  while (parts.length && !/\d/.test(parts[parts.length - 1]!.text) && !endsText(parts[parts.length - 1]!)) parts.pop();
  if (!parts.length) return null;
  let value = '';
  for (const p of parts) value += value && !/-$/.test(value) ? ' ' + p.text : p.text;
  value = value.replace(/[.\-/]+$/, '');
  if ((value.match(/\d/g)?.length ?? 0) < 3 || value.length > 30) return null;
  const start = parts[0]!.index;
  const last = parts[parts.length - 1]!;
  return {value, index: start, length: last.index + last.text.length - start};
};

const CASE_LABELS = [
  /(?:\b(?:court )?case (?:number|no\b\.?|num\b\.?|#)|\bcase\s*#|\bdocket (?:number|no\b\.?|#)|\bindex (?:number|no\b\.?|#)|\bcause (?:number|no\b\.?|#)|\bnumero de (?:caso|expediente|causa)\b|\bno\. de caso\b|\bexpediente\b)(?:\s*\((?:if known|optional|si se sabe|si lo sabe)\))?/g,
  /(?:^|[\t\n])\s*(?:no|nos)\.(?=\s*[:#]?\s*[\w])/g,
  /\bfile\s*(?:number|no\b\.?|#)/g,
  /\b(?:law enforcement|police|agency|incident|report) (?:case )?(?:number|no\b\.?|#)/g,
];
const NOT_COURT_CASE = /\b(?:law enforcement|police|agency|incident|report|sheriff)\s*$/;

/** The court's case number; an agency's incident number only when the court's is blank. */
export function caseNumber(layout: Layout): Found<string> | undefined {
  const folded = foldedText(layout);
  for (const [i, label] of CASE_LABELS.entries()) {
    for (const m of folded.matchAll(label)) {
      if (i === 0 && NOT_COURT_CASE.test(folded.slice(Math.max(0, m.index - 25), m.index))) continue;
      const start = m.index + (m[0].match(/^[\t\n]\s*/)?.[0].length ?? 0);
      const found = valueAfterLabel(layout, start, m.index + m[0].length, readCaseNumber, {maxGap: 6});
      if (!found) continue;
      // OCR reads a docket's letter prefix "O-" as a zero: "0-97632-25/25A".
      // Likewise the "O" of a letter code after digits: "2697R0555825" for "2697RO555825" (codes have two letters or more).
      if (evidence(layout, found.start, found.end).method === 'ocr') found.value = found.value.replace(/^0-(?=\d)/, 'O-').replace(/(?<=\d[A-Z])0(?=\d)/g, 'O');
      return i === 3 ? {...found, certainty: found.certainty * 0.8} : found;
    }
  }
  return undefined;
}
