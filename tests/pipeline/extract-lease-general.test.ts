/**
 * Lease extraction on wording and layouts the first fixture families did not have: subleases and
 * room rentals, public-housing dwelling leases, LESSOR/LESSEE association forms, apartment lease
 * contracts in the second person, and grids of labels printed above their boxes.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {extractLease} from '../../pipeline/stages/extract/lease.js';
import {layout} from '../../pipeline/stages/layout.js';
import {layoutFromText, pageFromText, valuesOf} from '../helpers/text-page.js';

const read = (...lines: string[]) => valuesOf(extractLease(layoutFromText(...lines)));

describe('lease parties beyond landlord and tenant', () => {
  it('takes the sublessor, not the property owner the form also names, as the landlord', () => {
    const v = read(
      'SUBLEASE AGREEMENT',
      'Property Owner:      Maple Court Housing Partners LP',
      'Sublessor:      Jun Wong',
      'Sublessee(s):      Tigist Bekele & Ana Ruiz',
    );
    assert.equal(v.landlordName, 'Jun Wong');
    assert.deepEqual(v.tenantNames, ['Tigist Bekele', 'Ana Ruiz']);
  });

  it('reads a room rental between a homeowner and a room renter', () => {
    const v = read('ROOM RENTAL AGREEMENT', 'Homeowner Name:     Tyrone S. Person', 'Room Renter(s):     Amanda D. Whitfield');
    assert.equal(v.landlordName, 'Tyrone S. Person');
    assert.deepEqual(v.tenantNames, ['Amanda D. Whitfield']);
  });

  it('reads a defined term with any short introduction inside the brackets', () => {
    const v = read(
      'THIS LEASE AGREEMENT is made and entered into this 29th day of November, 2025, by and between Empire Tenant Housing Corp.',
      '(hereinafter "LESSOR"), and Guadalupe Martínez, Juan Carlos Hernández and Mónica Ruiz-Peña (hereinafter, whether one or more, "Lessee").',
    );
    assert.equal(v.landlordName, 'Empire Tenant Housing Corp.');
    assert.deepEqual(v.tenantNames, ['Guadalupe Martínez', 'Juan Carlos Hernández', 'Mónica Ruiz-Peña']);
  });

  it('takes the owner a manager acts for as the landlord', () => {
    const v = read('This Lease is made by and between Keystone Realty & Management, as agent for Orchard Row Apartments LLC (hereinafter "LESSOR"), and Ana Ruiz (hereinafter "LESSEE").');
    assert.equal(v.landlordName, 'Orchard Row Apartments LLC');
  });

  it('keeps the manager when the owner it acts for is not named', () => {
    const v = read('This Lease is made between Keystone Realty & Management, as agent for the Owner ("Landlord"), and Ana Ruiz ("Tenant").');
    assert.equal(v.landlordName, 'Keystone Realty & Management');
  });

  it('reads a housing agency defined as "Management" or "the Authority"', () => {
    for (const term of ['Management', 'Authority', 'PHA']) {
      const v = read(`This Lease is entered into between the Fresno Housing Authority (hereinafter called "${term}") and Iván Ibáñez (hereinafter called "Tenant").`);
      assert.equal(v.landlordName, 'Fresno Housing Authority', term);
      assert.deepEqual(v.tenantNames, ['Iván Ibáñez'], term);
    }
  });

  it('reads residents listed one to a line after "you, the resident(s) (...):" and "us, the owner:"', () => {
    const v = read(
      '1. PARTIES. This Lease Contract is between you, the resident(s) (list all people signing the Lease',
      'Contract):',
      '(1) Travis A. Mercer',
      '(2) María de los Ángeles Rodríguez',
      'and us, the owner: Desert Palms Residential LLC, by Cornerstone Residential Services, Inc., its managing agent.',
      '2. OCCUPANTS. The apartment will be occupied only by you and (list all other occupants not signing the Lease Contract):',
      '(1) Germán García Núñez',
    );
    assert.deepEqual(v.tenantNames, ['Travis A. Mercer', 'María de los Ángeles Rodríguez']);
    assert.equal(v.landlordName, 'Desert Palms Residential LLC');
  });

  it('does not take a program whose name starts with a role word for a tenant', () => {
    const v = read('Resident(s)      Mariam Haddad', 'Monthly Rent      2,565.00', 'Additional Monthly Charges', 'Renter Insurance Program      12.50');
    assert.deepEqual(v.tenantNames, ['Mariam Haddad']);
  });
});

describe('lease labels printed above their boxes', () => {
  it('reads a grid of captions over values, where the cell to the right is the next caption', () => {
    const v = read(
      'SUBLEASE AGREEMENT',
      'SUBLANDLORD NAME                     SUBTENANT',
      'Layla Saleh                          María Guzmán Fuentes',
      'OWNER OF PROPERTY                    SUBLEASE ENDS',
      'Heather Pruitt                       14-Jun-2026',
      'SUBLEASED PREMISES                   RENT (MONTHLY)',
      '392 S Birch Avenue #413, Peoria, IL 61605      $ 955.00',
      'SUBLEASE BEGINS                      SECURITY DEPOSIT',
      '15-Dec-2025                          $ 500.00',
    );
    assert.deepEqual(v, {
      landlordName: 'Layla Saleh',
      tenantNames: ['María Guzmán Fuentes'],
      propertyAddress: '392 S Birch Avenue #413, Peoria, IL 61605',
      monthlyRent: 955,
      securityDeposit: 500,
      leaseStart: '2025-12-15',
      leaseEnd: '2026-06-14',
    });
  });

  it('does not read the street number of an address that runs into the next box as an amount', () => {
    const v = read('Unit Address               Deposit Amount', '1070 W Lakeview Ave #246, El Paso, TX 79905 $50.00');
    assert.equal(v.securityDeposit, 50);
  });

  it("reads the value under a label when the box on the left ran over into it", () => {
    const v = read('SUBLEASED PREMISES              START DATE', '7940 E Willow Street Apt. 34, Fresno, CA 93702 15-Mar-2025');
    assert.equal(v.leaseStart, '2025-03-15');
    assert.equal(v.propertyAddress, '7940 E Willow Street Apt. 34, Fresno, CA 93702');
  });

  it('does not start an address at the cents of an amount on the line above', () => {
    const v = read('KEY DEPOSIT', '815.00', 'SUBLEASED UNIT', '9683 47th Way, Miami, FL 33142');
    assert.equal(v.propertyAddress, '9683 47th Way, Miami, FL 33142');
  });

  it('keeps the kind of unit a unit box prints', () => {
    const v = read('Premises (Street): 9243 E Poplar Ct     Unit: Apt 2B', 'City: Houston     State: TX     ZIP: 77093');
    assert.equal(v.propertyAddress, '9243 E Poplar Ct Apt 2B, Houston, TX 77093');
  });
});

describe('lease rent and deposit among other amounts', () => {
  it("takes the tenant's rent, not the contract rent or the assistance payment, from labelled boxes", () => {
    const v = read('Contract Rent          Housing Assistance Payment', '$1,175.00              $793.00', 'Tenant Rent Portion          Move-In Date', '$382.00                  Feb 1, 2025');
    assert.equal(v.monthlyRent, 382);
  });

  it("takes the tenant's rent from prose that also states the contract rent", () => {
    const v = read(
      '4. Rent. The contract rent for the Unit is $1,800.00 per month. Of this amount, $1,595.00 is paid by Authority as a',
      'housing assistance payment, and Tenant shall pay a Tenant Rent of $205.00 per month, due on the first day of each month.',
    );
    assert.equal(v.monthlyRent, 205);
  });

  it('does not take a word of prose that wrapped to the start of a line for a label', () => {
    const v = read(
      '3. RENT. Tenant shall pay as rent the sum of One thousand six hundred eighty-five dollars ($1,685.00) per',
      'month, payable in advance. Tenant may keep one domestic pet upon payment of an additional refundable pet',
      'deposit of $250.00. Tenant shall deposit with Landlord $1,535.00 as a security deposit.',
      'Any holding over after expiration of the term shall create a month-to-month tenancy at a',
      'monthly rent of $1,760.00, payable in advance.',
    );
    assert.equal(v.monthlyRent, 1685);
    assert.equal(v.securityDeposit, 1535);
  });
});

describe('lease term wording', () => {
  it('reads an end date after "at midnight on" or "at 11:59 p.m. on"', () => {
    for (const time of ['midnight', '11:59 p.m.', '12:00 noon']) {
      const v = read(`2. TERM. The term of this Lease shall commence on the 15th day of December, 2025 and shall terminate at ${time} on December 14, 2026, unless sooner terminated.`);
      assert.equal(v.leaseStart, '2025-12-15', time);
      assert.equal(v.leaseEnd, '2026-12-14', time);
    }
  });

  it('reads "the last day of February, 2027" and "el último día de febrero de 2027" as the month\'s last day', () => {
    const en = read('The term shall commence on the first day of March, 2026 and end on the last day of February, 2027.');
    assert.deepEqual([en.leaseStart, en.leaseEnd], ['2026-03-01', '2027-02-28']);
    const es = read('El plazo comenzará el 1 de marzo de 2026 y terminará el último día de febrero de 2028.');
    assert.deepEqual([es.leaseStart, es.leaseEnd], ['2026-03-01', '2028-02-29']);
  });

  it('reads start and end labels of a sublease', () => {
    const v = read('Sublease Begins:   12/01/2024', 'Sublease Ends:   05/31/2025');
    assert.equal(v.leaseStart, '2024-12-01');
    assert.equal(v.leaseEnd, '2025-05-31');
  });
});

describe('lease summary sheets', () => {
  it('reads tenants one a line beside their label, and rare label synonyms', () => {
    const v = read(
      'Key Lease Terms',
      'Landlord (Owner)        Oak Ridge Properties LLC',
      'Leaseholder(s)          Jae-hyun Shin',
      '                 Dong-hyun Choi',
      'Guarantor               Erin W. O\'Sullivan',
      'Monthly Installment of Rent        $1,745',
      'Parking (per month)     $25',
    );
    assert.deepEqual(v.tenantNames, ['Jae-hyun Shin', 'Dong-hyun Choi']);
    assert.equal(v.landlordName, 'Oak Ridge Properties LLC');
    assert.equal(v.monthlyRent, 1745);
  });

  it('does not read a row for another monthly charge, or a cap on a future rent, as the rent', () => {
    const v = read(
      'Parking (per month):     $25',
      'Rent is due on the 1st. The rent for the term is $1,845 per month.',
      'Upon renewal, the monthly rent may increase to no more than $1,920.00.',
    );
    assert.equal(v.monthlyRent, 1845);
  });

  it('reads "Nombre(s) del inquilino:" with the tenants joined by "y"', () => {
    const v = read('Arrendador:     Jesús Echeverría', 'Nombre(s) del inquilino: Agnieszka Nowak y Katarzyna Nowak');
    assert.deepEqual(v.tenantNames, ['Agnieszka Nowak', 'Katarzyna Nowak']);
  });
});

describe('lease text read by OCR', () => {
  it('takes the spelling of a name with the accents OCR dropped from another place it is printed', () => {
    const v = read(
      'This Lease is made between Desert Palms Residential LLC ("Landlord") and Maria de los Angeles Rodriguez and HECTOR GARCIA ("Tenants").',
      'Notices to Tenants may be given to María de los Ángeles Rodríguez or Héctor García at the Premises.',
    );
    // The second name is printed in capitals in the list: only the same letters in the same case count.
    assert.deepEqual(v.tenantNames, ['María de los Ángeles Rodríguez', 'HECTOR GARCIA']);
  });

  it('reads "per. month" and "11: 59 p.m." as OCR prints them', () => {
    const v = read(
      '4. LEASE TERM. The initial term of the Lease Contract begins on July 19, 2025, and ends at 11: 59 p.m. on',
      'July 18, 2026. 6. RENT AND CHARGES. You will pay $1,880.00 per. month for rent, in advance.',
    );
    assert.equal(v.leaseEnd, '2026-07-18');
    assert.equal(v.monthlyRent, 1880);
  });

  it('reads an end date whose year OCR moved away as the first such day after the start', () => {
    assert.equal(read('Term: From July 1,2024     To June 30,', 'Monthly Rent: $1,715.00').leaseEnd, '2025-06-30');
    assert.equal(read('Plazo: del 1 de julio de 2024 al 30 de junio').leaseEnd, '2025-06-30');
    // With its year, the printed year stands.
    assert.equal(read('Term: from July 1, 2024 to June 30, 2026').leaseEnd, '2026-06-30');
  });

  it('puts back the street type "Pl" that OCR read as "PI"', () => {
    assert.equal(read('You are leasing the apartment at 8433 E Shields PI Apt: 1B, Rockford, IL 61101 (the "apartment").').propertyAddress, '8433 E Shields Pl Apt 1B, Rockford, IL 61101');
  });
});

describe('names printed surname first', () => {
  it('puts a tenant printed "RUIZ, ANA M." in natural order, and keeps a list of natural names apart', () => {
    assert.deepEqual(read('Landlord: Oak LLC', 'Tenant: RUIZ, ANA M.', 'Co-Tenant: Wei, Li').tenantNames, ['ANA M. RUIZ', 'Li Wei']);
    assert.deepEqual(read('Tenant(s): Ana Ruiz, Li Wei and Bell Jr., Marcus').tenantNames, ['Ana Ruiz', 'Li Wei', 'Marcus Bell Jr.']);
  });

  it('reads two-word surnames when the label says the names are "Last, First"', () => {
    const v = read('Tenant(s) (Last, First)        GÓMEZ JIMÉNEZ, RAÚL', '                    BATTLE, JAMAL M');
    assert.deepEqual(v.tenantNames, ['RAÚL GÓMEZ JIMÉNEZ', 'JAMAL M BATTLE']);
  });

  it('puts a landlord printed "Smith, John" in natural order, but not a company', () => {
    assert.equal(read('Landlord: Smith, John', 'Tenant: Ana Ruiz').landlordName, 'John Smith');
    assert.equal(read('Landlord: Oak Homes, Inc.', 'Tenant: Ana Ruiz').landlordName, 'Oak Homes, Inc.');
  });
});

describe('rent rows of a summary', () => {
  it('takes "Base Monthly Rent", not the prorated first month', () => {
    assert.equal(read('Base Monthly Rent        $1,650', 'Pet Deposit        $250', 'Prorated Rent (first month)        $825').monthlyRent, 1650);
    assert.equal(read('Rent is due monthly.', 'Prorated Rent (first month)        $825', 'The rent is $1,650 per month.').monthlyRent, 1650);
  });
});

describe('names read by OCR', () => {
  it('stops a name at a stray figure or a phone number OCR left in its row', () => {
    const v = read('RESIDENTS', 'Name:   Rocío Castañeda   2   (661) 555-0130', 'Name:   Bích Ngoc Ho   (916) 555-0155');
    assert.deepEqual(v.tenantNames, ['Rocío Castañeda', 'Bích Ngoc Ho']);
  });
});

describe('amounts read by OCR', () => {
  const ocr = (...lines: string[]) => valuesOf(extractLease(layout([pageFromText(lines, {method: 'ocr', confidence: 0.9})])));

  it('reads "81,775" for a monthly rent as "$1,775" on an OCR page, and flags it', () => {
    const fields = extractLease(layout([pageFromText(['Base Monthly Rent:      81,775', 'Damage Deposit:      $3,550'], {method: 'ocr', confidence: 0.9})]));
    assert.equal(fields.monthlyRent?.value, 1775);
    assert.ok((fields.monthlyRent?.confidence ?? 1) < 0.9);
    assert.equal(ocr('Damage Deposit:      S1,200.00').securityDeposit, 1200);
  });

  it('keeps a large amount from a text layer, and one that is not a misread dollar sign', () => {
    assert.equal(read('Base Monthly Rent:      81,775').monthlyRent, 81775);
    assert.equal(ocr('Base Monthly Rent:      12,500').monthlyRent, 12500);
  });

  it('drops a speck OCR read as a quote before a word of the address', () => {
    assert.equal(read('Lease at 4158 W Ventura Blvd, “Seattle, WA 98108 (the Premises).').propertyAddress, '4158 W Ventura Blvd, Seattle, WA 98108');
  });
});

describe('more ways leases print parties and rent', () => {
  it('reads roles printed as an apposition: "between Oak Ridge LLC, Landlord, and Ana Ruiz and Li Wei, Tenants, on ..."', () => {
    const v = read('This Rental Agreement is entered into between Oak Ridge LLC, Landlord, and Ana Ruiz and Li Wei, Tenants, on March 1, 2026.');
    assert.equal(v.landlordName, 'Oak Ridge LLC');
    assert.deepEqual(v.tenantNames, ['Ana Ruiz', 'Li Wei']);
  });

  it('does not take "Landlord\'s Agent:" for the landlord\'s label', () => {
    assert.equal(read("Landlord's Agent: Keystone Realty", 'Landlord: Alder Creek Holdings LLC').landlordName, 'Alder Creek Holdings LLC');
  });

  it('reads every tenant when each carries a bracketed note, "(Head of Household)" included', () => {
    assert.deepEqual(read('Tenant(s): Ana Ruiz (Head of Household), Li Wei (Spouse)').tenantNames, ['Ana Ruiz', 'Li Wei']);
    assert.deepEqual(read('Head of Household: RUIZ, ANA').tenantNames, ['ANA RUIZ']);
  });

  it('reads every tenant after "the following Tenant(s):" in a sentence', () => {
    assert.deepEqual(read('This lease is between Oak Ridge LLC (Landlord) and the following Tenant(s): Ana Ruiz, Li Wei.').tenantNames, ['Ana Ruiz', 'Li Wei']);
  });

  it('reads the premises "described as" an address', () => {
    assert.equal(read('Landlord rents to Tenant the premises described as 55 Pine St Apt 2, Mesa, AZ 85201, together with parking.').propertyAddress, '55 Pine St Apt 2, Mesa, AZ 85201');
  });

  it('drops "la Sra." before a landlord named in a Spanish sentence', () => {
    const v = read('Celebran el presente contrato la Sra. María Pérez, en su calidad de arrendadora, y el Sr. Juan López, en su calidad de arrendatario.');
    assert.equal(v.landlordName, 'María Pérez');
    assert.deepEqual(v.tenantNames, ['Juan López']);
  });

  it('splits tenants joined by a slash', () => {
    assert.deepEqual(read('LANDLORD: ___Oak Ridge LLC___', 'TENANT NAME(S): Ana Ruiz / Li Wei').tenantNames, ['Ana Ruiz', 'Li Wei']);
  });

  it('does not read the next line\'s label as a defined term: "jointly and severally / Lessor:"', () => {
    const v = read('Lessee: ANA RUIZ and LI WEI, jointly and severally', 'Lessor: Oak Ridge LLC');
    assert.equal(v.landlordName, 'Oak Ridge LLC');
    assert.deepEqual(v.tenantNames, ['ANA RUIZ', 'LI WEI']);
  });

  it('turns rent stated only per week into a monthly amount, flagged, with "per week" in its evidence', () => {
    const fields = extractLease(layoutFromText('Rent: $300.00 per week', 'Security deposit: $300'));
    assert.equal(fields.monthlyRent?.value, 1300);
    assert.ok((fields.monthlyRent?.confidence ?? 1) <= 0.6);
    assert.match(fields.monthlyRent?.source ?? '', /per week/);
    assert.equal(read('Bi-weekly Rent: $600.00').monthlyRent, 1300);
    // A weekly guest charge next to a monthly rent changes nothing.
    assert.equal(read('Rent: $1,200.00 per month. Guests pay $75.00 per week.').monthlyRent, 1200);
  });
});

describe('forms in sections', () => {
  it('reads "Name:" and "Address:" fields by the section heading above them', () => {
    const v = read(
      'RESIDENTIAL LEASE',
      'LANDLORD INFORMATION',
      'Name: Oak Ridge LLC',
      'Address: 100 Main St, Fresno, CA 93721',
      'TENANT INFORMATION',
      'Name: Ana Ruiz',
      'Name: Li Wei',
      'GUARANTOR / CO-SIGNER',
      'Name: Rosa Delgado',
      'Address: 9 Elm Ct, Tucson, AZ 85705',
      'PROPERTY',
      'Address: 55 Pine St Apt 2, Mesa, AZ 85201',
      'Rent: $1,200.00 per month',
    );
    assert.equal(v.landlordName, 'Oak Ridge LLC');
    assert.deepEqual(v.tenantNames, ['Ana Ruiz', 'Li Wei']);
    assert.equal(v.propertyAddress, '55 Pine St Apt 2, Mesa, AZ 85201');
  });
});
