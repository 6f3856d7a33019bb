/**
 * Fictitious document pages drawn with @napi-rs/canvas at test time, so OCR tests and the OCR
 * bench need no fixture files. Every name, address and amount here is made up.
 */
import {createCanvas, type Canvas, type SKRSContext2D} from '@napi-rs/canvas';

/** A word drawn on a synthetic page, with its box as fractions of the page (origin top-left). */
export interface DrawnWord {
  text: string;
  bbox: {x: number; y: number; width: number; height: number};
}

export interface SyntheticPage {
  canvas: Canvas;
  words: DrawnWord[];
}

export type PageKind = 'pay-stub' | 'lease' | 'protective-order';

const FONT = '"DejaVu Sans", "Liberation Sans", sans-serif';

class Writer {
  readonly words: DrawnWord[] = [];
  constructor(
    readonly ctx: SKRSContext2D,
    readonly width: number,
    readonly height: number,
    /** Pixels per point. */
    readonly k: number,
  ) {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#000';
    ctx.textBaseline = 'alphabetic';
  }

  /** Draws `text` with its left edge at x (points) and baseline at y (points); records each word. */
  text(text: string, x: number, y: number, size = 10, opts: {bold?: boolean; align?: 'left' | 'right'} = {}): void {
    const {ctx, k} = this;
    ctx.font = `${opts.bold ? 'bold ' : ''}${size * k}px ${FONT}`;
    let px = x * k;
    if (opts.align === 'right') px -= ctx.measureText(text).width;
    const py = y * k;
    ctx.fillText(text, px, py);
    let cursor = px;
    for (const part of text.split(/( +)/)) {
      const w = ctx.measureText(part).width;
      if (part.trim()) {
        const m = ctx.measureText(part);
        const top = py - m.actualBoundingBoxAscent;
        const bottom = py + m.actualBoundingBoxDescent;
        this.words.push({
          text: part,
          bbox: {x: cursor / this.width, y: top / this.height, width: w / this.width, height: (bottom - top) / this.height},
        });
      }
      cursor += w;
    }
  }

  rule(x1: number, y1: number, x2: number, y2: number, lw = 0.75): void {
    const {ctx, k} = this;
    ctx.lineWidth = lw * k;
    ctx.strokeStyle = '#000';
    ctx.beginPath();
    ctx.moveTo(x1 * k, y1 * k);
    ctx.lineTo(x2 * k, y2 * k);
    ctx.stroke();
  }

  /** Wraps a paragraph to `width` points starting at baseline y; returns the next baseline. */
  paragraph(text: string, x: number, y: number, width: number, size = 10.5, leading = 1.45): number {
    const {ctx, k} = this;
    ctx.font = `${size * k}px ${FONT}`;
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (ctx.measureText(next).width > width * k && line) {
        this.text(line, x, y, size);
        y += size * leading;
        line = word;
      } else {
        line = next;
      }
    }
    if (line) this.text(line, x, y, size);
    return y + size * leading;
  }
}

const FIRST = ['José', 'María', 'Ana', 'Luis', 'Carmen', 'Dana', 'Kevin', 'Nguyen', 'Rosa', 'Tomás'];
const LAST = ['Hernández-López', 'García', 'Muñoz', 'Okafor', 'Smith', 'Peña', 'Ibáñez', 'Walker'];
const EMPLOYERS = ['ACME Staffing LLC', 'Riverside Clinic Inc.', 'Blue Oak Warehouse Co.', 'Sunrise Diner LLC'];
const STREETS = ['Calle Año Nuevo', 'Maple Avenue', 'Avenida Peñasco', 'Oak Street', 'Cedar Lane'];

function rng(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const money = (n: number): string => n.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2});

