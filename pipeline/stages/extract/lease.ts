import type {ExtractedField} from '../../../schemas/index.js';
import {findDates} from '../../parse/date.js';
import {cleanName} from '../../parse/text.js';
import type {Layout} from '../layout.js';
import {findLabeled, type Found, foldedText, labelMatches, toField} from './find.js';
import {readAddress, readDate, readMoney, readOrganization, type DateOrder} from './readers.js';

const L = {
  landlord: [/\blandlord(?:\/agent|\/owner)?(?:'s)?(?: name)?\b(?! (?:shall|will|may|agrees|must|and|'s))/, /\blessor\b|\bowner\b(?! (?:shall|will|may))|\bproperty manager\b/, /\barrendador\b|\bpropietario\b|\bel dueno\b/],
  tenants: [/\btenants?(?:\(s\))?(?: names?)?(?![a-z])(?! (?:shall|will|may|agrees?|must|and|'s|is|are))/, /\blessees?(?:\(s\))?(?![a-z])|\bresidents?(?:\(s\))?(?![a-z])(?! (?:shall|will))/, /\barrendatarios?\b|\binquilinos?(?:\(s\))?(?![a-z])/],
  address: [
    /\b(?:premises|property|rental|unit)(?: address)?\b|\baddress of (?:the )?premises\b|\blocated at\b|\bknown as\b/,
    /\bdomicilio\b|\bdireccion(?: de la propiedad| del inmueble)?\b|\binmueble(?: ubicado en)?\b|\bubicad[oa] en\b/,
    /\baddress\b/,
  ],
  rent: [/\bmonthly rent\b|\brent(?: amount| per month| due)?\b|\bmonthly (?:rental|payment)\b/, /\brenta(?: mensual)?\b|\balquiler(?: mensual)?\b|\bpago mensual\b/],
  deposit: [/\bsecurity deposit\b|\bdeposit\b/, /\bdeposito(?: de (?:seguridad|garantia))?\b|\bfianza\b/],
  start: [/\b(?:lease |term |commencement |move[ -]in |start(?:ing)? |beginning )date\b|\bcommenc(?:es|ing)(?: on)?\b|\bbegin(?:s|ning)(?: on)?\b|\bstart(?:s|ing)(?: on)?\b|\bfrom\b/, /\bfecha de (?:inicio|comienzo|entrada)\b|\ba partir del?\b|\bdesde\b|\bdel\b/],
  end: [/\b(?:lease |term |expiration |termination |end(?:ing)? )date\b|\bend(?:s|ing)(?: on)?\b|\bexpir(?:es|ing)(?: on)?\b|\bthrough\b|\buntil\b|\bto\b/, /\bfecha de (?:terminacion|vencimiento|fin|salida)\b|\bhasta(?: el)?\b|\bal\b/],
};

const MONTH_TO_MONTH = /\bmonth[ -]to[ -]month\b|\bmes a mes\b|\bmensual sin plazo\b|\bperiodic tenancy\b/;

/** Splits "Ana Ruiz, José Hernández-López and Li Wei" into names. */
function splitNames(text: string): {name: string; offset: number}[] {
  const out: {name: string; offset: number}[] = [];
  const re = /[^,;&\n\t]+?(?=\s*(?:,|;|&|\band\b|\by\b(?=\s+\p{Lu})|\n|\t|$))/gu;
  for (const m of text.matchAll(re)) {
    const raw = m[0].replace(/^\s*(?:and|y)\s+/i, '');
    const name = cleanName(raw);
    if (name && /\p{L}{2}/u.test(name) && name.split(/\s+/).length >= 2 && !/\d/.test(name)) {
      out.push({name, offset: m.index + m[0].indexOf(raw.trim().slice(0, 2))});
    }
  }
  return out;
}

function tenantNames(layout: Layout): {value: string[]; start: number; end: number; certainty: number} | undefined {
  const text = layout.text;
  const folded = foldedText(layout);
  // Prose: ... and José Hernández-López and Ana Ruiz ("Tenants") / (the "Tenant").
  const prose = /\band\s+([^()"“”]{3,200}?)\s*,?\s*\(?\s*(?:collectively\s*,?\s*)?(?:the\s+)?["“]?\s*(?:tenants?|lessees?|residents?)\s*["”]?\s*\)/g;
  const spanish = /\by\s+([^()"“”]{3,200}?)\s*,?\s*\(?\s*(?:en lo sucesivo\s*)?(?:el|la|los|las)?\s*["“]?\s*(?:arrendatari[oa]s?|inquilin[oa]s?)\s*["”]?\s*\)/g;
  for (const re of [prose, spanish]) {
    const m = re.exec(folded);
    if (m && m[1]) {
      const base = m.index + m[0].indexOf(m[1]);
      const names = splitNames(text.slice(base, base + m[1].length));
      if (names.length) return {value: names.map((n) => n.name), start: base, end: base + m[1].length, certainty: 0.95};
    }
  }
  // Form: "Tenant(s): Ana Ruiz, Li Wei", possibly several "Tenant:" lines.
  const found: {name: string; start: number}[] = [];
  for (const label of L.tenants) {
    for (const match of labelMatches(layout, label)) {
      const got = findLabeled(layout, new RegExp(escape(folded.slice(match.index, match.index + match[0].length))), (t) => {
        const names = splitNames(t.split(/[\t\n]/)[0] ?? '');
        return names.length ? {value: names, index: names[0]!.offset, length: t.split(/[\t\n]/)[0]!.length - names[0]!.offset} : null;
      }, {from: match.index, to: match.index + 1});
      if (got) for (const n of got.value) if (!found.some((f) => f.name === n.name)) found.push({name: n.name, start: got.start});
    }
    if (found.length) break;
  }
  if (!found.length) return undefined;
  const start = Math.min(...found.map((f) => f.start));
  const end = Math.max(...found.map((f) => f.start + f.name.length));
  return {value: found.map((f) => f.name), start, end, certainty: 0.9};
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function landlordName(layout: Layout): Found<string> | undefined {
  const folded = foldedText(layout);
  const prose = [
    /\bbetween\s+(?:the\s+)?([^()"“”]{3,120}?)\s*,?\s*\(?\s*(?:the\s+)?["“]?\s*(?:landlord|lessor|owner)\s*["”]?\s*\)?/,
    /\bentre\s+([^()"“”]{3,120}?)\s*,?\s*\(?\s*(?:en lo sucesivo\s*)?(?:el|la)?\s*["“]?\s*(?:arrendador|propietario)a?\s*["”]?\s*\)?/,
  ];
  for (const re of prose) {
    const m = re.exec(folded);
    if (m && m[1]) {
      const base = m.index + m[0].indexOf(m[1]);
      const got = readOrganization(layout.text.slice(base, base + m[1].length));
      if (got) return {value: got.value, start: base + got.index, end: base + got.index + got.length, certainty: 0.95};
    }
  }
  return findLabeled(layout, L.landlord, readOrganization);
}

function term(layout: Layout, order: DateOrder) {
  const folded = foldedText(layout);
  const prose = [
    /\b(?:commenc\w*|begin\w*|start\w*|from|effective)\b(?:\s+on)?[\s\S]{0,40}?(?=\d|[a-z])/g,
    /\b(?:a partir del?|desde el|comenzando el|iniciando el|del)\b[\s\S]{0,10}?(?=\d)/g,
  ];
  let start: Found<string> | undefined;
  let end: Found<string> | undefined;
  for (const re of prose) {
    for (const m of folded.matchAll(re)) {
      const from = m.index + m[0].length;
      const dates = findDates(layout.text.slice(from, from + 160), {order});
      const first = dates[0];
      if (!first || first.index > 20) continue;
      start = {value: first.value, start: from + first.index, end: from + first.index + first.length, certainty: 0.95};
      const second = dates[1];
      const between = second ? folded.slice(from + first.index + first.length, from + second.index) : '';
      if (second && /\b(?:and|to|through|thru|until|ending|end|ends|terminat|expir|al|hasta|y)\b|-|–/.test(between) && between.length < 60) {
        end = {value: second.value, start: from + second.index, end: from + second.index + second.length, certainty: 0.95};
      }
      break;
    }
    if (start) break;
  }
  start ??= findLabeled(layout, L.start, readDate(order));
  end ??= findLabeled(layout, L.end, readDate(order), {from: start ? start.start - 200 : 0});
  if (end && start && end.value <= start.value) end = undefined;
  return {start, end};
}

/** Reads a lease or rental agreement's fields. */
export function extractLease(layout: Layout, options: {dateOrder?: DateOrder} = {}): Record<string, ExtractedField> {
  const fields: Record<string, ExtractedField> = {};
  const put = <T extends ExtractedField['value']>(name: string, found: Found<T> | undefined) => {
    if (found) fields[name] = toField(layout, found);
  };
  const order = options.dateOrder ?? (/\b(?:arrendamiento|arrendador|inquilino)\b/.test(foldedText(layout)) ? 'DMY' : 'MDY');
  put('landlordName', landlordName(layout));
  put('tenantNames', tenantNames(layout));
  put('propertyAddress', findLabeled(layout, L.address, readAddress, {maxGap: 60, belowLines: 2}) ?? firstAddress(layout));
  put('monthlyRent', findLabeled(layout, L.rent, readMoney(), {maxGap: 120}));
  put('securityDeposit', findLabeled(layout, L.deposit, readMoney(), {maxGap: 120}));
  const {start, end} = term(layout, order);
  put('leaseStart', start);
  const monthToMonth = MONTH_TO_MONTH.exec(foldedText(layout));
  if (end && !monthToMonth) put('leaseEnd', end);
  return fields;
}

function firstAddress(layout: Layout): Found<string> | undefined {
  const got = readAddress(layout.text);
  return got ? {value: got.value, start: got.index, end: got.index + got.length, certainty: 0.7} : undefined;
}
