/**
 * The entry names of a ZIP archive, read from its central directory (the index at the end of the
 * file), or undefined when the bytes are not a complete, well-formed archive. Reading the index
 * rather than the first local header tells a Word or Excel file from any other ZIP, and refuses a
 * truncated upload. ZIP64 archives are read too.
 */
export function zipEntryNames(bytes: Uint8Array, maxEntries = 10_000): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === undefined) return undefined;

  let entries = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(view, end);
    if (!zip64) return undefined;
    ({ entries, directorySize, directoryOffset } = zip64);
  }
  if (entries > maxEntries || directoryOffset + directorySize > end) return undefined;

  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let offset = directoryOffset;
  for (let index = 0; index < entries; index += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > end) return undefined;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The record is 22 bytes plus a comment of up to 65535: search backwards from the end. */
function findEndOfCentralDirectory(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  for (let offset = last; offset >= 0 && offset >= last - 0xffff; offset -= 1) {
    if (view.getUint32(offset, true) === 0x06054b50 && offset + 22 + view.getUint16(offset + 20, true) === view.byteLength) return offset;
  }
  return undefined;
}

function readZip64End(view: DataView, end: number): { entries: number; directorySize: number; directoryOffset: number } | undefined {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) return undefined;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (!Number.isSafeInteger(record) || record + 56 > locator || view.getUint32(record, true) !== 0x06064b50) return undefined;
  const entries = Number(view.getBigUint64(record + 32, true));
  const directorySize = Number(view.getBigUint64(record + 40, true));
  const directoryOffset = Number(view.getBigUint64(record + 48, true));
  if (![entries, directorySize, directoryOffset].every(Number.isSafeInteger)) return undefined;
  // The index then ends at the ZIP64 record, not at the classic one.
  if (directoryOffset + directorySize > record) return undefined;
  return { entries, directorySize, directoryOffset };
}
