import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {extractLease} from '../../pipeline/stages/extract/lease.js';
import {termEnd} from '../../pipeline/stages/extract/lease-terms.js';
import {layout} from '../../pipeline/stages/layout.js';
import type {TextPage} from '../../pipeline/types.js';
import {pageFromText, valuesOf} from '../helpers/text-page.js';

/** The lease's values read from lines of text (runs of 3+ spaces make a new cell). */
const read = (...lines: string[]) => values(extractLease(layout([pageFromText(lines)])));
const values = valuesOf;

describe('lease parties in the opening sentence', () => {
  it('reads every tenant of a list that wraps over lines, with initials and suffixes', () => {
    const v = read(
      'RESIDENTIAL LEASE',
      'This Residential Lease Agreement ("Agreement") is made on the 23rd day of November,',
      '2024, between Casa Bonita Apartments LLC ("Landlord") and Dale R. Graves, Nataliya',
      'Nowak and Wesley Jenkins III ("Tenants"). Landlord and Tenants agree as follows:',
    );
    assert.equal(v.landlordName, 'Casa Bonita Apartments LLC');
    assert.deepEqual(v.tenantNames, ['Dale R. Graves', 'Nataliya Nowak', 'Wesley Jenkins III']);
  });

  it('keeps a first name that ends the line before the rest of the name', () => {
    const v = read(
      'This Residential Lease Agreement ("Agreement") is made on the 25th day of',
      'May, 2025, between Empire Tenant Housing Corp. ("Landlord") and Martín',
      'Ortiz Núñez ("Tenant"). Landlord and Tenant agree as follows:',
    );
    assert.equal(v.landlordName, 'Empire Tenant Housing Corp.');
    assert.deepEqual(v.tenantNames, ['Martín Ortiz Núñez']);
  });

  it('reads parties introduced "as Landlord" and "as Tenant", without the description of the company', () => {
    const v = read(
      'This Lease is made and entered into by and between Sunrise Property Group, Inc., a Texas corporation, as Landlord,',
      'and María José Ruiz-Gómez and Li Wei, as Tenant, on March 3, 2026.',
    );
    assert.equal(v.landlordName, 'Sunrise Property Group, Inc.');
    assert.deepEqual(v.tenantNames, ['María José Ruiz-Gómez', 'Li Wei']);
  });

  it('reads parties defined "hereinafter collectively referred to as", keeping "Jr." with its name', () => {
    const v = read(
      'THIS LEASE (the "Lease") dated January 5, 2026 is between Robert O\'Neil (hereinafter referred to as "Lessor") and',
      'Patrick J. McDonald, Jr. and Siobhan O\'Neil (hereinafter collectively referred to as "Lessee").',
    );
    assert.equal(v.landlordName, "Robert O'Neil");
    assert.deepEqual(v.tenantNames, ['Patrick J. McDonald, Jr.', "Siobhan O'Neil"]);
  });

  it('reads a party list printed in capitals', () => {
    const v = read('THIS LEASE is entered into on 01/15/2026 by and between JOHN SMITH AND MARY SMITH ("LANDLORDS") and CARLOS RIVERA AND ELENA RIVERA ("TENANTS").');
    assert.equal(v.landlordName, 'JOHN SMITH AND MARY SMITH');
    assert.deepEqual(v.tenantNames, ['CARLOS RIVERA', 'ELENA RIVERA']);
  });

  it('finds the name after "The parties to this Lease are" and a quoted role with a comma inside the quotes', () => {
    const v = read('1. PARTIES. The parties to this Lease are Evergreen Property Holdings, hereinafter called "Landlord," and Mónica Castañeda-Cortés, hereinafter called "Tenant."');
    assert.equal(v.landlordName, 'Evergreen Property Holdings');
    assert.deepEqual(v.tenantNames, ['Mónica Castañeda-Cortés']);
  });

  it('reads a role printed before the party: "Landlord, X, and Tenants, Y and Z, agree"', () => {
    const v = read('Landlord, Oak Grove Rentals LLC, and Tenants, Ana Ruiz and Li Wei, agree to the following terms.');
    assert.equal(v.landlordName, 'Oak Grove Rentals LLC');
    assert.deepEqual(v.tenantNames, ['Ana Ruiz', 'Li Wei']);
  });

  it('does not take the minor children named as occupants for tenants', () => {
    const v = read(
      'This Lease is made between Oak LLC ("Landlord") and Ana Ruiz ("Tenant").',
      'The Premises shall be occupied only by the persons named above and the following minor',
      'children: Brittany Kowalski-Reed and Ashley Graves.',
    );
    assert.deepEqual(v.tenantNames, ['Ana Ruiz']);
  });
});

