import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SupportPolicyEntity } from '../../../../../libs/persistence/src/entities/reference/support-policy.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { applyOrderBy } from '../../pagination/order-by';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { SupportPolicyView } from '../support-policy.view';
import { ListPoliciesQuery } from './list-policies.query';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/policies')
export class ListPoliciesController {
  constructor(@InjectRepository(SupportPolicyEntity) private readonly policies: Repository<SupportPolicyEntity>) {}

  @Get()
  @RequireAction('admin.policies')
  @ApiOperation({ summary: 'Các mức hỗ trợ · Support policy rows (sort: code, validFrom, capVnd)' })
  @ApiOkResponse({ type: PageOf(SupportPolicyView) })
  async list(@Query() query: ListPoliciesQuery): Promise<Page<SupportPolicyView>> {
    const builder = this.policies.createQueryBuilder('policy');
    if (query.inForceOn) {
      builder.where('policy.validFrom <= :day AND (policy.validTo IS NULL OR policy.validTo >= :day)', { day: query.inForceOn });
    }
    const sortable = { code: 'policy.code', validFrom: 'policy.validFrom', capVnd: 'policy.capVnd' };
    applyOrderBy(builder, query.sort, sortable, [['policy.code', 'ASC']]);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    return pageOf(
      rows.map((row) => SupportPolicyView.of(row)),
      total,
      query,
    );
  }
}