function drawPayStub(w: Writer, seed: number): void {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const rate = 14 + Math.floor(r() * 1200) / 100;
  const hours = 40 + Math.floor(r() * 40) / 2;
  const ot = Math.floor(r() * 16) / 2;
  const gross = rate * hours + rate * 1.5 * ot;
  w.text(pick(EMPLOYERS), 54, 70, 16, {bold: true});
  w.text(`${100 + Math.floor(r() * 900)} ${pick(STREETS)}, Springfield, OR 97477`, 54, 88, 9);
  w.text('EARNINGS STATEMENT', 558, 70, 14, {bold: true, align: 'right'});
  w.text('Pay Date: 03/15/2024', 558, 88, 9, {align: 'right'});
  w.rule(54, 100, 558, 100, 1.5);
  const info: [string, string][] = [
    ['Employee:', name],
    ['Employee ID:', String(10000 + Math.floor(r() * 89999))],
    ['Pay Period:', '03/01/2024 - 03/15/2024'],
    ['Pay Frequency:', 'Biweekly'],
  ];
  info.forEach(([label, value], i) => {
    const y = 122 + (i % 2) * 16;
    const x = i < 2 ? 54 : 320;
    w.text(label, x, y, 10, {bold: true});
    w.text(value, x + 92, y, 10);
  });
  // Earnings table: description, rate, hours, current, year-to-date.
  const cols = [54, 300, 370, 460, 558];
  let y = 180;
  w.rule(54, y - 13, 558, y - 13);
  w.text('Earnings', cols[0]!, y, 10, {bold: true});
  w.text('Rate', cols[1]!, y, 10, {bold: true, align: 'right'});
  w.text('Hours', cols[2]!, y, 10, {bold: true, align: 'right'});
  w.text('Current', cols[3]!, y, 10, {bold: true, align: 'right'});
  w.text('Year to Date', cols[4]!, y, 10, {bold: true, align: 'right'});
  w.rule(54, y + 5, 558, y + 5);
  const rows: [string, number | null, number | null, number][] = [
    ['Regular Pay', rate, hours, rate * hours],
    ['Overtime', rate * 1.5, ot, rate * 1.5 * ot],
    ['Holiday', rate, 0, 0],
  ];
  for (const [desc, rt, hr, cur] of rows) {
    y += 17;
    w.text(desc, cols[0]!, y, 10);
    if (rt !== null) w.text(money(rt), cols[1]!, y, 10, {align: 'right'});
    if (hr !== null) w.text(hr.toFixed(2), cols[2]!, y, 10, {align: 'right'});
    w.text(money(cur), cols[3]!, y, 10, {align: 'right'});
    w.text(money(cur * 5.5), cols[4]!, y, 10, {align: 'right'});
  }
  y += 20;
  w.rule(54, y - 13, 558, y - 13);
  w.text('Gross Pay', cols[0]!, y, 10, {bold: true});
  w.text(money(gross), cols[3]!, y, 10, {bold: true, align: 'right'});
  w.text(money(gross * 5.5), cols[4]!, y, 10, {bold: true, align: 'right'});
  // Deductions.
  y += 36;
  w.text('Deductions', cols[0]!, y, 10, {bold: true});
  w.text('Current', cols[3]!, y, 10, {bold: true, align: 'right'});
  w.text('Year to Date', cols[4]!, y, 10, {bold: true, align: 'right'});
  w.rule(54, y + 5, 558, y + 5);
  const deductions: [string, number][] = [
    ['Federal Income Tax', 0.09],
    ['Social Security', 0.062],
    ['Medicare', 0.0145],
    ['State Income Tax', 0.045],
    ['Dental Insurance', 0.01],
  ];
  let total = 0;
  for (const [desc, pct] of deductions) {
    y += 17;
    const amt = gross * pct;
    total += amt;
    w.text(desc, cols[0]!, y, 10);
    w.text(money(amt), cols[3]!, y, 10, {align: 'right'});
    w.text(money(amt * 5.5), cols[4]!, y, 10, {align: 'right'});
  }
  y += 20;
  w.rule(54, y - 13, 558, y - 13);
  w.text('Total Deductions', cols[0]!, y, 10, {bold: true});
  w.text(money(total), cols[3]!, y, 10, {bold: true, align: 'right'});
  y += 30;
  w.text('Net Pay', cols[0]!, y, 12, {bold: true});
  w.text(`$${money(gross - total)}`, cols[3]!, y, 12, {bold: true, align: 'right'});
  y += 40;
  w.paragraph(
    'Direct deposit to checking account ending 4821. Questions about this statement? Call payroll at (541) 555-0142 or write to Recursos Humanos, Oficina 3, Dirección General.',
    54,
    y,
    504,
    9,
  );
}

function drawLease(w: Writer, seed: number): void {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const tenant = `${pick(FIRST)} ${pick(LAST)}`;
  const rent = 800 + Math.floor(r() * 900);
  w.text('RESIDENTIAL LEASE AGREEMENT', 306 - 130, 72, 15, {bold: true});
  let y = 110;
  const clauses = [
    `1. Parties. This lease is made between Greenfield Property Management (Landlord) and ${tenant} (Tenant) for the premises at ${100 + Math.floor(r() * 800)} ${pick(STREETS)}, Apartment ${1 + Math.floor(r() * 30)}, Eugene, Oregon 97402.`,
    `2. Term. The lease begins on April 1, 2024 and ends on March 31, 2025, unless ended earlier as provided in this agreement.`,
    `3. Rent. Tenant agrees to pay monthly rent of $${money(rent)} due on the first day of each month. Rent paid after the fifth day of the month is late and a late fee of $50.00 applies.`,
    `4. Security Deposit. Tenant has paid a security deposit of $${money(rent)}, which will be returned within 31 days after Tenant moves out, less any lawful deductions for damage beyond normal wear and tear.`,
    `5. Utilities. Landlord pays water, sewer and garbage. Tenant pays electricity, gas, internet and telephone service for the premises.`,
    `6. Occupants. Only the Tenant and the following household members may live at the premises: ${pick(FIRST)} ${pick(LAST)} and ${pick(FIRST)} ${pick(LAST)}.`,
    `7. Pets. No pets are allowed without the written consent of the Landlord, except assistance animals as required by law.`,
    `8. Notices. Notices to the Landlord must be sent to 55 Willamette Street, Suite 200, Eugene, Oregon 97401.`,
  ];
  for (const c of clauses) y = w.paragraph(c, 72, y, 468) + 8;
  y += 20;
  w.text('Tenant signature: ______________________', 72, y, 10.5);
  w.text('Date: 03/20/2024', 400, y, 10.5);
  y += 30;
  w.text('Landlord signature: ____________________', 72, y, 10.5);
  w.text('Date: 03/21/2024', 400, y, 10.5);
}

