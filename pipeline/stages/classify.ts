import type {Classification, DocumentType} from '../../schemas/index.js';
import {foldedText} from './extract/find.js';
import type {Layout} from './layout.js';

type Feature = [pattern: RegExp, weight: number];

/**
 * The names states give protective orders: CA restraining order, NY order of protection, FL
 * injunction for protection, MA abuse prevention order, PA protection from abuse, MN order for
 * protection, MI personal / OH civil / WA domestic violence protection order, KY domestic
 * violence order, MD peace order, harassment / stalking / no-contact orders, Spanish names.
 */
const ORDER_NAME =
  /\b(?:protective|restraining|no[ -]contact|stay[ -]away|peace) order\b|\b(?:\w+ )?protection order\b|\bdomestic violence order\b|\border (?:of|for) protection\b|\binjunction (?:for|against)\b|\b(?:abuse|harassment) prevention order\b|\bprotection from (?:abuse|harassment|stalking)\b|\bstalking (?:protective |protection )?order\b|\borden(?:es)? de (?:proteccion|restriccion|alejamiento)\b/;
const PROTECTED_OR_RESTRAINED = /\brestrained (?:person|party)\b|\bprotected (?:person|party|persons)\b|\bpersona (?:protegida|restringida)\b/;

/**
 * What a document of each type cannot lack. Words alone mislead: a court's notice of a custody
 * hearing has a court, a case number, parties and a hearing; a landlord's ledger has tenants,
 * rent and a deposit. Without its defining evidence a type keeps only a fraction of its score.
 */
