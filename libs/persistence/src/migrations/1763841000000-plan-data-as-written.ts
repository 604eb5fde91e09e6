import { MigrationInterface, QueryRunner } from 'typeorm';
import { PROGRAMME_PLANS } from '../../../domain/src/plans/plans.seed';
import { planTaskRow } from '../seed/reference-rows';

/** Task codes this change added to plans already seeded (issue #10 item 9). */
const ADDED_TASKS: Readonly<Record<string, readonly string[]>> = {
  'thanh-hoa/159-kh-ubnd-2021': ['establishments-trained', 'enterprises-supported', 'advisory-capacity'],
  'thua-thien-hue/149-kh-ubnd-2021': ['pilot-productivity-projects', 'productivity-quality-officers', 'iso-56000-enterprises', 'iso-56000-classes', 'medicinal-herb-market', 'research-enterprises'],
  'tien-giang/224-kh-ubnd-2021': ['training-classes', 'enterprises-applying', 'enterprises-certified', 'national-quality-award', 'mid-term-review', 'final-review'],
};

/**
 * Plan data as the plans write it, for installs seeded before: the seed adds a plan's tasks only
 * together with the plan, so the tasks added to plans already stored are inserted here (when the
 * plan is there, never over a row with the same code), and Tiền Giang's 2026–2030 "more than 30"
 * +10% becomes "more than 34" (≥ 31 × 1.1 → ≥ 35), not the 33 first seeded, where the derived row
 * is still as seeded. The task texts come from the seed as it is when this runs.
 */
export class PlanDataAsWritten1763841000000 implements MigrationInterface {
  name = 'PlanDataAsWritten1763841000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const plan of PROGRAMME_PLANS) {
      const added = ADDED_TASKS[plan.code] ?? [];
      for (const [index, task] of plan.tasks.entries()) {
        if (!added.includes(task.code)) continue;
        const row = planTaskRow(plan.code, task, index);
        await queryRunner.query(
          `INSERT INTO plan_tasks (plan_code, code, content_vi, content_en, timing_vi, timing_en, lead_unit, cooperating_units, sort_order)
           SELECT $1::varchar, $2::varchar, $3::text, $4::text, $5::varchar, $6::varchar, $7::jsonb, $8::jsonb, $9::integer
            WHERE EXISTS (SELECT 1 FROM programme_plans WHERE code = $1::varchar)
           ON CONFLICT DO NOTHING`,
          [row.planCode, row.code, row.contentVi, row.contentEn, row.timingVi, row.timingEn, JSON.stringify(row.leadUnit), JSON.stringify(row.cooperatingUnits), row.sortOrder],
        );
      }
    }
    await queryRunner.query(
      `UPDATE plan_targets SET value = 34, version = version + 1
        WHERE plan_code = 'tien-giang/224-kh-ubnd-2021' AND code = 'enterprises-certified' AND period = '2026-2030'
          AND comparator = 'more-than' AND value = 33 AND derived_from_period = '2021-2025'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [planCode, codes] of Object.entries(ADDED_TASKS)) {
      await queryRunner.query(`DELETE FROM plan_tasks WHERE plan_code = $1 AND code = ANY ($2)`, [planCode, codes]);
    }
    await queryRunner.query(
      `UPDATE plan_targets SET value = 33, version = version + 1
        WHERE plan_code = 'tien-giang/224-kh-ubnd-2021' AND code = 'enterprises-certified' AND period = '2026-2030' AND value = 34 AND derived_from_period = '2021-2025'`,
    );
  }
}
