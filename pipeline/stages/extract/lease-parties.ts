/**
 * The parties to a lease: the landlord and every tenant, as printed. Leases name them in the
 * opening sentence ("between X ("Landlord") and Y ("Tenant")", "entre X, en lo sucesivo "el
 * Arrendador", y por la otra Y ..."), in labelled form fields ("Tenant(s): ...",
 * "Owner/Agent | ..."), and under signature lines ("Ana Ruiz" over "Tenant").
 *
 * @module
 */
import type {Found} from './find.js';
import {
  CAPTION_CELL,
  findLabels,
  landlordFrom,
  LAST_FIRST,
  leaseDoc,
  sectionOf,
  type LeaseDoc,
  type NameHit,
  ocrWord,
  readLandlordName,
  readTenantNames,
  splitNames,
  stripHonorific,
  type LabelHit,
  type ValueRegion,
  valueRegions,
} from './lease-text.js';
import {fold, lineAt} from './find.js';
import type {Layout} from '../layout.js';

/** Who rents a sublet or a room out: the tenant's landlord, ahead of any owner or master landlord. */
const SUBLANDLORD_ROLE = String.raw`(?:sub-?${ocrWord('lessor')}s?|sub-?${ocrWord('landlord')}s?|sub-?arrendador(?:a)?)`;
const LANDLORD_ROLE = String.raw`(?:${SUBLANDLORD_ROLE}|${ocrWord('landlord')}s?|landlady|${ocrWord('lessor')}s?|(?:home)?owners?|arrendador(?:a|es)?|propietari[oa]s?|arrendante)`;
/** Terms an opening sentence may define for the landlord: public-housing leases call it "Management", "PHA" or "the Authority". */
const LANDLORD_TERM = String.raw`(?:${LANDLORD_ROLE}|management|(?:housing )?authority|agency|pha|ha|owner\/agent)`;
const TENANT_ROLE = String.raw`(?:(?:sub-?)?${ocrWord('tenant')}s?(?:\s*\(s\))?|(?:sub-?)?${ocrWord('lessee')}s?(?:\s*\(s\))?|${ocrWord('resident')}s?(?:\s*\(s\))?|(?:room )?renters?|roomers?|roommates?|leaseholders?(?:\s*\(s\))?|subarrendatari[oa]s?|arrendatari[oa]s?(?:\s*\(as?\))?|inquilin[oa]s?(?:\s*\(as?\))?|locatari[oa]s?)`;

const Q = `[,.]?["“”'‘’«»]?`;
const ART = String.raw`(?:(?:the|el|la|los|las|lo)\s+)?`;
const INTRO_EN = String.raw`(?:hereinafter|hereafter|herein|henceforth|jointly and severally|collectively|individually and collectively|together|each)`;
const INTRO_ES = String.raw`(?:en lo sucesivo|en adelante|en lo subsecuente|de aqui en adelante|para efectos de este contrato|conjuntamente)`;
const NAMING = String.raw`(?:(?:referred to|called|designated|known|denominad[oa]s?|llamad[oa]s?)\s+)?(?:as|como)?`;
const NOT_MORE = String.raw`(?![\p{L}])(?!['’]s)`;

