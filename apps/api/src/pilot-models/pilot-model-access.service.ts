import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canView } from '../../../../libs/domain/src/identity/can-view';
import type { Principal } from '../../../../libs/domain/src/identity/principal';
import { PilotModelEntity } from '../../../../libs/persistence/src/entities/pilot-models/pilot-model.entity';
import { ProblemException } from '../problem/problem';

export function pilotModelNotFound(id: string): ProblemException {
  return new ProblemException(404, 'pilot-model-not-found', { vi: 'Không tìm thấy mô hình điểm', en: 'Pilot model not found' }, { vi: `Không có mô hình điểm ${id} mà bạn được xem.`, en: `There is no pilot model ${id} you can see.` });
}

/** Loads a model the caller may see (scope like applications: own enterprise, reviewing departments, the manager's province); else 404. */
@Injectable()
export class PilotModelAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async visible(id: string, principal: Principal): Promise<PilotModelEntity> {
    const row = await this.dataSource.getRepository(PilotModelEntity).findOneBy({ id });
    if (!row || !canView(principal, { provinceCode: row.provinceCode, enterpriseId: row.enterpriseId, departmentCodes: row.departmentCodes })) throw pilotModelNotFound(id);
    return row;
  }
}