describe('lease parties in Spanish', () => {
  it('reads "por una parte ... en lo sucesivo EL ARRENDADOR, y por la otra ... LOS ARRENDATARIOS"', () => {
    const v = read(
      'CONTRATO DE ARRENDAMIENTO',
      'Contrato de arrendamiento que celebran por una parte el Sr. Juan Pérez García, a quien en lo sucesivo se le denominará',
      '"EL ARRENDADOR", y por la otra la Sra. María López Núñez y José Ruiz Peña, a quienes en lo sucesivo se les denominará',
      '"LOS ARRENDATARIOS", al tenor de las siguientes cláusulas:',
    );
    assert.equal(v.landlordName, 'Juan Pérez García');
    assert.deepEqual(v.tenantNames, ['María López Núñez', 'José Ruiz Peña']);
  });

  it('reads "entre X ("el Arrendador") y Y ("la Arrendataria")"', () => {
    const v = read('Este contrato se celebra entre Inmobiliaria Los Pinos S.A. ("el Arrendador") y Rosa Elena Castillo ("la Arrendataria").');
    assert.equal(v.landlordName, 'Inmobiliaria Los Pinos S.A.');
    assert.deepEqual(v.tenantNames, ['Rosa Elena Castillo']);
  });

  it('reads "de una parte X, representada por ..., en adelante EL ARRENDADOR; y de la otra parte ..."', () => {
    const v = read(
      'En Fresno, a 15 de febrero de 2026, comparecen, de una parte, Grupo Inmobiliario Valle S.A. de C.V., representada por su gerente Luis Mora,',
      'en adelante EL ARRENDADOR; y de la otra parte, Pedro Sánchez Ruiz y Lucía Fernández, en adelante LOS ARRENDATARIOS.',
    );
    assert.equal(v.landlordName, 'Grupo Inmobiliario Valle S.A. de C.V.');
    assert.deepEqual(v.tenantNames, ['Pedro Sánchez Ruiz', 'Lucía Fernández']);
  });

  it('reads a role printed before the name: "como arrendador el señor ..."', () => {
    const v = read('Comparecen como arrendador el señor Juan Pérez García y como arrendataria la señora Ana Ruiz López, quienes acuerdan lo siguiente.');
    assert.equal(v.landlordName, 'Juan Pérez García');
    assert.deepEqual(v.tenantNames, ['Ana Ruiz López']);
  });

  it('reads labelled Spanish fields with day-first dates', () => {
    const v = read(
      'CONTRATO DE ARRENDAMIENTO',
      'Arrendador:   Óscar Beltrán Ramírez',
      'Inquilino(s):   Ana Díaz Soto y Pedro Soto',
      'Dirección de la propiedad:   4016 E 47th Avenue Apt 2C, Tacoma, WA 98404',
      'Renta mensual:   $1,280.00',
      'Depósito de seguridad:   $750.00',
      'Fecha de inicio:   01/04/2025',
      'Fecha de terminación:   30/09/2025',
    );
    assert.deepEqual(v, {
      landlordName: 'Óscar Beltrán Ramírez',
      tenantNames: ['Ana Díaz Soto', 'Pedro Soto'],
      propertyAddress: '4016 E 47th Avenue Apt 2C, Tacoma, WA 98404',
      monthlyRent: 1280,
      securityDeposit: 750,
      leaseStart: '2025-04-01',
      leaseEnd: '2025-09-30',
    });
  });

  it('reads "Nombre del propietario" and "Fecha de inicio del contrato" labels', () => {
    const v = read(
      'Nombre del propietario: Rubén López Jiménez',
      'Nombre del inquilino: Carmen Ortiz',
      'Fecha de inicio del contrato:   1 de marzo de 2026',
      'Fecha de terminación del contrato:   28 de febrero de 2027',
    );
    assert.equal(v.landlordName, 'Rubén López Jiménez');
    assert.deepEqual(v.tenantNames, ['Carmen Ortiz']);
    assert.equal(v.leaseStart, '2026-03-01');
    assert.equal(v.leaseEnd, '2027-02-28');
  });
});

