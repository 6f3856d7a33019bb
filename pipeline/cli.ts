import {parseArgs} from 'node:util';
import type {ExtractionResult} from '../schemas/index.js';
import {fieldLabel, type Locale} from './messages.js';
import {safeExtract, shutdown} from './node.js';
import type {Progress} from './types.js';

const USAGE = `Usage: casekit extract <files...> [--json] [--as-of YYYY-MM-DD] [--lang en|es] [--max-pages N]

Reads pay stubs, leases and protective orders (PDF, PNG, JPEG, TIFF, WebP), offline,
and prints each document's type, fields with their evidence, problems and case fields.

  --json            print a JSON array, one object per file, in input order
  --as-of DATE      judge "active order" and "stale pay stub" as of this date (default: today)
  --lang en|es      language of messages (default: en)
  --max-pages N     read at most N pages of each PDF or TIFF (default: 100)
  -h, --help        show this help`;

const USAGE_ES = `Uso: casekit extract <archivos...> [--json] [--as-of AAAA-MM-DD] [--lang en|es] [--max-pages N]

Lee talones de pago, contratos de arrendamiento y órdenes de protección (PDF, PNG, JPEG, TIFF,
WebP), sin conexión, e imprime el tipo de cada documento, sus campos con la evidencia, los
problemas y los campos del caso.

  --json            imprime un arreglo JSON, un objeto por archivo, en el orden dado
  --as-of FECHA     juzga "orden vigente" y "talón antiguo" a esta fecha (por omisión: hoy)
  --lang en|es      idioma de los mensajes (por omisión: en)
  --max-pages N     lee como máximo N páginas de cada PDF o TIFF (por omisión: 100)
  -h, --help        muestra esta ayuda`;

/** The language asked for with `--lang`, read before the arguments are parsed. */
const cliLocale = (argv: string[]): Locale => (argv.some((a, i) => (a === '--lang' && argv[i + 1] === 'es') || a === '--lang=es') ? 'es' : 'en');

/** What the CLI says about its own arguments, in each language. */
const ARG_ERRORS = {
  en: {
    command: (c: string) => `casekit: unknown command "${c}".`,
    parse: (m: string) => `casekit extract: ${m}`,
    asOf: (v: string) => `casekit extract: --as-of must be a date like 2026-01-31, not "${v}".`,
    lang: (v: string) => `casekit extract: --lang must be en or es, not "${v}".`,
    maxPages: () => 'casekit extract: --max-pages must be a whole number above 0.',
    noFiles: () => 'casekit extract: name at least one file.',
  },
  es: {
    command: (c: string) => `casekit: no existe la orden "${c}".`,
    parse: (m: string) => `casekit extract: opción no válida (${m})`,
    asOf: (v: string) => `casekit extract: --as-of debe ser una fecha como 2026-01-31, no "${v}".`,
    lang: (v: string) => `casekit extract: --lang debe ser en o es, no "${v}".`,
    maxPages: () => 'casekit extract: --max-pages debe ser un número entero mayor que 0.',
    noFiles: () => 'casekit extract: indique al menos un archivo.',
  },
} satisfies Record<Locale, Record<string, (...args: string[]) => string>>;

/** The JSON shape printed by `casekit extract --json` for one file. */
export function toJson(result: ExtractionResult) {
  return {
    file: result.file,
    documentType: result.documentType,
    fields: Object.fromEntries(
      Object.entries(result.fields).map(([name, f]) => [
        name,
        {value: f.value, confidence: f.confidence, page: f.page, bbox: f.bbox, source: f.source, method: f.method, ...(f.derivedFrom ? {derivedFrom: f.derivedFrom} : {})},
      ]),
    ),
    problems: result.problems.map(({field, code, message, severity}) => ({field, code, message, severity})),
    caseFields: result.caseFields,
  };
}

const show = (v: unknown) =>
  Array.isArray(v)
    ? v.join('; ')
    : typeof v === 'number'
      ? v.toLocaleString('en-US', Number.isInteger(v) ? {} : {minimumFractionDigits: 2, maximumFractionDigits: 2})
      : String(v);

