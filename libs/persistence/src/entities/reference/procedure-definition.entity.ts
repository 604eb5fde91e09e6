import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { ProcedureDefinition } from '../../../../domain/src/procedures/procedure-definition';

/**
 * One published version of a procedure, the whole definition as jsonb. Cases store the version
 * they started under, so a version's steps never change; only `effectiveTo` is set when a newer
 * version takes over. `version` is the procedure's version name, `rowVersion` the lock.
 */
@Entity({ name: 'procedure_definitions' })
@Index('ix_procedure_definitions_code_effective', ['code', 'effectiveFrom'])
export class ProcedureDefinitionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  version!: string;

  @Column({ name: 'name_vi', type: 'varchar', length: 500 })
  nameVi!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 500 })
  nameEn!: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  /** First day no longer in force (exclusive), as in the domain. */
  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo!: string | null;

  @Column({ type: 'jsonb' })
  definition!: ProcedureDefinition;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ name: 'row_version', type: 'integer' })
  rowVersion!: number;
}
