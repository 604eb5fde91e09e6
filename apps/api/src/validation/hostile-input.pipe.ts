import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ProblemException } from '../problem/problem';
import { findHostileValue, HostileFinding, MAX_JSON_DEPTH } from './hostile-input';

const MESSAGES: Record<HostileFinding['reason'], { vi: string; en: string }> = {
  'refused-character': { vi: 'chứa ký tự không hợp lệ (NUL hoặc UTF-16 lẻ)', en: 'contains a character that is not allowed (NUL or a lone UTF-16 surrogate)' },
  'unsafe-number': { vi: 'là số vượt quá phạm vi cho phép (±9007199254740991)', en: 'is a number outside the allowed range (±9007199254740991)' },
  'too-deep': { vi: `lồng nhau quá ${MAX_JSON_DEPTH} cấp`, en: `is nested more than ${MAX_JSON_DEPTH} levels deep` },
};

/**
 * Runs before the ValidationPipe on every body, query and path parameter: a value no route may accept
 * (hostile-input.ts) is a 400 problem at once, naming the field, before any DTO or workflow sees it.
 */
@Injectable()
export class HostileInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const found = findHostileValue(value, metadata.type === 'param' && metadata.data ? metadata.data : '');
    if (!found) return value;
    const field = found.field || metadata.data || metadata.type;
    const message = MESSAGES[found.reason];
    throw new ProblemException(
      400,
      'validation',
      { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
      { vi: `Dữ liệu gửi lên không hợp lệ ở: ${field}`, en: `The request has invalid fields: ${field}` },
      [{ field, message: { vi: `${field} ${message.vi}`, en: `${field} ${message.en}` } }],
    );
  }
}
