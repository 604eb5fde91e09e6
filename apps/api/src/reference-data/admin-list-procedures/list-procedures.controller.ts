import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProcedureDefinitionEntity } from '../../../../../libs/persistence/src/entities/reference/procedure-definition.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { applyOrderBy } from '../../pagination/order-by';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { ProcedureSummaryView, ProcedureVersionView } from '../procedure.view';
import { notFound } from '../reference-problems';
import { ListProceduresQuery } from './list-procedures.query';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/procedures')
export class ListProceduresController {
  constructor(@InjectRepository(ProcedureDefinitionEntity) private readonly procedures: Repository<ProcedureDefinitionEntity>) {}

  @Get()
  @RequireAction('admin.procedures')
  @ApiOperation({ summary: 'Các phiên bản quy trình · Procedure versions (sort: code, effectiveFrom, version)' })
  @ApiOkResponse({ type: PageOf(ProcedureSummaryView) })
  async list(@Query() query: ListProceduresQuery): Promise<Page<ProcedureSummaryView>> {
    const builder = this.procedures.createQueryBuilder('procedure');
    if (query.code) builder.where('procedure.code = :code', { code: query.code });
    const sortable = { code: 'procedure.code', effectiveFrom: 'procedure.effectiveFrom', version: 'procedure.version' };
    applyOrderBy(builder, query.sort, sortable, [['procedure.code', 'ASC'], ['procedure.effectiveFrom', 'ASC']]);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    return pageOf(
      rows.map((row) => ProcedureSummaryView.of(row)),
      total,
      query,
    );
  }

  @Get(':code/:version')
  @RequireAction('admin.procedures')
  @ApiOperation({ summary: 'Một phiên bản quy trình, đầy đủ các bước · One procedure version with its whole definition' })
  @ApiOkResponse({ type: ProcedureVersionView })
  @ApiNotFoundResponse({ description: 'Không có phiên bản này · no such version' })
  async get(@Param('code') code: string, @Param('version') version: string): Promise<ProcedureVersionView> {
    const row = await this.procedures.findOneBy({ code, version });
    if (!row) throw notFound('procedure-version-not-found', { vi: 'phiên bản quy trình', en: 'procedure version' }, `${code} ${version}`);
    return ProcedureVersionView.full(row);
  }
}