describe('lease parties in form fields', () => {
  it('reads past a compound label "Owner/Manager:" and does not swallow prose about residents', () => {
    const v = read(
      'MONTH-TO-MONTH RENTAL AGREEMENT',
      'Owner/Manager:   Evergreen Property Holdings',
      'Resident(s):   Mónica Castañeda-Cortés; Ana Gómez-Martínez',
      '3. SECURITY DEPOSIT. Resident has paid a security deposit of $500.00. The balance will be returned after Resident moves out.',
      '5. OCCUPANCY. The unit shall be occupied only by the Residents listed above and Iván Ramírez Jr.',
      '7. CONDITION OF UNIT. Resident has examined the unit and agrees that it is clean.',
      'Owner/Manager: Evergreen Property Holdings Date: Nov 18, 2025',
      'Resident: Mónica Castañeda-Cortés Date: Nov 18, 2025',
      'Resident: Ana Gómez-Martínez Date: Nov 18, 2025',
    );
    assert.equal(v.landlordName, 'Evergreen Property Holdings');
    assert.deepEqual(v.tenantNames, ['Mónica Castañeda-Cortés', 'Ana Gómez-Martínez']);
  });

  it('reads a table of fields, skipping "Pet Rent" and the rules below', () => {
    const v = read(
      'RENTAL AGREEMENT   Lakeshore Homes Management Co.',
      'Property Address   8615 W 12th Rd Unit 14, San Antonio, TX 78237',
      'Owner / Agent   Lakeshore Homes Management Co.',
      'Resident(s)   Ana Díaz',
      'Lease Start   12/15/2024',
      'Lease End   12/14/2025',
      'Pet Rent   $50.00',
      'Monthly Rent   $1,025.00',
      'Rent Due   1st of each month',
      'Security Deposit   $2,050.00',
      'Residents are responsible for damage caused by guests. Rent may be paid online, by money order.',
      'By signing below, Resident(s) agree to the terms above and the Community Rules.',
      'Resident: Ana Díaz',
      'Owner/Agent: Lakeshore Homes Management Co.',
    );
    assert.deepEqual(v, {
      landlordName: 'Lakeshore Homes Management Co.',
      tenantNames: ['Ana Díaz'],
      propertyAddress: '8615 W 12th Rd Unit 14, San Antonio, TX 78237',
      monthlyRent: 1025,
      securityDeposit: 2050,
      leaseStart: '2024-12-15',
      leaseEnd: '2025-12-14',
    });
  });

  it('looks past a role word after "Landlord/Agent:" for the actual name, and reads numbered tenants', () => {
    const v = read(
      'RENTAL AGREEMENT',
      'Landlord/Agent:   Manager',
      'Tenant 1:   Jamal Washington',
      'Tenant 2:   Keisha Washington',
      'Property Address:   15 Elm Ct, Dayton, OH 45402',
      'Rent:   $900.00 per month       Deposit:   $900.00',
      'Lease Term:   06/01/2026 - 05/31/2027',
      'Signed: Landlord: Buckeye Rentals LLC, by Tom Smith, Manager',
    );
    assert.equal(v.landlordName, 'Buckeye Rentals LLC');
    assert.deepEqual(v.tenantNames, ['Jamal Washington', 'Keisha Washington']);
    assert.equal(v.monthlyRent, 900);
    assert.equal(v.securityDeposit, 900);
    assert.equal(v.leaseStart, '2026-06-01');
    assert.equal(v.leaseEnd, '2027-05-31');
  });

  it('drops the role after a name ("John Smith, Owner") and reads "Name(s) of Tenant(s)"', () => {
    const v = read(
      'Landlord (Owner):   John Smith, Owner',
      "Name(s) of Tenant(s):   Ana de la Cruz, D'Angelo Brooks",
      'Property:   Sunset Villas, 1420 Alder St Apt 3B, Fresno, CA 93721',
      'Rent amount per month:   $1,450.00',
      'Security Deposit (refundable):   $1,450.00',
      'Lease Period From:   01/01/2026     To:   12/31/2026',
    );
    assert.deepEqual(v, {
      landlordName: 'John Smith',
      tenantNames: ['Ana de la Cruz', "D'Angelo Brooks"],
      propertyAddress: '1420 Alder St Apt 3B, Fresno, CA 93721',
      monthlyRent: 1450,
      securityDeposit: 1450,
      leaseStart: '2026-01-01',
      leaseEnd: '2026-12-31',
    });
  });

  it('reads names printed over signature captions ("Tenant", "Landlord")', () => {
    const v = read(
      'Rent: $950 per month, Deposit: $950',
      '',
      '_________________________             _________________________',
      'Maria Gonzalez                        Sunrise Apartments LLC',
      'Tenant                                Landlord',
      '_________________________',
      'Luis Gonzalez',
      'Tenant',
    );
    assert.equal(v.landlordName, 'Sunrise Apartments LLC');
    assert.deepEqual(v.tenantNames, ['Maria Gonzalez', 'Luis Gonzalez']);
  });

  it('reads labels printed above their boxes, two columns to a row', () => {
    const v = read(
      'Tenant Name                        Landlord Name',
      'Ana Ruiz                           Oak Grove Rentals LLC',
      'Rental Address',
      '98 Birch Ln Apt 2, Reno, NV 89501',
      'Monthly Rent                       Security Deposit',
      '$1,100.00                          $900.00',
      'Start Date                         End Date',
      '01/01/2026                         12/31/2026',
    );
    assert.deepEqual(v, {
      landlordName: 'Oak Grove Rentals LLC',
      tenantNames: ['Ana Ruiz'],
      propertyAddress: '98 Birch Ln Apt 2, Reno, NV 89501',
      monthlyRent: 1100,
      securityDeposit: 900,
      leaseStart: '2026-01-01',
      leaseEnd: '2026-12-31',
    });
  });

  it('reads tenants listed one a line under their label', () => {
    const v = read('Tenant(s):', 'Ana Ruiz', 'Li Wei', 'Landlord:', 'Oak Grove Rentals LLC');
    assert.equal(v.landlordName, 'Oak Grove Rentals LLC');
    assert.deepEqual(v.tenantNames, ['Ana Ruiz', 'Li Wei']);
  });
});

