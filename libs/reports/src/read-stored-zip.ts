/**
 * Reads back the entries of a ZIP whose entries are stored (not compressed), with the CRC-32
 * each entry declares: enough to check what storeZip and toXlsx wrote.
 */
export function readStoredZip(bytes: Buffer): { name: string; data: Buffer; crc: number; method: number }[] {
  const entries: { name: string; data: Buffer; crc: number; method: number }[] = [];
  let offset = 0;
  while (offset + 4 <= bytes.length && bytes.readUInt32LE(offset) === 0x04034b50) {
    const method = bytes.readUInt16LE(offset + 8);
    const crc = bytes.readUInt32LE(offset + 14);
    const size = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extraLength = bytes.readUInt16LE(offset + 28);
    const start = offset + 30 + nameLength + extraLength;
    entries.push({ name: bytes.subarray(offset + 30, offset + 30 + nameLength).toString('utf8'), data: bytes.subarray(start, start + size), crc, method });
    offset = start + size;
  }
  return entries;
}
