import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SupportPolicyEntity } from '../../../../../libs/persistence/src/entities/reference/support-policy.entity';
import { notFound, staleVersion } from '../reference-problems';
import { UpdateSupportPolicyDto } from '../support-policy.dto';
import { checkedPolicyRow } from '../support-policy-rows';
import { SupportPolicyView } from '../support-policy.view';

@Injectable()
export class UpdatePolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async update(code: string, dto: UpdateSupportPolicyDto): Promise<SupportPolicyView> {
    const { version, ...fields } = dto;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(SupportPolicyEntity);
      const current = await repository.findOneBy({ code });
      if (!current) throw notFound('policy-not-found', { vi: 'chính sách hỗ trợ', en: 'support policy' }, code);
      const { code: _code, ...row } = await checkedPolicyRow(manager, code, fields);
      // The version check and the write are one statement, so two editors cannot both win.
      const result = await repository.createQueryBuilder().update().set(row).where('code = :code AND version = :version', { code, version }).execute();
      if (result.affected === 0) {
        const latest = await repository.findOneByOrFail({ code });
        throw staleVersion({ vi: 'Chính sách hỗ trợ', en: 'Support policy' }, code, version, latest.version);
      }
      return SupportPolicyView.of(await repository.findOneByOrFail({ code }));
    });
  }
}