/** A readable table of one result. */
export function toTable(result: ExtractionResult, locale: Locale = 'en'): string {
  const lines = [`${result.file}: ${result.documentType}${result.classification ? ` (score ${result.classification.score.toFixed(2)})` : ''}`];
  const rows = Object.entries(result.fields).map(([name, f]) => [fieldLabel(name, locale).replace(/^(?:el|la|los|las) /, ''), show(f.value), `${Math.round(f.confidence * 100)}%`, f.page ? `p${f.page}` : '', f.method]);
  const caseRows = Object.entries(result.caseFields).map(([name, f]) => [`→ ${name}`, show(f!.value), `${Math.round(f!.confidence * 100)}%`, '', 'derived']);
  const all = [...rows, ...caseRows];
  const widths = [0, 1, 2, 3].map((i) => Math.max(0, ...all.map((r) => r[i]!.length)));
  for (const r of all) lines.push('  ' + r.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join('  '));
  for (const p of result.problems) lines.push(`  ${p.severity === 'error' ? '✗' : p.severity === 'warning' ? '!' : 'i'} ${p.field ? `${p.field}: ` : ''}${p.message} [${p.code}]`);
  return lines.join('\n');
}

class ProgressBar {
  private state = new Map<string, number>();
  constructor(private readonly stream: NodeJS.WriteStream, private readonly total: number) {}
  update(file: string, p: Progress) {
    const stageShare = p.stage === 'ocr' || p.stage === 'render' ? 0.1 + 0.8 * p.progress : p.stage === 'map' ? 1 : 0.1;
    this.state.set(file, Math.max(this.state.get(file) ?? 0, stageShare));
    this.draw(`${p.stage}${p.page ? ` p${p.page}/${p.pageCount}` : ''}`);
  }
  done(file: string) {
    this.state.set(file, 1);
    this.draw('');
  }
  private draw(label: string) {
    const sum = [...this.state.values()].reduce((a, b) => a + b, 0) / this.total;
    const width = 30;
    const filled = Math.round(sum * width);
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(sum * 100)}% ${label}`.padEnd(70));
  }
  clear() {
    this.stream.write('\r' + ' '.repeat(72) + '\r');
  }
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const argLocale = cliLocale(argv);
  const say = ARG_ERRORS[argLocale];
  const help = argLocale === 'es' ? USAGE_ES : USAGE;
  if (!command || command === '-h' || command === '--help') {
    console.log(help);
    return command ? 0 : 2;
  }
  if (command !== 'extract') {
    console.error(`${say.command(command)}\n\n${help}`);
    return 2;
  }
  let args;
  try {
    args = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: {type: 'boolean', default: false},
        'as-of': {type: 'string'},
        lang: {type: 'string', default: 'en'},
        'max-pages': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    console.error(`${say.parse((error as Error).message)}\n\n${help}`);
    return 2;
  }
  const {values, positionals: files} = args;
  if (values.help) {
    console.log(help);
    return 0;
  }
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    console.error(say.asOf(asOf));
    return 2;
  }
  const locale = values.lang === 'es' ? 'es' : values.lang === 'en' ? 'en' : undefined;
  if (!locale) {
    console.error(say.lang(String(values.lang)));
    return 2;
  }
  const maxPages = values['max-pages'] ? Number(values['max-pages']) : undefined;
  if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages > 0)) {
    console.error(say.maxPages());
    return 2;
  }
  if (!files.length) {
    console.error(`${say.noFiles()}\n\n${help}`);
    return 2;
  }

  const bar = process.stderr.isTTY ? new ProgressBar(process.stderr, files.length) : undefined;
  const results: ExtractionResult[] = new Array(files.length);
  let next = 0;
  // Two documents at a time: one may be reading text while the other waits on OCR.
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      results[i] = await safeExtract(file, {
        locale,
        ...(asOf ? {asOf} : {}),
        ...(maxPages ? {maxPages} : {}),
        ...(bar ? {onProgress: (p: Progress) => bar.update(file, p)} : {}),
      });
      bar?.done(file);
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    bar?.clear();
    await shutdown();
  }
  if (values.json) console.log(JSON.stringify(results.map(toJson), null, 2));
  else console.log(results.map((r) => toTable(r, locale)).join('\n\n'));
  const unreadable = results.some((r) => r.pages.length === 0 && r.problems.some((p) => p.severity === 'error'));
  return unreadable ? 1 : 0;
}
