/**
 * Protective orders from states and languages the first extractor did not know: Pennsylvania
 * Protection From Abuse, Washington Orders for Protection, Massachusetts c. 209A boxes, Spanish
 * translations. Each test pins one general mechanism.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {extractProtectiveOrder} from '../../pipeline/stages/extract/protective-order.js';
import {readName} from '../../pipeline/stages/extract/protective-order-names.js';
import {layout} from '../../pipeline/stages/layout.js';
import {layoutFromText, pageFromText, valuesOf} from '../helpers/text-page.js';

const read = (...lines: string[]) => valuesOf(extractProtectiveOrder(layoutFromText(...lines))) as Record<string, string | undefined>;

describe('protective order names: surname first', () => {
  it('gives a surname-first name in natural order, a suffix after the surname', () => {
    assert.equal(readName('DOE, JANE A.')?.value, 'JANE A. DOE');
    assert.equal(readName('BELL JR., MARCUS T')?.value, 'MARCUS T BELL JR.');
  });

  it('reads a two-word surname before the comma when one given name ends the cell', () => {
    assert.equal(readName('Ávila Núñez, Itzel')?.value, 'Itzel Ávila Núñez');
    assert.equal(readName('PEÑA CASTAÑEDA, MARISOL (DOB 01/02/1990)')?.value, 'MARISOL PEÑA CASTAÑEDA');
  });

  it('does not join two people listed with a comma into one name', () => {
    assert.equal(readName('Ana Ruiz, Ramón Ruiz')?.value, 'Ana Ruiz');
    assert.equal(readName('Ana Ruiz, and minor children')?.value, 'Ana Ruiz');
  });

  it('reads a "Name (Last, First, Middle)" table under a Protected Person heading', () => {
    const v = read('1. Protected Person', '  Name (Last, First, Middle)          Age', '  López-Martínez, Andrés               44');
    assert.equal(v.protectedPersonName, 'Andrés López-Martínez');
  });
});

describe('protective order names: surnames that are also words', () => {
  it('keeps "Person" as a surname at the end of a name', () => {
    assert.equal(read('2 Restrained Person', 'Full Name: Aaliyah Person').restrainedPersonName, 'Aaliyah Person');
    assert.equal(read('Protected person(s): Shaniqua W. Person, and minor children Ana Ruiz.').protectedPersonName, 'Shaniqua W. Person');
  });

  it('does not read a heading such as "Contact Person" as a name', () => {
    assert.equal(readName('Contact Person'), null);
    assert.equal(readName('Any Person'), null);
  });
});

describe('protective order parties: labels with notes', () => {
  it('reads a box label with a note in brackets and the name under it', () => {
    const v = read('PLAINTIFF NAME (Person protected by this order)      COURT DIVISION', 'MARIAM SALEH                                          Worcester District Court', 'DEFENDANT NAME', 'AL-MASRI, MOHAMMED');
    assert.equal(v.protectedPersonName, 'MARIAM SALEH');
    assert.equal(v.restrainedPersonName, 'MOHAMMED AL-MASRI');
  });
});

describe('protective order court: the court that sits', () => {
  it('prefers the named court division to a statewide "Trial Court of ..." heading', () => {
    const v = read('ABUSE PREVENTION ORDER        Trial Court of Massachusetts', '                              District Court Department', 'PLAINTIFF NAME          COURT DIVISION', 'ANA RUIZ                Worcester District Court');
    assert.equal(v.courtName, 'Worcester District Court');
  });

  it('keeps a statewide court when no other court is named', () => {
    assert.equal(read('Trial Court of Massachusetts', 'ABUSE PREVENTION ORDER').courtName, 'Trial Court of Massachusetts');
  });

  it('reads "Probate and Family Court" with its place as one court', () => {
    assert.equal(read('COURT DIVISION', 'Middlesex Probate and Family Court', 'ABUSE PREVENTION ORDER').courtName, 'Middlesex Probate and Family Court');
  });

  it('ends a Spanish court name at "Número de caso"', () => {
    const v = read('Tribunal Superior de California, Condado de San Bernardino Número de caso: DVRO-25-940740');
    assert.equal(v.courtName, 'Tribunal Superior de California, Condado de San Bernardino');
    assert.equal(v.caseNumber, 'DVRO-25-940740');
  });
});

describe('protective order type: more cues', () => {
  it('takes the marked one of "Full Order / Temporary Order" boxes', () => {
    assert.equal(read('Order for Protection', '[X] Full Order   [ ] Temporary Order').orderType, 'after_hearing');
    assert.equal(read('Order for Protection', '[ ] Full Order   [X] Temporary Order').orderType, 'temporary');
  });

  it('does not read an unmarked "[ ] Temporary" choice as the order\'s kind', () => {
    assert.equal(read('ORDER FOR PROTECTION', '[ ] Temporary').orderType, 'after_hearing');
  });

  it('reads Spanish titles: temporal, después de la audiencia, de emergencia', () => {
    assert.equal(read('ORDEN DE RESTRICCIÓN TEMPORAL').orderType, 'temporary');
    assert.equal(read('ORDEN DE RESTRICCIÓN DESPUÉS DE LA AUDIENCIA').orderType, 'after_hearing');
    assert.equal(read('ORDEN DE PROTECCIÓN DE EMERGENCIA').orderType, 'emergency');
  });
});

describe('protective order dates: Spanish and day-first', () => {
  it('reads "vence al final de la audiencia" as expiring on the hearing date', () => {
    const v = read('4. Audiencia', 'Fecha de la audiencia: 11 de junio de 2026   Hora: 2:00 p.m.', '5. Fecha de vencimiento', 'Esta orden vence al final de la audiencia indicada en el punto 4.', 'Fecha: 28 de mayo de 2026');
    assert.deepEqual([v.hearingDate, v.expirationDate, v.issueDate], ['2026-06-11', '2026-06-11', '2026-05-28']);
  });

  it('reads numeric dates day first when the order says so', () => {
    const v = read('Las fechas se escriben día/mes/año.', 'Fecha de la audiencia: 05/08/2025', 'Esta orden vence el 05/08/2025.', 'Fecha: 03/07/2025');
    assert.deepEqual([v.hearingDate, v.issueDate], ['2025-08-05', '2025-07-03']);
  });

  it('reads numeric dates day first when one of them cannot be month first', () => {
    const v = read('Fecha de la audiencia: 05/08/2025', 'Fecha: 23/07/2025');
    assert.deepEqual([v.hearingDate, v.issueDate], ['2025-08-05', '2025-07-23']);
  });

  it('keeps US month-first dates', () => {
    assert.equal(read('Hearing Date: 05/08/2025', 'Date: 04/23/2025').hearingDate, '2025-05-08');
  });
});

describe('protective order parties: more role words', () => {
  it('reads "Adverse Party" and "Protected Party" labels', () => {
    const v = read('ORDER OF PROTECTION', 'Protected Party: Ana Ruiz, 123 Main St, Reno, NV 89501', 'Adverse Party: Marcus Bell');
    assert.deepEqual([v.protectedPersonName, v.restrainedPersonName], ['Ana Ruiz', 'Marcus Bell']);
  });

  it('reads "Victim/Petitioner" and "Abuser/Respondent" under caption names', () => {
    const v = read('IN THE MATTER OF:', 'ANA RUIZ', 'Victim/Petitioner', 'and', 'MARCUS BELL', 'Abuser/Respondent', 'PROTECTIVE ORDER');
    assert.deepEqual([v.protectedPersonName, v.restrainedPersonName], ['ANA RUIZ', 'MARCUS BELL']);
  });

  it('reads Spanish caption roles with a gender ending: "Peticionario(a)", "Demandado(a)"', () => {
    const v = read('Itzel Hernández Montaño,', '                 Peticionario(a),', '     contra', 'Jesús Echeverría-Castañeda Jr.,', '                 Demandado(a).', 'ORDEN DE PROTECCIÓN');
    assert.deepEqual([v.protectedPersonName, v.restrainedPersonName], ['Itzel Hernández Montaño', 'Jesús Echeverría-Castañeda Jr.']);
  });

  it('reads caption names followed by a date of birth', () => {
    const v = read('ANA RUIZ (DOB: 01/02/1990),          Case No. 26DR01234', '          Petitioner,', '     v.', 'MARCUS BELL, DOB 03/04/1985,', '          Respondent.', 'RESTRAINING ORDER TO PREVENT ABUSE');
    assert.deepEqual([v.protectedPersonName, v.restrainedPersonName], ['ANA RUIZ', 'MARCUS BELL']);
  });
});

describe('protective order type: a title that does not say which kind', () => {
  it('takes the kind the order gives itself in its text', () => {
    assert.equal(read('PROTECTIVE ORDER', 'This temporary order is valid through the date of the hearing.').orderType, 'temporary');
  });

  it('calls an order that ends at a hearing weeks away temporary', () => {
    const v = read('PROTECTIVE ORDER', 'A hearing is set for February 5, 2026.', 'This order is in effect until February 5, 2026.', 'ISSUED: 01/05/2026');
    assert.equal(v.orderType, 'temporary');
  });

  it('calls an order that runs a year after its hearing after_hearing', () => {
    const v = read('PROTECTIVE ORDER', 'A hearing was held on January 5, 2026.', 'This order is in effect until January 5, 2027.', 'ISSUED: 01/05/2026');
    assert.equal(v.orderType, 'after_hearing');
  });
});

describe('protective order court: numbered courts and wrapped names', () => {
  it('keeps a court\'s number: "Justice Court, Precinct 1", "County Court at Law No. 4"', () => {
    assert.equal(read('THE STATE OF TEXAS          IN THE JUSTICE COURT, PRECINCT 1, DALLAS COUNTY, TEXAS').courtName, 'JUSTICE COURT, PRECINCT 1, DALLAS COUNTY, TEXAS');
    assert.equal(read('IN THE COUNTY CRIMINAL COURT AT LAW NO. 4, EL PASO COUNTY, TEXAS').courtName, 'COUNTY CRIMINAL COURT AT LAW NO. 4, EL PASO COUNTY, TEXAS');
  });

  it('follows a court name that wraps after "JUDICIAL"', () => {
    const v = read('IN THE CIRCUIT COURT OF THE ELEVENTH JUDICIAL', 'CIRCUIT, IN AND FOR MIAMI-DADE COUNTY, FLORIDA');
    assert.equal(v.courtName, 'CIRCUIT COURT OF THE ELEVENTH JUDICIAL CIRCUIT, IN AND FOR MIAMI-DADE COUNTY, FLORIDA');
  });
});

describe('protective order parties: names in sentences and Last, First headings', () => {
  it('reads a name set off after its role word at the end of a sentence', () => {
    assert.equal(read('for the protection of the victim, SALMA NASSER.').protectedPersonName, 'SALMA NASSER');
  });

  it('reads two given names after a two-word surname under a "Last, First" heading', () => {
    const v = read('3. Restrained Person', '  Name (Last, First, Middle)          Date of Birth', '  MUÑOZ HERNÁNDEZ, JUAN CARLOS        01/02/1980');
    assert.equal(v.restrainedPersonName, 'JUAN CARLOS MUÑOZ HERNÁNDEZ');
  });
});

describe('protective order: what OCR does to captions and numbers', () => {
  const ocrRead = (...lines: string[]) => valuesOf(extractProtectiveOrder(layout([pageFromText(lines, {method: 'ocr', confidence: 0.9})]))) as Record<string, string | undefined>;

  it('reads a caption name with a speck glued before it or after it', () => {
    const v = read('"PRECIOUS BOOKER,        Docket No. 2026-28762', '      Plaintiff', 'v.', 'Thao Huynh,-', '      Defendant');
    assert.deepEqual([v.protectedPersonName, v.restrainedPersonName], ['PRECIOUS BOOKER', 'Thao Huynh']);
  });

  it('reads a label behind a stray quote and an initial with a doubled stop', () => {
    const v = read('‘1. Persona protegida', 'Nombre completo: Thao Huynh', '2. Persona restringida', 'Nombre completo: Phúc V.. Huynh');
    assert.deepEqual([v.protectedPersonName, v.restrainedPersonName], ['Thao Huynh', 'Phúc V. Huynh']);
  });

  it('reads "Bondarenko; Oleksandr" under a "Last, First" heading', () => {
    assert.equal(read('3. Restrained Person', 'Name (Last, First, Middle)       Date of Birth', 'Bondarenko; Oleksandr            11/05/1979').restrainedPersonName, 'Oleksandr Bondarenko');
  });

  it('reads an "In re" caption whose name wraps onto the next line', () => {
    const v = read('In re the matter of Keisha Gaines, Petitioner, and Oleksandr           No. 25-2-73165-7', 'Bondarenko, Respondent.                                 Order for Protection');
    assert.deepEqual([v.protectedPersonName, v.restrainedPersonName], ['Keisha Gaines', 'Oleksandr Bondarenko']);
  });

  it('puts back a case number OCR split at its hyphens, with a quote speck at its end', () => {
    assert.equal(read('Número de caso: 25-2- -97672- 3 SEA"').caseNumber, '25-2-97672-3 SEA');
  });

  it('reads the O of a docket\'s letter code that OCR took for a zero', () => {
    assert.equal(ocrRead('DOCKET NUMBER', '2697R0555825').caseNumber, '2697RO555825');
    assert.equal(read('DOCKET NUMBER', '2697R0555825').caseNumber, '2697R0555825');
  });
});

describe('protective order: check-box courts, caption boxes and dates named after them', () => {
  it('takes the marked court of a check-box line, with its county on the line below', () => {
    const v = read('[X] County Court   [ ] District Court', 'El Paso County, Colorado', 'Court Address: 270 S Tejon St');
    assert.equal(v.courtName, 'County Court, El Paso County, Colorado');
    assert.equal(read('[ ] County Court   [X] District Court', 'El Paso County, Colorado').courtName, 'District Court, El Paso County, Colorado');
  });

  it('passes over a line that only has text in another column when a court name goes on below', () => {
    const v = read('[X] County Court [ ] District Court', '                                              COURT USE ONLY', 'El Paso County, Colorado');
    assert.equal(v.courtName, 'County Court, El Paso County, Colorado');
  });

  it('reads a date followed by "for a hearing" as the hearing date', () => {
    const v = read('This matter came before the Court on February 13, 2025 for a hearing. The Respondent did not appear.', 'Date: February 14, 2025');
    assert.deepEqual([v.hearingDate, v.issueDate], ['2025-02-13', '2025-02-14']);
  });

  it('reads "ST." inside a name printed in capitals', () => {
    assert.equal(read('BRITTANY ST. JOHN,', '      Respondent.').restrainedPersonName, 'BRITTANY ST. JOHN');
  });
});

describe('protective order: Spanish as Puerto Rico courts write it', () => {
  it('reads "vista" as the hearing, "Dada en ... a" as the issue, and Parte peticionaria / peticionada', () => {
    const v = read('ORDEN DE PROTECCIÓN', 'Parte peticionaria: María López Ortiz', 'Parte peticionada: José Rivera Santos', 'Fecha de la vista: 05/05/2026', 'Esta orden estará vigente hasta el 05/05/2026', 'Dada en Carolina, a 20 de abril de 2026.');
    assert.deepEqual(
      [v.protectedPersonName, v.restrainedPersonName, v.hearingDate, v.expirationDate, v.issueDate],
      ['María López Ortiz', 'José Rivera Santos', '2026-05-05', '2026-05-05', '2026-04-20'],
    );
  });

  it('follows a court name onto its "Sala" line', () => {
    assert.equal(read('TRIBUNAL DE PRIMERA INSTANCIA', 'SALA MUNICIPAL DE CAROLINA').courtName, 'TRIBUNAL DE PRIMERA INSTANCIA, SALA MUNICIPAL DE CAROLINA');
  });
});

describe('protective order: a city as the prosecuting party, "expira"', () => {
  it('reads "CITY OF SEATTLE, Plaintiff, v. JOHN DOE, Defendant" as a criminal case against the defendant', () => {
    const v = read('CITY OF SEATTLE, Plaintiff,', 'v.', 'JOHN DOE, Defendant.', 'DOMESTIC VIOLENCE NO-CONTACT ORDER');
    assert.deepEqual([v.orderType, v.restrainedPersonName, v.protectedPersonName], ['criminal', 'JOHN DOE', undefined]);
  });

  it('reads "Expira el ..." as the expiry', () => {
    assert.equal(read('Expira el 5 de enero del 2027', 'Emitida el día 5 de enero de 2026').expirationDate, '2027-01-05');
  });
});

describe('protective order dates: the court\'s own words in prose', () => {
  it('reads "AND NOW, this 5th day of January 2026" and "SO ORDERED this 4th day of March, 2026" as the issue date, not a filing stamp', () => {
    assert.equal(read('Filed 01/06/2026 10:14 Prothonotary', 'AND NOW, this 5th day of January 2026, upon consideration of the Petition, the Court enters this Order:').issueDate, '2026-01-05');
    assert.equal(read('E-FILED IN OFFICE 03/05/2026 CLERK OF SUPERIOR COURT', 'SO ORDERED this 4th day of March, 2026.').issueDate, '2026-03-04');
  });
});

describe('protective order parties: a caption whose first role word OCR lost', () => {
  it('takes the name standing alone above the restrained party as the protected party', () => {
    const v = read('IN THE SUPERIOR COURT OF COBB COUNTY', 'INÉS ECHEVERRÍA,', 'Civil Action', 'File No. 2025CV282133', 'ÁLVARO SÁNCHEZ NÚÑEZ,', 'Respondent.');
    assert.deepEqual([v.protectedPersonName, v.restrainedPersonName], ['INÉS ECHEVERRÍA', 'ÁLVARO SÁNCHEZ NÚÑEZ']);
  });

  it('finds no protected party above the defendant of a criminal caption', () => {
    assert.equal(read('THE PEOPLE OF THE STATE OF NEW YORK,', '-against-', 'JOHN DOE,', 'Defendant.').protectedPersonName, undefined);
  });
});

describe('protective order parties: Spanish "Nombre de ..." labels', () => {
  it('reads "Nombre de la persona protegida:" and "Nombre del demandado:"', () => {
    assert.equal(read('Nombre de la persona protegida: Ana Ruiz').protectedPersonName, 'Ana Ruiz');
    assert.equal(read('Nombre del demandado: Marcus Bell').restrainedPersonName, 'Marcus Bell');
  });
});
