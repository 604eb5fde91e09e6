import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { claimsOf, principalOfClaims } from './access-token-claims';

describe('access token claims', () => {
  const officer: Principal = {
    userId: '0b7c6d1e-0000-4000-8000-000000000001',
    username: 'head.tdc',
    roles: ['department-officer'],
    provinceCode: 'thanh-hoa',
    departmentCode: 'thanh-hoa/chi-cuc-tdc',
    isUnitHead: true,
    councilIds: [],
  };
  const admin: Principal = { userId: 'a', username: 'admin', roles: ['administrator'], provinceCode: null, councilIds: [] };

  const session = '5e551011-0000-4000-8000-000000000001';

  it('carries exactly the principal and its session, for staff and for the whole-instance administrator', () => {
    expect(principalOfClaims(JSON.parse(JSON.stringify(claimsOf(officer, session))))).toEqual({ principal: officer, sessionId: session });
    expect(principalOfClaims(JSON.parse(JSON.stringify(claimsOf(admin, session))))).toEqual({ principal: admin, sessionId: session });
  });

  it.each([
    ['another kind of token', { typ: 'refresh' }],
    ['no subject', { sub: undefined }],
    ['no session (a token of the shape before sessions)', { sid: undefined }],
    ['an unknown role', { roles: ['superuser'] }],
    ['no role', { roles: [] }],
    ['a province that is not text', { provinceCode: 7 }],
    ['councils that are not a list', { councilIds: 'c1' }],
  ])('refuses a payload with %s', (_case, change) => {
    expect(principalOfClaims({ ...claimsOf(officer, session), ...change })).toBeUndefined();
  });
});
