import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {extractProtectiveOrder} from '../../pipeline/stages/extract/protective-order.js';
import {layout} from '../../pipeline/stages/layout.js';
import type {TextPage} from '../../pipeline/types.js';
import {layoutFromText, pageFromText, valuesOf} from '../helpers/text-page.js';

const doc = layoutFromText;
/** A page as OCR reads it, with some words read badly (low confidence). */
const ocrDoc = (lines: string[], unsure: string[] = []) => {
  const page: TextPage = pageFromText(lines, {method: 'ocr', confidence: 0.95});
  return layout([{...page, words: page.words.map((w) => (unsure.includes(w.text) ? {...w, confidence: 0.3} : w))}]);
};
const read = (...lines: string[]) => valuesOf(extractProtectiveOrder(doc(...lines))) as Record<string, string | undefined>;

describe('protective order: order type', () => {
  it('reads a temporary restraining order from its title', () => {
    assert.equal(read('Temporary Restraining Order', '(CLETS-TRO) (Domestic Violence Prevention)').orderType, 'temporary');
  });

  it('reads an emergency protective order and an emergency order of protection as emergency', () => {
    assert.equal(read('EMERGENCY PROTECTIVE ORDER', '(CLETS-EPO)   Domestic Violence').orderType, 'emergency');
    assert.equal(read('EMERGENCY ORDER OF PROTECTION', '(issued by judicial officer upon law-enforcement request)').orderType, 'emergency');
  });

  it('reads a criminal protective order as criminal', () => {
    assert.equal(read('CRIMINAL PROTECTIVE ORDER—DOMESTIC VIOLENCE', 'PEOPLE OF THE STATE OF CALIFORNIA vs. DEFENDANT: Marcus Bell').orderType, 'criminal');
  });

  it('reads an order in a People v. case as criminal even when the title only says order of protection', () => {
    const v = read('CRIMINAL COURT OF THE CITY OF NEW YORK', 'THE PEOPLE OF THE STATE OF NEW YORK', '-against-', 'JOHN DOE,', 'Defendant.', 'ORDER OF PROTECTION');
    assert.equal(v.orderType, 'criminal');
  });

  it('does not call a civil order criminal because a notice warns of criminal penalties', () => {
    const v = read('ORDER OF PROTECTION', '(After Hearing)', 'VIOLATION OF THIS ORDER IS A CRIMINAL OFFENSE');
    assert.equal(v.orderType, 'after_hearing');
  });

  it('reads "after hearing", final and plenary orders as after_hearing', () => {
    assert.equal(read('Restraining Order After Hearing', '(Order of Protection) (CLETS-OAH)').orderType, 'after_hearing');
    assert.equal(read('FINAL JUDGMENT OF INJUNCTION FOR PROTECTION AGAINST', 'DOMESTIC VIOLENCE', 'The temporary injunction entered on 01/02/2026 is dissolved.').orderType, 'after_hearing');
    assert.equal(read('ORDER OF PROTECTION', '(After Hearing)').orderType, 'after_hearing');
  });

  it('reads an ex parte or interim order of protection as temporary', () => {
    assert.equal(read('TEMPORARY ORDER OF PROTECTION', '(Ex Parte)').orderType, 'temporary');
    assert.equal(read('INTERIM ORDER OF PROTECTION').orderType, 'temporary');
    assert.equal(read('ORDEN DE PROTECCIÓN TEMPORAL').orderType, 'temporary');
  });

  it('takes the marked choice of a check-box title', () => {
    assert.equal(read('☐ EMERGENCY   ☒ INTERIM   ☐ PLENARY   ORDER OF PROTECTION').orderType, 'temporary');
    assert.equal(read('[X] EMERGENCY   [ ] INTERIM   [ ] PLENARY   ORDER OF PROTECTION').orderType, 'emergency');
  });

  it('settles an unmarked check-box title by what the order says of notice and hearings', () => {
    const title = 'EMERGENCY   INTERIM   PLENARY   ORDER OF PROTECTION';
    assert.equal(read(title, 'Respondent has not been given notice because the harm would likely occur.').orderType, 'emergency');
    assert.equal(read(title, 'Respondent has been served or has appeared.', 'Next court date: April 25, 2025 at 2:00 p.m.').orderType, 'temporary');
    assert.equal(read(title, 'Respondent has been served or has appeared.', 'This Order is effective until April 4, 2027.').orderType, 'after_hearing');
    const plenary = read(title, 'Respondent has appeared.', 'This Order is effective until April 4, 2027.', 'Next court date: May 1, 2025', 'ENTERED: April 4, 2025');
    assert.equal(plenary.orderType, 'after_hearing');
  });

  it('reads a check-box title marked with a bare X, as OCR often gives it', () => {
    assert.equal(read('[ ] Ex Parte   X After Hearing   ORDER OF PROTECTION').orderType, 'after_hearing');
  });

  it('reads other states\' titles: PPO, protection from abuse, abuse prevention, domestic violence order', () => {
    assert.equal(read('PERSONAL PROTECTION ORDER', '[X] EX PARTE').orderType, 'temporary');
    assert.equal(read('FINAL PROTECTION FROM ABUSE ORDER').orderType, 'after_hearing');
    assert.equal(read('ABUSE PREVENTION ORDER (G.L. c. 209A)').orderType, 'after_hearing');
    assert.equal(read('DOMESTIC VIOLENCE ORDER').orderType, 'after_hearing');
    assert.equal(read('PRELIMINARY PROTECTIVE ORDER').orderType, 'temporary');
  });
});

