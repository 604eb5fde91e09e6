import { ApiProperty } from '@nestjs/swagger';
import { ProcedureDefinitionEntity } from '../../../../libs/persistence/src/entities/reference/procedure-definition.entity';
import { LocalizedTextView } from './localized-text';

/** One version of a procedure, without its steps. */
export class ProcedureSummaryView {
  @ApiProperty({ example: 'nscl' }) code!: string;
  @ApiProperty({ example: '2021' }) version!: string;
  @ApiProperty({ type: LocalizedTextView }) name!: LocalizedTextView;
  @ApiProperty({ format: 'date', example: '2021-01-01' }) effectiveFrom!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Ngày đầu hết hiệu lực · first day no longer in force (exclusive)' })
  effectiveTo!: string | null;
  @ApiProperty({ example: 12 }) stepsCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static of(row: ProcedureDefinitionEntity): ProcedureSummaryView {
    return Object.assign(new ProcedureSummaryView(), ProcedureSummaryView.fields(row));
  }

  protected static fields(row: ProcedureDefinitionEntity) {
    return {
      code: row.code,
      version: row.version,
      name: LocalizedTextView.of(row.nameVi, row.nameEn),
      effectiveFrom: row.effectiveFrom,
      effectiveTo: row.effectiveTo,
      stepsCount: row.definition.steps.length,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

/** A version with its whole definition (steps, time limits, reminders, council figures). */
export class ProcedureVersionView extends ProcedureSummaryView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'ProcedureDefinition (libs/domain/src/procedures/procedure-definition.ts)' })
  definition!: Record<string, unknown>;

  static full(row: ProcedureDefinitionEntity): ProcedureVersionView {
    return Object.assign(new ProcedureVersionView(), { ...ProcedureSummaryView.fields(row), definition: row.definition });
  }
}
