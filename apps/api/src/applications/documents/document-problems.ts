import { DOCUMENT_TYPES, type DocumentTypeName } from '../../../../../libs/storage/src/document-types';
import { ProblemException } from '../../problem/problem';

export function documentNotFound(id: string): ProblemException {
  return new ProblemException(
    404,
    'document-not-found',
    { vi: 'Không tìm thấy tài liệu', en: 'Document not found' },
    { vi: `Hồ sơ không có tài liệu nào với mã ${id}.`, en: `The application has no document with id ${id}.` },
  );
}

export function documentTooLarge(maxBytes: number): ProblemException {
  const size = humanSize(maxBytes);
  return new ProblemException(
    413,
    'document-too-large',
    { vi: 'Tệp quá lớn', en: 'File too large' },
    { vi: `Tệp vượt quá dung lượng tối đa ${size.vi} (${maxBytes} byte).`, en: `The file is larger than the limit of ${size.en} (${maxBytes} bytes).` },
    [{ field: 'file', message: { vi: `dung lượng tối đa ${size.vi}`, en: `must be at most ${size.en}` } }],
  );
}

export function unsupportedDocumentType(allowed: readonly DocumentTypeName[], declared: string | undefined): ProblemException {
  const list = allowed.map((name) => `${name.toUpperCase()} (${DOCUMENT_TYPES[name].mimeType})`).join(', ');
  return new ProblemException(
    415,
    'unsupported-document-type',
    { vi: 'Loại tệp không được chấp nhận', en: 'File type not accepted' },
    {
      vi: `Nội dung tệp${declared ? ` (khai báo là ${declared})` : ''} không thuộc các loại được chấp nhận: ${list}.`,
      en: `The file's content${declared ? ` (declared as ${declared})` : ''} is not one of the accepted types: ${list}.`,
    },
    [{ field: 'file', message: { vi: `chỉ chấp nhận ${list}`, en: `must be one of ${list}` } }],
  );
}

export function missingDocumentFile(): ProblemException {
  return new ProblemException(
    400,
    'document-file-missing',
    { vi: 'Thiếu tệp tài liệu', en: 'File missing' },
    { vi: 'Hãy gửi tệp trong trường "file" của biểu mẫu multipart/form-data.', en: 'Send the file in the "file" field of a multipart/form-data form.' },
    [{ field: 'file', message: { vi: 'là bắt buộc', en: 'is required' } }],
  );
}

export function malformedUpload(reason: { vi: string; en: string }): ProblemException {
  return new ProblemException(400, 'document-upload-malformed', { vi: 'Dữ liệu tải lên không hợp lệ', en: 'Malformed upload' }, reason);
}

export function notCaseOwner(): ProblemException {
  return new ProblemException(
    403,
    'application-not-owner',
    { vi: 'Không có quyền với hồ sơ', en: 'Not your application' },
    { vi: 'Chỉ doanh nghiệp lập hồ sơ được tải lên tài liệu của hồ sơ.', en: 'Only the enterprise that owns the application may upload its documents.' },
  );
}

export function closedForDocuments(status: string, step: string | null): ProblemException {
  const where = step ? `${status}, ${step}` : status;
  return new ProblemException(
    409,
    'application-closed-for-documents',
    { vi: 'Trạng thái hồ sơ không cho phép tải lên', en: 'Uploads not allowed in the current state' },
    {
      vi: `Chỉ tải lên tài liệu khi hồ sơ còn là bản nháp hoặc đang có yêu cầu bổ sung, hoàn thiện gửi doanh nghiệp (hiện tại: ${where}).`,
      en: `Documents may be uploaded only to a draft or while a request for supplement or revision awaits the enterprise (now: ${where}).`,
    },
  );
}

export function idempotencyKeyReused(key: string): ProblemException {
  return new ProblemException(
    422,
    'idempotency-key-reused',
    { vi: 'Idempotency-Key đã được dùng cho yêu cầu khác', en: 'Idempotency-Key reused for a different request' },
    {
      vi: `Khóa "${key}" đã được dùng để tải lên một tệp khác; hãy dùng khóa mới cho tệp mới.`,
      en: `The key "${key}" was already used to upload a different file; use a new key for a new file.`,
    },
  );
}

export function idempotencyKeyTooLong(max: number): ProblemException {
  return new ProblemException(
    400,
    'idempotency-key-too-long',
    { vi: 'Idempotency-Key quá dài', en: 'Idempotency-Key too long' },
    { vi: `Idempotency-Key dài tối đa ${max} ký tự.`, en: `The Idempotency-Key must be at most ${max} characters long.` },
  );
}

function humanSize(bytes: number): { vi: string; en: string } {
  const mib = bytes / (1024 * 1024);
  if (mib >= 1) {
    const value = Number.isInteger(mib) ? String(mib) : mib.toFixed(1);
    return { vi: `${value.replace('.', ',')} MiB`, en: `${value} MiB` };
  }
  const kib = Math.max(1, Math.round(bytes / 1024));
  return { vi: `${kib} KiB`, en: `${kib} KiB` };
}
