/**
 * The dates of a protective order: when it was issued, when it expires, when the next hearing
 * is. Each date in the document is given one role from the words just before it (the nearest
 * telling phrase wins: "shall remain in effect until", "a hearing is set for", "ENTERED:"), so
 * the issue date is never the expiry and a date of birth or a form's revision date is nothing.
 */
import {findDates} from '../../parse/date.js';
import type {Layout, Line} from '../layout.js';
import {foldedText, lineAt, type Found} from './find.js';
import type {DateOrder} from './readers.js';

export type DateRole = 'issue' | 'expiration' | 'hearing' | 'ignore' | 'slot';

interface Cue {
  role: DateRole;
  /** Higher wins among dates of the same role. */
  strength: number;
  pattern: RegExp;
}

// Patterns run on folded text (lowercase, no accents). Order does not matter: the cue that ends
// nearest the date decides, and `slot` cues ("Date:", "on (date):") only when nothing else does.
const CUES: Cue[] = [
  // Not dates of the order at all.
  {role: 'ignore', strength: 0, pattern: /\b(?:date of birth|birth ?date|d\.?o\.?b\b|born\b|birth\b|fecha de nacimiento|nacid[oa])/g},
  {role: 'ignore', strength: 0, pattern: /\b(?:filed|served|service|received|mailed|delivered|incident|occurred|rev(?:\.|ised|ision)?|printed|stamped|effective date of (?:this )?form|radicad[oa]|notificad[oa])\b/g},
  // Expiry.
  {role: 'expiration', strength: 3, pattern: /\b(?:expir(?:es|ation|e|y|ing|acion|a|ara|ar)|exp\.? date|termination date|terminates?|end date|vence|vencimiento|caduca|valid[ao] hasta)\b/g},
  {role: 'expiration', strength: 3, pattern: /\b(?:in (?:full )?(?:force|effect)|effective|valid|remains?|continue|extended)\b[^.;]{0,40}?\b(?:until|through|thru|to)\b(?: and including)?/g},
  {role: 'expiration', strength: 3, pattern: /\buntil\s+and\s+including\b|\bvigente\s+hasta\b|\bhasta\s+el\b/g},
  {role: 'expiration', strength: 2, pattern: /\buntil\b/g},
  // Hearing.
  {role: 'hearing', strength: 3, pattern: /\b(?:next |return |new )?(?:court|hearing) date\b|\breturn date\b|\breturnable\b|\b(?:adjourned|continued|rescheduled) (?:to|until)\b|\bdate of (?:the )?(?:next )?hearing\b/g},
  {role: 'hearing', strength: 3, pattern: /\bhearing\b[^.;]{0,40}?\b(?:set|scheduled|calendared)\b|\b(?:appear|comparecer)\b|\baudiencia\b|\bvista\b/g},
  {role: 'hearing', strength: 2, pattern: /\bhearing\b/g},
  // Issue.
  // The order's own date line outranks a mention in the text ("the temporary injunction entered on ...").
  {role: 'issue', strength: 4, pattern: /\b(?:date (?:issued|signed|entered|granted|of (?:issuance|order|this order|entry))|(?:date|time|date and time|date\/time) of (?:issuance|entry)|(?:issue|issuance|order|entry|signature) date|(?:issued|signed|entered|granted)(?= ?:)|dated|done and ordered|so ordered|fecha de (?:emision|expedicion|la orden)|emitid[oa]|firmad[oa]|dictad[oa]|expedid[oa]|dad[oa] en)\b/g},
  {role: 'issue', strength: 3, pattern: /\b(?:issued|signed|entered|granted|ordered|rendered)(?: (?:on|this|at|by the court on|and (?:entered|filed) on))?\b/g},
  {role: 'issue', strength: 2, pattern: /\band now,? this\b|\bgiven under my hand\b|\bwitness my hand\b|\beffective (?:date|on|as of)\b|\bdate effective\b/g},
  {role: 'issue', strength: 1, pattern: /\bat a (?:term|session)\b[^]{0,200}?\bheld\b[^]{0,160}?\bon\b/g},
  // A bare date slot: its role comes from the heading above or the signature beside it.
  {role: 'slot', strength: 1, pattern: /\b(?:date|fecha)\b|\(date\)|\(fecha\)/g},
  {role: 'slot', strength: 0, pattern: /\bon\b|\bel\b/g},
];