function drawProtectiveOrder(w: Writer, seed: number): void {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  w.text('IN THE CIRCUIT COURT OF THE STATE OF OREGON', 306 - 170, 66, 12, {bold: true});
  w.text('FOR THE COUNTY OF LANE', 306 - 80, 84, 12, {bold: true});
  w.rule(54, 100, 558, 100);
  const fields: [string, string][] = [
    ['Case No.:', `24PO${String(Math.floor(r() * 99999)).padStart(5, '0')}`],
    ['Petitioner:', `${pick(FIRST)} ${pick(LAST)}`],
    ['Respondent:', `${pick(FIRST)} ${pick(LAST)}`],
    ['Date of Birth:', `0${1 + Math.floor(r() * 9)}/1${Math.floor(r() * 9)}/198${Math.floor(r() * 9)}`],
    ['Order Issued:', '02/27/2024'],
    ['Expires:', '02/27/2025'],
  ];
  let y = 124;
  for (const [label, value] of fields) {
    w.text(label, 72, y, 10.5, {bold: true});
    w.text(value, 200, y, 10.5);
    y += 19;
  }
  y += 10;
  w.text('RESTRAINING ORDER TO PREVENT ABUSE', 306 - 130, y, 12, {bold: true});
  y += 28;
  const paras = [
    'The court finds that the Petitioner has been the victim of abuse committed by the Respondent within 180 days before the filing of the petition, and that there is an imminent danger of further abuse.',
    'IT IS ORDERED that the Respondent shall not intimidate, molest, interfere with or menace the Petitioner, or attempt to do so, and shall stay at least 150 feet away from the Petitioner and the residence located at the address listed in the petition.',
    'Temporary custody of the minor children is awarded to the Petitioner. Parenting time for the Respondent is suspended until further order of the court.',
    'This order is effective throughout the United States and its territories and shall be enforced by any law enforcement agency as if it were issued there.',
  ];
  for (const p of paras) y = w.paragraph(p, 72, y, 468) + 10;
  y += 24;
  w.text('Circuit Court Judge: ___________________', 72, y, 10.5);
}

/**
 * Draws a fictitious US-letter page at `dpi` (default 300).
 * @param kind which kind of document to draw
 * @param seed varies names and amounts
 */
export function drawPage(kind: PageKind, seed = 1, dpi = 300): SyntheticPage {
  const k = dpi / 72;
  const width = Math.round(8.5 * dpi);
  const height = Math.round(11 * dpi);
  const canvas = createCanvas(width, height);
  const w = new Writer(canvas.getContext('2d'), width, height, k);
  if (kind === 'pay-stub') drawPayStub(w, seed);
  else if (kind === 'lease') drawLease(w, seed);
  else drawProtectiveOrder(w, seed);
  return {canvas, words: w.words};
}

/** Draws a few lines of large text on a small white card (fast to OCR). */
export function drawCard(lines: string[], opts: {width?: number; height?: number; size?: number} = {}): SyntheticPage {
  const width = opts.width ?? 1200;
  const size = opts.size ?? 40;
  const height = opts.height ?? Math.round(140 + lines.length * size * 1.9);
  const canvas = createCanvas(width, height);
  const w = new Writer(canvas.getContext('2d'), width, height, 1);
  lines.forEach((line, i) => w.text(line, 80, 100 + i * size * 1.9, size));
  return {canvas, words: w.words};
}

/**
 * Returns a copy of `src` rotated clockwise by `degrees` about its centre on a white background,
 * keeping the size (for small skews) or swapping it (for quarter turns).
 */
export function rotateCanvas(src: Canvas, degrees: number): Canvas {
  const quarter = Math.abs(degrees % 180) === 90;
  const w = quarter ? src.height : src.width;
  const h = quarter ? src.width : src.height;
  const out = createCanvas(w, h);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.translate(w / 2, h / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(src, -src.width / 2, -src.height / 2);
  return out;
}

/** Darkens `src` with a smooth shadow from one corner, like a phone photo taken under a lamp. */
export function unevenLighting(src: Canvas, strength = 0.65): Canvas {
  const out = createCanvas(src.width, src.height);
  const ctx = out.getContext('2d');
  ctx.drawImage(src, 0, 0);
  const g = ctx.createLinearGradient(0, 0, src.width, src.height);
  g.addColorStop(0, `rgba(60,50,40,${strength})`);
  g.addColorStop(0.6, 'rgba(60,50,40,0.15)');
  g.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, src.width, src.height);
  return out;
}
