import type { DocumentType } from '../../../../../../libs/storage/src/document-types';

const MAX_CHARACTERS = 255;
/** Control characters and the bidirectional overrides that make "hoso‮fdp.exe" read as "hosoexe.pdf". */
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The name a document is kept and served under: the client's file name without any folder,
 * unsafe characters or surrounding blanks, in NFC (macOS sends Vietnamese decomposed), at most
 * 255 characters with its extension kept. A missing name becomes "tai-lieu" plus the type's extension.
 */
export function originalNameOf(clientName: string | undefined, type: DocumentType): string {
  const base = (clientName ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const name = base.replace(UNSAFE, '').trim();
  if (name === '' || /^\.+$/.test(name)) return `tai-lieu${type.extensions[0]}`;
  const characters = Array.from(name);
  if (characters.length <= MAX_CHARACTERS) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  return Array.from(name.slice(0, name.length - extension.length)).slice(0, MAX_CHARACTERS - Array.from(extension).length).join('') + extension;
}
