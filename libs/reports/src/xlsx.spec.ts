import { zipEntryNames } from '../../storage/src/zip-entries';
import { readStoredZip } from './read-stored-zip';
import { columnName, escapeXml, toXlsx } from './xlsx';

function parts(bytes: Buffer): Record<string, string> {
  return Object.fromEntries(readStoredZip(bytes).map(({ name, data }) => [name, data.toString('utf8')]));
}

describe('toXlsx', () => {
  const steps = {
    name: 'Theo bước',
    header: ['Tỉnh', 'Đơn vị', 'Đang mở', 'Đúng hạn (%)'],
    rows: [
      ['thanh-hoa', 'Chi cục TĐC & "QA" <1>', 3, 66.7],
      ['hung-yen', 'Sở KH&CN', 0, null],
    ],
  };

  it('is a zip holding the SpreadsheetML parts Excel needs, one sheet per table', () => {
    const bytes = toXlsx([steps, { name: 'Chỉ tiêu', header: ['x'], rows: [] }]);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'));
    expect(zipEntryNames(bytes)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const xml = parts(bytes);
    expect(xml['[Content_Types].xml']).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(xml['xl/workbook.xml']).toContain('<sheet name="Theo bước" sheetId="1" r:id="rId1"/><sheet name="Chỉ tiêu" sheetId="2" r:id="rId2"/>');
    expect(xml['xl/_rels/workbook.xml.rels']).toContain('Target="worksheets/sheet2.xml"');
  });

  it('writes text as escaped inline strings, numbers as numbers and null as no cell', () => {
    const sheet = parts(toXlsx([steps]))['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">Tỉnh</t></is></c>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">Chi cục TĐC &amp; &quot;QA&quot; &lt;1&gt;</t></is></c>');
    expect(sheet).toContain('<c r="C2"><v>3</v></c><c r="D2"><v>66.7</v></c></row>');
    expect(sheet).toContain('<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">hung-yen</t></is></c><c r="B3" t="inlineStr"><is><t xml:space="preserve">Sở KH&amp;CN</t></is></c><c r="C3"><v>0</v></c></row>');
  });

  it('makes sheet names Excel accepts: short, without forbidden characters, unique', () => {
    const workbook = parts(toXlsx([{ name: 'a/b:c', header: [], rows: [] }, { name: 'A/B:C', header: [], rows: [] }, { name: 'x'.repeat(40), header: [], rows: [] }]))['xl/workbook.xml'];
    expect(workbook).toContain('name="a b c"');
    expect(workbook).toContain('name="A B C 2"');
    expect(workbook).toContain(`name="${'x'.repeat(31)}"`);
  });

  it('refuses an empty workbook', () => {
    expect(() => toXlsx([])).toThrow();
  });
});

describe('columnName', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, name) => {
    expect(columnName(index)).toBe(name);
  });
});

describe('escapeXml', () => {
  it('drops characters XML 1.0 forbids and keeps tabs, line breaks and Vietnamese', () => {
    expect(escapeXml('a\u0000b\u0007c\td\ne Đồng\uFFFE')).toBe('abc\td\ne Đồng');
  });
});
