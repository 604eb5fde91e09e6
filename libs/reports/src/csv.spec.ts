import { csvField, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with the UTF-8 BOM, ends every line with CRLF and keeps Vietnamese letters', () => {
    const csv = toCsv({ name: 'x', header: ['Đơn vị', 'Số việc'], rows: [['Chi cục Tiêu chuẩn Đo lường Chất lượng', 3]] });
    expect(csv).toBe('\uFEFFĐơn vị,Số việc\r\nChi cục Tiêu chuẩn Đo lường Chất lượng,3\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes only the header line for a table without rows', () => {
    expect(toCsv({ name: 'x', header: ['a', 'b'], rows: [] })).toBe('\uFEFFa,b\r\n');
  });
});

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect([csvField(0), csvField(66.7), csvField(-2), csvField(null), csvField(Number.NaN)]).toEqual(['0', '66.7', '-2', '', '']);
  });

  it('keeps text that looks like a formula from running in Excel', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
