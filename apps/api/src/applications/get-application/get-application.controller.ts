import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApplicationEntity } from '../../../../../libs/persistence/src/entities/application.entity';
import { applicationNotFound } from '../application-not-found';
import { ApplicationView } from '../application.view';
import { RequireAction } from '../../auth/require-action.decorator';

@ApiTags('applications')
@Controller('applications')
export class GetApplicationController {
  constructor(@InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>) {}

  @Get(':id')
  @RequireAction('application.read')
  @ApiOperation({ summary: 'Xem hồ sơ · Get an application' })
  @ApiOkResponse({ type: ApplicationView })
  @ApiNotFoundResponse({ description: 'Không tìm thấy hồ sơ' })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ApplicationView> {
    const row = await this.applications.findOneBy({ id });
    if (!row) throw applicationNotFound(id);
    return ApplicationView.of(row);
  }
}
