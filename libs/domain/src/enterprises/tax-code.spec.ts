import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import { checkTaxCode, normalizeTaxCode, parseTaxCode } from './tax-code';
import { taxCodeCheckDigit } from './tax-code-check-digit';

function problemOf(input: string): string {
  const result = checkTaxCode(input);
  return result.valid ? 'valid' : result.problem;
}

describe('taxCodeCheckDigit', () => {
  it('follows 10 − (Σ weight × digit mod 11) with weights 31 29 23 19 17 13 7 5 3', () => {
    // 0·31 + 1·29 + 0·23 + 0·19 + 1·17 + 0·13 + 9·7 + 1·5 + 0·3 = 114; 114 mod 11 = 4; 10 − 4 = 6.
    expect(taxCodeCheckDigit('010010910')).toBe(6);
    // Remainder 10 gives check digit 0.
    expect(taxCodeCheckDigit('010000001')).toBe(0);
    // Remainder 0 admits no digit.
    expect(taxCodeCheckDigit('010000005')).toBeNull();
  });

  it('rejects anything but nine digits', () => {
    expect(() => taxCodeCheckDigit('01001091')).toThrow(RangeError);
    expect(() => taxCodeCheckDigit('01001091a')).toThrow(RangeError);
  });
});

describe('checkTaxCode / parseTaxCode', () => {
  it.each([
    ['0100109106', 'Viettel'],
    ['0100112437', 'Vietcombank'],
    ['0300588569', 'Vinamilk'],
    ['0101248141', 'FPT'],
    ['0100107370', 'Petrolimex (check digit 0)'],
    ['0100233488', 'python-stdnum example'],
    ['2000102580', 'python-stdnum list'],
    ['5900705097', 'python-stdnum list'],
  ])('accepts the published code %s (%s)', (code) => {
    expect(parseTaxCode(code)).toEqual({ kind: 'enterprise', value: code, base: code, branch: null });
  });

  it('accepts dependent units with or without the dash', () => {
    expect(parseTaxCode('0314409058-002')).toEqual({ kind: 'dependent-unit', value: '0314409058-002', base: '0314409058', branch: '002' });
    expect(parseTaxCode('0100112437011').value).toBe('0100112437-011');
    expect(parseTaxCode('2000102580-999').branch).toBe('999');
    expect(parseTaxCode('2000102580-001').branch).toBe('001');
  });

  it('normalises spaces, surrounding blanks and Unicode dashes', () => {
    expect(normalizeTaxCode('  0312 68 78 78 – 001 ')).toBe('0312687878-001');
    expect(parseTaxCode(' 0312 68 78 78 - 001\t').value).toBe('0312687878-001');
    expect(parseTaxCode('0311\u00a0916\u00a0028').value).toBe('0311916028');
    expect(parseTaxCode('0100109106\u2011001').value).toBe('0100109106-001');
  });

  it('accepts a 12-digit personal identification number (Circular 86/2024/TT-BTC)', () => {
    expect(parseTaxCode('001085012345')).toEqual({ kind: 'personal-id', value: '001085012345', base: '001085012345', branch: null });
  });

  it('accepts every code whose 10th digit is the computed check digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{2}\d{7}$/), (firstNine) => {
        fc.pre(firstNine.slice(2) !== '0000000');
        const check = taxCodeCheckDigit(firstNine);
        fc.pre(check !== null);
        expect(checkTaxCode(`${firstNine}${check}`).valid).toBe(true);
        const wrong = ((check as number) + 1 + (Number(firstNine[0]) % 9)) % 10;
        expect(problemOf(`${firstNine}${wrong}`)).toBe('check-digit');
      }),
    );
  });

  it.each([
    ['0100109107', 'check-digit'],
    ['0100233480', 'check-digit'],
    ['0300588560', 'check-digit'],
    ['0100109105-001', 'check-digit'],
    ['0100000050', 'check-digit'], // nine digits with remainder 0: no digit can be right
    ['0100000008', 'serial'],
    ['0100109106-000', 'branch-suffix'],
    ['0100109106000', 'branch-suffix'],
    ['0100109106-01', 'branch-suffix'],
    ['0100109106-0001', 'branch-suffix'],
    ['0100109106-', 'branch-suffix'],
    ['010010910-6001', 'dash-position'],
    ['0100109106-00-1', 'dash-position'],
    ['-0100109106', 'dash-position'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['010010910', 'length'],
    ['01001091066', 'length'],
    ['01001091060011', 'length'],
    ['12345', 'length'],
    ['VV34567890', 'non-digit'],
    ['01.00.112.437', 'non-digit'],
    ['０１００１０９１０６', 'non-digit'], // full-width digits are not ASCII digits
  ])('rejects %p as %s', (input, problem) => {
    expect(problemOf(input)).toBe(problem);
  });

  it('throws TAX_CODE_INVALID with a Vietnamese reason and the field at fault', () => {
    expect(() => parseTaxCode('0100109107', 'enterprise.taxCode')).toThrow(DomainError);
    expect(() => parseTaxCode('0100109107', 'enterprise.taxCode')).toThrow(
      expect.objectContaining({
        code: 'TAX_CODE_INVALID',
        field: 'enterprise.taxCode',
        text: expect.objectContaining({
          vi: expect.stringContaining('chữ số thứ 10 phải là 6 chứ không phải 7'),
          en: expect.stringContaining('must be 6, not 7'),
        }),
      }),
    );
    expect(() => parseTaxCode('12345')).toThrow(expect.objectContaining({ field: 'taxCode', text: expect.objectContaining({ vi: expect.stringContaining('có 5 chữ số') }) }));
    expect(() => parseTaxCode('0100109106-000')).toThrow(expect.objectContaining({ text: expect.objectContaining({ vi: expect.stringContaining('từ 001 đến 999') }) }));
  });
});
