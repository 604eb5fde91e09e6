import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { TARGET_COMPARATORS } from '../../../../libs/domain/src/plans/programme-plan';
import { PlanTargetEntity } from '../../../../libs/persistence/src/entities/reference/plan-target.entity';
import { PlanTaskEntity } from '../../../../libs/persistence/src/entities/reference/plan-task.entity';
import { ProgrammePlanEntity } from '../../../../libs/persistence/src/entities/reference/programme-plan.entity';
import { LocalizedTextView } from './localized-text';

export class PlanPeriodView {
  @ApiProperty({ example: '2021-2025' }) code!: string;
  @ApiProperty({ format: 'date', example: '2021-01-01' }) from!: string;
  @ApiProperty({ format: 'date', example: '2025-12-31', description: 'Ngày cuối · last day (inclusive)' }) to!: string;
}

/** A plan in a list: who issued it, when, for which periods, and how many targets and tasks it has. */
export class PlanSummaryView {
  @ApiProperty({ example: 'thanh-hoa/159-kh-ubnd-2021', description: 'Mã kế hoạch, dùng cho GET /plans/{id} · the plan code' }) id!: string;
  @ApiProperty({ example: 'thanh-hoa', description: 'Tỉnh đang thực hiện · the province carrying it on' }) provinceCode!: string;
  @ApiProperty({ example: 'tien-giang', description: 'Tỉnh ban hành · the issuing province (may no longer exist)' }) historicalProvinceCode!: string;
  @ApiProperty({ type: LocalizedTextView }) issuer!: LocalizedTextView;
  @ApiProperty({ nullable: true, type: String, example: '159/KH-UBND' }) number!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date', example: '2021-06-30' }) issuedOn!: string | null;
  @ApiProperty({ example: 2021 }) issuedYear!: number;
  @ApiProperty({ type: [PlanPeriodView] }) periods!: PlanPeriodView[];
  @ApiProperty({ example: 7 }) targetsCount!: number;
  @ApiProperty({ example: 2 }) tasksCount!: number;

  static of(row: ProgrammePlanEntity, counts: { targets: number; tasks: number }): PlanSummaryView {
    return Object.assign(new PlanSummaryView(), PlanSummaryView.fields(row, counts));
  }

  protected static fields(row: ProgrammePlanEntity, counts: { targets: number; tasks: number }) {
    return {
      id: row.code,
      provinceCode: row.provinceCode,
      historicalProvinceCode: row.historicalProvinceCode,
      issuer: LocalizedTextView.of(row.issuerVi, row.issuerEn),
      number: row.number,
      issuedOn: row.issuedOn,
      issuedYear: row.issuedYear,
      periods: row.periods.map((period) => Object.assign(new PlanPeriodView(), period)),
      targetsCount: counts.targets,
      tasksCount: counts.tasks,
    };
  }
}

export class TargetRangeView {
  @ApiProperty({ example: 1 }) min!: number;
  @ApiProperty({ example: 2 }) max!: number;
}

export class RatioView {
  @ApiProperty({ example: 11 }) num!: number;
  @ApiProperty({ example: 10 }) den!: number;
}

export class DerivedFromView {
  @ApiProperty({ example: '2021-2025' }) period!: string;
  @ApiProperty({ type: RatioView, description: 'Hệ số · factor, e.g. 11/10 for "+10%"' }) factor!: RatioView;
}

export class PlanTargetView {
  @ApiProperty({ example: 'training-classes' }) code!: string;
  @ApiProperty({ example: '2021-2025' }) period!: string;
  @ApiProperty({ type: LocalizedTextView }) indicator!: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView }) unit!: LocalizedTextView;
  @ApiProperty({ enum: ['count', 'percent'] }) measure!: string;
  @ApiProperty({ enum: TARGET_COMPARATORS }) comparator!: string;
  @ApiProperty({
    nullable: true,
    oneOf: [{ type: 'number' }, { $ref: getSchemaPath(TargetRangeView) }],
    description: 'Số, khoảng {min, max} (comparator "range"), hoặc null khi kế hoạch không nêu số · a number, a range, or null',
  })
  value!: number | TargetRangeView | null;
  @ApiPropertyOptional({ type: DerivedFromView, description: 'Chỉ tiêu suy ra từ giai đoạn khác · set on targets computed from another period' })
  derivedFrom?: DerivedFromView;

  static of(row: PlanTargetEntity): PlanTargetView {
    const value = row.valueMin !== null && row.valueMax !== null ? Object.assign(new TargetRangeView(), { min: row.valueMin, max: row.valueMax }) : row.value;
    return Object.assign(new PlanTargetView(), {
      code: row.code,
      period: row.period,
      indicator: LocalizedTextView.of(row.indicatorVi, row.indicatorEn),
      unit: LocalizedTextView.of(row.unitVi, row.unitEn),
      measure: row.measure,
      comparator: row.comparator,
      value,
      ...(row.derivedFromPeriod !== null && row.derivedFactorNum !== null && row.derivedFactorDen !== null
        ? { derivedFrom: { period: row.derivedFromPeriod, factor: { num: row.derivedFactorNum, den: row.derivedFactorDen } } }
        : {}),
    });
  }
}

export class PlanUnitView {
  @ApiProperty({ type: LocalizedTextView }) name!: LocalizedTextView;
  @ApiPropertyOptional({ example: 'thanh-hoa/so-khcn', description: 'Đơn vị đã có trong hệ thống · the seeded department, when there is one' }) departmentCode?: string;
}

export class PlanTaskView {
  @ApiProperty({ example: 'training-classes' }) code!: string;
  @ApiProperty({ type: LocalizedTextView }) content!: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView, description: 'Thời gian như kế hoạch ghi · timing as the plan words it' }) timing!: LocalizedTextView;
  @ApiProperty({ type: PlanUnitView }) leadUnit!: PlanUnitView;
  @ApiProperty({ type: [PlanUnitView] }) cooperatingUnits!: PlanUnitView[];

  static of(row: PlanTaskEntity): PlanTaskView {
    return Object.assign(new PlanTaskView(), {
      code: row.code,
      content: LocalizedTextView.of(row.contentVi, row.contentEn),
      timing: LocalizedTextView.of(row.timingVi, row.timingEn),
      leadUnit: row.leadUnit,
      cooperatingUnits: row.cooperatingUnits,
    });
  }
}

/** A plan with its targets (per period) and tasks. Controllers returning it add `@ApiExtraModels(TargetRangeView)`. */
export class PlanDetailView extends PlanSummaryView {
  @ApiProperty({ type: [PlanTargetView] }) targets!: PlanTargetView[];
  @ApiProperty({ type: [PlanTaskView] }) tasks!: PlanTaskView[];

  static detail(row: ProgrammePlanEntity, targets: PlanTargetEntity[], tasks: PlanTaskEntity[]): PlanDetailView {
    return Object.assign(new PlanDetailView(), {
      ...PlanSummaryView.fields(row, { targets: targets.length, tasks: tasks.length }),
      targets: targets.map((target) => PlanTargetView.of(target)),
      tasks: tasks.map((task) => PlanTaskView.of(task)),
    });
  }
}
