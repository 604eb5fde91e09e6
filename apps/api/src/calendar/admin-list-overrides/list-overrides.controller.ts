import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Response } from 'express';
import { Repository } from 'typeorm';
import { CalendarOverrideEntity } from '../../../../../libs/persistence/src/entities/reference/calendar-override.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { applyOrderBy } from '../../pagination/order-by';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { PageQueryDto } from '../../pagination/page-query.dto';
import { languageOf } from '../../problem/language';
import { CalendarOverrideRecordView } from '../calendar-override-record.view';
import { answerIn } from '../content-language';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/calendar/overrides')
export class ListOverridesController {
  constructor(@InjectRepository(CalendarOverrideEntity) private readonly overrides: Repository<CalendarOverrideEntity>) {}

  @Get()
  @RequireAction('admin.calendar')
  @ApiOperation({ summary: 'Các năm đã có điều chỉnh lịch nghỉ · Stored calendar overrides, by year (sort: year, updatedAt; default -year)' })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'vi (mặc định · default) hoặc · or en' })
  @ApiOkResponse({ type: PageOf(CalendarOverrideRecordView) })
  async list(@Query() query: PageQueryDto, @Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) response: Response): Promise<Page<CalendarOverrideRecordView>> {
    const language = languageOf(acceptLanguage);
    const builder = this.overrides.createQueryBuilder('o');
    applyOrderBy(builder, query.sort, { year: 'o.year', updatedAt: 'o.updatedAt' }, [['o.year', 'DESC']]);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    answerIn(response, language);
    return pageOf(
      rows.map((row) => CalendarOverrideRecordView.of(row.year, row, language)),
      total,
      query,
    );
  }
}
