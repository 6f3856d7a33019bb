/** The words pay stubs label their fields with, in English and Spanish, as payroll systems abbreviate them. */

// A weak label ("Name", "Associate", "Hours") counts only as a whole cell or before a colon:
// "Associate Stock Purchase" is a deduction, "Hours" over a column is a table header.
export const cellLabel = (re: RegExp) => new RegExp(`(?:${re.source})(?=\\s*(?::|[\\t\\n]|$))`);
// A label such as "Hours" alone: "Reg Hrs" or "OT Hours" name one row of several.
const wholeCell = (re: RegExp) => new RegExp(`(?<=^|[\\t\\n])${cellLabel(re).source}`);
// Abbreviated words as payroll systems print them: "Per. Beg.", "Chk Dt", "Pd Date".
const DATE = String.raw`(?:date|dt\.?)`;
const PERIOD = String.raw`(?:pay ?period|period|per\.?|pp|pay|work ?week|week|wk\.?)`;

/** Label patterns per field, on folded text (lowercase, no accents), in order of preference. */
export const L = {
  employer: [
    /\b(?:employer|company)(?: name)?(?: (?:and|&) address)?\b(?! id| identification| ein| no| #| code| number| contributions?| paid| match)/,
    /\bempleador\b|\bempresa\b|\bpatron\b|\brazon social\b/,
    /\bpaid by\b|\bpagado por\b/,
  ],
  employee: [
    /\bemployee(?: name)?(?: (?:and|&) address)?\b(?! id| no| number| #| ssn| code| benefits| taxes| gross| pay stub| earnings| deductions| contributions?| share)/,
    /\b(?:nombre del |nombre de la )?(?:empleado|trabajador|trabajadora)(?:\(a\))?\b(?! id| no| numero| #)/,
    /\bpay to(?: the order of)?\b|\bpaid to\b|\bdeposited to(?: the account of)?\b|\bpaguese a la orden de\b/,
    cellLabel(/\b(?:associate|team member|worker|payee|staff member|ee)(?: name)?/),
    cellLabel(/\bname\b|\bnombre(?: y apellidos?| completo)?\b/),
  ],
  // Not "Pay Period Ending": that is one end of the period, labelled for itself.
  period: [/(?:\bpay ?period\b|\bperiod(?: covered)?\b|\bperiodo(?: de pago)?\b|\b(?:earnings|work|payroll) period\b|\bpay cycle\b)(?! ?(?:end|ending|ended|beg|begin|beginning|start|starting|from|thru|through|que)\b)/],
  periodStart: [
    /(?<=^|[\t\n])(?:pay )?(?:period )?(?:from|begin|start)(?=\s*:?\s*(?:[\t\n]|$))/,
    new RegExp(String.raw`\b(?:pay )?${PERIOD} (?:start(?:ing|s)?|beg(?:in(?:ning|s)?)?\.?)(?: ${DATE})?(?![a-z])`),
    /\b(?:start|begin(?:ning)?) date\b|\bperiod from\b|\bfrom date\b/,
    /\bfecha (?:de )?inicio\b|\binicio del periodo\b|\bdesde\b/,
  ],
  periodEnd: [
    /(?<=^|[\t\n])(?:to|thru|through|end|ending)(?=\s*:?\s*(?:[\t\n]|$))/,
    new RegExp(String.raw`\b(?:pay )?${PERIOD} (?:end(?:ing|s|ed)?\.?|thru|through)(?: ${DATE})?(?![a-z])`),
    /\b(?:end|ending|through|thru) date\b|\bperiod to\b|\b[wp] ?\/ ?e\b|\bppe\b/,
    /\bfecha (?:de )?(?:fin|final|cierre|termino)\b|\bfin del periodo\b|\b(?:semana|periodo) que (?:termina|finaliza|concluye)(?: el)?\b|\bhasta\b/,
  ],
  payDate: [
    /(?<=^|[\t\n])(?:paid|date paid|pagado)(?=\s*:?\s*(?:[\t\n]|$))/,
    new RegExp(String.raw`\b(?:pay|check|chk|cheque|payment|pmt|deposit|advice|issue|pd)\.? ${DATE}(?![a-z])|\bdate paid\b|\bpaid on\b|\bpay ?day\b`),
    /\bfecha (?:de |del )?(?:pago|cheque|emision|deposito)\b|\bdia de pago\b/,
  ],
  frequency: [/\bpay (?:frequency|schedule|cycle|freq\.?)(?![a-z])|\bfrequency\b|\bfreq\b\.?|\bfrecuencia(?: de pago)?\b|\bperiodicidad\b|\btipo de nomina\b/],
  gross: [
    /\btotal ?gross(?: ?pay| ?earnings| ?wages| ?amount)?\b/,
    /\bgross ?(?:pay|earnings|wages|amount|amt)\b/,
    /\b(?:salario|sueldo|pago|ingreso|ingresos|total) brutos?\b|\btotal devengado\b|\btotal (?:de )?percepciones\b|\bpercepciones totales\b/,
    /\btotal (?:earnings|wages|compensation)\b|\bgross\b/,
    /\btotal pay\b(?! ?(?:period|date|rate))/,
  ],
  net: [
    /\bnet ?(?:pay|amount|amt|check|wages|earnings|deposit|paycheck)\b(?! distribution)|\btake[ -]home(?: pay)?\b/,
    /\b(?:pago|salario|sueldo|deposito|importe) neto\b|\bneto a (?:pagar|recibir|cobrar)\b|\bneto pagado\b|\btotal neto\b|\bliquido a (?:pagar|percibir)\b|\btotal a (?:pagar|recibir)\b/,
    /\bnet\b(?! distribution)/,
    /\b(?:check|cheque|deposit) amount\b|\bamount of (?:this )?check\b/,
  ],
  ytdGross: [
    /\b(?:ytd|year[ -]to[ -]date) gross(?: pay| earnings| wages)?\b|\bgross (?:pay |earnings |wages )?(?:ytd|year[ -]to[ -]date)\b|\bbruto acumulado\b|\bacumulado bruto\b/,
    // A year-to-date strip: "YTD Summary   Gross 13,870.42   Taxes 2,001.13   Net 11,869.29".
    /(?<=(?:^|\n)[^\t\n]{0,12}\b(?:ytd|year[ -]to[ -]date)\b[^\n]{0,40})\bgross\b/,
  ],
  // "YTD Earnings: 8,400.00" is the year's gross; over a column it heads every line's YTD.
  ytdEarnings: [cellLabel(/\b(?:ytd|year[ -]to[ -]date) (?:earnings|wages|total earnings)|\b(?:total )?(?:earnings|wages) (?:ytd|year[ -]to[ -]date)/)],
  ytdInline: [/\by ?t ?d\b|\byear[ -]to[ -]date\b|\bacumulado(?: del ano| anual)?\b|\bano a la fecha\b/],
  hours: [
    /\btotal (?:hours|hrs)(?: worked)?\b|\b(?:hours|hrs) worked\b|\bhoras trabajadas\b|\btotal (?:de )?horas\b/,
    wholeCell(/(?:hours|hrs|horas)/),
  ],
  rate: [
    /\b(?:hourly|base|regular|reg) (?:pay )?rate\b|\brate of pay\b|\bpay rate\b(?! \w)|\brate per hour\b|\btarifa por hora\b|\b(?:salario|pago|cuota|precio) por hora\b|\bcuota ?\/ ?hora\b/,
    wholeCell(/(?:rate|tarifa|cuota)/),
  ],
  regularRow: [/\breg(?:ular)?(?: pay| earnings| hours| wages)?\b|\bhourly\b|\bsalario regular\b|\bhoras regulares\b/],
};

// Letters OCR confuses with others in label words: "Gr0ss Pay", "Net Pav", "Pay Dale".
const OCR_CONFUSIONS: Record<string, string> = {o: '[o0]', t: '[tlf]', l: '[l1i|]', i: '[il1|!]', s: '[s5]', y: '[yv]', e: '[ec]', g: '[gq]', m: '(?:m|rn)'};

/**
 * The same label pattern, tolerant of the letters OCR confuses in label words. Escapes,
 * character classes and group syntax are left as they are.
 *
 * @example
 * ocrTolerant(/\bgross pay\b/).test('gr0ss pav') // → true
 */
export function ocrTolerant(label: RegExp): RegExp {
  const source = label.source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      // An escape, with a property's braces: "\b", "\p{L}".
      const end = /^\\[pPu]\{/.test(source.slice(i, i + 3)) ? source.indexOf('}', i) + 1 : i + 2;
      out += source.slice(i, end);
      i = end - 1;
    } else if (ch === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
    } else if (ch === '(' && source[i + 1] === '?') {
      const marker = /^\(\?(?:<=|<!|=|!|:|<[A-Za-z]\w*>)/.exec(source.slice(i))![0];
      out += marker;
      i += marker.length - 1;
    } else out += OCR_CONFUSIONS[ch] ?? ch;
  }
  return new RegExp(out, label.flags);
}
