import { DomainError } from '../../../../../libs/domain/src/errors/domain-error';
import { assertNewUserScope, NewUserScope } from './user-scope-rules';

function fieldAtFault(scope: NewUserScope): string | undefined {
  try {
    assertNewUserScope(scope);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
}

describe('assertNewUserScope', () => {
  it('accepts the shapes of the demo accounts', () => {
    expect(fieldAtFault({ roles: ['administrator'] })).toBeUndefined();
    expect(fieldAtFault({ roles: ['department-officer'], provinceCode: 'thanh-hoa', departmentCode: 'thanh-hoa/chi-cuc-tdc', isUnitHead: true })).toBeUndefined();
    expect(fieldAtFault({ roles: ['enterprise-user'], provinceCode: 'thanh-hoa', enterpriseId: 'e', enterprise: { provinceCode: 'thanh-hoa' } })).toBeUndefined();
    expect(fieldAtFault({ roles: ['enterprise-user'], provinceCode: 'thanh-hoa' })).toBeUndefined();
    expect(fieldAtFault({ roles: ['council-member'], provinceCode: 'thanh-hoa', councilIds: ['c'] })).toBeUndefined();
    expect(fieldAtFault({ roles: ['programme-manager'], provinceCode: 'hung-yen', departmentCode: 'hung-yen/so-khcn' })).toBeUndefined();
  });

  it.each<[string, NewUserScope, string]>([
    ['no role', { roles: [], provinceCode: 'thanh-hoa' }, 'roles'],
    ['no province for a non-administrator', { roles: ['programme-manager'] }, 'provinceCode'],
    ['a merged-away province', { roles: ['programme-manager'], provinceCode: 'thai-binh' }, 'provinceCode'],
    ['an officer without a department', { roles: ['department-officer'], provinceCode: 'thanh-hoa' }, 'departmentCode'],
    ['a department of another province', { roles: ['department-officer'], provinceCode: 'thanh-hoa', departmentCode: 'hung-yen/so-tai-chinh' }, 'departmentCode'],
    ['an enterprise for a non-enterprise role', { roles: ['programme-manager'], provinceCode: 'thanh-hoa', enterpriseId: 'e', enterprise: { provinceCode: 'thanh-hoa' } }, 'enterpriseId'],
    ['a missing enterprise', { roles: ['enterprise-user'], provinceCode: 'thanh-hoa', enterpriseId: 'e', enterprise: null }, 'enterpriseId'],
    ['an enterprise of another province', { roles: ['enterprise-user'], provinceCode: 'thanh-hoa', enterpriseId: 'e', enterprise: { provinceCode: 'hung-yen' } }, 'enterpriseId'],
    ['an approver who is no officer', { roles: ['programme-manager'], provinceCode: 'thanh-hoa', isApprover: true }, 'isApprover'],
    ['councils for a non-council role', { roles: ['enterprise-user'], provinceCode: 'thanh-hoa', councilIds: ['c'] }, 'councilIds'],
  ])('refuses %s', (_case, scope, field) => {
    expect(fieldAtFault(scope)).toBe(field);
  });
});