const DEFINING: Record<string, RegExp[]> = {
  // The order itself: its name, or the people it restrains and protects.
  protective_order: [ORDER_NAME, PROTECTED_OR_RESTRAINED],
  // An agreement between the parties: its wording or the parties' signatures.
  lease: [
    /\bagree(?:s|d|ment)?\b|\bhereby (?:lease|rent|let)s?\b|\bacuerd|\bconvien|\bse obliga\b|\blas partes\b/,
    /\b(?:landlord|lessor|owner|tenant|lessee|resident)(?:'s|\/agent)? signature\b|\bsignature of (?:landlord|lessor|owner|tenant|lessee|resident)\b|\bfirma del? (?:arrendador|arrendatario|inquilino|propietario)\b/,
  ],
  // Pay for a period: net or gross pay beside a pay period or pay date.
  pay_stub: [/\bnet\b|\bgross\b|\bneto\b|\bbruto\b|\btake[ -]home\b/],
};
/** Share of its score a type keeps without its defining evidence. */
const UNDEFINED_SHARE = 0.35;

/**
 * Evidence for each kind of document, as patterns on folded text (lowercase, no accents),
 * English and Spanish. Distractors that share words with the known types (a bank statement's
 * "payroll deposit", a utility bill's "amount due", a W-2's "wages") have features of their own,
 * so that they win and come out `unknown` rather than a forced guess.
 */
const FEATURES: Record<string, Feature[]> = {
  pay_stub: [
    [/\b(?:pay|earnings?) (?:stub|statement|advice)\b|\btalon de (?:pago|cheque)\b|\brecibo de (?:nomina|pago)\b|\bcomprobante de pago\b/, 4],
    [/\bnet pay\b|\bnet (?:amount|check)\b|\bpago neto\b|\bneto a pagar\b|\bsalario neto\b/, 3],
    [/\bgross (?:pay|earnings|wages)\b|\btotal gross\b|\b(?:salario|pago|ingreso) bruto\b/, 3],
    [/\bpay (?:period|date)\b|\bperiod (?:ending|beginning|start|end)\b|\bcheck date\b|\bperiodo de pago\b|\bfecha de pago\b/, 3],
    [/\by ?t ?d\b|\byear[ -]to[ -]date\b|\bacumulado\b/, 2],
    [/\bdeductions?\b|\bdeducciones\b/, 1.5],
    [/\bfed(?:eral)? (?:income )?(?:tax|withholding|w\/h)\b|\bfica\b|\bmedicare\b|\bsoc(?:ial)? sec(?:urity)?\b|\bimpuesto federal\b/, 1.5],
    [/\bhours\b|\bhoras\b/, 1],
    [/\bregular\b|\bovertime\b|\bhoras extra\b/, 1],
    [/\bemployee\b|\bempleado\b/, 1],
  ],
  lease: [
    [/\b(?:residential )?lease(?: agreement)?\b|\brental agreement\b|\bcontrato de (?:arrendamiento|alquiler|renta)\b|\bmonth[ -]to[ -]month\b/, 4],
    [/\blandlord\b|\blessor\b|\barrendador\b|\bpropietario\b/, 3],
    [/\btenants?\b|\blessees?\b|\barrendatarios?\b|\binquilinos?\b/, 3],
    [/\bsecurity deposit\b|\bdeposito de (?:seguridad|garantia)\b/, 3],
    [/\b(?:monthly )?rent\b|\brenta\b|\balquiler\b/, 2],
    [/\bpremises\b|\bdwelling\b|\binmueble\b|\bvivienda\b/, 2],
    [/\bterm\b|\bcommenc|\bvigencia\b/, 1],
    [/\butilities\b|\bpets?\b|\bsublet|\bmascotas\b/, 1],
  ],
  protective_order: [
    // The names states give these orders: CA restraining order, NY order of protection, FL
    // injunction for protection, MA abuse prevention order, PA protection from abuse, MN order
    // for protection, MD peace order, harassment / stalking / no-contact orders.
    [ORDER_NAME, 5],
    [PROTECTED_OR_RESTRAINED, 4],
    [/\brespondent\b|\bdemandad[oa]\b/, 2],
    [/\bpetitioner\b|\bapplicant\b|\bdemandante\b|\bsolicitante\b/, 2],
    [/\b(?:superior|district|circuit|family|county|criminal|municipal|justice) court\b|\bcourt of\b|\btribunal\b|\bcorte\b/, 2],
    [/\bcase (?:number|no)\b|\bdocket\b|\bindex no\b|\bcause no\b|\bnumero de caso\b/, 1.5],
    [/\bhearing\b|\baudiencia\b/, 1.5],
    [/\bjudge\b|\bjudicial officer\b|\bjuez\b|\bmagistrate\b/, 1],
    [/\bmust not\b|\bshall (?:not|refrain)\b|\bstay away\b|\bno contact\b|\bfirearms?\b|\bharass/, 2],
    [/\bdomestic violence\b|\bviolencia domestica\b|\babuse\b/, 1.5],
  ],
  // Look-alikes, all reported as `unknown`.
  // Summons, citations and notices of a court date: courts and case numbers without an order.
  court_notice: [
    [/summons|summoned|notice to appear|notice of (?:court date|hearing|trial)|jur(?:y|or)|citation|small claims|citatorio|emplazamiento/, 5],
    [/failure to appear|fail(?:s)? to appear|you (?:are|have been) (?:being )?(?:sued|summoned)|must appear|appear (?:in person|at the|for)/, 4],
    [/plaintiff|defendant|demandante/, 1],
  ],
  bank_statement: [
    [/\bbank statement\b|\baccount statement\b|\bstatement of account\b|\bestado de cuenta\b/, 4],
    [/\b(?:beginning|opening|ending|closing|available) balance\b|\bsaldo\b/, 4],
    [/\bdeposits?(?: and| &) (?:other )?(?:credits|additions)\b|\bwithdrawals?\b|\bdebit card\b|\bchecking\b|\bsavings\b/, 3],
    [/\baccount (?:number|no|#)\b|\brouting\b|\bnumero de cuenta\b/, 2],
  ],
  utility_bill: [
    [/\bamount due\b|\btotal due\b|\bpayment due\b|\bdue date\b|\btotal a pagar\b|\bfecha de vencimiento\b/, 3],
    [/\bkwh\b|\bmeter\b|\btherms?\b|\bgallons\b|\bccf\b|\busage\b|\bservice address\b|\bconsumo\b/, 4],
    [/\belectric|\bwater\b|\bgas\b|\butility\b|\binternet\b|\bwireless\b|\bsewer\b|\btrash\b/, 2],
    [/\baccount (?:number|no|#)\b|\bbilling (?:date|period)\b/, 2],
  ],
  receipt: [
    [/\breceipt\b|\brecibo\b|\bsubtotal\b|\bsales tax\b|\bchange due\b|\bcash\b|\bvisa\b|\bmastercard\b|\bthank you for shopping\b/, 4],
    [/\bqty\b|\bitem\b|\bsku\b|\bcashier\b|\bregister\b|\bstore\b/, 2],
  ],
  // Notices to a tenant share a lease's words (landlord, tenant, rent, premises).
  eviction_notice: [
    [/\bnotice to (?:pay rent or )?(?:quit|vacate)\b|\b(?:3|three|5|five|10|ten|14|fourteen|30|thirty|60|sixty)[ -]day notice\b|\bnotice of (?:termination|eviction|non-?payment)\b|\beviction notice\b|\baviso de desalojo\b/, 8],
    [/\bunlawful detainer\b|\beviction\b|\bforcible (?:entry|detainer)\b|\bdesalojo\b/, 4],
    [/\bquit (?:and deliver|the premises)\b|\bdeliver (?:up )?possession\b|\bforfeit(?:ure)?\b/, 3],
  ],
  tax_form: [
    [/\bw-?2\b|\bwage and tax statement\b|\b1099\b|\bform 1040\b|\binternal revenue service\b|\bomb no\b/, 8],
    [/\bwages, tips\b|\bsocial security wages\b|\bmedicare wages\b|\bfederal income tax withheld\b|\bdependent care benefits\b|\bnonqualified plans\b/, 5],
    [/\bemployer identification number\b|\bein\b|\bcontrol number\b/, 3],
  ],
  letter: [
    // A salutation and a closing make a letter, whatever it talks about (rent, a court date).
    [/\bdear\b|\bestimad[oa]s?\b|\bto whom it may concern\b|\ba quien corresponda\b/, 6],
    [/\bsincerely\b|\batentamente\b|\b(?:best |kind )?regards\b|\brespectfully(?: yours)?\b|\bcordialmente\b/, 6],
    [/\bplease (?:contact|call|let)\b|\bif you have (?:any )?questions\b|\bthis letter\b|\besta carta\b/, 3],
    [/\bverif(?:y|ication) of employment\b|\bemployment verification\b/, 3],
  ],
};

const KNOWN = ['pay_stub', 'lease', 'protective_order'] as const;

/** Below this score the document is `unknown`. */
export const MIN_SCORE = 0.55;

/** Classifies a document from its text: `pay_stub`, `lease`, `protective_order` or `unknown`. */
export function classify(layout: Layout): Classification {
  // The first pages carry the document's identity; long leases repeat words that mean little.
  const text = foldedText(layout).slice(0, 12000);
  const head = text.slice(0, 600);
  const raw: Record<string, number> = {};
  for (const [type, features] of Object.entries(FEATURES)) {
    let sum = 0;
    for (const [pattern, weight] of features) {
      const hits = text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
      if (!hits) continue;
      // Title words count double: "Temporary Restraining Order" heads the page.
      const inHead = pattern.test(head) ? 1.5 : 1;
      sum += weight * inHead * Math.min(1 + Math.log2(hits) * 0.25, 1.75);
    }
    const defining = DEFINING[type];
    raw[type] = defining && !defining.some((p) => p.test(text)) ? sum * UNDEFINED_SHARE : sum;
  }
  const entries = Object.entries(raw).sort((a, b) => b[1] - a[1]);
  const [bestType, best] = entries[0] ?? ['unknown', 0];
  const second = entries[1]?.[1] ?? 0;
  const scores: Record<string, number> = {};
  for (const type of KNOWN) scores[type] = Math.round(squash(raw[type] ?? 0, second === raw[type] ? best : second) * 1000) / 1000;
  const isKnown = (KNOWN as readonly string[]).includes(bestType);
  const score = isKnown ? (scores[bestType] ?? 0) : 0;
  const documentType: DocumentType = isKnown && score >= MIN_SCORE ? (bestType as DocumentType) : 'unknown';
  return {documentType, score: documentType === 'unknown' ? Math.round((1 - score) * 1000) / 1000 : score, scores};
}

/** 0..1 from the evidence for a type and the evidence for the strongest rival. */
function squash(own: number, rival: number): number {
  const strength = own / (own + 6);
  const margin = own / (own + rival + 1e-9);
  return strength * Math.min(1, margin * 1.4);
}
