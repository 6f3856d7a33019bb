/** Who pays and who is paid: the employer's and the employee's names on a pay stub. */
import type {Layout, Line, Segment} from '../layout.js';
import {findLabeled, fold, type Found, foldedText, type Reader} from './find.js';
import {L} from './pay-stub-labels.js';
import {firstNameFirst, ORGANIZATION_WORDS, readOrganization, readPersonName} from './readers.js';
import {numbersOnLine} from './table.js';

const AMOUNT_WORDS = /\b(?:hundred|thousand|dollars|cientos|mil|dolares)\b|\d+\/100/;
const DRAWEE = /\bbank\b|\bcredit union\b|\bbanco\b|\bN\.A\.\B/i;
const TITLE = /\b(?:statement|stub|advice|earnings|payroll|pay ?slip|talon|recibo|comprobante|nomina|direct deposit|check|voucher|confidential|page)\b/;

// The first line of a street address: "4971 47th Rd", "2200 Mission Blvd", "PO Box 4410".
const STREET = /^(?:\d{1,6}[A-Za-z]?\s+(?:\p{L}|\d{1,3}(?:st|nd|rd|th)\b)|(?:p\.?\s?o\.?\s?)?box\s+\d)/iu;

/**
 * A labelled person's name, where the label vouches for it: surnames that are also words
 * ("Duc Anh V. Do", "Imani Person") pass; heading words and business words still do not.
 */