// "after issuance", "from the date of issuance": a relative phrase, not a date label.
const NOT_CUE = /\b(?:after|from|following|upon)(?: the date of)? issuance\b|\b(?:after|from) (?:the )?(?:date (?:of )?)?(?:entry|service)\b/g;

const JUDGE = /\b(?:judge|judicial officer|justice|magistrate|commissioner|hon\.|honorable|court officer|referee|juez|jueza|firma del juez|signature)\b/;

export interface DatedRole {
  value: string;
  start: number;
  end: number;
  role: DateRole;
  strength: number;
  /** A slot that a "Date:" label names (not a date after a bare "on"). */
  labelled?: boolean;
}

/** The label in the cell above a date, as in a table or a form with labels over its boxes. */
function labelAbove(layout: Layout, line: Line, start: number): string | undefined {
  const above = layout.lines[line.index - 1];
  const cell = line.segments.find((c) => start >= c.start && start <= c.end);
  if (!above || !cell || above.page !== line.page) return undefined;
  if (line.bbox.y - (above.bbox.y + above.bbox.height) > Math.max(line.bbox.height, 0.01) * 2) return undefined;
  const label = above.segments.find(
    (c) => Math.min(c.bbox.x + c.bbox.width, cell.bbox.x + cell.bbox.width) - Math.max(c.bbox.x, cell.bbox.x) > 0 || Math.abs(c.bbox.x - cell.bbox.x) < 0.02,
  );
  if (!label) return undefined;
  const text = foldedText(layout).slice(label.start, label.end);
  // A short label, not prose and not another value.
  if (text.split(/\s+/).length > 6 || /\d{2}/.test(text)) return undefined;
  return text;
}

const ABBREVIATION = /(?:^|[\s(])(?:\p{L}|no|nos|dept|hon|mr|mrs|ms|dr|jr|sr|st|vs?|inc|co|ave|apt|bldg|[ap]\.m|rev|sec|art|ch|par|fla|stat|cal|ill|ariz|u\.s)$/iu;

/** Offset just after the last sentence end in `text`, or 0. */
function sentenceStart(text: string): number {
  for (let i = text.length - 2; i >= 0; i--) {
    const ch = text[i]!;
    if (!/[.;!?]/.test(ch) || !/\s/.test(text[i + 1]!)) continue;
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i))) continue;
    return i + 1;
  }
  return 0;
}

/** Start of the words that speak of the date at `start`: back to the sentence start, at most a few lines. */
function contextStart(layout: Layout, line: Line, start: number, previousDateEnd: number): number {
  let from = line.start;
  let current = line;
  // A date on a "Date:" line under a heading that ends with ":", or in prose that wraps, reads
  // with the lines above it until a sentence ends.
  for (let up = 0; up < 3; up++) {
    const above = layout.lines[current.index - 1];
    if (!above || above.page !== current.page) break;
    const aboveText = layout.text.slice(above.start, above.end).trimEnd();
    if (/[.;!?]$|\.\)$/.test(aboveText)) break;
    const gap = current.bbox.y - (above.bbox.y + above.bbox.height);
    if (gap > Math.max(current.bbox.height, 0.01) * 2.5) break;
    const currentText = layout.text.slice(current.start, current.end);
    const wraps =
      /:$/.test(aboveText) ||
      /,$|\b(?:and|or|of|the|a|an|on|to|until|including|from|by|at)$/i.test(aboveText) ||
      // A prose line running into a line that carries on its sentence (not a row of table headings).
      (above.segments.length === 1 && /^[\p{Ll}]/u.test(currentText) && (/\p{Ll}$/u.test(aboveText) || above.bbox.x + above.bbox.width > 0.75));
    if (!wraps) break;
    from = above.start;
    current = above;
  }
  from += sentenceStart(layout.text.slice(from, start));
  return Math.max(from, previousDateEnd);
}

