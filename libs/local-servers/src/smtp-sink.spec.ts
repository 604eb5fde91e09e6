import { decodeHeader } from './smtp-sink';

describe('decodeHeader (RFC 2047)', () => {
  it('decodes base64 and quoted-printable UTF-8 words', () => {
    expect(decodeHeader('=?UTF-8?B?VGjhu6kgSGFp?=')).toBe('Thứ Hai');
    expect(decodeHeader('=?utf-8?Q?Th=E1=BB=A9_Hai?= <a@b.vn>')).toBe('Thứ Hai <a@b.vn>');
  });

  it('joins adjacent words, dropping the space between them, so a split character survives', () => {
    // "ứ" is E1 BB A9: split between two words.
    expect(decodeHeader('=?UTF-8?Q?Th=E1?= =?UTF-8?Q?=BB=A9?= Hai')).toBe('Thứ Hai');
  });

  it('leaves plain text alone', () => {
    expect(decodeHeader('[NSCL] plain subject')).toBe('[NSCL] plain subject');
  });
});
