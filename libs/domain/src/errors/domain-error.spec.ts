import { DomainError } from './domain-error';

describe('DomainError', () => {
  it('keeps the code, both languages and the field at fault', () => {
    const error = new DomainError('TAX_CODE_INVALID', { vi: 'Mã số thuế không hợp lệ', en: 'Invalid tax code' }, 'taxCode');
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Invalid tax code');
    expect(error.text.vi).toBe('Mã số thuế không hợp lệ');
    expect(error.field).toBe('taxCode');
    expect(error.status).toBe(422);
  });
});