/** Every date in the document with its role. */
export function datesWithRoles(layout: Layout, order: DateOrder): DatedRole[] {
  const folded = foldedText(layout);
  const notCues = [...folded.matchAll(NOT_CUE)].map((m) => [m.index, m.index + m[0].length] as const);
  const cues: {role: DateRole; strength: number; start: number; end: number}[] = [];
  for (const cue of CUES) {
    for (const m of folded.matchAll(cue.pattern)) {
      if (notCues.some(([s, e]) => m.index < e && m.index + m[0].length > s)) continue;
      cues.push({role: cue.role, strength: cue.strength, start: m.index, end: m.index + m[0].length});
    }
  }
  const out: DatedRole[] = [];
  let previousEnd = 0;
  for (const d of findDates(layout.text, {order})) {
    const start = d.index;
    const end = d.index + d.length;
    const line = lineAt(layout, start);
    if (!line) continue;
    const from = contextStart(layout, line, start, previousEnd);
    previousEnd = end;
    const near = cues.filter((c) => c.start >= from && c.end <= start + 1);
    // The nearest telling cue decides; a bare "Date:" slot only when nothing else speaks.
    const telling = near.filter((c) => c.role !== 'slot');
    const nearest = (list: typeof near) => list.sort((a, b) => b.end - a.end || b.strength - a.strength)[0];
    const cue = nearest(telling);
    let role: DateRole = cue?.role ?? 'slot';
    let strength = cue?.strength ?? 0;
    const labelled = !cue && near.some((c) => c.role === 'slot' && c.strength > 0);
    if (!cue && !labelled) {
      // A label over the date's box ("Expiration Date" / "03/01/2027"), or one just after the date.
      const above = labelAbove(layout, line, start);
      const after = folded.slice(end, Math.min(line.end, end + 30));
      const fromAbove = above !== undefined ? CUES.find((c) => c.role !== 'slot' && new RegExp(c.pattern.source).test(above)) : undefined;
      // "on February 13, 2025 for a hearing", "on 3/4/2026 at the hearing".
      const fromAfter = CUES.find((c) => c.role !== 'slot' && new RegExp(`^[\\s(,-]*(?:(?:for|at) (?:a |an |the )?)?(?:${c.pattern.source})`).test(after));
      const hit = fromAbove ?? fromAfter;
      if (hit) {
        role = hit.role;
        strength = hit.strength - 1;
      }
    }
    if (role === 'slot') {
      // The judge's date line: "Date: 12/30/2025 | Judicial Officer", or the line under it names the judge.
      const next = layout.lines[line.index + 1];
      const beside = folded.slice(line.start, line.end) + (next && next.page === line.page ? '\n' + folded.slice(next.start, next.end) : '');
      if (JUDGE.test(beside)) {
        role = 'issue';
        strength = 2;
      }
    }
    out.push({value: d.value, start, end, role, strength, ...(labelled ? {labelled} : {})});
  }
  // "effective from 03/01/2026 to 03/01/2027", "Order period: 03/01/2026 - 03/01/2027": a range
  // of the order's life is its start and its end.
  for (let i = 1; i < out.length; i++) {
    const [a, b] = [out[i - 1]!, out[i]!];
    if (!/^\s*(?:to|through|thru|until|-|–|—|hasta|al)\s*$/i.test(folded.slice(a.end, b.start))) continue;
    const line = lineAt(layout, a.start);
    if (!line) continue;
    const before = folded.slice(Math.max(line.start, a.start - 60), a.start);
    if (!/\b(?:effective|valid|in (?:full )?(?:force|effect)|period|duration|term|vigencia|vigente|order|orden)\b/.test(before)) continue;
    if (a.role === 'slot' || a.role === 'expiration') out[i - 1] = {...a, role: 'issue', strength: 1};
    if (b.role === 'slot' || b.role === 'expiration') out[i] = {...b, role: 'expiration', strength: 3};
  }
  return out;
}

