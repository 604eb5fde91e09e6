import { canView } from './can-view';
import type { Principal } from './principal';
import type { ResourceScope } from './resource-scope';

function principal(overrides: Partial<Principal>): Principal {
  return { userId: 'u-1', username: 'someone', roles: [], provinceCode: 'thanh-hoa', councilIds: [], ...overrides };
}

/** An application of enterprise A in Thanh Hóa, routed to Chi cục TĐC, before council C1. */
const record: ResourceScope = {
  provinceCode: 'thanh-hoa',
  enterpriseId: 'ent-a',
  departmentCodes: ['thanh-hoa/chi-cuc-tdc'],
  councilIds: ['council-1'],
};
const someoneElses: ResourceScope = {
  provinceCode: 'thanh-hoa',
  enterpriseId: 'ent-b',
  departmentCodes: ['thanh-hoa/so-y-te'],
  councilIds: ['council-2'],
};
const otherProvince: ResourceScope = { ...record, provinceCode: 'hung-yen' };

describe('canView', () => {
  const cases: [string, Principal, boolean, boolean][] = [
    // role, principal, sees own record, sees someone else's record (same province)
    ['enterprise user', principal({ roles: ['enterprise-user'], enterpriseId: 'ent-a' }), true, false],
    ['department officer', principal({ roles: ['department-officer'], departmentCode: 'thanh-hoa/chi-cuc-tdc' }), true, false],
    ['council member', principal({ roles: ['council-member'], councilIds: ['council-1'] }), true, false],
    ['programme manager', principal({ roles: ['programme-manager'], departmentCode: 'thanh-hoa/so-khcn' }), true, true],
  ];

  it.each(cases)('%s: own record %s, someone else’s %s, never another province', (_role, who, own, others) => {
    expect(canView(who, record)).toBe(own);
    expect(canView(who, someoneElses)).toBe(others);
    expect(canView(who, otherProvince)).toBe(false);
  });

  it('council secretary: records of the province that have or await a council, nothing else', () => {
    const secretary = principal({ roles: ['council-secretary'], departmentCode: 'thanh-hoa/so-khcn' });
    expect(canView(secretary, record)).toBe(true);
    expect(canView(secretary, someoneElses)).toBe(true);
    expect(canView(secretary, { provinceCode: 'thanh-hoa', enterpriseId: 'ent-a', awaitingCouncil: true })).toBe(true);
    expect(canView(secretary, { provinceCode: 'thanh-hoa', enterpriseId: 'ent-a', departmentCodes: ['thanh-hoa/chi-cuc-tdc'] })).toBe(false);
    expect(canView(secretary, otherProvince)).toBe(false);
  });

  it('administrator: everything, in every province', () => {
    const admin = principal({ roles: ['administrator'], provinceCode: null });
    expect(canView(admin, record)).toBe(true);
    expect(canView(admin, someoneElses)).toBe(true);
    expect(canView(admin, otherProvince)).toBe(true);
  });

  it('a manager of another province sees nothing of this one', () => {
    expect(canView(principal({ roles: ['programme-manager'], provinceCode: 'hung-yen' }), record)).toBe(false);
  });

  it('an enterprise user without an enterprise sees no record, even one without an enterprise', () => {
    expect(canView(principal({ roles: ['enterprise-user'] }), { provinceCode: 'thanh-hoa' })).toBe(false);
  });

  it('an officer does not see records routed to a parent or sibling department', () => {
    const officer = principal({ roles: ['department-officer'], departmentCode: 'thanh-hoa/chi-cuc-tdc' });
    expect(canView(officer, { provinceCode: 'thanh-hoa', departmentCodes: ['thanh-hoa/so-khcn'] })).toBe(false);
    expect(canView(officer, { provinceCode: 'thanh-hoa' })).toBe(false);
  });

  it('a non-administrator without a province sees nothing', () => {
    expect(canView(principal({ roles: ['programme-manager'], provinceCode: null }), record)).toBe(false);
  });

  it('a principal with several roles sees the union of what each role sees', () => {
    const both = principal({ roles: ['enterprise-user', 'council-member'], enterpriseId: 'ent-z', councilIds: ['council-2'] });
    expect(canView(both, someoneElses)).toBe(true);
    expect(canView(both, record)).toBe(false);
  });
});
