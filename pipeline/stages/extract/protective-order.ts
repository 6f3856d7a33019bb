import type {ExtractedField, ProtectiveOrderType} from '../../../schemas/index.js';
import type {Layout} from '../layout.js';
import {findLabeled, type Found, foldedText, lineAt, toField} from './find.js';
import {readCaseNumber, readDate, readPersonName, type DateOrder} from './readers.js';

const L = {
  caseNumber: [/\b(?:case|docket|index|cause|file|court) (?:number|no|num|#)\b\.?|\bcase\s*#|\bnumero de (?:caso|expediente)\b|\bno\. de caso\b/],
  protected: [
    /\bprotected (?:person|party|parties|persons?)(?:'s)?(?: \(?name\)?)?\b|\bpersona protegida\b/,
    /\bpetitioner(?:'s)?(?: name)?\b|\bapplicant\b|\bplaintiff\b|\bdemandante\b|\bsolicitante\b|\bpeticionari[oa]\b/,
    /\bvictim\b|\bvictima\b/,
  ],
  restrained: [
    /\brestrained (?:person|party)(?:'s)?(?: \(?name\)?)?\b|\bpersona restringida\b/,
    /\brespondent(?:'s)?(?: name)?\b|\bdefendant\b|\bdemandad[oa]\b|\bacusad[oa]\b/,
  ],
  issue: [
    /\b(?:date (?:issued|of (?:issuance|order|this order))|issued (?:on|date)|order(?:ed)? (?:date|on)|entered (?:on)?|signed (?:on|this)|so ordered)\b|\bfecha de (?:emision|la orden|expedicion)\b|\bemitid[oa] el\b/,
    /\bdate\b(?![ -](?:of (?:birth|hearing)|hearing))|\bdated\b|\bfecha\b/,
  ],
  expiration: [
    /\b(?:expir(?:es|ation)(?: date)?|expire)\b|\b(?:effective|in (?:full )?(?:force|effect)|remain in (?:full )?(?:force|effect)(?: until)?)\b[^\n]{0,40}?\buntil\b|\buntil and including\b|\bend date\b|\bvence\b|\bfecha de vencimiento\b|\bvigente hasta\b/,
  ],
  hearing: [/\bhearing (?:date|on|is set for)\b|\bdate of (?:the )?hearing\b|\bcourt hearing\b|\breturn date\b|\bhearing\b|\bfecha de (?:la )?audiencia\b|\baudiencia\b/],
};

const COURT =
  /\b(?:(?:the )?(?:superior|district|circuit|family|county|municipal|justice|criminal|supreme|probate|juvenile)(?: court| judicial)[^\t\n]*|court of [^\t\n]+|tribunal [^\t\n]+|corte [^\t\n]+)/;

function orderType(layout: Layout): Found<ProtectiveOrderType> | undefined {
  const folded = foldedText(layout);
  // The title sits near the top of the first page: decide on it when it says.
  const head = folded.slice(0, Math.min(folded.length, 1500));
  const rules: [RegExp, ProtectiveOrderType][] = [
    [/\bemergency protective order\b|\bemergency (?:order|restraining order)\b|\borden de proteccion de emergencia\b/, 'emergency'],
    [/\bcriminal protective order\b|\bcriminal (?:court )?(?:order|stay away)\b|\bpeople of the state\b|\bstate of \w+ v\.|\borden de proteccion penal\b/, 'criminal'],
    [/\btemporary (?:ex parte )?(?:restraining|protective) order\b|\btemporary (?:order|injunction)\b|\bex parte\b|\btemporary order of protection\b|\borden (?:de proteccion )?temporal\b/, 'temporary'],
    [/\b(?:order|injunction) after hearing\b|\bfinal (?:judgment|order|injunction|protective order)\b|\border of protection\b|\bprotective order\b|\brestraining order\b|\binjunction for protection\b|\borden de proteccion\b/, 'after_hearing'],
  ];
  for (const text of [head, folded]) {
    for (const [pattern, value] of rules) {
      const m = pattern.exec(text);
      if (m) return {value, start: m.index, end: m.index + m[0].length, certainty: text === head ? 0.95 : 0.8};
    }
  }
  return undefined;
}

function courtName(layout: Layout): Found<string> | undefined {
  const folded = foldedText(layout);
  const m = COURT.exec(folded.slice(0, 4000));
  if (!m) return undefined;
  let start = m.index;
  let end = m.index + m[0].length;
  // "Superior Court of California," / "County of Fresno" often wraps onto the next line.
  const line = lineAt(layout, start);
  const next = line && layout.lines[line.index + 1];
  if (next && /,\s*$/.test(layout.text.slice(start, end)) && /^\s*(?:county|state|city|parish|borough|in and for)\b/.test(folded.slice(next.start, next.end))) {
    end = next.segments[0]!.end;
  }
  const raw = layout.text.slice(start, end);
  const trimmed = raw.replace(/^the\s+/i, '').replace(/[\s,.:;]+$/, '');
  start += raw.indexOf(trimmed);
  const value = trimmed.replace(/\s*[\t\n]\s*/g, ' ').replace(/\s+/g, ' ');
  if (value.length < 8 || value.length > 140) return undefined;
  return {value, start, end: start + trimmed.length, certainty: 0.9};
}

/** Reads a protective, restraining or emergency order's fields. */
export function extractProtectiveOrder(layout: Layout, options: {dateOrder?: DateOrder} = {}): Record<string, ExtractedField> {
  const fields: Record<string, ExtractedField> = {};
  const put = <T extends ExtractedField['value']>(name: string, found: Found<T> | undefined) => {
    if (found) fields[name] = toField(layout, found);
  };
  const order = options.dateOrder ?? 'MDY';
  put('orderType', orderType(layout));
  put('courtName', courtName(layout));
  put('caseNumber', findLabeled(layout, L.caseNumber, readCaseNumber, {maxGap: 6}));
  const people = {maxGap: 40, belowLines: 2};
  const protectedPerson = findLabeled(layout, L.protected, readPersonName, people);
  const restrained = findLabeled(layout, L.restrained, readPersonName, people) ?? criminalDefendant(layout);
  put('protectedPersonName', protectedPerson);
  if (!restrained || restrained.value !== protectedPerson?.value) put('restrainedPersonName', restrained);
  const dates = {maxGap: 60};
  const hearing = findLabeled(layout, L.hearing, readDate(order), dates);
  put('hearingDate', hearing);
  put('expirationDate', findLabeled(layout, L.expiration, readDate(order), dates));
  put('issueDate', issueDate(layout, order, hearing));
  return fields;
}

function criminalDefendant(layout: Layout): Found<string> | undefined {
  const folded = foldedText(layout);
  const m = /\bpeople of the state of [a-z ]+\s*(?:v\.?|vs\.?)\s*/.exec(folded);
  if (!m) return undefined;
  const from = m.index + m[0].length;
  const got = readPersonName(layout.text.slice(from, from + 80).split(/[\t\n]/)[0] ?? '');
  return got ? {value: got.value, start: from + got.index, end: from + got.index + got.length, certainty: 0.9} : undefined;
}

function issueDate(layout: Layout, order: DateOrder, hearing: Found<string> | undefined): Found<string> | undefined {
  const [specific, generic] = L.issue;
  const found = findLabeled(layout, specific!, readDate(order), {maxGap: 40});
  if (found) return found;
  // A bare "Date:" is usually the judge's signature date; skip the hearing's.
  const candidate = findLabeled(layout, generic!, readDate(order), {maxGap: 20, from: 0});
  return candidate && candidate.start !== hearing?.start ? {...candidate, certainty: 0.8} : undefined;
}
