/**
 * `attachment` with the original name twice: `filename*` (RFC 6266 / RFC 5987, UTF-8,
 * percent-encoded) for every current browser, and an ASCII `filename` for the rest, with
 * Vietnamese letters stripped of their marks ("Báo cáo tài chính" → "Bao cao tai chinh").
 */
export function attachmentDisposition(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
}

/** RFC 5987 attr-chars stay, everything else is %XX of its UTF-8 bytes (encodeURIComponent leaves ' ( ) * alone: they are not attr-chars). */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
