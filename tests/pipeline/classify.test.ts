import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {classify} from '../../pipeline/stages/classify.js';
import {layoutFromText} from '../helpers/text-page.js';

const kind = (...lines: string[]) => classify(layoutFromText(lines.join('\n'))).documentType;

describe('classification needs each type\'s defining evidence', () => {
  it('knows the names states give protective orders', () => {
    for (const title of ['PERSONAL PROTECTION ORDER (DOMESTIC)', 'Domestic Violence Civil Protection Order — Full Hearing', 'DOMESTIC VIOLENCE ORDER', 'Sexual Assault Protection Order']) {
      assert.equal(kind('STATE OF EXAMPLE', 'CIRCUIT COURT FOR THE COUNTY OF LAKE', title, 'Case No. 26-1234-PP', 'Petitioner: Dana Ruiz', 'Respondent: Lee Park', 'Respondent shall not contact the petitioner.', 'Judge'), 'protective_order', title);
    }
  });

  it('calls a court notice without an order unknown', () => {
    assert.equal(
      kind(
        'SUPERIOR COURT OF EXAMPLE COUNTY',
        'NOTICE OF HEARING',
        'Case Number: FL-2026-00412',
        'Petitioner: Dana Ruiz        Respondent: Lee Park',
        'A hearing on the request for child support and custody is set for March 3, 2026 at 8:30 a.m. in Department 12.',
        'If you fail to appear, the court may make orders in your absence.',
        'Clerk of the Court',
      ),
      'unknown',
    );
    assert.equal(
      kind('MUNICIPAL COURT', 'SUMMONS FOR JURY SERVICE', 'Juror ID 1234567', 'You are hereby summoned to appear for jury service on April 2, 2026.', 'Failure to appear may result in a fine.'),
      'unknown',
    );
  });

  it('does not take a landlord\'s statement of charges for a lease', () => {
    assert.equal(
      kind(
        'Oak Ridge Apartments — Statement of Charges',
        'Tenant: Maria Lopez   Unit 4B',
        'Monthly rent $1,450.00   Security deposit on file $1,450.00',
        '03/01/2026  Rent                 1,450.00',
        '03/04/2026  Late fee                50.00',
        '03/09/2026  Payment - thank you -1,500.00',
        'Premises: 120 Oak Ridge Dr, Fresno, CA 93701',
      ),
      'unknown',
    );
  });

  it('still takes a lease with only a title, parties and signatures for a lease', () => {
    assert.equal(
      kind('RESIDENTIAL LEASE', 'Landlord: Oak Ridge LLC', 'Tenant: Maria Lopez', 'Premises: 120 Oak Ridge Dr, Fresno, CA 93701', 'Monthly Rent: $1,450.00', 'Security Deposit: $1,450.00', 'Term: 12 months from 03/01/2026', 'Landlord signature ________   Tenant signature ________'),
      'lease',
    );
  });
});