describe('lease address, rent and deposit', () => {
  it('reads the premises "located at" over a line break, not the address where rent is paid', () => {
    const v = read(
      'Rent shall be paid to Landlord at 8269 N Riverside Rd, Bakersfield, CA 93305.',
      'Landlord rents to Tenants the residential dwelling',
      'located at 7531 S Division Ln Apt 1A, San Bernardino, CA 92410 (the "Premises").',
    );
    assert.equal(v.propertyAddress, '7531 S Division Ln Apt 1A, San Bernardino, CA 92410');
  });

  it('joins an address written over two lines of a form with a comma', () => {
    const v = read('Rental Unit:   6967 W Calle Real Ct #224', 'Fresno, CA 93726');
    assert.equal(v.propertyAddress, '6967 W Calle Real Ct #224, Fresno, CA 93726');
  });

  it('puts together an address given in separate street, unit, city, state and ZIP fields', () => {
    const v = read('Property Address: 1420 Alder St          Unit: 3B', 'City: Fresno          State: CA          ZIP: 93721');
    assert.equal(v.propertyAddress, '1420 Alder St Unit 3B, Fresno, CA 93721');
  });

  it('reads rent stated in words and figures "per month", and a deposit stated before "as a security deposit"', () => {
    const v = read(
      '3. RENT.',
      'Tenants shall pay to Landlord as rent the sum of TWO THOUSAND FIFTEEN DOLLARS',
      '($2,015.00) per month, payable in advance on the 1st day of each calendar month.',
      '4. LATE CHARGES.',
      'If any installment of rent is not received within five (5) days, Tenants shall pay a late charge of $75.00.',
      '5. SECURITY DEPOSIT.',
      'Upon execution of this Agreement, Tenants shall deposit with Landlord the sum of TWO',
      'THOUSAND FIFTEEN DOLLARS ($2,015.00) as a security deposit. The deposit shall',
      'secure the performance of Tenants\' obligations.',
    );
    assert.equal(v.monthlyRent, 2015);
    assert.equal(v.securityDeposit, 2015);
  });

  it('reads rent "as rent" after the amount, rent due "each month", and a deposit "as security"', () => {
    assert.equal(read('Lessee agrees to pay One Thousand Five Hundred Dollars ($1,500.00) per month as rent.').monthlyRent, 1500);
    assert.equal(read('Tenants agree to pay $1,200 on the first day of each month. A late fee of $50.00 applies.').monthlyRent, 1200);
    assert.equal(read('Lessee has deposited with Lessor the sum of $750.00 as security for the performance of this Lease.').securityDeposit, 750);
  });

  it('reads Spanish rent "mensuales" or "mensualmente ... por concepto de renta" and a "depósito en garantía"', () => {
    const v = read(
      'SEGUNDA. La renta mensual será de $1,450.00 (mil cuatrocientos cincuenta dólares 00/100), pagaderos los días primero.',
      'TERCERA. Los ARRENDATARIOS entregan la cantidad de $1,450.00 como depósito en garantía.',
    );
    assert.equal(v.monthlyRent, 1450);
    assert.equal(v.securityDeposit, 1450);
    assert.equal(read('El inquilino pagará mensualmente la cantidad de $1,000.00 por concepto de renta.').monthlyRent, 1000);
    assert.equal(read('La Arrendataria pagará una renta de $980.00 mensuales.').monthlyRent, 980);
  });
});

