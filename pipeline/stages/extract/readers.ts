import {findDates} from '../../parse/date.js';
import {findMoney} from '../../parse/money.js';
import {cleanName} from '../../parse/text.js';
import type {Reader} from './find.js';

export type DateOrder = 'MDY' | 'DMY';

/** The first date in the text. */
export const readDate =
  (order: DateOrder = 'MDY'): Reader<string> =>
  (text) => {
    const found = findDates(text, {order})[0];
    return found ? {value: found.value, index: found.index, length: found.length} : null;
  };

/** The first money amount in the text; `signed` requires a currency sign. */
export const readMoney =
  (options: {signed?: boolean} = {}): Reader<number> =>
  (text) => {
    const found = findMoney(text).find((m) => !options.signed || m.hasCurrencySign);
    return found ? {value: found.value, index: found.index, length: found.length} : null;
  };

/** A plain number such as hours (`80.00`, `37.5`). */
export const readNumber: Reader<number> = (text) => {
  const m = /(?<![\d.,])\d{1,4}(?:[.,]\d{1,2})?(?![\d,]|\.\d)/.exec(text);
  if (!m) return null;
  return {value: Number(m[0].replace(',', '.')), index: m.index, length: m[0].length};
};

// Words that introduce another field: a name stops before them.
const NAME_STOP =
  /\s*(?:\b(?:ssn|soc(?:ial)? sec|emp(?:loyee)? ?(?:id|no|#|number)|id\b|dob\b|date\b|fecha\b|address\b|direcci[oó]n\b|phone\b|tel[eé]fono\b|case\b|pay (?:date|period)|check\b|account\b|acct\b|file\b)|#|\(|\d{2,}[/-]).*$/i;
const LABEL_WORDS =
  /^(?:name|employee|employer|tenant|tenants|landlord|lessor|lessee|petitioner|respondent|plaintiff|defendant|applicant|protected|restrained|person|nombre|empleado|empleador|inquilino|arrendador|arrendatario|and|y|the|of|by|to|from|for|date|court)$/i;
// Words of labels and headings that never stand in a name: "PAY FREQUENCY", "Gross Earnings".
const NOT_IN_NAMES =
  /^(?:pay|frequency|period|gross|net|earnings|deductions|rate|hours|total|amount|current|ytd|statement|stub|salary|wages|tax|taxes|federal|state|medicare|security|social|deposit|rent|monthly|premises|address|number|signature|information|hearing|order|expires|expiration|issued|case|court|person|persons|job|title|position|department|dept|status|filing|exemptions|allowances|memo|authorized|has|have|had|is|are|was|were|be|been|items|prohibited|must|not|will|shall|may|any|all|with|without|other|this|that|these|those|see|page|form|yes|no|if|or|checked|check|only|more|list|attach|attached|below|above|here|from|into|under|over|you|your|yours|our|we|they|he|she|his|her|their|its|it|do|does|did|if|when|where|what|who|which|clerk|judge|signature|sign|print|type|use|used|required|optional|county|city|zip|code|phone|email|telephone|restrained|protected|party|parties|contacts|fills|relationship|gender|firearms|frecuencia|periodo|bruto|neto|pago|salario|horas|fecha|firma|direccion|renta)$/i;

// A business may be called "Pacific Crest Security Services" or "County Medical Center"; only
// heading words rule a cell out as its name.
const NOT_IN_ORGANIZATIONS =
  /^(?:pay|frequency|period|gross|net|earnings|deductions|rate|hours|total|amount|current|ytd|statement|stub|signature|date|page|form|fecha|firma|periodo|bruto|neto)$/i;

function readNameLike(text: string, allowDigits: boolean): {value: string; index: number; length: number} | null {
  const stopWords = allowDigits ? NOT_IN_ORGANIZATIONS : NOT_IN_NAMES;
  // Store numbers belong to a business's name: "Dollar Mart #2231".
  const cut = allowDigits ? text.replace(/#(?=\s*\d)/g, '\u0000').replace(NAME_STOP, '').replace(/\u0000/g, '#') : text.replace(NAME_STOP, '');
  const lead = /^[\s:,.\-–"“'(]*/.exec(cut)?.[0].length ?? 0;
  const raw = cut.slice(lead);
  const value = cleanName(raw);
  if (!value || value.length < 3 || value.length > 80) return null;
  if (!/\p{L}{2}/u.test(value)) return null;
  if (!allowDigits && /\d/.test(value)) return null;
  const words = value.split(/\s+/);
  const bare = words.map((w: string) => w.replace(/[^\p{L}]/gu, '').normalize('NFD').replace(/\p{M}/gu, ''));
  if (bare.every((w: string) => LABEL_WORDS.test(w)) || bare.some((w: string) => stopWords.test(w))) return null;
  const index = lead + Math.max(0, raw.indexOf(value.slice(0, 3)));
  return {value, index, length: value.length};
}

/** Words that make a name a business's: "Golden Lotus Restaurant" is not a person. */
export const ORGANIZATION_WORDS =
  /^(?:llc|inc|corp|corporation|co|company|ltd|lp|llp|pc|pllc|group|holdings|properties|property|management|realty|rentals|apartments|services|service|solutions|staffing|restaurant|cafe|market|mart|store|stores|foods|farms|cooperative|hospital|clinic|center|centre|health|healthcare|care|dental|medical|school|district|university|college|county|city|department|bank|hotel|suites|logistics|transit|authority|janitorial|security|auto|parts|construction|manufacturing|industries|enterprises|associates|partners|trust|foundation|church|agency|bakery|panaderia|taqueria|tienda|supermercado)$/i;

/** "O'Sullivan, Declan" → "Declan O'Sullivan"; "Bell Jr., Marcus" → "Marcus Bell Jr.". */
export function firstNameFirst(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (!m || /^(?:jr|sr|ii|iii|iv|v|md|phd|esq)\.?$/i.test(m[2]!.trim())) return name;
  return `${m[2]!.trim()} ${m[1]!.trim()}`;
}

const PARTICLES = /^(?:de|del|la|las|los|y|e|da|das|do|dos|di|van|von|der|den|ter|le|du|bin|binti|ibn|al|el|st\.?)$/;

/** A person's name as printed: accents, hyphens, apostrophes intact. */
export const readPersonName: Reader<string> = (text) => {
  const got = readNameLike(text, false);
  if (!got) return null;
  const words = got.value.split(/\s+/);
  if (words.length < 2 || words.length > 7) return null;
  // Names are capitalised word by word ("Ana de la Cruz"), or printed all in capitals.
  if (!words.every((w) => /^[\p{Lu}'’]/u.test(w) || PARTICLES.test(w))) return null;
  if (!/\p{Lu}/u.test(got.value)) return null;
  if (words.some((w) => ORGANIZATION_WORDS.test(w.replace(/[^\p{L}]/gu, '')))) return null;
  return {...got, value: firstNameFirst(got.value)};
};

/** A business or person: "Sunrise Home Care LLC", "Dollar Mart #2231". */
export const readOrganization: Reader<string> = (text) => {
  const got = readNameLike(text, true);
  return got && /\p{L}{3}/u.test(got.value) ? got : null;
};

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const ADDRESS = new RegExp(
  String.raw`\b\d{1,6}[A-Za-z]?\s+[^\t\n]{2,60}?(?:[\t\n][^\t\n]{0,60}?){0,2}[,\s]+(?:${US_STATES})\.?,?\s+\d{5}(?:-\d{4})?\b`,
);

/** A US street address up to its ZIP code, possibly over two or three lines. */
export const readAddress: Reader<string> = (text) => {
  const m = ADDRESS.exec(text);
  if (!m) return null;
  const value = m[0]
    .replace(/\s*[\t\n]\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .replace(/,\s*,/g, ',')
    .replace(/\s+,/g, ',')
    .trim();
  return {value, index: m.index, length: m[0].length};
};
