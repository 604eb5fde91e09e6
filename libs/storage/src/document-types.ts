import { zipEntryNames } from './zip-entries';

/** The kinds of file a dossier may hold, by short name (ALLOWED_DOCUMENT_TYPES lists these). */
export const DOCUMENT_TYPE_NAMES = ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'zip'] as const;
export type DocumentTypeName = (typeof DOCUMENT_TYPE_NAMES)[number];

export interface DocumentType {
  name: DocumentTypeName;
  /** The MIME type stored and served. */
  mimeType: string;
  /** Other MIME types clients send for the same kind of file. */
  aliases: readonly string[];
  extensions: readonly string[];
}

export const DOCUMENT_TYPES: Readonly<Record<DocumentTypeName, DocumentType>> = {
  pdf: { name: 'pdf', mimeType: 'application/pdf', aliases: ['application/x-pdf'], extensions: ['.pdf'] },
  docx: { name: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', aliases: [], extensions: ['.docx'] },
  xlsx: { name: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', aliases: [], extensions: ['.xlsx'] },
  jpg: { name: 'jpg', mimeType: 'image/jpeg', aliases: ['image/jpg', 'image/pjpeg'], extensions: ['.jpg', '.jpeg'] },
  png: { name: 'png', mimeType: 'image/png', aliases: ['image/x-png'], extensions: ['.png'] },
  zip: { name: 'zip', mimeType: 'application/zip', aliases: ['application/x-zip-compressed', 'application/x-zip'], extensions: ['.zip'] },
};

export function isDocumentTypeName(value: string): value is DocumentTypeName {
  return (DOCUMENT_TYPE_NAMES as readonly string[]).includes(value);
}

/** The type a MIME type (or one of its aliases) names, parameters and case ignored. */
export function documentTypeOfMime(mimeType: string): DocumentType | undefined {
  const essence = mimeType.split(';')[0].trim().toLowerCase();
  return Object.values(DOCUMENT_TYPES).find((type) => type.mimeType === essence || type.aliases.includes(essence));
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/**
 * What the bytes are, by their signature ("magic bytes") and, for ZIP containers, by the entries
 * of the archive's index: a Word file has `word/…`, an Excel file `xl/…`, next to
 * `[Content_Types].xml`. Undefined for anything else, including macro-enabled Office files and
 * archives whose index is missing or broken.
 */
export function detectDocumentType(bytes: Uint8Array): DocumentTypeName | undefined {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpg';
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY)) return zipFlavour(bytes);
  return undefined;
}

function zipFlavour(bytes: Uint8Array): DocumentTypeName | undefined {
  const names = zipEntryNames(bytes);
  if (names === undefined) return undefined;
  if (!names.includes('[Content_Types].xml')) return 'zip';
  if (names.some((name) => name.endsWith('vbaProject.bin'))) return undefined;
  if (names.some((name) => name.startsWith('word/'))) return 'docx';
  if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
  return 'zip';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}
