import { crc32 } from 'node:zlib';
import { zipEntryNames } from '../../storage/src/zip-entries';
import { readStoredZip } from './read-stored-zip';
import { storeZip } from './store-zip';

describe('storeZip', () => {
  it('uses the standard CRC-32 (check value of "123456789")', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('writes a well-formed archive whose index lists every entry, stored with its CRC', () => {
    const zip = storeZip([
      { name: 'a.txt', data: Buffer.from('hello') },
      { name: 'thư mục/bảng.xml', data: Buffer.from('<x>Thanh Hóa</x>') },
      { name: 'empty', data: new Uint8Array(0) },
    ]);
    expect(zipEntryNames(zip)).toEqual(['a.txt', 'thư mục/bảng.xml', 'empty']);
    const entries = readStoredZip(zip);
    expect(entries.map(({ name, data }) => [name, data.toString('utf8')])).toEqual([
      ['a.txt', 'hello'],
      ['thư mục/bảng.xml', '<x>Thanh Hóa</x>'],
      ['empty', ''],
    ]);
    for (const entry of entries) {
      expect(entry.method).toBe(0);
      expect(entry.crc).toBe(crc32(entry.data));
    }
  });

  it('gives the same bytes for the same entries', () => {
    const entries = [{ name: 'a', data: Buffer.from('1') }];
    expect(storeZip(entries).equals(storeZip(entries))).toBe(true);
  });
});
