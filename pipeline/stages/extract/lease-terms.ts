/**
 * The terms of a lease: the rented address, the monthly rent, the security deposit, the start
 * and end of the term, and whether the tenancy is month-to-month. Each is read from a form
 * label at the start of a cell first ("Monthly Rent: $1,450.00", "Lease Start | 12/15/2024"),
 * then from the prose that states it ("the sum of ... ($2,015.00) per month", "commencing
 * December 15, 2024 and ending December 14, 2025", "del 1 de enero de 2026 al 31 de diciembre
 * de 2026").
 *
 * @module
 */
import {findDates, type DateOrder} from '../../parse/date.js';
import {findMoney} from '../../parse/money.js';
import type {Layout} from '../layout.js';
import {fold, type Found} from './find.js';
import {readAddress} from './readers.js';
import {continuesProse, findLabels, fixOcrLetters, sectionOf, gapFor, leaseDoc, type LabelHit, type LeaseDoc, ocrWord, sentenceAt, type ValueRegion, valueRegions} from './lease-text.js';

/** The first value a reader finds after any of the labels, with how far after the label it may start. */
function labelled<F>(
  d: LeaseDoc,
  labels: string[],
  read: (region: ValueRegion, hit: LabelHit) => F | undefined,
  accept: (hit: LabelHit) => boolean = () => true,
): F | undefined {
  for (const label of labels) {
    for (const hit of findLabels(d, label)) {
      if (!accept(hit) || continuesProse(d, hit)) continue;
      for (const region of valueRegions(d, hit)) {
        const got = read(region, hit);
        if (got) return got;
      }
    }
  }
  return undefined;
}

/**
 * The word before a label on its line, across cells OCR may have split ("Pet | Rent"), or at the
 * end of the line before when prose wrapped there ("a refundable pet / deposit of $250.00").
 */
