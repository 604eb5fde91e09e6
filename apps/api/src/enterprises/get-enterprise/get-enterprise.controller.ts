import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { EnterpriseEntity } from '../../../../../libs/persistence/src/entities/identity/enterprise.entity';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { enterpriseNotFound } from '../enterprise-not-found';
import { canReadEnterprise } from '../enterprise-scope';
import { EnterpriseView } from '../enterprise.view';

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('enterprises')
export class GetEnterpriseController {
  constructor(@InjectRepository(EnterpriseEntity) private readonly enterprises: Repository<EnterpriseEntity>) {}

  @Get(':id')
  @RequireAction('enterprise.read')
  @ApiOperation({ summary: 'Xem doanh nghiệp · Get an enterprise' })
  @ApiOkResponse({ type: EnterpriseView })
  @ApiNotFoundResponse({ description: 'Không có, hoặc ngoài phạm vi được xem · missing or outside the caller’s scope' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<EnterpriseView> {
    const row = await this.enterprises.findOneBy({ id });
    // Out of scope answers like missing: a 403 would confirm the enterprise exists.
    if (!row || !canReadEnterprise(principal, row)) throw enterpriseNotFound(id);
    return EnterpriseView.of(row);
  }
}