const best = (dates: DatedRole[], role: DateRole): DatedRole | undefined => {
  let top: DatedRole | undefined;
  for (const d of dates) if (d.role === role && (!top || d.strength > top.strength)) top = d;
  return top;
};

const found = (d: DatedRole | undefined, certainty: number): Found<string> | undefined =>
  d && {value: d.value, start: d.start, end: d.end, certainty};

const YEARS: Record<string, number> = {one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10};

/** The issue, expiration and hearing dates of an order. */
export interface OrderDates {
  issue?: Found<string>;
  /** `rule`: the expiry was computed from the issue date by the rule the order states. */
  expiration?: Found<string> & {rule?: string};
  hearing?: Found<string>;
}

export function orderDates(layout: Layout, order: DateOrder): OrderDates {
  const dates = datesWithRoles(layout, order);
  const folded = foldedText(layout);
  const hearingDate = best(dates, 'hearing');
  let expiration: OrderDates['expiration'] = found(best(dates, 'expiration'), 0.9);
  let issue = found(best(dates, 'issue'), 0.9);
  if (!issue) {
    // A date in a bare "Date:" slot that nothing else claims, before any proof of service.
    const service = /\b(?:proof|certificate|return|declaration) of service\b|\bprueba de entrega\b/.exec(folded);
    const slot = dates.find((d) => d.role === 'slot' && d.labelled && (!service || d.start < service.index));
    if (slot) issue = found(slot, 0.7);
  }
  if (!expiration && hearingDate) {
    // "This order expires at the end of the hearing", "in effect until the hearing".
    if (/\b(?:expires?|expiration|in (?:full )?(?:force|effect)|effective|remains?|valid|extended|continued)\b[^.;]{0,60}?\b(?:the )?(?:end of (?:the )?|conclusion of (?:the )?)?(?:next |scheduled |full )?(?:hearing|court date|return date)\b|\b(?:vence|caduca|termina|vigente|en vigor)\b[^.;]{0,60}?\b(?:(?:al )?(?:final|fin|termino|conclusion) de )?la (?:proxima )?audiencia\b/.test(folded)) {
      expiration = found(hearingDate, 0.8);
    }
  }
  if (!expiration && issue) {
    // "If no expiration date is written here, this order expires three years from the date of issuance."
    const m = /\bexpires? (one|two|three|four|five|ten|\d{1,2}) years? (?:from|after) the date (?:of issuance|it (?:is|was) (?:issued|signed|entered)|of (?:this )?order)\b/.exec(folded);
    if (m) {
      const n = YEARS[m[1]!] ?? Number(m[1]);
      const [y, mo, d] = issue.value.split('-').map(Number) as [number, number, number];
      const value = `${String(y + n).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(mo === 2 && d === 29 ? 28 : d).padStart(2, '0')}`;
      expiration = {value, start: issue.start, end: issue.end, certainty: 0.6, rule: layout.text.slice(m.index, m.index + m[0].length)};
    }
  }
  return {
    ...(issue ? {issue} : {}),
    ...(expiration ? {expiration} : {}),
    ...(hearingDate ? {hearing: found(hearingDate, 0.9)!} : {}),
  };
}

/**
 * Whether the order writes numeric dates day first: it says so ("dd/mm/aaaa", "día/mes/año"),
 * or one of its dates cannot be month first ("25/05/2025") while none cannot be day first.
 */
export function dateOrderOf(layout: Layout): DateOrder {
  const folded = foldedText(layout);
  if (/\b(?:dd\/mm\/(?:aaaa|yyyy|aa|yy)|dia\/mes\/ano|day\/month\/year)\b/.test(folded)) return 'DMY';
  if (/\b(?:mm\/dd\/(?:aaaa|yyyy|aa|yy)|mes\/dia\/ano|month\/day\/year)\b/.test(folded)) return 'MDY';
  let dayFirst = false;
  for (const m of folded.matchAll(/(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d/.-])/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b > 12 && a <= 12) return 'MDY';
    if (a > 12 && b <= 12) dayFirst = true;
  }
  return dayFirst ? 'DMY' : 'MDY';
}
