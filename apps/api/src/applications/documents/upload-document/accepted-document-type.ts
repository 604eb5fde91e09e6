import { detectDocumentType, DOCUMENT_TYPES, type DocumentType, type DocumentTypeName, documentTypeOfMime } from '../../../../../../libs/storage/src/document-types';

/** What browsers send when they do not know a file's type: it claims nothing, so the bytes decide alone. */
const UNSPECIFIED = new Set(['', 'application/octet-stream']);

/**
 * The type a document is accepted as, or undefined. The bytes decide (magic bytes, and the
 * archive index for Office files); the client's declared MIME type, when it says anything, must
 * name that same type, so a renamed executable or a text file labelled PDF is refused either way.
 */
export function acceptedDocumentType(declared: string | undefined, bytes: Uint8Array, allowed: readonly DocumentTypeName[]): DocumentType | undefined {
  const detected = detectDocumentType(bytes);
  if (detected === undefined || !allowed.includes(detected)) return undefined;
  const essence = (declared ?? '').split(';')[0].trim().toLowerCase();
  if (UNSPECIFIED.has(essence)) return DOCUMENT_TYPES[detected];
  return documentTypeOfMime(essence)?.name === detected ? DOCUMENT_TYPES[detected] : undefined;
}
