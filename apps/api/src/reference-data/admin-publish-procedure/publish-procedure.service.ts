import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../../../../libs/domain/src/errors/domain-error';
import type { ProcedureDefinition } from '../../../../../libs/domain/src/procedures/procedure-definition';
import { validateProcedure } from '../../../../../libs/domain/src/procedures/validate-procedure';
import { validateProcedureSet } from '../../../../../libs/domain/src/procedures/validate-procedure-set';
import { ProcedureDefinitionEntity } from '../../../../../libs/persistence/src/entities/reference/procedure-definition.entity';
import { ProblemException } from '../../problem/problem';
import { alreadyExists } from '../reference-problems';
import { ProcedurePublishedView } from './procedure-published.view';
import { PublishProcedureDto } from './publish-procedure.dto';

/**
 * Publishes a new procedure version. Versions never change once published (cases keep the one
 * they started under); the one thing publishing touches is the end date of the open-ended
 * version in force: a new open-ended version closes it at its own `effectiveFrom`, so "the
 * version in force on day D" stays unique. Any other overlap is refused (422).
 */
@Injectable()
export class PublishProcedureService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async publish(dto: PublishProcedureDto): Promise<ProcedurePublishedView> {
    const definition = definitionOf(dto);
    checked(() => validateProcedure(definition));

    return this.dataSource.transaction(async (manager) => {
      // One publisher per procedure code at a time: the overlap check below reads, then writes.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', ['procedure_definitions', definition.code]);
      const repository = manager.getRepository(ProcedureDefinitionEntity);
      const existing = await repository.find({ where: { code: definition.code }, order: { effectiveFrom: 'ASC' } });
      if (existing.some((row) => row.version === definition.version)) {
        throw alreadyExists('procedure-version-exists', { vi: 'Phiên bản quy trình', en: 'Procedure version' }, `${definition.code} ${definition.version}`);
      }

      const superseded =
        definition.effectiveTo === undefined ? existing.find((row) => row.effectiveTo === null && row.effectiveFrom < definition.effectiveFrom) : undefined;
      const closed = superseded ? { ...superseded.definition, effectiveTo: definition.effectiveFrom } : undefined;
      const others = existing.map((row) => (row === superseded && closed ? closed : row.definition));
      checked(() => validateProcedureSet([...others, definition]));

      if (superseded && closed) {
        await repository.update({ code: superseded.code, version: superseded.version }, { effectiveTo: definition.effectiveFrom, definition: closed });
      }
      await repository.insert({
        code: definition.code,
        version: definition.version,
        nameVi: definition.name.vi,
        nameEn: definition.name.en,
        effectiveFrom: definition.effectiveFrom,
        effectiveTo: definition.effectiveTo ?? null,
        definition,
      });
      const row = await repository.findOneByOrFail({ code: definition.code, version: definition.version });
      return ProcedurePublishedView.published(row, superseded?.version ?? null);
    });
  }
}

/** The definition as plain JSON, exactly what will be stored and read back. */
function definitionOf(dto: PublishProcedureDto): ProcedureDefinition {
  const plain = {
    code: dto.code,
    version: dto.version,
    name: { vi: dto.name.vi, en: dto.name.en },
    effectiveFrom: dto.effectiveFrom,
    ...(dto.effectiveTo !== undefined ? { effectiveTo: dto.effectiveTo } : {}),
    steps: dto.steps,
    reminders: dto.reminders,
    councilRules: dto.councilRules,
    ...(dto.implementationRules !== undefined ? { implementationRules: dto.implementationRules } : {}),
  };
  return JSON.parse(JSON.stringify(plain)) as ProcedureDefinition;
}

/**
 * Runs a domain check. Its DomainErrors already say what is wrong (422 with the field); a body
 * so malformed that the check itself breaks (a step without outcomes) is a 422 of its own.
 */
function checked(check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new ProblemException(
      422,
      'procedure-malformed',
      { vi: 'Quy trình không hợp lệ', en: 'Invalid procedure' },
      {
        vi: 'Định nghĩa quy trình thiếu hoặc sai cấu trúc (bước, kết quả, người thực hiện, thời hạn, nhắc việc, số liệu hội đồng).',
        en: 'The procedure definition is incomplete or malformed (steps, outcomes, actors, time limits, reminders, council figures).',
      },
    );
  }
}
