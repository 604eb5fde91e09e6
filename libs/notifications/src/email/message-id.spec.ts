import { deterministicMessageId, mailDomainOf } from './message-id';

describe('deterministicMessageId', () => {
  it('is the same for the same key, and differs between keys', () => {
    const first = deterministicMessageId('task-1:reminder:before-3#email', 'example.gov.vn');
    expect(deterministicMessageId('task-1:reminder:before-3#email', 'example.gov.vn')).toBe(first);
    expect(deterministicMessageId('task-1:reminder:before-1#email', 'example.gov.vn')).not.toBe(first);
  });

  it('is a valid msg-id whatever the key contains', () => {
    expect(deterministicMessageId('hồ sơ <1>@x y', 'example.gov.vn')).toMatch(/^<nscl\.[0-9a-f]{40}@example\.gov\.vn>$/);
  });
});

describe('mailDomainOf', () => {
  it('takes the domain of the sender address', () => {
    expect(mailDomainOf('Hệ thống NSCL <no-reply@SoKHCN.ThanhHoa.gov.vn>')).toBe('sokhcn.thanhhoa.gov.vn');
    expect(mailDomainOf('no-reply@example.org')).toBe('example.org');
    expect(mailDomainOf('nobody')).toBe('nscl.localhost');
  });
});