function wordBefore(d: LeaseDoc, hit: LabelHit): string {
  const same = /([\p{L}'’-]+)[^\p{L}\n]*$/u.exec(d.folded.slice(hit.line.start, hit.start));
  if (same || /\S/.test(d.folded.slice(hit.line.start, hit.start))) return same?.[1] ?? '';
  const above = d.layout.lines[hit.line.index - 1];
  if (!above || above.page !== hit.line.page || above.segments.length > 1) return '';
  return /(?<=\s)(\p{Ll}[\p{L}'’-]*)$/u.exec(d.folded.slice(above.start, above.end).trimEnd())?.[1] ?? '';
}

// ---------------------------------------------------------------------------
// Address
// ---------------------------------------------------------------------------

const ADDRESS_LABELS = [
  String.raw`(?:(?:rental|leased|subleased|sublet|rented|demised|subject|the)\s+)?(?:${ocrWord('premises')}|property|dwelling|residence|rental unit|apartment|unit)(?:\s+(?:address|location))?|(?:property|premises|rental|unit|street|residence|service)\s+address|address of (?:the )?(?:leased )?(?:premises|property|rental unit|rental|unit|dwelling|residence)|(?:direccion|domicilio|ubicacion)(?: (?:de la propiedad|del inmueble|de la vivienda|del local|arrendad[oa]|de la unidad))?|inmueble(?: arrendado)?|propiedad|vivienda`,
  String.raw`address|location`,
];
const ADDRESS_PROSE =
  /\b(?:located at|situated at|(?:commonly )?known as|(?:described|identified|designated) as|(?:premises|property|dwelling|residence|apartment|unit|house|home) at|ubicad[oa] en|situad[oa] en|localizad[oa] en|con domicilio en|sito en|marcad[oa] con el (?:numero|no\.?))\b\s*:?/g;
/** Addresses that belong to the landlord, not the rented home. */
const NOT_PREMISES =
  /\b(?:landlord|lessor|owner|agent|manager|management|office|payable|paid|pay|remit|mail(?:ing)?|notices?|deliver(?:ed)?|c\/o|attention|arrendador|propietario|administrador|pagos?|pagar|notificaciones|oficina)\b[^.]{0,60}$/;

const LANDLORD_ABOVE = /(?:^|[\t\n])[^\p{L}\t\n]{0,3}(?:landlord|lessor|owner|agent|manager|management|arrendador|propietario|administrador|mail|notice|payment)/u;

const STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|District of Columbia|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Puerto Rico|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Calif\\.|Tex\\.|Fla\\.|Ariz\\.|Wash\\.';
const SPELLED_STATE = new RegExp(String.raw`\b\d{1,6}[A-Za-z]?\s+[^\t\n]{2,60}?(?:[\t\n][^\t\n]{0,60}?){0,2}[,\s]+(?:${STATE_NAMES}),?\s+\d{5}(?:-\d{4})?\b`);

/** An address whose state is spelled out ("Boise, Idaho 83702"), as printed. */
function readSpelledStateAddress(text: string): {value: string; index: number; length: number} | null {
  const m = SPELLED_STATE.exec(text);
  return m ? {value: m[0], index: m.index, length: m[0].length} : null;
}

/** The address in the text that starts a value: a street line up to the ZIP, over up to three lines. */
function readPremises(d: LeaseDoc, start: number, prose: boolean, maxGap: number): Found<string> | undefined {
  const lineEnd = (from: number, lines: number) => {
    let end = from;
    for (let i = 0; i <= lines; i++) {
      const next = d.text.indexOf('\n', end + (i ? 1 : 0));
      if (next < 0) return d.text.length;
      end = next;
    }
    return end;
  };
  const raw = d.text.slice(start, lineEnd(start, 2));
  // OCR splits a line into many cells: inside a line, a cell break is a space.
  const text = prose ? raw.replace(/\s/g, ' ') : raw.replace(/\t/g, ' ');
  const got = readAddress(text) ?? readSpelledStateAddress(text);
  if (!got || got.index > maxGap) return undefined;
  const value = formatAddress(fixOcrLetters(text.slice(got.index, got.index + got.length), false));
  return {value, start: start + got.index, end: start + got.index + got.length, certainty: prose ? 0.9 : 0.95};
}

function formatAddress(raw: string): string {
  return raw
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .reduce((acc, part) => (!acc ? part : /,$/.test(acc) || /^(?:apt|apartment|unit|suite|ste|space|spc|lot|bldg|#)\b/i.test(part) ? `${acc} ${part}` : `${acc}, ${part}`), '')
    .replace(/\s+/g, ' ')
    .replace(/\s*,(?:\s*,)*/g, ',')
    .replace(/,(?=\S)/g, ', ')
    // OCR reads the street type "Pl" as "PI", adds a colon to "Apt", and specks before a word as quotes.
    .replace(/(?<=\p{L}{2}\s)PI(?=,|\s|$)/u, 'Pl')
    .replace(/(^|,\s*)["“”'‘’`]+(?=\p{L})/gu, '$1')
    .replace(/\b(Apt|Unit|Suite|Ste)[:;](?=\s)/, '$1')
    .trim();
}

/** The text of a field's value, up to the end of its cell. */
function fieldValue(d: LeaseDoc, label: string, accept: RegExp): {value: string; start: number; end: number; label: string} | undefined {
  return labelled(d, [label], (region, hit) => {
    const line = d.layout.lines.find((l) => l.start <= region.start && l.end >= region.start);
    const cell = line?.segments.find((c) => c.start <= region.start && c.end >= region.start);
    const end = Math.min(region.end, cell?.end ?? region.end);
    const raw = d.text.slice(region.start, end).trim();
    const m = accept.exec(raw);
    return m ? {value: m[0].trim(), start: region.start, end, label: d.text.slice(hit.start, hit.end)} : undefined;
  });
}

/** A form with the address in fields of its own: "Street: ... | Unit: ... | City: ... | State: .. | ZIP: ...". */
function composedAddress(d: LeaseDoc): Found<string> | undefined {
  const street = fieldValue(d, String.raw`(?:(?:property|premises|rental|unit|street)\s+)?address|street|premises|direccion|calle`, /^\d{1,6}[A-Za-z]?\s+[^\t\n]{2,60}/);
  const city = street && fieldValue(d, String.raw`city|ciudad`, /^\p{L}[\p{L} .'-]{1,40}/u);
  const state = city && fieldValue(d, String.raw`state|estado`, /^[A-Z]{2}\b/);
  const zip = state && fieldValue(d, String.raw`zip(?: code)?|postal code|codigo postal`, /^\d{5}(?:-\d{4})?\b/);
  if (!street || !city || !state || !zip) return undefined;
  // The unit's box may repeat its kind: "Unit: Apt 2B", "Unit: Bldg C Apt 314".
  const unit = fieldValue(d, String.raw`unit(?: (?:no|number|#))?\.?|apt\.?|apartment|suite|unidad|apto\.?`, /^(?:(?:(?:apt|apartment|unit|suite|ste|space|spc|lot|bldg|building)\.?\s*[A-Za-z0-9-]{1,6}\s+)?(?:apt|apartment|unit|suite|ste|space|spc|lot)\.?\s+)?#?\s*[A-Za-z0-9-]{1,6}\b/i);
  const word = unit && (/^(?:#|[a-z]{2,}\.?\s)/i.test(unit.value) ? '' : (/\b(apt|apartment|unit|suite|unidad|apto)\b/i.exec(unit.label)?.[1] ?? 'Unit'));
  const unitText = unit && !/\b(?:apt|unit|suite|ste|space|lot)\b|#/i.test(street.value) ? ` ${word ? `${word[0]!.toUpperCase()}${word.slice(1).toLowerCase()} ` : ''}${unit.value}` : '';
  const value = `${street.value.replace(/,\s*$/, '')}${unitText}, ${city.value.replace(/,\s*$/, '')}, ${state.value} ${zip.value}`;
  const parts = [street, city, state, zip];
  return {value, start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)), certainty: 0.85};
}

export function propertyAddress(layout: Layout): Found<string> | undefined {
  const d = leaseDoc(layout);
  const read = (region: ValueRegion, hit: LabelHit) => readPremises(d, region.start, false, gapFor(hit, region, 40, 0));
  // A bare "Address:" under "Landlord:" is the landlord's.
  const landlords = (hit: LabelHit) => {
    const above = d.layout.lines[hit.line.index - 1];
    const text = d.folded.slice(above && above.page === hit.line.page ? above.start : hit.line.start, hit.start);
    // An "Address:" in a section about the landlord, a tenant or a guarantor is theirs.
    const section = sectionOf(d, hit.line.index);
    return !LANDLORD_ABOVE.test(text) && (section === undefined || section === 'premises');
  };
  const byLabel = labelled(d, ADDRESS_LABELS.slice(0, 1), read) ?? labelled(d, ADDRESS_LABELS.slice(1), read, landlords);
  if (byLabel) return byLabel;
  for (const m of d.flat.matchAll(ADDRESS_PROSE)) {
    const got = readPremises(d, m.index + m[0].length, true, 3);
    if (got) return got;
  }
  const composed = composedAddress(d);
  if (composed) return composed;
  // Else the first address that is not the landlord's or where to pay.
  // A street number starts its line or follows a space: not the cents of "815.00" over the next line.
  for (const m of d.text.matchAll(/(?<![\d.,$])\b\d{1,6}[A-Za-z]?[ ]+\p{Lu}/gu)) {
    if (NOT_PREMISES.test(d.flat.slice(Math.max(0, m.index - 80), m.index))) continue;
    const got = readPremises(d, m.index, false, 0);
    if (got) return {...got, certainty: 0.7};
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------

/**
 * What the tenant pays. An assisted lease also prints the contract (gross) rent and the housing
 * assistance payment; `monthlyRent` is the tenant's own share, so its labels come first.
 */
const TENANT_SHARE = String.raw`(?:(?:tenant|resident|family|household|participant)(?:['’]s)?\s+(?:(?:monthly\s+)?${ocrWord('rent')}(?:\s+(?:portion|share|payment|amount|to owner))?|share(?:\s+of\s+(?:the\s+)?rent)?|portion(?:\s+of\s+(?:the\s+)?rent)?|rent\s+portion)|(?:renta|parte|porcion|pago) (?:que paga el |del? )(?:inquilin[oa]|arrendatari[oa]))`;
const RENT_LABELS = [
  String.raw`(?:new |renewal |adjusted )(?:monthly )?(?:${ocrWord('rent')}|rental)(?: amount| rate| payment)?|(?:nueva |nuevo )(?:renta|alquiler|canon)(?: mensual)?|(?:renta|alquiler|canon) (?:mensual )?nuev[oa]`,
  TENANT_SHARE,
  String.raw`(?:(?:monthly|base|basic) )*(?:${ocrWord('rent')}|rental)(?: amount| rate| payment)?(?:\s*\(?(?:per month|monthly|mensual)\)?)?|monthly (?:rent(?:al)?|rental (?:amount|rate))|(?:monthly )?installments? of rent|monthly (?:rent )?installment|rent (?:per|a|each) month|(?:renta|alquiler|canon)(?: (?:mensual|de arrendamiento))*|(?:monto|cantidad|importe|pago) (?:de (?:la )?)?(?:renta|alquiler)(?: mensual)?|pago mensual`,
];
const DEPOSIT_LABELS = [
  String.raw`(?:security |damage |refundable )?${ocrWord('deposit')}(?: amount)?|deposito(?: (?:de (?:seguridad|garantia)|en garantia))?|fianza|garantia`,
];
/** Words that make a "Rent" or "Deposit" label something else: "Pet Rent", "Key Deposit". */
const OTHER_CHARGE = /^(?:current|previous|prior|old|original|actual|anterior|pet|pets|parking|garage|storage|late|prorated|pro-rated|partial|additional|back|first|last|key|holding|cleaning|utility|trash|mascota|mascotas|estacionamiento|llave|llaves|limpieza|total)$/;

const readMoneyAt = (text: string, maxGap: number) => {
  const flat = text.replace(/[\t\n]/g, ' ');
  const m = findMoney(flat).find((x) => x.value > 0);
  if (m && m.index <= maxGap) return m;
  // A field's amount may be a bare whole number: "Monthly Rent: 1200".
  // Not a street number: "1070 W Lakeview Ave" is followed by a capitalised word.
  const bare = /(?<![\d.,/-])\$?\s*(\d{1,3}(?:,\d{3})+|\d{3,6})(?![\d/.,-]|\s*%|\s+\p{Lu})/u.exec(flat);
  if (bare && bare.index <= maxGap && (!m || bare.index < m.index)) {
    return {value: Number(bare[1]!.replace(/,/g, '')), index: bare.index, length: bare[0].length};
  }
  return m && m.index <= maxGap ? m : undefined;
};

function labelledMoney(d: LeaseDoc, labels: string[]): Found<number> | undefined {
  return labelled(
    d,
    labels,
    (region, hit) => {
      // "Rent: $1,450.00" / "Rent | $1,450.00" / a box under "Rent"; without a colon the amount must follow at once.
      const m = readMoneyAt(region.text, gapFor(hit, region, 40, 3));
      if (!m) return undefined;
      const found = {value: m.value, start: region.start + m.index, end: region.start + m.index + m.length, certainty: 0.95};
      return ocrDollarSign(d, region.text.slice(m.index, m.index + m.length), found);
    },
    (hit) => !OTHER_CHARGE.test(wordBefore(d, hit)),
  );
}

/**
 * OCR reads the "$" of "$1,775" as an 8 or an S: "81,775". A monthly rent or deposit of ten
 * thousand dollars or more that starts with such a digit before a well-grouped amount is that
 * amount, flagged for a closer look.
 */
function ocrDollarSign(d: LeaseDoc, raw: string, found: Found<number>): Found<number> {
  if (found.value < 10_000 || !d.layout.pages.some((p) => p.method === 'ocr')) return found;
  const m = /^\s*[8S5]\s?(\d{1,2},\d{3}(?:\.\d{2})?|\d{3,4}\.\d{2})\s*$/.exec(raw);
  return m ? {...found, value: Number(m[1]!.replace(/,/g, '')), certainty: 0.6} : found;
}

const PER_MONTH = /^[\s)\]]*(?:\(\s*[^)]{0,80}\)\s*)?(?:[,.]?\s*(?:payable|due)\s+)?(?:per|a|each|every|for each|\/|por|al|cada)[.,]?\s*(?:calendar\s+)?(?:month|mo\b|mes)|^[\s)\]]*(?:\(\s*[^)]{0,80}\)\s*)?(?:monthly|mensual(?:es|mente)?)/;
const RENT_WORD = /\b(?:rent|rental|renta|alquiler|arrendamiento|canon|mensualidad)\b/;
const NOT_RENT =
  /\b(?:late|fee|fees|charge|charges|penalt\w*|deposit\w*|pet|pets|parking|storage|returned|nsf|dishonou?red|utilit\w*|recargo|cargo|multa|penalizacion|deposito|fianza|garantia|mascotas?|estacionamiento|prorat\w*|daily|per day|insurance)\b/;

/** The rent as prose states it: an amount of rent "per month" / "mensuales". */
function proseRent(d: LeaseDoc): Found<number> | undefined {
  let best: {score: number; found: Found<number>} | undefined;
  for (const m of findMoney(d.text.replace(/[\t\n]/g, ' '))) {
    if (m.value <= 0) continue;
    const sentence = sentenceAt(d, m.index);
    const before = d.flat.slice(sentence.start, m.index);
    const near = before.slice(-70);
    const after = d.flat.slice(m.index + m.length, m.index + m.length + 120);
    let score = 0;
    if (PER_MONTH.test(after)) score += 3;
    else if (/^[^$.;\d]{0,40}?\b(?:per|a|each|every|por|al|cada)\s+(?:calendar\s+)?(?:month|mes)\b/.test(after)) score += 2;
    if (RENT_WORD.test(before) || /^[^.;]{0,30}\b(?:as|for|of|como|de|por concepto de)\s+(?:the\s+)?(?:monthly\s+)?(?:rent|renta|alquiler)\b/.test(after)) score += 2;
    if (/\b(?:monthly|mensual(?:es|mente)?|per month|al mes|por mes)\b/.test(near)) score += 2;
    // Another charge named between the last word "rent" and the amount, or qualifying that word ("pet rent", "prorated rent").
    const rentWords = [...near.matchAll(new RegExp(RENT_WORD.source, 'g'))];
    const lastRent = rentWords[rentWords.length - 1];
    if (lastRent ? NOT_RENT.test(near.slice(lastRent.index + lastRent[0].length)) || NOT_RENT.test(near.slice(Math.max(0, lastRent.index - 25), lastRent.index).replace(/^\S*\s/, '')) : NOT_RENT.test(near)) score -= 5;
    // An assisted lease's contract (gross) rent and the agency's payment are not what the tenant pays.
    if (/\b(?:contract|gross|market|total)\s+rent\b|\b(?:assistance|subsidy|hap)\b|\bpaid by (?:the )?(?:authority|agency|pha|housing)/.test(near + ' ' + after.slice(0, 50))) score -= 3;
    if (new RegExp(TENANT_SHARE).test(near)) score += 2;
    if (/^\s*(?:per|a|por|al)\s+(?:day|dia)\b/.test(after)) score -= 5;
    if (/^[^.;$]{0,30}\b(?:fee|fees|charge|parking|pets?|storage|utilit\w*|late|insurance|cargo|estacionamiento|mascotas?)\b/.test(after) && !/^[^.;$]{0,30}\b(?:as|for|of|como|de) (?:the )?(?:monthly )?(?:rent|renta)\b/.test(after)) score -= 4;
    // "will increase from $1,200.00 to $1,275.00": the new rent, not the old one.
    if (/\b(?:from|previous(?:ly)?|current(?:ly)?|old|prior|was|de|anterior|actual)\s*$/.test(near) && /^[^$\d]{0,30}\b(?:to|a)\s*\$?\s*\d/.test(after)) score -= 3;
    if (/\b(?:to|new|increased? to|will be|nueva|sera de|aumentara a)\s*$/.test(near)) score += 1;
    // "may increase to no more than $1,820.00": a cap on a future rent, not the rent.
    if (/\b(?:no more than|not more than|up to|a maximum of|at most|no mas de|hasta un maximo de)\s*$/.test(near)) score -= 4;
    // A row of a table is about what its own label names: "Parking (per month): $25".
    const row = d.flat.slice(d.text.lastIndexOf('\n', m.index) + 1, m.index);
    if (NOT_RENT.test(row.replace(/\brent.*$/, ''))) score -= 5;
    if (score >= 2 && (!best || score > best.score)) {
      best = {score, found: {value: m.value, start: m.index, end: m.index + m.length, certainty: score >= 5 ? 0.9 : score >= 4 ? 0.8 : 0.65}};
    }
  }
  return best?.found;
}

const DEPOSIT_WORD = /\b(?:security deposit|damage deposit|deposit(?:ed|s)?|deposito(?: de (?:seguridad|garantia)| en garantia)?|fianza|garantia|as security)\b/g;

/** The deposit as prose states it: the amount nearest to "security deposit" in its sentence. */
function proseDeposit(d: LeaseDoc): Found<number> | undefined {
  let best: {score: number; found: Found<number>} | undefined;
  const text = d.text.replace(/[\t\n]/g, ' ');
  for (const k of d.flat.matchAll(DEPOSIT_WORD)) {
    const before = d.flat.slice(Math.max(0, k.index - 25), k.index);
    if (/\b(?:pet|key|holding|cleaning|mascota|llave|limpieza)\s+$/.test(before)) continue;
    const sentence = sentenceAt(d, k.index);
    for (const m of findMoney(text.slice(sentence.start, sentence.end))) {
      if (m.value <= 0) continue;
      const at = sentence.start + m.index;
      const after = d.flat.slice(at + m.length, at + m.length + 60);
      if (PER_MONTH.test(after)) continue;
      // "A late charge of $75 may be deducted from the deposit": not the deposit.
      const pre = d.flat.slice(Math.max(0, at - 40), at);
      if (/\b(?:late|fee|charge|cargo|recargo|multa|penalt\w*|rent|renta)\b[^$]*$/.test(pre) && !/\b(?:deposit\w*|deposito|fianza|garantia|security)\b[^$]*$/.test(pre)) continue;
      const between = at > k.index ? d.flat.slice(k.index + k[0].length, at) : d.flat.slice(at + m.length, k.index);
      if (/\b(?:late|fee|charge|cargo|recargo|multa|rent|renta)\b/.test(between) && between.length > 25) continue;
      const distance = Math.abs(at - k.index);
      const score = (/security|seguridad|garantia|fianza|damage/.test(k[0]) ? 100 : 0) - distance / 4 - k.index / 1e5;
      if (!best || score > best.score) best = {score, found: {value: m.value, start: at, end: at + m.length, certainty: 0.85}};
    }
    if (best && best.score > 0) break;
  }
  return best?.found;
}

/** Payments a year for rent stated per week or every two weeks. */
const PER_WEEK = /^[\s)\]]*(?:\(\s*[^)]{0,40}\)\s*)?[,.]?\s*(?:(?:per|a|each|every|\/|por|cada)\s*(?:(two|2|other)\s+)?(?:week|wk\b|semana)|(bi-?weekly|quincenal|catorcenal)|(weekly|semanal(?:es|mente)?))/;

/**
 * The monthly rent. Rent stated only per week (a room, a motel) is turned into a monthly amount
 * (52 weeks over 12 months), flagged for the worker to confirm.
 */
export const monthlyRent = (layout: Layout): Found<number> | undefined => {
  const d = leaseDoc(layout);
  const found = labelledMoney(d, RENT_LABELS) ?? proseRent(d);
  if (!found) return found;
  const after = PER_WEEK.exec(d.flat.slice(found.end, found.end + 40));
  const before = /\b(?:(bi-?weekly)|weekly)\s+rent\b|\brent\s+(?:per|a)\s+week\b|\brenta semanal\b/.exec(d.flat.slice(Math.max(0, found.start - 30), found.start));
  if (!after && !before) return found;
  const weeks = after?.[1] || after?.[2] || before?.[1] ? 26 : 52;
  // The evidence shows the amount with its "per week".
  const end = after ? found.end + after.index + after[0].length : found.end;
  return {...found, end, value: Math.round((found.value * weeks * 100) / 12) / 100, certainty: Math.min(found.certainty, 0.6)};
};
export const securityDeposit = (layout: Layout) => {
  const d = leaseDoc(layout);
  return labelledMoney(d, DEPOSIT_LABELS) ?? proseDeposit(d);
};

// ---------------------------------------------------------------------------
// Term
// ---------------------------------------------------------------------------

const OF_TERM = String.raw`(?:\s+(?:of|del?|de la)\s+(?:the\s+)?(?:lease|agreement|tenancy|term|rental|contrato|arrendamiento|plazo))?`;
const START_LABELS = [
  String.raw`(?:(?:(?:sub)?lease |sublet |term |rental |tenancy |occupancy )?(?:start(?:ing|s)?|begin(?:ning|s)?|commencement|commences?)(?: date| on)?|(?:(?:sub)?lease |rental )?(?:start|commencement|move[- ]in|beginning) date|date (?:of )?(?:commencement|move[- ]in)|move[- ]in|fecha de (?:inicio|comienzo|entrada|ingreso|ocupacion)|inicio(?: del (?:contrato|arrendamiento|plazo))?|(?:comienza|inicia|empieza)(?: el)?)${OF_TERM}`,
  String.raw`effective date|fecha efectiva|from|desde`,
];
const END_LABELS = [
  String.raw`(?:(?:(?:sub)?lease |sublet |term |rental |tenancy |occupancy )?(?:end(?:s|ing)?|expir(?:es|ation|y)|terminat(?:es|ion))(?: date| on)?|(?:(?:sub)?lease |rental )?(?:end|expiration|termination|ending|move[- ]out) date|fecha de (?:terminacion|vencimiento|fin|finalizacion|termino|salida)|(?:termino|vencimiento|fin)(?: del (?:contrato|arrendamiento|plazo))?|(?:termina|vence|finaliza)(?: el)?)${OF_TERM}`,
  String.raw`to|through|thru|until|hasta`,
];
const RANGE_LABELS = [
  String.raw`(?:lease |rental |initial |renewal |new |extended |extension )?(?:term|period)(?: of (?:lease|tenancy|agreement|rental))?|(?:lease |rental )?dates|vigencia(?: del contrato)?|plazo(?: del contrato)?|periodo(?: del contrato| de arrendamiento)?|duracion|termino del contrato`,
];

const START_KW =
  /\b(?:commenc(?:e|es|ing|ement)|begin(?:s|ning)?|start(?:s|ing)?|from|a partir del?|desde(?: el)?|comenzando|comenzara(?: a regir)?|empezara|empezando|iniciando|iniciara|inicia|con inicio|(?:con )?(?:fecha de )?inicio(?: del (?:contrato|arrendamiento|plazo))?(?: sera| es)?|con vigencia del?|vigencia del?|del)\b(?:\s+(?:on|as of|el|the|date|de|dia)\b)*\s*[,:]?\s*/g;
/** "at midnight on", "at 11:59 p.m. on the", "a las 12:00 horas del": a time of day before an end date. */
const AT_TIME = String.raw`(?:\s*,?\s*(?:at|a las?)\s+(?:midnight|noon|(?:\d{1,2}(?::\s?\d{2})?\s*(?:[ap]\.?\s?m\.?|horas|hrs\.?|noon|midnight)?))(?:\s+(?:local time|hora local))?\s*,?)?`;
const END_KW = new RegExp(
  String.raw`(?:\b(?:end(?:s|ing)?|terminat(?:e|es|ing)|expir(?:e|es|ing)|until|through|thru|to|and ending|al|hasta|terminando|terminara|concluira|concluyendo|vencera|vence|finalizara|finalizando|y)\b${AT_TIME}(?:\s+(?:on|el|the|de|dia|del)\b)*|[-–—])\s*[,:]?\s*$`,
);
const END_PROSE = new RegExp(
  String.raw`\b(?:ending|ends|end on|expir(?:e|es|ing|ation date)|terminat(?:e|es|ing)|(?:fecha de )?(?:terminacion|vencimiento)|terminara|concluira|finalizara|vencera|vence)\b${AT_TIME}(?:\s+(?:on|el|the|de|dia|del)\b)*\s*[,:]?\s*`,
  'g',
);
const RENEWAL = /\b(?:renew\w*|extend\w*|extension|new term|renovaci\w*|renovar\w*|prorroga\w*|ampliaci\w*)\b/;
const TERM_WORD = /\b(?:term|lease|agreement|tenancy|rental|contrato|arrendamiento|plazo|vigencia)\b/;

type DateFound = Found<string> & {how: 'label' | 'range' | 'prose' | 'duration'};

const MONTH_NAMES: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
const LAST_DAY = /\b(?:the\s+)?(?:last|final)\s+day\s+of\s+([a-z]+),?\s+(\d{4})\b|\b(?:el\s+)?(?:[uú]ltimo)\s+d[ií]a\s+(?:del\s+mes\s+)?de\s+([a-z]+)\s+(?:de|del)\s+(\d{4})\b/giu;

/** Dates in a text, with "the last day of February, 2027" / "el último día de febrero de 2027" as the month's last day. */
function datesIn(text: string, order: DateOrder): Array<{value: string; index: number; length: number}> {
  const out = findDates(text, {order}).map((x) => ({value: x.value, index: x.index, length: x.length}));
  for (const m of text.matchAll(LAST_DAY)) {
    const month = MONTH_NAMES[fold(m[1] ?? m[3] ?? '')];
    const year = Number(m[2] ?? m[4]);
    if (!month || out.some((x) => x.index < m.index + m[0].length && m.index < x.index + x.length)) continue;
    const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    out.push({value: last, index: m.index, length: m[0].length});
  }
  return out.sort((a, b) => a.index - b.index);
}

function readDateAt(d: LeaseDoc, start: number, text: string, order: DateOrder, maxGap: number) {
  const date = datesIn(text, order)[0];
  if (!date || date.index > maxGap) return undefined;
  return {value: date.value, start: start + date.index, end: start + date.index + date.length};
}

/** Two dates in a row joined by "to", "through", "-", "al", "hasta": a term. */
function rangeIn(d: LeaseDoc, start: number, text: string, order: DateOrder, maxGap: number) {
  const dates = datesIn(text, order);
  const first = dates[0];
  if (!first || first.index > maxGap) return undefined;
  const out: {start: DateFound; end?: DateFound} = {
    start: {value: first.value, start: start + first.index, end: start + first.index + first.length, certainty: 0.95, how: 'range'},
  };
  const second = dates[1];
  if (second) {
    const between = d.flat.slice(start + first.index + first.length, start + second.index);
    if (between.length < 80 && END_KW.test(between)) {
      out.end = {value: second.value, start: start + second.index, end: start + second.index + second.length, certainty: 0.95, how: 'range'};
    }
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, a: 1, an: 1, un: 1, uno: 1, una: 1, two: 2, dos: 2, three: 3, tres: 3, four: 4, cuatro: 4, five: 5, cinco: 5, six: 6, seis: 6,
  seven: 7, siete: 7, eight: 8, ocho: 8, nine: 9, nueve: 9, ten: 10, diez: 10, eleven: 11, once: 11, twelve: 12, doce: 12,
  thirteen: 13, trece: 13, fourteen: 14, catorce: 14, fifteen: 15, quince: 15, sixteen: 16, dieciseis: 16, seventeen: 17, diecisiete: 17,
  eighteen: 18, dieciocho: 18, nineteen: 19, diecinueve: 19, twenty: 20, veinte: 20, 'twenty-four': 24, 'twenty four': 24, veinticuatro: 24,
  'thirty-six': 36, 'thirty six': 36, treinta: 30, 'treinta y seis': 36,
};
const DURATION =
  /\b(?:term|period|plazo|periodo|duracion|vigencia)\b[^.;]{0,50}?(?:\b(?:of|de|for|be|sera|es)|:)\s+(?:(?:a|an|one|un|uno|una)\s+(?:\(1\)\s+)?(years?|anos?)|(?:([a-z]+(?:[- ](?:four|six|y seis))?)\s*)?\(?(\d{1,2})?\)?\s*(months?|years?|meses|anos?))\b/;

function duration(d: LeaseDoc): number | undefined {
  const m = DURATION.exec(d.flat);
  if (!m) return undefined;
  if (m[1]) return 12;
  const n = m[3] ? Number(m[3]) : m[2] ? NUMBER_WORDS[m[2]] : undefined;
  if (!n) return undefined;
  return /^(?:year|ano)/.test(m[4] ?? '') ? n * 12 : n;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_ES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
const YEARLESS =
  /^\s*[,;]?\s*(?:to|through|thru|until|till|hasta(?: el)?|al|[-–—]|and ending(?: on)?)\s+(?:on\s+)?(?:(?:([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?)|(?:(\d{1,2})\s+de\s+([a-z]{3,10})))\b(?![\s,.]*(?:de(?:l)?\s+)?\d)/;

/**
 * An end date printed without its year right after the start ("From July 1, 2024 To June 30,",
 * where OCR moved the year to another line): the first such day after the start.
 */
function yearlessEnd(d: LeaseDoc, start: DateFound): DateFound | undefined {
  const m = YEARLESS.exec(d.flat.slice(start.end, start.end + 50));
  if (!m) return undefined;
  const name = (m[1] ?? m[4] ?? '').slice(0, 3);
  const month = (m[1] ? MONTHS : MONTHS_ES).indexOf(name) + 1 || MONTHS.indexOf(name) + 1;
  const day = Number(m[2] ?? m[3]);
  if (!month || day < 1 || day > 31) return undefined;
  const [y] = start.value.split('-').map(Number) as [number];
  for (const year of [y, y + 1, y + 2]) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (iso > start.value && !Number.isNaN(Date.parse(iso))) {
      const at = start.end + m.index + m[0].lastIndexOf((m[1] ?? m[3])!);
      return {value: iso, start: at, end: start.end + m[0].length, certainty: 0.6, how: 'range'};
    }
  }
  return undefined;
}

/** The day before the same day `months` later: a 12-month term from 2026-01-01 ends 2026-12-31. */
export function termEnd(start: string, months: number): string {
  const [y, m, day] = start.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const date = new Date(Date.UTC(y + Math.floor(total / 12), total % 12, 1));
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export function term(layout: Layout, order: DateOrder): {start?: DateFound; end?: DateFound} {
  const d = leaseDoc(layout);
  const dateLabel = (labels: string[], colonOnly = false) =>
    labelled(d, labels, (region, hit): DateFound | undefined => {
      if (colonOnly && !hit.colon) return undefined;
      const got = readDateAt(d, region.start, region.text.replace(/[\t\n]/g, ' '), order, gapFor(hit, region, 12, 4));
      return got ? {...got, certainty: 0.95, how: 'label' as const} : undefined;
    });
  let start: DateFound | undefined = dateLabel(START_LABELS.slice(0, 1));
  let end: DateFound | undefined = dateLabel(END_LABELS.slice(0, 1));
  if (!start || !end) {
    const range = labelled(d, RANGE_LABELS, (region, hit) => {
      const got = rangeIn(d, region.start, region.text.replace(/[\t\n]/g, ' '), order, gapFor(hit, region, 20, 8));
      return got ? {value: got, start: got.start.start, end: got.end?.end ?? got.start.end, certainty: 0.95} : undefined;
    });
    if (range) {
      start ??= range.value.start;
      end ??= range.value.end;
    }
  }
  // Prose: a start word right before a date, in a sentence about the term first.
  // A renewal's new term comes before the original lease's.
  for (const pass of [RENEWAL, TERM_WORD, /(?:)/]) {
    if (start) break;
    for (const m of d.flat.matchAll(START_KW)) {
      const from = m.index + m[0].length;
      const sentence = sentenceAt(d, m.index);
      if (!pass.test(d.flat.slice(sentence.start, sentence.end))) continue;
      const got = rangeIn(d, from, d.text.slice(from, Math.max(from, sentence.end)).replace(/\s/g, ' '), order, 2);
      if (!got) continue;
      start = {...got.start, how: 'prose'};
      end ??= got.end && {...got.end, how: 'prose'};
      break;
    }
  }
  start ??= dateLabel(START_LABELS.slice(1), true);
  if (start) end ??= dateLabel(END_LABELS.slice(1), true);
  if (!end) {
    for (const m of d.flat.matchAll(END_PROSE)) {
      const from = m.index + m[0].length;
      const sentence = sentenceAt(d, m.index);
      if (!TERM_WORD.test(d.flat.slice(sentence.start, sentence.end))) continue;
      const got = readDateAt(d, from, d.text.slice(from, from + 60).replace(/\s/g, ' '), order, 2);
      if (got) {
        end = {...got, certainty: 0.85, how: 'prose'};
        break;
      }
    }
  }
  if (start && !end) end = yearlessEnd(d, start);
  if (start && !end) {
    const months = duration(d);
    if (months) end = {value: termEnd(start.value, months), start: start.start, end: start.end, certainty: 0.75, how: 'duration'};
  }
  if (start && end && end.value <= start.value) end = undefined;
  return {...(start ? {start} : {}), ...(end ? {end} : {})};
}

// ---------------------------------------------------------------------------
// Month-to-month
// ---------------------------------------------------------------------------

const MONTH_TO_MONTH =
  /\bmonth[\s-]*to[\s-]*month\b|\bfrom month to month\b|\bperiodic (?:tenancy|rental)\b|\bmes a mes\b|\bde mes en mes\b|\bmensual sin plazo\b|\b(?:por )?(?:tiempo|plazo) (?:indefinido|indeterminado)\b/;
/** A month-to-month clause that only applies after a fixed term ends. */
const AFTER_TERM =
  /\b(?:after|upon|at|following|despues de|al)\b[^.;]{0,40}\b(?:ends?|expir\w*|terminat\w*|term|lease|termino|vencimiento|contrato)\b|\b(?:expir\w*|holding over|holdover|hold over|holds over|thereafter|upon (?:the )?(?:end|termination)|at the end|after (?:the )?(?:initial |original |fixed )?term|renew\w*|vencimiento|vencido|al termino|una vez (?:vencido|concluido|terminado)|prorroga\w*|remains? in possession|continues? in possession|permanece)\b/;

/**
 * Whether the tenancy runs month to month: the title says so, a term field says so, or the term
 * clause does (not a clause on what happens after a fixed term ends).
 */
export function monthToMonth(layout: Layout): 'title' | 'label' | 'prose' | undefined {
  const d = leaseDoc(layout);
  // The title: the first short lines, not the opening sentence.
  const title: typeof d.layout.lines = [];
  for (const l of d.layout.lines.slice(0, 3)) {
    const t = d.folded.slice(l.start, l.end);
    if (t.split(/\s+/).length > 12 || /[a-z]{2}[.;](?:\s|$)/.test(t)) break;
    title.push(l);
  }
  const head = title.map((l) => d.flat.slice(l.start, l.end)).join(' ');
  const headEnd = title.length ? title[title.length - 1]!.end : 0;
  // "Residential Lease or Month-to-Month Rental Agreement" is a form for both: the term clause decides.
  const either = /\b(?:lease|fixed[ -]term)\s+(?:or|and|\/)\s+month|month[\s-]*to[\s-]*month\s+(?:or|\/)\s+(?:lease|fixed)/.test(head);
  if (MONTH_TO_MONTH.test(head) && !either) return 'title';
  for (const label of [...RANGE_LABELS, String.raw`(?:lease |tenancy |rental |agreement )?type(?: of (?:lease|tenancy|agreement))?|tipo de (?:contrato|arrendamiento)`, ...END_LABELS.slice(0, 1)]) {
    for (const hit of findLabels(d, label)) {
      for (const region of valueRegions(d, hit)) {
        const m = MONTH_TO_MONTH.exec(d.folded.slice(region.start, Math.min(region.end, region.start + 40)));
        if (m && m.index <= 3) return 'label';
      }
    }
  }
  for (const m of d.flat.matchAll(new RegExp(MONTH_TO_MONTH.source, 'g'))) {
    if (either && m.index < headEnd) continue;
    const s = sentenceAt(d, m.index);
    const sentence = d.flat.slice(s.start, s.end);
    if (!AFTER_TERM.test(sentence)) return 'prose';
  }
  return undefined;
}

/** Date order for all-numeric dates: from the dates themselves when one can only be read one way, else from the language. */
export function dateOrder(layout: Layout): DateOrder {
  const d = leaseDoc(layout);
  let dmy = 0,
    mdy = 0;
  for (const m of d.text.matchAll(/\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b/g)) {
    const a = Number(m[1]),
      b = Number(m[2]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy !== mdy) return dmy > mdy ? 'DMY' : 'MDY';
  const spanish = (d.flat.match(/\b(?:arrendamiento|arrendador|arrendatari[oa]|inquilin[oa]|renta mensual|el presente contrato|clausulas?)\b/g) ?? []).length;
  const english = (d.flat.match(/\b(?:landlord|tenants?|lease|agreement|premises|shall)\b/g) ?? []).length;
  return spanish > english ? 'DMY' : 'MDY';
}