describe('lease renewals and other amounts', () => {
  it('reads the new rent and the new term of a renewal, not the old ones', () => {
    const v = read(
      'LEASE RENEWAL AGREEMENT',
      'This Lease Renewal Agreement is made between Oak Grove Rentals LLC ("Landlord") and Ana Ruiz ("Tenant").',
      'The original lease for 98 Birch Ln Apt 2, Reno, NV 89501 commenced on January 1, 2025 and expires on December 31, 2025.',
      'The lease is hereby renewed for a new term beginning January 1, 2026 and ending December 31, 2026.',
      'The monthly rent will increase from $1,200.00 to $1,275.00 per month.',
      'The security deposit of $1,200.00 held by Landlord remains on deposit.',
    );
    assert.equal(v.monthlyRent, 1275);
    assert.equal(v.securityDeposit, 1200);
    assert.equal(v.leaseStart, '2026-01-01');
    assert.equal(v.leaseEnd, '2026-12-31');
  });

  it('prefers a "New Monthly Rent" field to the current one, and reads a "Renewal Term" range', () => {
    const v = read('Current Monthly Rent: $1,200.00', 'New Monthly Rent: $1,275.00', 'Renewal Term: 01/01/2026 to 12/31/2026');
    assert.equal(v.monthlyRent, 1275);
    assert.equal(v.leaseStart, '2026-01-01');
    assert.equal(v.leaseEnd, '2026-12-31');
  });

  it('does not take a late charge, a parking fee or a phone number for rent, deposit or names', () => {
    const v = read(
      'Landlord: Oak LLC (555) 123-4567',
      'A late charge of $75 may be deducted from the security deposit.',
      'Tenant shall pay a security deposit of $900.00 upon signing.',
      'Tenant shall pay $50.00 per month for parking.',
      'Tenant shall pay rent of $1,100.00 per month.',
    );
    assert.equal(v.landlordName, 'Oak LLC');
    assert.equal(v.monthlyRent, 1100);
    assert.equal(v.securityDeposit, 900);
  });

  it('reads whole-dollar amounts in fields and an address with the state spelled out', () => {
    const v = read('Property Address: 12 Main St, Boise, Idaho 83702', 'Monthly Rent: 1200', 'Security Deposit: 1,500');
    assert.equal(v.propertyAddress, '12 Main St, Boise, Idaho 83702');
    assert.equal(v.monthlyRent, 1200);
    assert.equal(v.securityDeposit, 1500);
  });
});

