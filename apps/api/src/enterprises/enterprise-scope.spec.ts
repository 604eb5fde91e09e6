import type { Principal } from '../../../../libs/domain/src/identity/principal';
import type { Role } from '../../../../libs/domain/src/identity/role';
import { canReadEnterprise, canRegisterEnterpriseIn } from './enterprise-scope';

const person = (roles: Role[], provinceCode: string | null, extra: Partial<Principal> = {}): Principal => ({
  userId: 'u',
  username: 'u',
  roles,
  provinceCode,
  councilIds: [],
  ...extra,
});

const enterpriseA = { id: 'ent-a', provinceCode: 'thanh-hoa' };

describe('canReadEnterprise', () => {
  it.each([
    ['its own enterprise user', person(['enterprise-user'], 'thanh-hoa', { enterpriseId: 'ent-a' }), true],
    ['another enterprise of the province', person(['enterprise-user'], 'thanh-hoa', { enterpriseId: 'ent-b' }), false],
    ['an officer of the province (any department)', person(['department-officer'], 'thanh-hoa', { departmentCode: 'thanh-hoa/so-tai-chinh' }), true],
    ['an officer of another province', person(['department-officer'], 'hung-yen', { departmentCode: 'hung-yen/so-tai-chinh' }), false],
    ['a council secretary of the province', person(['council-secretary'], 'thanh-hoa'), true],
    ['a council member of the province', person(['council-member'], 'thanh-hoa'), false],
    ['the programme manager of the province', person(['programme-manager'], 'thanh-hoa'), true],
    ['the programme manager of another province', person(['programme-manager'], 'hung-yen'), false],
    ['the administrator', person(['administrator'], null), true],
  ])('%s → %s', (_who, principal, expected) => {
    expect(canReadEnterprise(principal, enterpriseA)).toBe(expected);
  });
});

describe('canRegisterEnterpriseIn', () => {
  it.each([
    ['a manager, own province', person(['programme-manager'], 'thanh-hoa'), 'thanh-hoa', true],
    ['a manager, another province', person(['programme-manager'], 'thanh-hoa'), 'hung-yen', false],
    ['an enterprise user without an enterprise, own province', person(['enterprise-user'], 'thanh-hoa'), 'thanh-hoa', true],
    ['an enterprise user without an enterprise, another province', person(['enterprise-user'], 'thanh-hoa'), 'hung-yen', false],
    ['an enterprise user who already acts for one', person(['enterprise-user'], 'thanh-hoa', { enterpriseId: 'ent-a' }), 'thanh-hoa', false],
    ['an officer (not allowed by the role anyway)', person(['department-officer'], 'thanh-hoa'), 'thanh-hoa', false],
    ['the administrator, any province', person(['administrator'], null), 'hung-yen', true],
  ])('%s → %s', (_who, principal, provinceCode, expected) => {
    expect(canRegisterEnterpriseIn(principal, provinceCode)).toBe(expected);
  });
});
