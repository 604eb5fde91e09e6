import { applyDecorators, StreamableFile, type Type } from '@nestjs/common';
import { ApiBadRequestResponse, ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { toCsv } from '../../../../../libs/reports/src/csv';
import { localizeTable, type LocalizedTable } from '../../../../../libs/reports/src/table';
import { toXlsx, XLSX_CONTENT_TYPE } from '../../../../../libs/reports/src/xlsx';
import { attachmentDisposition } from '../../applications/documents/download-document/content-disposition';
import type { Language } from '../../problem/language';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * A dashboard as a file: CSV carries the first table (a CSV has one), XLSX one sheet per table.
 * `fileName` is without extension; the labels are in the caller's language.
 */
export function tableFile(format: 'csv' | 'xlsx', tables: readonly LocalizedTable[], language: Language, fileName: string, response: Response): StreamableFile {
  const localized = tables.map((table) => localizeTable(table, language));
  const bytes = format === 'csv' ? Buffer.from(toCsv(localized[0]), 'utf8') : toXlsx(localized);
  // Figures change with every decision: never serve a stale copy.
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  return new StreamableFile(bytes, {
    type: format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE,
    length: bytes.length,
    disposition: attachmentDisposition(`${fileName}.${format}`),
  });
}

/** OpenAPI: the route answers JSON (`view`, when it has a class) or, with ?format=csv|xlsx, a file to download. */
export function ApiTableExport(view?: Type<unknown>) {
  const json = view ? { $ref: getSchemaPath(view) } : { type: 'object' as const };
  const file = { type: 'string' as const, format: 'binary' };
  return applyDecorators(
    ...(view ? [ApiExtraModels(view)] : []),
    ApiProduces('application/json', CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE),
    ApiOkResponse({
      description: 'JSON mặc định; ?format=csv: tệp CSV (UTF-8, có BOM); ?format=xlsx: bảng tính Excel · JSON by default; a CSV or XLSX attachment with ?format=',
      content: { 'application/json': { schema: json }, [CSV_CONTENT_TYPE]: { schema: { type: 'string' } }, [XLSX_CONTENT_TYPE]: { schema: file } },
      headers: { 'Content-Disposition': { description: 'attachment; filename="…" (csv, xlsx)', schema: { type: 'string' } } },
    }),
    ApiBadRequestResponse({ description: 'format không thuộc json, csv, xlsx · format is not one of json, csv, xlsx (application/problem+json)' }),
  );
}
