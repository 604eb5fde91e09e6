import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SupportPolicyEntity } from '../../../../../libs/persistence/src/entities/reference/support-policy.entity';
import { alreadyExists } from '../reference-problems';
import { CreateSupportPolicyDto } from '../support-policy.dto';
import { checkedPolicyRow } from '../support-policy-rows';
import { SupportPolicyView } from '../support-policy.view';

@Injectable()
export class CreatePolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(dto: CreateSupportPolicyDto): Promise<SupportPolicyView> {
    const { code, ...fields } = dto;
    return this.dataSource.transaction(async (manager) => {
      const row = await checkedPolicyRow(manager, code, fields);
      const inserted = await manager.createQueryBuilder().insert().into(SupportPolicyEntity).values(row).orIgnore().updateEntity(false).returning('code').execute();
      if ((inserted.raw as unknown[]).length === 0) throw alreadyExists('policy-exists', { vi: 'Chính sách hỗ trợ', en: 'Support policy' }, code);
      return SupportPolicyView.of(await manager.getRepository(SupportPolicyEntity).findOneByOrFail({ code }));
    });
  }
}
