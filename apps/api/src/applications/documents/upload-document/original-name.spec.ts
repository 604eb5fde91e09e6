import { DOCUMENT_TYPES } from '../../../../../../libs/storage/src/document-types';
import { originalNameOf } from './original-name';

describe('originalNameOf', () => {
  const pdf = DOCUMENT_TYPES.pdf;

  it('keeps a Vietnamese name, composed (NFC) whatever the client sent', () => {
    expect(originalNameOf('Thuyết minh đề xuất.pdf', pdf)).toBe('Thuyết minh đề xuất.pdf');
    const decomposed = 'Báo cáo tài chính.pdf'.normalize('NFD');
    expect(originalNameOf(decomposed, pdf)).toBe('Báo cáo tài chính.pdf'.normalize('NFC'));
  });

  it('drops folders, control characters and bidirectional overrides', () => {
    expect(originalNameOf('C:\\Users\\an\\hồ sơ.pdf', pdf)).toBe('hồ sơ.pdf');
    expect(originalNameOf('../../etc/passwd', pdf)).toBe('passwd');
    expect(originalNameOf('bao\u0000cao\r\n.pdf', pdf)).toBe('baocao.pdf');
    expect(originalNameOf('hoso\u202efdp.exe', pdf)).toBe('hosofdp.exe');
  });

  it('names a nameless file after its type', () => {
    expect(originalNameOf(undefined, pdf)).toBe('tai-lieu.pdf');
    expect(originalNameOf('  ', DOCUMENT_TYPES.jpg)).toBe('tai-lieu.jpg');
    expect(originalNameOf('..', pdf)).toBe('tai-lieu.pdf');
  });

  it('shortens a long name to 255 characters, keeping the extension', () => {
    const shortened = originalNameOf(`${'đ'.repeat(400)}.xlsx`, DOCUMENT_TYPES.xlsx);
    expect(Array.from(shortened)).toHaveLength(255);
    expect(shortened.endsWith('đ.xlsx')).toBe(true);
  });
});