describe('protective order: court name', () => {
  it('joins "County of ..." printed on the line under the court, beside another column', () => {
    const v = read(
      'Name of Person Asking for Protection:        Fill in court name and street address:',
      'Shonda L. Jefferson                          Superior Court of California',
      '7710 Jefferson Ct Apt. 92                    County of Tulare',
      'Fresno, CA 93702                             1571 Van Ness Ave',
    );
    assert.equal(v.courtName, 'Superior Court of California, County of Tulare');
  });

  it('follows a court name that wraps mid-phrase onto the next line', () => {
    const v = read('IN THE CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT, IN', 'AND FOR ORANGE COUNTY, FLORIDA', 'Case No.: 2025-511217-FC-04');
    assert.equal(v.courtName, 'CIRCUIT COURT OF THE NINTH JUDICIAL CIRCUIT, IN AND FOR ORANGE COUNTY, FLORIDA');
  });

  it('reads a court named in running text and stops where the sentence moves on', () => {
    const v = read(
      '                    At a term of the Family Court of the State of New',
      '                    York, County of Onondaga, held in and for the County',
      '                    of Onondaga, at 1423 Court St, Syracuse, New York,',
    );
    assert.equal(v.courtName, 'Family Court of the State of New York, County of Onondaga');
  });

  it('does not run into the party named on the next line', () => {
    assert.equal(read('IN THE CIRCUIT COURT OF KANE COUNTY, ILLINOIS', 'Nimco Osman Warsame', '   Petitioner').courtName, 'CIRCUIT COURT OF KANE COUNTY, ILLINOIS');
  });

  it('joins a court spread over short lines of division and county', () => {
    const v = read('COURT OF COMMON PLEAS', 'DOMESTIC RELATIONS DIVISION', 'FRANKLIN COUNTY, OHIO', 'Jane Doe,   Petitioner');
    assert.equal(v.courtName, 'COURT OF COMMON PLEAS, DOMESTIC RELATIONS DIVISION, FRANKLIN COUNTY, OHIO');
  });

  it('keeps the place before the court and stops at the next label in the cell', () => {
    assert.equal(read('Maricopa County Superior Court Case No. 25-306150').courtName, 'Maricopa County Superior Court');
  });

  it('gives only the printed part of a blank form, and the filled-in name under a printed one', () => {
    assert.equal(read('*Gender:   M   F   Superior Court of California, County of', 'Height:   Weight:').courtName, 'Superior Court of California');
    const filled = read(
      '*Race:       Superior Court of California, County of',
      '*Age: 41     Superior Court of California,',
      '             County of Fresno',
      '             1130 O Street',
    );
    assert.equal(filled.courtName, 'Superior Court of California, County of Fresno');
  });

  it('adds the county a court sits for, said in the same sentence', () => {
    const v = read('At a term of the Family Court of the State of New York, held in and for the County of Onondaga, at 1423 Court St, Syracuse, New York, on 10/20/2025.');
    assert.equal(v.courtName, 'Family Court of the State of New York, County of Onondaga');
  });

  it('takes a county filled in the box right of a printed "COUNTY OF"', () => {
    assert.equal(read('SUPERIOR COURT OF CALIFORNIA, COUNTY OF      TULARE', 'Case Number: 26FL00123').courtName, 'SUPERIOR COURT OF CALIFORNIA, COUNTY OF TULARE');
  });

  it('passes over a court name that OCR misread for the court named again below', () => {
    const layoutOf = ocrDoc(
      ['FAMILY COURT OF THE STATE OF NEW LIE      OF ONONDAGA', 'At a term of the Family Court of the State of New', 'York, held in and for the County of Onondaga, at 1423'],
      ['LIE'],
    );
    assert.equal(extractProtectiveOrder(layoutOf).courtName?.value, 'Family Court of the State of New York, County of Onondaga');
  });

  it('reads a Spanish court name', () => {
    assert.equal(read('TRIBUNAL SUPERIOR DE CALIFORNIA, CONDADO DE FRESNO', 'ORDEN DE PROTECCIÓN TEMPORAL').courtName, 'TRIBUNAL SUPERIOR DE CALIFORNIA, CONDADO DE FRESNO');
  });

  it('ignores a courthouse and an act that merely mention a court', () => {
    const v = read('ORDER OF PROTECTION', 'A petition under Article 8 of the Family Court Act having been filed', 'in Room 8-82 of the Orange County Courthouse, Orlando');
    assert.equal(v.courtName, undefined);
  });
});

