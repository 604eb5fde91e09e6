import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../../../../libs/domain/src/errors/domain-error';
import { titleOf } from './http-problems';
import { languageOf } from './language';
import { ProblemDetails, ProblemException } from './problem';

const TYPE_BASE = 'https://nscl.gov.vn/problems/';

/** Every error leaves the API as application/problem+json, in the caller's language. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const language = languageOf(request.headers['accept-language']);
    const problem = this.toProblem(exception, language);
    problem.instance = request.originalUrl;
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, language: 'vi' | 'en'): ProblemDetails {
    if (exception instanceof ProblemException) {
      return {
        type: TYPE_BASE + exception.slug,
        title: exception.title[language],
        status: exception.status,
        detail: exception.detail[language],
        ...(exception.errors.length > 0 ? { errors: exception.errors.map(({ field, message }) => ({ field, message: message[language] })) } : {}),
      };
    }
    if (exception instanceof DomainError) {
      const title = titleOf(exception.status);
      return {
        type: TYPE_BASE + exception.code.toLowerCase().replace(/_/g, '-'),
        title: title[language],
        status: exception.status,
        detail: exception.text[language],
        ...(exception.field ? { errors: [{ field: exception.field, message: exception.text[language] }] } : {}),
      };
    }
    const bodyError = bodyParserError(exception);
    if (bodyError) {
      const title = titleOf(bodyError.status);
      return { type: TYPE_BASE + title.slug, title: title[language], status: bodyError.status, detail: bodyError.detail[language] };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const title = titleOf(status);
      const english = exception.message;
      return { type: TYPE_BASE + title.slug, title: title[language], status, detail: language === 'vi' ? `${title.vi}: ${english}` : english };
    }
    const cause = exception instanceof Error && exception.cause instanceof Error ? `\nCaused by: ${exception.cause.stack ?? exception.cause.message}` : '';
    this.logger.error(exception instanceof Error ? `${exception.stack ?? exception.message}${cause}` : String(exception));
    const title = titleOf(500);
    return {
      type: TYPE_BASE + title.slug,
      title: title[language],
      status: 500,
      detail: language === 'vi' ? 'Đã xảy ra lỗi không mong muốn; yêu cầu chưa được thực hiện.' : 'An unexpected error occurred; the request was not carried out.',
    };
  }
}

/** Express's body parser rejects malformed or oversized bodies before any controller runs (Nest wraps its error as the cause). */
function bodyParserError(exception: unknown): { status: number; detail: { vi: string; en: string } } | undefined {
  const error = exception as { type?: unknown; cause?: { type?: unknown } } | null;
  const type = error?.type ?? error?.cause?.type;
  if (type === 'entity.parse.failed') return { status: 400, detail: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' } };
  if (type === 'entity.too.large') return { status: 413, detail: { vi: 'Nội dung gửi lên vượt quá dung lượng cho phép.', en: 'The request body is larger than allowed.' } };
  return undefined;
}
