import { BadRequestException, CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request } from 'express';
import { catchError, Observable, throwError } from 'rxjs';
import { ProblemException } from '../../../problem/problem';
import { documentTooLarge, malformedUpload } from '../document-problems';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from '../documents-options';

/** Room for the multipart framing and the small text fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Bound before FileInterceptor: refuses a body that announces itself as too large before it is
 * read, and turns multer's errors (English, generic) into the API's problems, Vietnamese first.
 */
@Injectable()
export class UploadProblemsInterceptor implements NestInterceptor {
  constructor(@Inject(DOCUMENTS_OPTIONS) private readonly options: DocumentsOptions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const declaredLength = Number(context.switchToHttp().getRequest<Request>().headers['content-length']);
    if (declaredLength > this.options.maxBytes + MULTIPART_OVERHEAD_BYTES) throw documentTooLarge(this.options.maxBytes);
    return next.handle().pipe(catchError((error: unknown) => throwError(() => this.problemOf(error))));
  }

  private problemOf(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) return documentTooLarge(this.options.maxBytes);
    if (error instanceof UnsupportedMediaTypeException) {
      return new ProblemException(
        415,
        'multipart-form-data-expected',
        { vi: 'Định dạng dữ liệu không được hỗ trợ', en: 'Unsupported media type' },
        { vi: 'Hãy gửi tệp bằng multipart/form-data.', en: 'Send the file as multipart/form-data.' },
      );
    }
    // multer's and busboy's refusals carry their own error as the cause; a pipe's 400 (e.g. a malformed id) does not.
    if (error instanceof BadRequestException && error.cause instanceof Error) {
      const code = (error.cause as { code?: unknown }).code;
      if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') {
        return malformedUpload({ vi: 'Chỉ gửi một tệp, trong trường "file".', en: 'Send exactly one file, in the "file" field.' });
      }
      if (typeof code === 'string' && code.startsWith('LIMIT_')) {
        return malformedUpload({ vi: 'Biểu mẫu có quá nhiều trường hoặc có trường quá dài.', en: 'The form has too many fields or a field that is too long.' });
      }
      return malformedUpload({ vi: 'Dữ liệu multipart/form-data không đúng định dạng.', en: 'The multipart/form-data body is malformed.' });
    }
    return error;
  }
}