describe('protective order: case number', () => {
  it('reads a case number after its label, in the cell or the next one', () => {
    assert.equal(read('Case Number: DVRO-25-347903').caseNumber, 'DVRO-25-347903');
    assert.equal(read('Case Number:     25CEFL22123').caseNumber, '25CEFL22123');
    assert.equal(read('Número de caso: 26FL0001').caseNumber, '26FL0001');
  });

  it('keeps the spaces of a case number such as "26 OP 4184" and stops at the next word', () => {
    assert.equal(read('v.                                   No. 26 OP 4184').caseNumber, '26 OP 4184');
    assert.equal(read('File No. 26 CVD 1234 Division: Family').caseNumber, '26 CVD 1234');
    assert.equal(read('CASE NO. FC-2026-00123 DIV. 4').caseNumber, 'FC-2026-00123');
  });

  it('puts back together a docket number that OCR split after its dash, or read with a zero for its letter', () => {
    assert.equal(read('Eamon W. McAllister    - Docket No. O- 97632-25/25A').caseNumber, 'O-97632-25/25A');
    assert.equal(extractProtectiveOrder(ocrDoc(['Docket No. 0-97632-25/25A'])).caseNumber?.value, 'O-97632-25/25A');
  });

  it('keeps the court location letters that end a case number', () => {
    assert.equal(read('Jane Q. Public,                          No. 26-2-01234-5 SEA').caseNumber, '26-2-01234-5 SEA');
  });

  it("prefers the court's case number to a police report number, and falls back on it", () => {
    const both = read('LAW ENFORCEMENT CASE NUMBER:       COURT:', '25-157684', 'Court Case Number (if known): 25CEFL90594');
    assert.equal(both.caseNumber, '25CEFL90594');
    const police = read('LAW ENFORCEMENT CASE NUMBER:       COURT:', '25-306150', 'Court Case Number (if known):', 'EMERGENCY ORDER OF PROTECTION');
    assert.equal(police.caseNumber, '25-306150');
  });
});

