import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('encodes a Vietnamese name as RFC 5987 UTF-8, with an unaccented ASCII fallback', () => {
    expect(attachmentDisposition('Báo cáo tài chính đợt 1.pdf')).toBe(
      `attachment; filename="Bao cao tai chinh dot 1.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%C3%A0i%20ch%C3%ADnh%20%C4%91%E1%BB%A3t%201.pdf`,
    );
    expect(attachmentDisposition('ĐỀ XUẤT.docx')).toContain('filename="DE XUAT.docx"');
  });

  it('round-trips through decodeURIComponent, and escapes what would break the header', () => {
    const name = `Hồ sơ "A" (bản 2) 100%*'.pdf`;
    const header = attachmentDisposition(name);
    const extended = /filename\*=UTF-8''(\S+)$/.exec(header)?.[1] ?? '';
    expect(extended).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(extended)).toBe(name);
    expect(header).toContain(`filename="Ho so _A_ (ban 2) 100_*'.pdf"`);
    // Only ASCII: Node refuses other characters in a header value.
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });
});
