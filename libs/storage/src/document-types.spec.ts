import { detectDocumentType, documentTypeOfMime } from './document-types';
import { zipEntryNames } from './zip-entries';

/** Little-endian fields of `bytes` bytes each. */
function le(...fields: [value: number, bytes: 2 | 4][]): number[] {
  return fields.flatMap(([value, bytes]) => Array.from({ length: bytes }, (_, index) => Math.floor(value / 256 ** index) % 256));
}

/** A ZIP archive with stored (uncompressed) entries, as real tools lay it out: local headers, index, end record. */
function zipOf(names: string[], comment = ''): Uint8Array {
  const encode = (value: string) => [...new TextEncoder().encode(value)];
  const parts: number[] = [];
  const index: number[] = [];
  for (const name of names) {
    const nameBytes = encode(name);
    const data = encode(`content of ${name}`);
    const offset = parts.length;
    parts.push(...le([0x04034b50, 4], [20, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [data.length, 4], [data.length, 4], [nameBytes.length, 2], [0, 2]), ...nameBytes, ...data);
    index.push(
      ...le([0x02014b50, 4], [20, 2], [20, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [data.length, 4], [data.length, 4]),
      ...le([nameBytes.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]),
      ...nameBytes,
    );
  }
  const commentBytes = encode(comment);
  const end = le([0x06054b50, 4], [0, 2], [0, 2], [names.length, 2], [names.length, 2], [index.length, 4], [parts.length, 4], [commentBytes.length, 2]);
  return Uint8Array.from([...parts, ...index, ...end, ...commentBytes]);
}

const text = (value: string) => new TextEncoder().encode(value);

describe('detectDocumentType', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    expect(detectDocumentType(text('%PDF-1.4\n%âãÏÓ\n'))).toBe('pdf');
    expect(detectDocumentType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('png');
    expect(detectDocumentType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpg');
  });

  it('refuses what only claims to be a document: an executable, plain text, an empty file, a signature cut short', () => {
    expect(detectDocumentType(Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]))).toBeUndefined();
    expect(detectDocumentType(text('Báo cáo tài chính năm 2025'))).toBeUndefined();
    expect(detectDocumentType(new Uint8Array())).toBeUndefined();
    expect(detectDocumentType(text('%PDF'))).toBeUndefined();
    expect(detectDocumentType(text(' %PDF-1.4'))).toBeUndefined();
  });

  it('tells Word and Excel files from other ZIP archives by the entries of the index', () => {
    expect(detectDocumentType(zipOf(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']))).toBe('docx');
    expect(detectDocumentType(zipOf(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']))).toBe('xlsx');
    expect(detectDocumentType(zipOf(['bao-cao/2025.pdf', 'bao-cao/2024.pdf']))).toBe('zip');
    expect(detectDocumentType(zipOf([]))).toBe('zip');
  });

  it('refuses macro-enabled Office files and truncated archives', () => {
    expect(detectDocumentType(zipOf(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']))).toBeUndefined();
    const whole = zipOf(['[Content_Types].xml', 'word/document.xml']);
    expect(detectDocumentType(whole.subarray(0, whole.length - 10))).toBeUndefined();
  });
});

describe('zipEntryNames', () => {
  it('reads the index behind an archive comment, with UTF-8 names', () => {
    expect(zipEntryNames(zipOf(['hồ sơ/đề xuất.pdf'], 'Bình luận PK\u0005\u0006'))).toEqual(['hồ sơ/đề xuất.pdf']);
  });

  it('refuses an index that points outside the file', () => {
    const archive = zipOf(['a.txt']);
    const corrupt = Uint8Array.from(archive);
    // The end record's "offset of the index" field (end record starts 22 bytes from the end).
    new DataView(corrupt.buffer).setUint32(corrupt.length - 22 + 16, archive.length, true);
    expect(zipEntryNames(corrupt)).toBeUndefined();
  });
});

describe('documentTypeOfMime', () => {
  it('knows the MIME types and the aliases browsers send, ignoring case and parameters', () => {
    expect(documentTypeOfMime('application/pdf')?.name).toBe('pdf');
    expect(documentTypeOfMime('IMAGE/JPG')?.name).toBe('jpg');
    expect(documentTypeOfMime('application/x-zip-compressed; charset=binary')?.name).toBe('zip');
    expect(documentTypeOfMime('text/plain')).toBeUndefined();
  });
});