describe('lease term', () => {
  it('reads "commencing ... and ending ..." over a line break, and keeps the end when only a holdover clause is month-to-month', () => {
    const v = read(
      'The term of this Agreement shall be for a fixed period commencing December 15, 2024',
      'and ending December 14, 2025, at 11:59 p.m. Upon expiration, this Agreement shall',
      'continue on a month-to-month basis unless either party gives written notice.',
    );
    assert.equal(v.leaseStart, '2024-12-15');
    assert.equal(v.leaseEnd, '2025-12-14');
  });

  it('keeps the end date when the tenancy only turns month-to-month if the tenant stays on', () => {
    const v = read(
      '3. TERM. This Lease begins on 12/01/2025 and ends on 11/30/2026.',
      '6. HOLDOVER. If Tenant stays after the Lease ends, the tenancy will be month-to-month.',
    );
    assert.equal(v.leaseStart, '2025-12-01');
    assert.equal(v.leaseEnd, '2026-11-30');
  });

  it('works out the end of "a term of twelve (12) months, beginning on ..."', () => {
    const v = read('2. The term of this Lease shall be twelve (12) months, beginning on April 1, 2026.');
    assert.equal(v.leaseStart, '2026-04-01');
    assert.equal(v.leaseEnd, '2027-03-31');
    assert.equal(read('This lease shall be for a period of six (6) months commencing on February 1, 2026.').leaseEnd, '2026-07-31');
    assert.equal(read('Lease Term: 12 months', 'Start Date: 01/01/2026').leaseEnd, '2026-12-31');
  });

  it('reads a range field "Term: From ... To ..." split over cells', () => {
    const v = read('Term: From July 1, 2024   To June 30, 2025');
    assert.equal(v.leaseStart, '2024-07-01');
    assert.equal(v.leaseEnd, '2025-06-30');
  });

  it('reads a Spanish term "del ... al ..." and "a partir del ... y hasta el ..."', () => {
    const v = read('CUARTA. La vigencia del contrato será de doce meses, del 1 de enero de 2026 al 31 de diciembre de 2026.');
    assert.equal(v.leaseStart, '2026-01-01');
    assert.equal(v.leaseEnd, '2026-12-31');
    const w = read('El contrato tendrá vigencia a partir del 1 de marzo de 2026 y hasta el 28 de febrero de 2027.');
    assert.equal(w.leaseStart, '2026-03-01');
    assert.equal(w.leaseEnd, '2027-02-28');
  });

  it('leaves the end out of a tenancy that continues month to month until terminated', () => {
    const v = read(
      'RENTAL AGREEMENT',
      'Landlord: Oak LLC',
      '1. TERM. The tenancy shall begin on Dec 1, 2025 and shall continue on a month-to-month basis',
      'until terminated by either party.',
    );
    assert.equal(v.leaseStart, '2025-12-01');
    assert.equal(v.leaseEnd, undefined);
  });

  it('leaves the end out when the title or a field says month to month, in English or Spanish', () => {
    assert.equal(read('MONTH TO MONTH LEASE', 'Lease Start:   03/01/2026        Lease End:   N/A').leaseEnd, undefined);
    assert.equal(read('RENTAL AGREEMENT', 'Term:   Month-to-month', 'Start Date: 03/01/2026', 'End Date: 02/28/2027').leaseEnd, undefined);
    const v = read('El plazo del arrendamiento es mes a mes, a partir del 01/03/2026.');
    assert.equal(v.leaseStart, '2026-03-01');
    assert.equal(v.leaseEnd, undefined);
  });

  it('keeps the end of a form titled "Lease or Month-to-Month Rental Agreement" that sets a fixed term', () => {
    const v = read('RESIDENTIAL LEASE OR MONTH-TO-MONTH RENTAL AGREEMENT', 'The term begins on 01/01/2026 and ends on 12/31/2026.');
    assert.equal(v.leaseEnd, '2026-12-31');
  });

  it('computes the last day of a term from its length', () => {
    assert.equal(termEnd('2026-01-01', 12), '2026-12-31');
    assert.equal(termEnd('2024-12-15', 12), '2025-12-14');
    assert.equal(termEnd('2026-01-31', 1), '2026-02-27');
  });
});

