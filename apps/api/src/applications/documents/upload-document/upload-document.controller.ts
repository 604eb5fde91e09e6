import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../../auth/current-principal.decorator';
import { RequireAction } from '../../../auth/require-action.decorator';
import { DocumentView } from '../document.view';
import { CaseOwnerGuard } from './case-owner.guard';
import { UPLOAD_DOCUMENT_FORM, UploadDocumentDto } from './upload-document.dto';
import { UploadDocumentService } from './upload-document.service';
import { UploadProblemsInterceptor } from './upload-problems.interceptor';
import type { UploadedFileInMemory } from './uploaded-file';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class UploadDocumentController {
  constructor(private readonly service: UploadDocumentService) {}

  @Post(':id/documents')
  @HttpCode(201)
  @RequireAction('application.upload-document')
  @UseGuards(CaseOwnerGuard)
  // Order matters: the problems interceptor wraps multer's, to see (and translate) its errors.
  @UseInterceptors(UploadProblemsInterceptor, FileInterceptor('file'))
  @ApiOperation({
    summary: 'Tải lên tài liệu hồ sơ · Upload an application document',
    description:
      'Doanh nghiệp lập hồ sơ tải lên khi hồ sơ là bản nháp hoặc đang được yêu cầu bổ sung, hoàn thiện. Loại tệp được kiểm tra theo nội dung. · ' +
      "The owning enterprise uploads while the case is a draft or a supplement/revision is requested. The type is checked from the file's bytes.",
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_DOCUMENT_FORM })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Cùng khóa và cùng tệp trả lại tài liệu đã tạo · same key and file return the first document' })
  @ApiCreatedResponse({ type: DocumentView })
  @ApiResponse({ status: 400, description: 'Thiếu tệp · no file in the "file" field' })
  @ApiResponse({ status: 403, description: 'Không phải doanh nghiệp lập hồ sơ · not the owning enterprise' })
  @ApiResponse({ status: 404, description: 'Không tìm thấy hồ sơ (hoặc không được xem) · not found or not visible' })
  @ApiResponse({ status: 409, description: 'Hồ sơ không nhận tài liệu lúc này · the case takes no documents now' })
  @ApiResponse({ status: 413, description: 'Tệp quá lớn (MAX_DOCUMENT_BYTES) · file too large' })
  @ApiResponse({ status: 415, description: 'Loại tệp không được chấp nhận (ALLOWED_DOCUMENT_TYPES) · file type not accepted' })
  @ApiResponse({ status: 422, description: 'Idempotency-Key đã dùng cho tệp khác · key reused for another file' })
  upload(
    @Param('id', new ParseUUIDPipe()) id: string,
    @UploadedFile() file: UploadedFileInMemory | undefined,
    @Body() dto: UploadDocumentDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<DocumentView> {
    return this.service.upload(id, file, dto, principal, idempotencyKey?.trim() || undefined);
  }
}