describe('protective order: parties', () => {
  it('reads numbered Protected Person / Restrained Person sections with a Full Name line', () => {
    const v = read('1 Protected Person', 'Full Name: Shonda L. Jefferson     Age: 39', '2 Restrained Person', 'Full Name: Cedric A. Washington III', 'Relationship to protected person: Dating / former dating');
    assert.equal(v.protectedPersonName, 'Shonda L. Jefferson');
    assert.equal(v.restrainedPersonName, 'Cedric A. Washington III');
  });

  it('reads "PERSON TO BE PROTECTED (insert name):" with the name on the next line, accents kept', () => {
    const v = read('1. PERSON TO BE PROTECTED (insert name):', 'INÉS VILLASEÑOR JIMÉNEZ', '2. PERSON TO BE RESTRAINED (insert name):', 'GARY ASHBY', 'Sex: M Height: 5\'8"');
    assert.equal(v.protectedPersonName, 'INÉS VILLASEÑOR JIMÉNEZ');
    assert.equal(v.restrainedPersonName, 'GARY ASHBY');
  });

  it('stops a labelled name at the comma that starts other people or facts', () => {
    const v = read('Protected person(s): Piotr Kowalczyk, and minor children Oleksandr Kowalczyk.', 'Respondent: Oleksandr Kowalczyk, Date of Birth 12/09/1973, Male.');
    assert.equal(v.protectedPersonName, 'Piotr Kowalczyk');
    assert.equal(v.restrainedPersonName, 'Oleksandr Kowalczyk');
  });

  it('reads a caption where each name stands above its role word, not the title below', () => {
    const v = read(
      'Katarzyna Kovalenko,',
      '     Petitioner,',
      'and',
      'Milan Kowalczyk,',
      '     Respondent.',
      'TEMPORARY INJUNCTION FOR PROTECTION AGAINST',
      'DOMESTIC VIOLENCE WITH MINOR CHILD(REN)',
      'Petitioner has shown that Petitioner is a victim of domestic violence.',
    );
    assert.equal(v.protectedPersonName, 'Katarzyna Kovalenko');
    assert.equal(v.restrainedPersonName, 'Milan Kowalczyk');
  });

  it('reads a caption with role words set right of the names and a docket column beside them', () => {
    const v = read(
      'In the Matter of a Family Offense Proceeding',
      '  Eamon W. McAllister                               Docket No. O-97632-25/25A',
      '                      Petitioner,                   File # 40321',
      '          - against -',
      '                                                    ORDER OF PROTECTION',
      '  Bridget McAllister',
      '                                                    (After Hearing)',
      '                      Respondent.',
    );
    assert.equal(v.protectedPersonName, 'Eamon W. McAllister');
    assert.equal(v.restrainedPersonName, 'Bridget McAllister');
    assert.equal(v.caseNumber, 'O-97632-25/25A');
  });

  it('reads "In the Matter of A, Petitioner, against B, Respondent" on one line', () => {
    const v = read('In the Matter of Ana Ruiz, Petitioner, against Marcus Bell, Respondent.');
    assert.equal(v.protectedPersonName, 'Ana Ruiz');
    assert.equal(v.restrainedPersonName, 'Marcus Bell');
  });

  it('reads "Name, Applicant" inside a sentence', () => {
    assert.equal(read('The Court heard the application filed by Jane Doe, Applicant, against John Roe, Respondent.').protectedPersonName, 'Jane Doe');
  });

  it('takes the defendant of "People of the State of X v. NAME" as the restrained person', () => {
    const v = read('CRIMINAL PROTECTIVE ORDER', 'People of the State of California v. Marcus Bell', 'Protected person: Ana Sofía Ruiz');
    assert.equal(v.restrainedPersonName, 'Marcus Bell');
    assert.equal(v.protectedPersonName, 'Ana Sofía Ruiz');
  });

  it('reads a vertical People -against- Defendant caption', () => {
    const v = read('THE PEOPLE OF THE STATE OF NEW YORK', '-against-', 'JOHN DOE,', '     Defendant.', 'ORDER OF PROTECTION');
    assert.equal(v.restrainedPersonName, 'JOHN DOE');
    assert.equal(v.protectedPersonName, undefined);
  });

  it('reads Petitioner / v. / Respondent captions with names above the roles', () => {
    const v = read('Nimco Osman Warsame', '    Petitioner', 'v.                                     No. 2025-DV-81190', 'Abdikarim Nur Jama', '    Respondent');
    assert.equal(v.protectedPersonName, 'Nimco Osman Warsame');
    assert.equal(v.restrainedPersonName, 'Abdikarim Nur Jama');
  });

  it('reads Plaintiff / Defendant labels with surname-first names, given names first', () => {
    const v = read('Plaintiff: DOE, JANE A.', 'Defendant: ROE, RICHARD (DOB 01/02/1980)');
    assert.equal(v.protectedPersonName, 'JANE A. DOE');
    assert.equal(v.restrainedPersonName, 'RICHARD ROE');
  });

  it('reads role labels with the protected / restrained role in brackets', () => {
    const v = read('Petitioner (Protected Person): Róisín O\'Connor', 'Respondent (Restrained Person): Álvaro Muñoz-Jiménez');
    assert.equal(v.protectedPersonName, "Róisín O'Connor");
    assert.equal(v.restrainedPersonName, 'Álvaro Muñoz-Jiménez');
  });

  it('reads Spanish labels', () => {
    const v = read('Persona protegida: Ana María Ruiz', 'Persona restringida: José Pérez-Gómez');
    assert.equal(v.protectedPersonName, 'Ana María Ruiz');
    assert.equal(v.restrainedPersonName, 'José Pérez-Gómez');
  });

  it('reads names set under column headings', () => {
    const v = read('PETITIONER                         RESPONDENT', 'Jane Doe                           John Roe', 'ORDER OF PROTECTION');
    assert.equal(v.protectedPersonName, 'Jane Doe');
    assert.equal(v.restrainedPersonName, 'John Roe');
  });

  it('reads a name set off after its role word in a sentence, wrapping onto the next line', () => {
    const v = read('Applicant appeared in person. Respondent, Robert James', 'Holloway, appeared in person.');
    assert.equal(v.restrainedPersonName, 'Robert James Holloway');
  });

  it('reads a "name, address, and telephone no." box with the name under it', () => {
    const v = read("Petitioner's name                        Respondent's name, address, and telephone no.", 'Jane Doe                                 John Roe');
    assert.equal(v.protectedPersonName, 'Jane Doe');
    assert.equal(v.restrainedPersonName, 'John Roe');
  });

  it('reads "vs. DEFENDANT: NAME" after the People', () => {
    assert.equal(read('PEOPLE OF THE STATE OF CALIFORNIA vs. DEFENDANT: Marcus Bell').restrainedPersonName, 'Marcus Bell');
  });

  it('puts back a generational suffix that OCR misread', () => {
    assert.equal(read('2 Restrained Person', 'Full Name: Cedric A. Washington Ili').restrainedPersonName, 'Cedric A. Washington III');
  });

  it('reads names under "PROTECTED PERSON INFORMATION" style section headings', () => {
    const v = read('PROTECTED PERSON INFORMATION', 'Name: Mary St. John        DOB: 01/01/1990', 'RESTRAINED PERSON INFORMATION', 'Name: John Roe');
    assert.equal(v.protectedPersonName, 'Mary St. John');
    assert.equal(v.restrainedPersonName, 'John Roe');
  });

  it('reads "In re the Marriage of A, Petitioner, and B, Respondent" and a petitioner filing on behalf of a child', () => {
    const v = read('In re the Marriage of JANE DOE, Petitioner, and JOHN DOE, Respondent.');
    assert.deepEqual([v.protectedPersonName, v.restrainedPersonName], ['JANE DOE', 'JOHN DOE']);
    const child = read('ANA RUIZ, on behalf of minor child J.R.,', '          Petitioner,', 'v.', 'LUIS RUIZ,', '          Respondent.');
    assert.deepEqual([child.protectedPersonName, child.restrainedPersonName], ['ANA RUIZ', 'LUIS RUIZ']);
  });

  it('invents no names on a blank form', () => {
    const v = read('1 Protected Person (name) :', '2 Restrained Person', '*Full Name :', 'Fill in court name and street address:', 'Relationship to person in 1 :');
    assert.equal(v.protectedPersonName, undefined);
    assert.equal(v.restrainedPersonName, undefined);
  });

  it('never takes a title as the restrained person', () => {
    const v = read('Katarzyna Kovalenko,', '     Petitioner,', 'and', '     Respondent.', 'TEMPORARY INJUNCTION FOR PROTECTION AGAINST');
    assert.equal(v.restrainedPersonName, undefined);
  });
});