describe('lease extraction on OCR text', () => {
  /** A page whose words were split into cells of their own, as OCR does with wide-spaced text. */
  const ocrPage = (lines: string[][]): TextPage => {
    const words: TextPage['words'] = [];
    lines.forEach((cells, row) => {
      let x = 0.05;
      for (const cell of cells) {
        for (const [i, word] of cell.split(' ').entries()) {
          words.push({text: word, bbox: {x, y: 0.05 + row * 0.02, width: word.length * 0.008, height: 0.012}, confidence: 0.9});
          x += word.length * 0.008 + (i < cell.split(' ').length - 1 ? 0.006 : 0.03);
        }
      }
    });
    return {page: 1, width: 612, height: 792, method: 'ocr', words};
  };

  it('joins a name OCR split into cells, and reads labels with look-alike letters', () => {
    const v = values(
      extractLease(
        layout([
          ocrPage([
            ['RENTAL', 'AGREEMENT'],
            ['0wner/Agent:', 'Lakeshore Homes Management', 'Co.'],
            ['Resident:', 'Ana', 'Díaz'],
            ['Property Address', '8615', 'W', '12th', 'Rd Unit', '14,', 'San Antonio,', 'TX', '78237'],
            ['Month1y Rent', '$1,025.00'],
            ['Pet', 'Rent', '$50.00'],
          ]),
        ]),
      ),
    );
    assert.equal(v.landlordName, 'Lakeshore Homes Management Co.');
    assert.deepEqual(v.tenantNames, ['Ana Díaz']);
    assert.equal(v.propertyAddress, '8615 W 12th Rd Unit 14, San Antonio, TX 78237');
    assert.equal(v.monthlyRent, 1025);
  });

  it("mends digits read inside names (\"Crysta1\") and the suffix \"ll\" for \"II\"", () => {
    const v = read('Landlord: Crysta1 Holloway', 'Tenant(s): Dustin Sutton ll');
    assert.equal(v.landlordName, 'Crystal Holloway');
    assert.deepEqual(v.tenantNames, ['Dustin Sutton II']);
  });

  it('does not take a name over a word of prose that OCR left alone in a cell for a signature caption', () => {
    const v = values(
      extractLease(
        layout([
          ocrPage([
            ['Tenant(s):', 'Ana Ruiz'],
            ['5. OCCUPANCY. The unit is for the Residents listed above and', 'Germán Peña-Sánchez.'],
            ['6. UTILITIES.', 'Resident', 'shall pay', 'for gas'],
          ]),
        ]),
      ),
    );
    assert.deepEqual(v.tenantNames, ['Ana Ruiz']);
  });
});
