import type {ExtractedField} from '../../../schemas/index.js';
import {unionBox, type Layout, type Line, type Segment} from '../layout.js';

/** A value found in {@link Layout.text} between `start` and `end`. */
export interface Found<T> {
  value: T;
  start: number;
  end: number;
  /** How sure the reading is, 0..1, before OCR confidence is applied. */
  certainty: number;
}

/** Reads a value from the start of a piece of text. */
export type Reader<T> = (text: string) => {value: T; index: number; length: number} | null;

/**
 * Lowercases and strips accents without changing the length, so offsets in the folded text
 * are offsets in the original.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    const one = lower.length === base.length ? lower : base;
    out += ch.length === one.length ? one : ch;
  }
  return out;
}

const folded = new WeakMap<Layout, string>();
export function foldedText(layout: Layout): string {
  let text = folded.get(layout);
  if (text === undefined) {
    text = fold(layout.text);
    folded.set(layout, text);
  }
  return text;
}

/** The evidence for a span of the layout's text: page, box, confidence, source. */
export function evidence(layout: Layout, start: number, end: number, certainty = 1): Omit<ExtractedField, 'value'> {
  const spans = layout.spans.filter((s) => s.end > start && s.start < end);
  const first = spans[0];
  if (!first) return {method: 'pdf-text', page: null, bbox: null, confidence: certainty, source: layout.text.slice(start, end)};
  const samePage = spans.filter((s) => s.page === first.page);
  const confidence = Math.min(...spans.map((s) => s.word.confidence)) * certainty;
  return {
    method: first.method,
    page: first.page,
    bbox: unionBox(samePage.map((s) => s.word.bbox)),
    confidence: Math.round(confidence * 1000) / 1000,
    source: layout.text.slice(start, end),
  };
}

export function toField<T extends ExtractedField['value']>(layout: Layout, found: Found<T>): ExtractedField {
  return {value: found.value, ...evidence(layout, found.start, found.end, found.certainty)};
}

export function lineAt(layout: Layout, offset: number): Line | undefined {
  let lo = 0,
    hi = layout.lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = layout.lines[mid]!;
    if (offset < line.start) hi = mid - 1;
    else if (offset > line.end) lo = mid + 1;
    else return line;
  }
  return undefined;
}

export function segmentAt(line: Line, offset: number): Segment | undefined {
  return line.segments.find((s) => offset >= s.start && offset <= s.end);
}

export interface LabeledOptions {
  /** How far after the label (in characters, same cell) the value may start. */
  maxGap?: number;
  /** Also look in the next cells on the same line. Default true. */
  right?: boolean;
  /** Also look in cells below the label (forms with the label above the box). Default true. */
  below?: boolean;
  /** How many lines below to look. */
  belowLines?: number;
  /** Only labels before this offset / after this offset. */
  from?: number;
  to?: number;
}

// Punctuation between a label and its value, and a label's gender or plural ending: "Empleado(a):".
const SEPARATORS = /^(?:\s*\((?:a|s|es|as|os|ras)\))?[\s:#.\-–—)\]|_]*/;

function readAt<T>(layout: Layout, start: number, end: number, read: Reader<T>, maxGap: number, certainty: number): Found<T> | undefined {
  const raw = layout.text.slice(start, end);
  const lead = SEPARATORS.exec(raw)?.[0].length ?? 0;
  const got = read(raw.slice(lead));
  if (got && got.index <= maxGap) {
    const s = start + lead + got.index;
    return {value: got.value, start: s, end: s + got.length, certainty};
  }
  // A cell of its own label and value: "Full Name: Ana Ruiz" under "1 Protected Person".
  const inner = CELL_LABEL.exec(raw.slice(lead));
  if (inner && maxGap === 0) return readAt(layout, start + lead + inner[0].length, end, read, 0, certainty * 0.95);
  return undefined;
}

const CELL_LABEL = /^[^\d:\t\n]{1,30}:\s*/;

/** Every match of a label pattern in the folded text, in document order. */
export function labelMatches(layout: Layout, label: RegExp, from = 0, to = Infinity): RegExpExecArray[] {
  const re = new RegExp(label.source, label.flags.includes('g') ? label.flags : label.flags + 'g');
  const text = foldedText(layout);
  return [...text.matchAll(re)].filter((m) => m.index >= from && m.index < to);
}

/**
 * Finds the value that a label names: after it in the same cell, in the next cell on the line,
 * or in a cell below it (labels above boxes). Labels are patterns on the folded text (lowercase,
 * no accents), tried in order of preference.
 */
export function findLabeled<T>(
  layout: Layout,
  labels: RegExp | RegExp[],
  read: Reader<T>,
  options: LabeledOptions = {},
): Found<T> | undefined {
  for (const label of Array.isArray(labels) ? labels : [labels]) {
    for (const match of labelMatches(layout, label, options.from, options.to)) {
      const found = valueAfterLabel(layout, match.index, match.index + match[0].length, read, options);
      if (found) return found;
    }
  }
  return undefined;
}

export function valueAfterLabel<T>(
  layout: Layout,
  labelStart: number,
  labelEnd: number,
  read: Reader<T>,
  options: LabeledOptions = {},
): Found<T> | undefined {
  const {maxGap = 3, right = true, below = true, belowLines = 3} = options;
  const line = lineAt(layout, labelStart);
  if (!line) return undefined;
  const segment = segmentAt(line, labelStart);
  if (!segment) return undefined;
  const here = readAt(layout, labelEnd, segment.end, read, maxGap, 1);
  if (here) return here;
  // Only when the label is the whole cell's tail: "Net Pay" | "1,234.00".
  const rest = layout.text.slice(labelEnd, segment.end).replace(SEPARATORS, '');
  if (rest.length > 3) return undefined;
  if (right) {
    const next = line.segments.slice(line.segments.indexOf(segment) + 1, line.segments.indexOf(segment) + 3);
    for (const cell of next) {
      const found = readAt(layout, cell.start, cell.end, read, 0, 0.95);
      if (found) return found;
    }
  }
  if (below) {
    const lineHeight = Math.max(line.bbox.height, 0.005);
    for (const lower of layout.lines.slice(line.index + 1, line.index + 1 + belowLines)) {
      if (lower.page !== line.page || lower.bbox.y - (line.bbox.y + line.bbox.height) > lineHeight * 4) break;
      for (const cell of lower.segments) {
        const overlap =
          Math.min(cell.bbox.x + cell.bbox.width, segment.bbox.x + segment.bbox.width) - Math.max(cell.bbox.x, segment.bbox.x);
        if (overlap <= 0 && Math.abs(cell.bbox.x - segment.bbox.x) > 0.02) continue;
        const found = readAt(layout, cell.start, cell.end, read, 0, 0.9);
        if (found) return found;
      }
    }
  }
  return undefined;
}