describe('protective order: dates', () => {
  it('reads labelled issue, expiration and hearing dates', () => {
    const v = read('Date issued: 03/01/2026', 'This order expires on 03/01/2027.', 'Hearing Date: 03/15/2026 Time: 9:00 a.m.');
    assert.equal(v.issueDate, '2026-03-01');
    assert.equal(v.expirationDate, '2027-03-01');
    assert.equal(v.hearingDate, '2026-03-15');
  });

  it('reads "effective until", "next court date" and "ENTERED:"', () => {
    const v = read(
      'This Order is effective until April 25, 2025 at 5:00 p.m. unless extended or vacated by the Court.',
      'Next court date: April 25, 2025 at 2:00 p.m. in Courtroom 229.',
      'ENTERED: April 4, 2025',
    );
    assert.deepEqual([v.issueDate, v.expirationDate, v.hearingDate], ['2025-04-04', '2025-04-25', '2025-04-25']);
  });

  it('reads "DONE AND ORDERED ... on", "a hearing is scheduled ... on" and "remain in effect until"', () => {
    const v = read(
      'Because this Temporary Injunction has been issued without notice to Respondent, a',
      'hearing is scheduled on this petition on 09/02/2025 at 10:00 a.m., before Judge Olena',
      'Nowak. Respondent\'s date of birth is 03/11/1999.',
      'This Temporary Injunction shall remain in effect until 09/02/2025, the date of the hearing',
      'set above, unless extended by the Court.',
      'DONE AND ORDERED in Orlando, Orange County, Florida, on 08/19/2025.',
    );
    assert.deepEqual([v.issueDate, v.expirationDate, v.hearingDate], ['2025-08-19', '2025-09-02', '2025-09-02']);
  });

  it('reads "until and including" wrapped over two lines, "adjourned to" and "Dated:"', () => {
    const v = read(
      'A petition having been filed on 08/04/2025 in this Court,',
      'It is further ORDERED that this order of protection shall remain in force until and',
      'including 09/04/2025, or until further order of the Court.',
      'ORDERED that the case is adjourned to 09/04/2025 at 10:00 a.m. for a fact-finding hearing.',
      'Dated: 08/04/2025          ENTER',
    );
    assert.deepEqual([v.issueDate, v.expirationDate, v.hearingDate], ['2025-08-04', '2025-09-04', '2025-09-04']);
  });

  it('takes the hearing date as the expiry when the order expires at the end of the hearing', () => {
    const v = read('4 Court Hearing', 'Hearing Date: 01/20/2026 Time: 2:00 p.m.', '5 Expiration Date', 'This Order expires at the end of the hearing in (4) above.', 'This Order expires on (date): ____________', 'Date: 12/30/2025', 'Judicial Officer');
    assert.deepEqual([v.issueDate, v.expirationDate, v.hearingDate], ['2025-12-30', '2026-01-20', '2026-01-20']);
  });

  it('reads an expiry date under its heading, the date the judge granted the order, and skips service', () => {
    const v = read(
      '5. THIS ORDER WILL EXPIRE AT:',
      'the close of business on the next day of judicial business after issuance:',
      'Date: 02/18/2025 Time: 5:00 p.m.',
      '6. Judicial officer and law enforcement',
      'Judicial officer (name): Iván Ávila granted this order by telephone on (date): 02/17/2025 at (time): 10:48 a.m.',
      'Date served: 02/19/2025',
    );
    assert.deepEqual([v.issueDate, v.expirationDate, v.hearingDate], ['2025-02-17', '2025-02-18', undefined]);
  });

  it("does not take the expiry for the issue date, and takes the judge's date line", () => {
    const v = read(
      'This Order, except for any award of custody or support, expires at (time): 11:59 p.m. on (date): 06/24/2028',
      'a. There was a hearing on (date): 06/24/2025 at (time): 9:00 a.m. in Dept.: 5',
      'within 24 hours of service of this order.',
      'Date: 06/24/2025',
      'Hon. Fatima Khalil, Judicial Officer',
      'ROAH-DV (Rev. July 1, 2025)',
    );
    assert.deepEqual([v.issueDate, v.expirationDate, v.hearingDate], ['2025-06-24', '2028-06-24', '2025-06-24']);
  });

  it('reads dates under the labels of a table', () => {
    const v = read('Date of Order        Expiration Date        Hearing Date', '03/01/2026           03/01/2027             03/15/2026');
    assert.deepEqual([v.issueDate, v.expirationDate, v.hearingDate], ['2026-03-01', '2027-03-01', '2026-03-15']);
  });

  it('reads Spanish date labels', () => {
    const v = read('Fecha de emisión: 5 de enero de 2026', 'Fecha de vencimiento: 5 de enero de 2027', 'Fecha de la audiencia: 20 de enero de 2026');
    assert.deepEqual([v.issueDate, v.expirationDate, v.hearingDate], ['2026-01-05', '2027-01-05', '2026-01-20']);
  });

  it('computes the expiry of an order that lasts a number of years from issuance, marked as derived', () => {
    const fields = extractProtectiveOrder(doc('If no expiration date is written here, this Order expires three years from the date of issuance.', 'Date: 06/24/2025', 'Judicial Officer'));
    assert.equal(fields.expirationDate?.value, '2028-06-24');
    assert.equal(fields.expirationDate?.method, 'derived');
    assert.deepEqual(fields.expirationDate?.derivedFrom, ['protective_order.issueDate']);
  });

  it('reads "IT IS SO ORDERED this 5th day of March, 2026"', () => {
    assert.equal(read('IT IS SO ORDERED this 5th day of March, 2026.').issueDate, '2026-03-05');
  });

  it('gives no hearing date when the hearing has no date, and ignores birth and form dates', () => {
    const v = read(
      'A petition having been filed on 08/28/2025, and a hearing having been held, and Bridget McAllister (Respondent, Date of Birth 08/22/1979) having been present;',
      'Form DV-110 (Rev. January 1, 2024)',
    );
    assert.equal(v.hearingDate, undefined);
    assert.equal(v.issueDate, undefined);
    assert.equal(v.expirationDate, undefined);
  });

  it('does not take an incident date in the findings for the issue date', () => {
    assert.equal(read('On 02/14/2026 Respondent struck Petitioner.').issueDate, undefined);
  });

  it('reads the start and end of an order\'s stated period', () => {
    const v = read('This order is effective from 03/01/2026 to 03/01/2027.');
    assert.deepEqual([v.issueDate, v.expirationDate], ['2026-03-01', '2027-03-01']);
  });

  it("prefers the order's own date line to an earlier order mentioned in the text", () => {
    const v = read('FINAL JUDGMENT OF INJUNCTION FOR PROTECTION', 'The temporary injunction entered on 01/02/2026 is dissolved.', 'DONE AND ORDERED in Orlando, Florida, on 01/16/2026.');
    assert.equal(v.issueDate, '2026-01-16');
  });

  it('reads "AND NOW, this 3rd day of March, 2026" and an expiry tied to the hearing', () => {
    const v = read('AND NOW, this 3rd day of March, 2026, upon consideration of the Petition,', 'A hearing will be held on March 13, 2026 at 9:00 a.m.', 'This Order shall remain in effect until the hearing.');
    assert.deepEqual([v.issueDate, v.expirationDate, v.hearingDate], ['2026-03-03', '2026-03-13', '2026-03-13']);
  });

  it('reads day-first numeric dates when asked', () => {
    const fields = extractProtectiveOrder(doc('Date issued: 05/03/2026', 'Expires: 05/03/2027'), {dateOrder: 'DMY'});
    assert.equal(fields.issueDate?.value, '2026-03-05');
    assert.equal(fields.expirationDate?.value, '2027-03-05');
  });
});