const readLabelledName: Reader<string> = (text) => {
  const strict = readPersonName(text);
  if (strict) return strict;
  const got = readOrganization(text);
  if (!got || /\d/.test(got.value) || hasOrganizationWord(got.value)) return null;
  const words = got.value.split(/\s+/);
  if (words.length < 2 || words.length > 5 || !words.every((w) => /^[\p{Lu}'’]/u.test(w) || /^(?:de|del|la|las|los|y|da|dos|van|von|der|le|du|bin|al|el)$/.test(w))) return null;
  return {...got, value: firstNameFirst(got.value)};
};

/** A person's name after stray marks or an employee number: "‘OLEKSANDR NOWAK", "4521 - Gómez, Luis A.". */
const readPerson: Reader<string> = (text) => {
  // Stray marks OCR reads from specks, and an employee number printed before the name
  // ("Employee: 4521 - Gómez, Luis A.").
  const lead = /^[\s'‘’"“”`.,;:*_|~]*(?:#?\d{2,10}\s*[-–:/]?\s+)?/.exec(text)![0].length;
  // "Díaz Montaño; Luis": OCR's semicolon for the comma of a last-name-first name.
  const got = readLabelledName(text.slice(lead).replace(/^([^,;\t\n]{2,40});(?=\s*\p{L})/u, '$1,'));
  return got && (lead ? {value: got.value, index: 0, length: lead + got.index + got.length} : got);
};

/** A mailing block: a cell that is all a name and sits right above a street address. */
interface Block {
  /** The name right above the street. */
  cell: Segment;
  /** The letterhead's first line: "Northern Plains State University" over "Office of Payroll". */
  head: Segment;
  page: number;
  y: number;
}

/** The top of a letterhead: name lines stacked right above `cell`, in the same column. */
function letterheadTop(layout: Layout, line: Line, cell: Segment): Segment {
  const folded = foldedText(layout);
  let top = cell;
  for (let i = line.index - 1, n = 0; i >= 0 && n < 2; i--, n++) {
    const above = layout.lines[i]!;
    if (above.page !== line.page) break;
    const next = above.segments.find((c) => Math.abs(c.bbox.x - top.bbox.x) < 0.02);
    const text = next && folded.slice(next.start, next.end);
    // "PAY TO THE ORDER OF" over a payee is a caption: a name never ends on "of" or "the".
    if (!next || !text || /^\s*\d|:|\d{3}|\b(?:of|to|the|and|for|de|del|la|por)\s*$/.test(text) || TITLE.test(text) || !/\p{L}{3}/u.test(text) || isLabelCell(layout, next)) break;
    top = next;
  }
  return top;
}

function mailingBlocks(layout: Layout, maxY = 0.6): Block[] {
  const blocks: Block[] = [];
  for (const line of layout.lines) {
    if (line.page !== 1 || line.bbox.y > maxY) continue;
    for (const cell of line.segments) {
      if (!/\p{L}{2}/u.test(cell.text) || /^\s*\d/.test(cell.text)) continue;
      const below = layout.lines.slice(line.index + 1, line.index + 3).flatMap((l) => (l.page === line.page ? l.segments : []));
      const next = below.find((c) => Math.abs(c.bbox.x - cell.bbox.x) < 0.03);
      if (next && STREET.test(next.text)) blocks.push({cell, head: letterheadTop(layout, line, cell), page: line.page, y: line.bbox.y});
    }
  }
  return blocks;
}

/** `read` over the whole of a cell: a name that is all the cell holds, else nothing. */
function readCell(cell: Segment, read: Reader<string>, certainty: number): Found<string> | undefined {
  // "COUNTY OF SAN BENITO — AUDITOR-CONTROLLER": the organisation, then its office.
  const text = cell.text.split(/\s[—–-]\s|\s\|\s/)[0]!;
  const got = read(text);
  if (!got || got.length < text.trim().length - 2) return undefined;
  return {value: got.value, start: cell.start + got.index, end: cell.start + got.index + got.length, certainty};
}

const sameName = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && fold(a).replace(/[^\p{L}]/gu, '') === fold(b).replace(/[^\p{L}]/gu, '');

const hasOrganizationWord = (text: string) => text.split(/\s+/).some((w) => ORGANIZATION_WORDS.test(w.replace(/[^\p{L}]/gu, '')));

/** Whether a cell is nothing but a field label ("Paid", "Period from", "Name:"). */
function isLabelCell(layout: Layout, cell: Segment): boolean {
  const text = foldedText(layout).slice(cell.start, cell.end).replace(/[\s:#.]+$/, '');
  return Object.values(L).some((labels) => labels.some((re) => new RegExp(`^(?:${re.source})$`).test(text)));
}

/**
 * The employer and the employee. Labels first; then mailing blocks (a name over a street
 * address), where the one at the top is the employer's letterhead when another block or a
 * label names the employee; then the stub's heading. Each is never the other's name.
 */
export function partyNames(layout: Layout): {employer?: Found<string>; employee?: Found<string>} {
  let employee = findLabeled(layout, L.employee, readPerson);
  let employer = findLabeled(layout, L.employer, readOrganization);
  const blocks = mailingBlocks(layout);
  const organization = (b: Block) => (DRAWEE.test(b.head.text) ? undefined : readCell(b.head, readOrganization, 0.8));
  const person = (b: Block) => (hasOrganizationWord(b.cell.text) ? undefined : readCell(b.cell, readPersonName, 0.8));

  if (!employer) {
    const letterhead = blocks.find((b) => b.y < 0.35 && organization(b) && !sameName(organization(b)!.value, employee?.value));
    if (letterhead) {
      const others = blocks.some((b) => b !== letterhead && person(b) && !sameName(person(b)!.value, organization(letterhead)!.value));
      if (hasOrganizationWord(letterhead.cell.text) || !person(letterhead) || employee || others) employer = organization(letterhead);
    }
  }
  if (!employee) {
    for (const b of blocks) {
      const found = person(b);
      if (found && !sameName(found.value, employer?.value)) {
        employee = found;
        break;
      }
    }
  }
  employer ??= headingName(layout, employee?.value);
  return {employer, employee};
}

/** The business named in the stub's heading: one with a business word, else the largest. */
function headingName(layout: Layout, employee: string | undefined): Found<string> | undefined {
  const folded = foldedText(layout);
  // A line with amounts is a table row, not a heading.
  const top = layout.lines
    .filter((l) => l.page === 1 && l.bbox.y < 0.35 && !numbersOnLine(layout, l).length)
    .flatMap((line) => line.segments)
    .filter((s) => {
      const text = folded.slice(s.start, s.end);
      return !TITLE.test(text) && !AMOUNT_WORDS.test(text) && !DRAWEE.test(s.text) && /\p{L}{3}/u.test(s.text) && !/^\s*\d/.test(s.text) && !/:/.test(s.text) && !isLabelCell(layout, s);
    });
  const read = (cell: Segment, certainty: number) => {
    const found = readCell(cell, readOrganization, certainty);
    return found && !sameName(found.value, employee) ? found : undefined;
  };
  for (const cell of top) {
    if (!hasOrganizationWord(cell.text)) continue;
    const found = read(cell, 0.85);
    if (found) return found;
  }
  // The largest type first (heights within a few per cent are one size), then the topmost.
  const size = (c: Segment) => Math.round(c.bbox.height * 400);
  for (const cell of [...top].sort((a, b) => size(b) - size(a) || a.bbox.y - b.bbox.y)) {
    // Without the employee's name to tell them apart, a person's name may be the employee's.
    if (!employee && readPersonName(cell.text)) continue;
    const found = read(cell, 0.7);
    if (found) return found;
  }
  return undefined;
}
