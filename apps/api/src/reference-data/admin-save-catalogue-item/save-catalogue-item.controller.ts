import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CATALOGUE_KINDS } from '../../../../../libs/domain/src/catalogues/catalogue-item';
import { RequireAction } from '../../auth/require-action.decorator';
import { AdminCatalogueItemView } from '../catalogue-item.view';
import { SaveCatalogueItemDto } from './save-catalogue-item.dto';
import { SaveCatalogueItemService } from './save-catalogue-item.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/catalogues')
export class SaveCatalogueItemController {
  constructor(private readonly service: SaveCatalogueItemService) {}

  @Put(':kind/:code')
  @RequireAction('admin.catalogues')
  @ApiOperation({ summary: 'Tạo hoặc sửa một mục danh mục · Create or replace a catalogue item' })
  @ApiParam({ name: 'kind', enum: CATALOGUE_KINDS })
  @ApiParam({ name: 'code', example: 'ISO_9001' })
  @ApiOkResponse({ type: AdminCatalogueItemView, description: 'Đã sửa · updated' })
  @ApiCreatedResponse({ type: AdminCatalogueItemView, description: 'Đã tạo · created' })
  @ApiNotFoundResponse({ description: 'Không có danh mục, hoặc mục cần sửa · unknown kind, or no item to update' })
  @ApiConflictResponse({ description: 'Mã đã có, hoặc phiên bản đã cũ · code taken, or stale version' })
  @ApiUnprocessableEntityResponse({ description: 'Mã không hợp lệ · invalid code' })
  async save(
    @Param('kind') kind: string,
    @Param('code') code: string,
    @Body() dto: SaveCatalogueItemDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AdminCatalogueItemView> {
    const { created, item } = await this.service.save(kind, code, dto);
    response.status(created ? 201 : 200);
    return item;
  }
}