/** The ways a lease defines a party's role right after the party's name. */
function markers(role: string): RegExp[] {
  return [
    // ("Landlord"), (the "Tenants"), (hereinafter "Landlord"), (collectively, "Tenant"), (en lo sucesivo "el Arrendador")
    // (hereinafter, whether one or more, "Lessee"): any short introduction before the quoted term.
    String.raw`\(\s*(?:(?:(?:${INTRO_EN}|${INTRO_ES})\s*,?\s*)+${NAMING}\s*|[^()"“”«»]{0,60}?[\s,:]\s*)?(?:an?\s+)?${ART}${Q}\s*${ART}${role}\s*${Q}\s*(?:(?:[,;]|\band\b|\by\b)[^)]{0,60})?\)`,
    // , as Landlord / , como Arrendador / en su calidad de arrendador
    String.raw`,?\s*(?:as|como|en (?:su )?(?:calidad|caracter) de)\s+${ART}${Q}${ART}${role}${Q}${NOT_MORE}`,
    // , hereinafter (referred to as) "Landlord"
    String.raw`,?\s*(?:${INTRO_EN}\s*,?\s*)+${NAMING}\s*${ART}${Q}${ART}${role}${Q}${NOT_MORE}`,
    // , a quien en lo sucesivo se le denominará "el Arrendador" / , en adelante "LA ARRENDATARIA"
    String.raw`,?\s*(?:(?:a\s+)?quien(?:es)?\s+)?${INTRO_ES}\s*,?\s*(?:se\s+(?:le|les)\s+)?(?:(?:denominara|llamara|designara|conocera|identificara)n?\s+)?(?:como\s+)?${ART}${Q}${ART}${role}${Q}${NOT_MORE}`,
    String.raw`,?\s*(?:(?:a\s+)?quien(?:es)?\s+)?(?:se\s+(?:le|les)\s+)?(?:denominara|llamara|designara|conocera|identificara)n?\s+(?:como\s+)?${ART}${Q}${ART}${role}${Q}${NOT_MORE}`,
    // , "el Arrendador",
    String.raw`,\s*${ART}["“«]\s*${ART}${role}\s*["”»]`,
    // "between Oak LLC, Landlord, and Ana Ruiz, Tenant, on ...": the role as an apposition.
    String.raw`,\s*${ART}${role}\s*(?=[,;)]|\.\s|\s+(?:and|y)\s)`,
  ].map((s) => new RegExp(s, 'gu'));
}
const MARKERS = {landlord: markers(LANDLORD_TERM), tenant: markers(TENANT_ROLE)};
/** Any defined term: ("Agreement"), (the "Premises"). Its end bounds the next party's name. */
const DEFINITION = /\(\s*(?:the\s+|el\s+|la\s+)?["“][^"”()]{1,40}["”]\s*\)/g;
/** Words that come right before the first party's name. */
const ANCHORS =
  /\b(?:by and between|between|among|entre|(?:que )?celebran|celebrado por|otorgan|suscriben|by|por una parte|de una parte|por un lado|por la otra(?: parte)?|por otra parte|de la otra parte|de otra parte|por el otro(?: lado)?)\b\s*,?/g;
const SENTENCE = /(?<!\b(?:[Mm]rs?|[Mm]s|[Dd]r|[Ss]ra?|[Ss]rta|[Jj]r|[Ss]t|[Ii]nc|[Cc]orp|[Cc]o|[Ll]td|[Nn]o|[Ll]ic|[Ii]ng))(?<=(?:\p{Ll}{2}|\p{Lu}{3}|[\d)"”'’]))[.;!?:](?=\s)/gu;
/** Connectors before a name: "and", "y por la otra parte", "the". */
const LEADING = /^(?:[\s,;:.]|\b(?:and|y|e|between|entre|among|por (?:una|la otra|otra) parte|de (?:una|la otra|otra) parte|por (?:un|el otro) lado|por la otra|por otra)\b|(?<![\p{L}])(?:the|el|la|los|las|con|with|by|of)\b)+/u;

interface Marker {
  role: 'landlord' | 'tenant';
  start: number;
  end: number;
}

function findMarkers(d: LeaseDoc): Marker[] {
  const all: Marker[] = [];
  for (const role of ['landlord', 'tenant'] as const) {
    for (const re of MARKERS[role]) {
      for (const m of d.flat.matchAll(re)) {
        const end = m.index + m[0].length;
        // "como arrendador el señor Juan Pérez": the role comes first, the name after it.
        if (/^\W*(?:as|como|en)\b/.test(m[0]) && /^\s*(?:(?:el|la|los|las)\s+)?(?:(?:se[nñ]or(?:a|ita)?|sr|sra|srta|don|do[nñ]a|mr|mrs|ms)\.?\s+)?\p{Lu}/u.test(d.text.slice(end, end + 40))) continue;
        // "... jointly and severally / Lessor: Oak LLC": a role followed by a colon is the next field's label.
        if (!/[)"”»'’]\s*$/.test(m[0]) && /^\s*:/.test(d.text.slice(end, end + 3))) continue;
        all.push({role, start: m.index, end});
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return all.filter((m, i) => !all.slice(0, i).some((o) => o.start <= m.start && o.end >= m.end));
}

/** Where the name before a marker may start, nearest first. */
function segmentStarts(d: LeaseDoc, markers: Marker[], at: number): number[] {
  const from = Math.max(0, at - 300);
  const window = d.flat.slice(from, at);
  const starts = new Set<number>();
  for (const m of markers) if (m.end <= at && m.end >= from) starts.add(m.end);
  for (const re of [DEFINITION, ANCHORS]) for (const m of window.matchAll(re)) starts.add(from + m.index + m[0].length);
  for (const m of d.text.slice(from, at).matchAll(SENTENCE)) starts.add(from + m.index + 1);
  return [...starts].filter((s) => s < at).sort((a, b) => b - a);
}

function trimLeading(d: LeaseDoc, start: number, end: number): number {
  const lead = LEADING.exec(d.text.slice(start, end))?.[0].length ?? 0;
  return start + lead;
}

/** Names defined by the opening sentence: "between X ("Landlord") and Y and Z ("Tenants")". */
function proseParty(d: LeaseDoc, role: 'landlord' | 'tenant'): {names: NameHit[]; start: number; end: number} | undefined {
  const markers = findMarkers(d);
  for (const marker of markers) {
    if (marker.role !== role) continue;
    for (const s of segmentStarts(d, markers, marker.start).slice(0, 4)) {
      const start = trimLeading(d, s, marker.start);
      const raw = d.text.slice(start, marker.start).replace(/\s+/g, ' ');
      if (raw.length > 200) break;
      if (role === 'landlord') {
        const name = landlordFrom(raw);
        if (name) return {names: [{name, index: start + Math.max(0, d.text.slice(start).indexOf(name.split(' ')[0]!))}], start, end: marker.start};
      } else {
        // Offsets in `raw` match the text's only while spacing is unchanged; evidence needs the span, not each name.
        const names = splitNames(raw);
        if (names.length) return {names: names.map((n) => ({name: n.name, index: start + n.index})), start, end: marker.start};
      }
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Labels
// ---------------------------------------------------------------------------

const LANDLORD_EXTRA = String.raw`(?:${ocrWord('landlord')}|${ocrWord('lessor')}|owner|agent|manager|property manager|managing agent|authorized agent|management(?: company)?|arrendador|propietario|agente|administrador)`;
const NAME_OF = String.raw`(?:(?:(?:printed |print |full |legal )?name(?:s|\s*\(s\))? of|nombre(?:s|\s*\(s\))? del?)\s+(?:the\s+)?)?`;
const LANDLORD_LABELS = [
  // A sublease's landlord is the sublessor, whatever owner or master landlord the form also names.
  String.raw`${NAME_OF}(?:${SUBLANDLORD_ROLE}|original (?:tenant|lessee))(?:['’]s)?(?:\s+(?:(?:full |legal )?name|nombre))?`,
  String.raw`${NAME_OF}(?:${LANDLORD_ROLE.replace('arrendador(?:a|es)?', 'arrendador(?:a)?')}|property owner|duen[oa]|casero)(?:\s*(?:/|&|\bor\b|\band\b|\bo\b|\by\b)\s*${LANDLORD_EXTRA})*(?:['’]s)?(?:\s+(?:(?:full |legal )?name|nombre))?(?:\s*\([^)\t\n]{0,30}\))?`,
  String.raw`${NAME_OF}(?:property manager|managing agent|manager|agent|administrador|agente)(?:\s*(?:/|&|\bor\b)\s*${LANDLORD_EXTRA})*(?:['’]s)?(?:\s+name)?`,
];
const TENANT_LABELS = [
  String.raw`${NAME_OF}(?:(?:co-?)?${TENANT_ROLE}|(?:co-?)?head of (?:the )?household)(?:\s*(?:#\s*)?\d)?(?:\s+(?:(?:full |legal )?names?|nombres?)(?:\s*\(\s*s\s*\))?)?`,
];

/**
 * A label that is a whole cell, under a name, is a signature caption ("Ana Ruiz" over
 * "Tenant"): the name is its value. Not when the name is itself the box under another label.
 */
function captionValue(d: LeaseDoc, hit: LabelHit): ValueRegion | undefined {
  if (hit.colon || d.text.slice(hit.end, hit.segment.end).trim()) return undefined;
  if (/\b(?:name|names|nombres?)\b/.test(d.folded.slice(hit.start, hit.end))) return undefined;
  // Captions share their line only with other captions ("Tenant | Date"), never with prose.
  if (!hit.line.segments.every((c) => c === hit.segment || CAPTION_CELL.test(d.folded.slice(c.start, c.end).trim()))) return undefined;
  const lines = d.layout.lines;
  const overlapping = (index: number) => {
    const line = lines[index];
    if (!line || line.page !== hit.line.page) return undefined;
    const box = hit.segment.bbox;
    return line.segments.find((c) => Math.min(c.bbox.x + c.bbox.width, box.x + box.width) - Math.max(c.bbox.x, box.x) > 0);
  };
  const above = overlapping(hit.line.index - 1);
  if (!above) return undefined;
  const twoUp = overlapping(hit.line.index - 2);
  if (twoUp && BARE_LABEL.test(d.folded.slice(twoUp.start, twoUp.end).trim())) return undefined;
  return {start: above.start, end: above.end, text: d.text.slice(above.start, above.end), where: 'below'};
}

/** Regions to read a party's name from: a caption's name above it first, then the label's value. */
function partyRegions(d: LeaseDoc, hit: LabelHit): ValueRegion[] {
  const caption = captionValue(d, hit);
  return caption ? [caption, ...valueRegions(d, hit)] : valueRegions(d, hit);
}

function labelledLandlord(d: LeaseDoc): Found<string> | undefined {
  for (const [i, label] of LANDLORD_LABELS.entries()) {
    for (const hit of findLabels(d, label)) {
      for (const region of partyRegions(d, hit)) {
        // A bare "Agent" or "Manager" is a caption under a signature, not a label.
        if (i === LANDLORD_LABELS.length - 1 && !hit.colon && region.where !== 'right') continue;
        const got = readLandlordName(d, region.start, region.end);
        if (got) return {value: got.name, start: got.index, end: got.index + got.name.length, certainty: hit.colon ? 0.9 : 0.85};
      }
    }
  }
  return undefined;
}

const BARE_LABEL = new RegExp(String.raw`^(?:${[...LANDLORD_LABELS, ...TENANT_LABELS].join('|')})\s*[:;]?$`, 'u');

/** More tenants, one a line, under the first one in a label's box. */
function namesBelow(d: LeaseDoc, region: ValueRegion): NameHit[] {
  const out: NameHit[] = [];
  const first = lineAt(d.layout, region.start);
  const cell = first?.segments.find((c) => c.start <= region.start && c.end >= region.start);
  if (!first || !cell) return out;
  let previous = first;
  for (const line of d.layout.lines.slice(first.index + 1, first.index + 6)) {
    if (line.page !== first.page || line.bbox.y - (previous.bbox.y + previous.bbox.height) > previous.bbox.height * 1.5) break;
    const under = line.segments.find((c) => Math.abs(c.bbox.x - cell.bbox.x) < 0.02);
    if (!under) break;
    const names = readTenantNames(d, under.start, true, under.end);
    if (!names.length) break;
    out.push(...names);
    previous = line;
  }
  return out;
}

/**
 * More tenants, one a line, under the first one beside its label ("Tenant(s) | Ana Ruiz" over
 * "| Li Wei"): lines whose first cell starts where the value does, with nothing to its left.
 */
function namesContinued(d: LeaseDoc, region: ValueRegion, lastFirst = false): NameHit[] {
  const out: NameHit[] = [];
  const first = lineAt(d.layout, region.start);
  const cell = first?.segments.find((c) => c.start <= region.start && c.end > region.start);
  if (!first || !cell) return out;
  let previous = first;
  for (const line of d.layout.lines.slice(first.index + 1, first.index + 6)) {
    const lead = line.segments[0];
    if (!lead || line.page !== first.page || line.bbox.y - (previous.bbox.y + previous.bbox.height) > previous.bbox.height * 1.5) break;
    if (Math.abs(lead.bbox.x - cell.bbox.x) > 0.02 || lead.bbox.x < 0.05) break;
    const names = readTenantNames(d, lead.start, true, lead.end, lastFirst);
    if (!names.length) break;
    out.push(...names);
    previous = line;
  }
  return out;
}

function labelledTenants(d: LeaseDoc): NameHit[] {
  const out: NameHit[] = [];
  for (const label of TENANT_LABELS) {
    for (const hit of findLabels(d, label)) {
      const lastFirst = LAST_FIRST.test(d.folded.slice(hit.start, hit.segment.end));
      for (const region of partyRegions(d, hit)) {
        const names = readTenantNames(d, region.start, !hit.colon, region.end, lastFirst);
        if (!names.length) continue;
        out.push(...names);
        out.push(...(region.where === 'below' ? namesBelow(d, region) : namesContinued(d, region, lastFirst)));
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sections: "Name: ..." under a "LANDLORD INFORMATION" or "TENANT(S)" heading.
// ---------------------------------------------------------------------------

const NAME_LABEL = String.raw`(?:(?:full |legal |printed |print |company |business |entity )?names?(?:\s*\(s\))?|company|business|nombre(?:s)?(?: completo)?|razon social)`;

/** Names given by "Name:" fields in the sections about a party. */
function sectionNames(d: LeaseDoc, role: 'landlord' | 'tenant'): NameHit[] {
  const out: NameHit[] = [];
  for (const hit of findLabels(d, NAME_LABEL)) {
    if (sectionOf(d, hit.line.index) !== role || !hit.colon) continue;
    for (const region of valueRegions(d, hit)) {
      if (role === 'tenant') {
        const names = readTenantNames(d, region.start, false, region.end, LAST_FIRST.test(d.folded.slice(hit.start, hit.segment.end)));
        if (!names.length) continue;
        out.push(...names);
      } else {
        const got = readLandlordName(d, region.start, region.end);
        if (!got) continue;
        out.push(got);
      }
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Signature captions: a name printed over "Landlord / Agent" or "Tenant".
// ---------------------------------------------------------------------------

function captions(d: LeaseDoc, role: string): NameHit[] {
  const caption = new RegExp(
    String.raw`^(?:(?:signature|firma|(?:printed )?name|nombre) (?:of |del? )?)?${ART}${role}(?:\s*(?:/|or|&|o|y)\s*${LANDLORD_EXTRA})*(?:['’]s)?(?:\s+(?:signature|firma|name|nombre))?\s*:?$`,
    'u',
  );
  const out: NameHit[] = [];
  const lines = d.layout.lines;
  for (const line of lines) {
    for (const cell of line.segments) {
      if (!caption.test(d.folded.slice(cell.start, cell.end).trim())) continue;
      const above = lines[line.index - 1];
      if (!above || above.page !== line.page) continue;
      const over = above.segments.find((c) => Math.min(c.bbox.x + c.bbox.width, cell.bbox.x + cell.bbox.width) - Math.max(c.bbox.x, cell.bbox.x) > 0);
      if (!over) continue;
      if (role === TENANT_ROLE) out.push(...readTenantNames(d, over.start, true, over.end));
      else {
        const got = readLandlordName(d, over.start, over.end);
        if (got) out.push(got);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------

const key = (name: string) => fold(stripHonorific(name)).replace(/[^a-z]/g, '').replace(/l/g, 'i');

function dedupe(names: NameHit[]): NameHit[] {
  const out: NameHit[] = [];
  for (const n of names) {
    const k = key(n.name);
    if (out.some((o) => key(o.name) === k)) continue;
    out.push(n);
  }
  return out;
}

/** The first item of a numbered list: "(1) ", "1. ", "1) ". */
const LIST_ITEM = /\(?1[.)]\s/;

/** Names in a numbered list that starts at `start`, inline or one item a line: "(1) Ana Ruiz (2) Li Wei". */
function listedNames(d: LeaseDoc, start: number): {names: NameHit[]; start: number; end: number} | undefined {
  const item = /[ \t]*\(?(\d{1,2})[.)][ \t]+([^\n]*?)(?=[ \t]+\(?\d{1,2}[.)][ \t]|\n|$)\n?/uy;
  const names: NameHit[] = [];
  let at = start;
  for (let n = 1; ; n++) {
    item.lastIndex = at;
    const m = item.exec(d.text);
    if (!m || Number(m[1]) !== n) break;
    const text = m[2]!;
    const from = m.index + m[0].indexOf(text);
    // One person an item: "None", "N/A" or a sentence ends the list.
    const got = splitNames(text);
    if (got.length !== 1) break;
    names.push({name: got[0]!.name, index: from + got[0]!.index});
    at = m.index + m[0].length;
  }
  return names.length ? {names, start, end: at} : undefined;
}

/**
 * A role named before the party: "Landlord, Oak LLC, and Tenant, Ana Ruiz, agree",
 * "comparecen como arrendador el señor Juan Pérez y como arrendataria la señora Ana Ruiz".
 */
function roleFirst(d: LeaseDoc, role: 'landlord' | 'tenant'): {names: NameHit[]; start: number; end: number} | undefined {
  const word = role === 'landlord' ? LANDLORD_ROLE : TENANT_ROLE;
  const re = new RegExp(
    String.raw`(?:\b(?:as|como|en calidad de)\s+${ART}${Q}${word}${Q}\s*[,:]?|(?<![\p{L}'’])${ART}${word}${Q}\s*,|\b(?:between|and|entre|y|by|with|con)\s+${ART}${word}\s*:?|(?<![\p{L}'’])${ART}${word}(?:\s*\([^()]{0,60}\))?\s*:)\s+(?=\p{L}|${LIST_ITEM.source})`,
    'gu',
  );
  for (const m of d.flat.matchAll(re)) {
    const start = m.index + m[0].length;
    // "you, the resident(s) (list all people signing): (1) Ana Ruiz (2) Li Wei": a numbered list.
    const list = role === 'tenant' ? listedNames(d, start) : undefined;
    if (list?.names.length) return list;
    if (!/^[\p{Lu}]/u.test(stripHonorific(d.text.slice(start, start + 60)).replace(/^(?:el|la|los|las)\s+/, ''))) continue;
    // Up to the end of the clause: a comma before a lowercase word, a bracket, a full stop, the next role.
    const rest = d.text.slice(start, start + 160).replace(/\s/g, ' ');
    // The comma test needs the letters' case, the role test the folded text (same offsets).
    const lower = /,\s+(?=\p{Ll})/u.exec(rest);
    const stop = new RegExp(String.raw`[;()]|\.\s|\s+(?:and|y)\s+(?:as\s+|como\s+)?${ART}(?:${LANDLORD_ROLE}|${TENANT_ROLE})\b|$`, 'iu').exec(fold(rest));
    const raw = rest.slice(0, Math.min(lower ? lower.index : rest.length, stop ? stop.index : rest.length));
    if (role === 'landlord') {
      const name = landlordFrom(raw);
      if (name) return {names: [{name, index: start + Math.max(0, raw.indexOf(name.slice(0, 3)))}], start, end: start + raw.length};
    } else {
      const names = splitNames(raw);
      if (names.length) return {names: names.map((n) => ({name: n.name, index: start + n.index})), start, end: start + raw.length};
    }
  }
  return undefined;
}

const marks = (s: string) => [...s].filter((c) => c.normalize('NFD').length > 1).length;
const unmarked = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The name as printed with the most diacritics anywhere in the document: OCR drops accents far
 * more often than it adds them, so "Maria Rodriguez" in one place and "María Rodríguez" under a
 * signature are one name, better read the second way. Only the same letters in the same case count.
 */
export function withMarks(d: LeaseDoc, name: string): string {
  const key = fold(name);
  let best = name;
  if (key.length < 5) return best;
  for (let i = d.folded.indexOf(key); i >= 0; i = d.folded.indexOf(key, i + 1)) {
    if (/\p{L}/u.test(d.text[i - 1] ?? '') || /\p{L}/u.test(d.text[i + name.length] ?? '')) continue;
    const seen = d.text.slice(i, i + name.length);
    if (unmarked(seen) === unmarked(name) && marks(seen) > marks(best)) best = seen;
  }
  return best;
}

/** The landlord: as the opening sentence defines it, else a "Landlord:" field, else a signature caption. */
export function landlordName(layout: Layout): Found<string> | undefined {
  const d = leaseDoc(layout);
  const found = landlordIn(d);
  return found && {...found, value: withMarks(d, found.value)};
}

function landlordIn(d: LeaseDoc): Found<string> | undefined {
  const prose = proseParty(d, 'landlord');
  if (prose) {
    const n = prose.names[0]!;
    return {value: n.name, start: n.index, end: n.index + n.name.length, certainty: 0.95};
  }
  const labelled = labelledLandlord(d);
  if (labelled) return labelled;
  const listed = sectionNames(d, 'landlord')[0];
  if (listed) return {value: listed.name, start: listed.index, end: listed.index + listed.name.length, certainty: 0.85};
  const named = roleFirst(d, 'landlord');
  if (named) {
    const n = named.names[0]!;
    return {value: n.name, start: n.index, end: n.index + n.name.length, certainty: 0.85};
  }
  const signed = captions(d, LANDLORD_ROLE)[0];
  if (signed) return {value: signed.name, start: signed.index, end: signed.index + signed.name.length, certainty: 0.75};
  return undefined;
}

/** Every tenant, in the order printed. */
export function tenantNames(layout: Layout): Found<string[]> | undefined {
  const d = leaseDoc(layout);
  const found = tenantsIn(d);
  return found && {...found, value: found.value.map((n) => withMarks(d, n))};
}

function tenantsIn(d: LeaseDoc): Found<string[]> | undefined {
  const prose = proseParty(d, 'tenant');
  if (prose) return {value: dedupe(prose.names).map((n) => n.name), start: prose.start, end: prose.end, certainty: 0.95};
  let names = dedupe(labelledTenants(d));
  let certainty = 0.9;
  if (!names.length) names = dedupe(sectionNames(d, 'tenant'));
  if (!names.length) {
    const named = roleFirst(d, 'tenant');
    if (named) return {value: dedupe(named.names).map((n) => n.name), start: named.start, end: named.end, certainty: 0.85};
    names = dedupe(captions(d, TENANT_ROLE));
    certainty = 0.75;
  }
  if (!names.length) return undefined;
  const start = Math.min(...names.map((n) => n.index));
  const end = Math.max(...names.map((n) => n.index + n.name.length));
  return {value: names.map((n) => n.name), start, end, certainty};
}
