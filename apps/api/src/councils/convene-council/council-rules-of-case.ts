import type { EntityManager } from 'typeorm';
import type { CouncilRulesData } from '../../../../../libs/domain/src/procedures/council-rules-data';
import type { ApplicationEntity } from '../../../../../libs/persistence/src/entities/application.entity';
import { ProcedureDefinitionEntity } from '../../../../../libs/persistence/src/entities/reference/procedure-definition.entity';

/**
 * The council figures of the procedure version the case runs under (`code/version`, stored when
 * the case started), or undefined for a case without one: the law's defaults apply then.
 */
export async function councilRulesDataOfCase(manager: EntityManager, application: Pick<ApplicationEntity, 'procedureVersion'>): Promise<CouncilRulesData | undefined> {
  const reference = application.procedureVersion;
  if (!reference) return undefined;
  const slash = reference.lastIndexOf('/');
  if (slash <= 0) return undefined;
  const row = await manager.getRepository(ProcedureDefinitionEntity).findOneBy({ code: reference.slice(0, slash), version: reference.slice(slash + 1) });
  return row?.definition.councilRules;
}