describe('protective order: whole orders', () => {
  it('reads a Florida-style temporary injunction', () => {
    const v = read(
      'IN THE CIRCUIT COURT OF THE FOURTH JUDICIAL CIRCUIT, IN AND FOR',
      'DUVAL COUNTY, FLORIDA',
      'Case No.: 2025-475529-FC-04',
      'Division: Family',
      'Fatima Al-Masri,',
      '     Petitioner,',
      'and',
      'Álvaro Hernández-Pérez,',
      '     Respondent.',
      'TEMPORARY INJUNCTION FOR PROTECTION AGAINST',
      'DOMESTIC VIOLENCE WITHOUT MINOR CHILD(REN)',
      'a hearing is scheduled on this petition on 07/02/2025 at 10:00 a.m.',
      'This Temporary Injunction shall remain in effect until 07/02/2025, the date of the hearing.',
      'DONE AND ORDERED in Jacksonville, Duval County, Florida, on 06/19/2025.',
    );
    assert.deepEqual(v, {
      orderType: 'temporary',
      courtName: 'CIRCUIT COURT OF THE FOURTH JUDICIAL CIRCUIT, IN AND FOR DUVAL COUNTY, FLORIDA',
      caseNumber: '2025-475529-FC-04',
      protectedPersonName: 'Fatima Al-Masri',
      restrainedPersonName: 'Álvaro Hernández-Pérez',
      issueDate: '2025-06-19',
      expirationDate: '2025-07-02',
      hearingDate: '2025-07-02',
    });
  });

  it('gives each field evidence: page, box and source text', () => {
    const fields = extractProtectiveOrder(doc('Superior Court of California', 'County of Kern', 'TEMPORARY RESTRAINING ORDER', 'Case Number: 26FL00123'));
    for (const f of Object.values(fields)) {
      assert.equal(f.page, 1);
      assert.ok(f.bbox && f.bbox.width > 0 && f.bbox.height > 0);
      assert.ok(f.source.length > 0);
    }
    assert.equal(fields.courtName?.source, 'Superior Court of California County of Kern');
  });
});
