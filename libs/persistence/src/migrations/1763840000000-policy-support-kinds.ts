import { MigrationInterface, QueryRunner } from 'typeorm';

/** The Decree 80 seed rows' mapping as of this migration (libs/domain/src/policies/decree-80-policies.ts); copied so later seed edits do not change what this migration did. */
const DECREE_80_MAPPING: readonly [code: string, supportKinds: string[], legalBasisEn: string][] = [
  ['D80-A11-DX-CONSULTING-SMALL', ['digital-management'], 'Decree 80/2021/NĐ-CP, Article 11(1)'],
  ['D80-A11-DX-CONSULTING-MEDIUM', ['digital-management'], 'Decree 80/2021/NĐ-CP, Article 11(1)'],
  ['D80-A11-DX-SOLUTIONS-MICRO', ['digital-management'], 'Decree 80/2021/NĐ-CP, Article 11'],
  ['D80-A11-DX-SOLUTIONS-SMALL', ['digital-management'], 'Decree 80/2021/NĐ-CP, Article 11'],
  ['D80-A11-DX-SOLUTIONS-MEDIUM', ['digital-management'], 'Decree 80/2021/NĐ-CP, Article 11'],
  ['D80-A11-IP-CONSULTING', [], 'Decree 80/2021/NĐ-CP, Article 11'],
  ['D80-A11-TECH-TRANSFER-CONSULTING', ['technology-transfer-and-trial-production'], 'Decree 80/2021/NĐ-CP, Article 11'],
  ['D80-A13-ADVISOR-MICRO', ['management-systems-and-tools'], 'Decree 80/2021/NĐ-CP, Article 13(2)'],
  ['D80-A13-ADVISOR-SMALL', ['management-systems-and-tools'], 'Decree 80/2021/NĐ-CP, Article 13(2)'],
  ['D80-A13-ADVISOR-MEDIUM', ['management-systems-and-tools'], 'Decree 80/2021/NĐ-CP, Article 13(2)'],
  ['D80-A13-ADVISOR-MICRO-WOMEN-SOCIAL', ['management-systems-and-tools'], 'Decree 80/2021/NĐ-CP, Article 13(2)'],
  ['D80-A13-ADVISOR-SMALL-WOMEN-SOCIAL', ['management-systems-and-tools'], 'Decree 80/2021/NĐ-CP, Article 13(2)'],
  ['D80-A13-ADVISOR-MEDIUM-WOMEN-SOCIAL', ['management-systems-and-tools'], 'Decree 80/2021/NĐ-CP, Article 13(2)'],
];

/**
 * Support policies name the support kinds they cap (and their legal basis in English), so the
 * budget appraisal can refuse an amount above the cap in force. Existing installs seeded the
 * Decree 80 rows before this: the seed only inserts missing rows, so the mapping of those rows is
 * written here — only where an administrator has not mapped the row yet. New support kinds reach
 * existing installs through the seed (missing catalogue rows are inserted at every start).
 */
export class PolicySupportKinds1763840000000 implements MigrationInterface {
  name = 'PolicySupportKinds1763840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE support_policies ADD COLUMN support_kinds text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE support_policies ADD COLUMN legal_basis_en varchar(500)`);
    for (const [code, supportKinds, legalBasisEn] of DECREE_80_MAPPING) {
      await queryRunner.query(
        `UPDATE support_policies SET support_kinds = $2, legal_basis_en = COALESCE(legal_basis_en, $3), version = version + 1
          WHERE code = $1 AND support_kinds = '{}'`,
        [code, supportKinds, legalBasisEn],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE support_policies DROP COLUMN legal_basis_en`);
    await queryRunner.query(`ALTER TABLE support_policies DROP COLUMN support_kinds`);
  }
}
