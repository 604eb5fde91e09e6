import { departmentsForProvince } from '../organisation/departments-for-province';
import { canView } from './can-view';
import { DEMO_ACCOUNTS } from './demo-accounts.seed';
import { demoPrincipal } from './demo-principal';
import type { DemoAccount } from './demo-account';

function account(username: string): DemoAccount {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.username === username);
  if (!found) throw new Error(`no demo account ${username}`);
  return found;
}

describe('DEMO_ACCOUNTS', () => {
  it('has exactly the usernames of api.md', () => {
    expect(DEMO_ACCOUNTS.map((candidate) => candidate.username)).toEqual([
      'enterprise.a',
      'enterprise.b',
      'officer.tdc',
      'head.tdc',
      'officer.congthuong',
      'officer.taichinh',
      'officer.skhcn',
      'approver.ubnd',
      'council.secretary',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `council.member${n}`),
      'manager',
      'manager.hungyen',
      'admin',
    ]);
  });

  it('points every department code at a seeded department of its province', () => {
    for (const demo of DEMO_ACCOUNTS.filter((candidate) => candidate.departmentCode !== undefined)) {
      const codes = departmentsForProvince(demo.provinceCode as string).map((department) => department.code);
      expect(codes).toContain(demo.departmentCode);
    }
  });

  it('marks only head.tdc as unit head and only approver.ubnd as approver; only admin is province-less', () => {
    expect(DEMO_ACCOUNTS.filter((candidate) => candidate.isUnitHead).map((candidate) => candidate.username)).toEqual(['head.tdc']);
    expect(DEMO_ACCOUNTS.filter((candidate) => candidate.isApprover).map((candidate) => candidate.username)).toEqual(['approver.ubnd']);
    expect(DEMO_ACCOUNTS.filter((candidate) => candidate.provinceCode === null).map((candidate) => candidate.username)).toEqual(['admin']);
    expect(account('manager.hungyen').provinceCode).toBe('hung-yen');
  });

  it('gives enterprise.a no view of enterprise.b’s record, and manager.hungyen none of Thanh Hóa', () => {
    const a = demoPrincipal(account('enterprise.a'), { userId: 'u-a', enterpriseId: 'ent-a' });
    const ofB = { provinceCode: 'thanh-hoa', enterpriseId: 'ent-b' };
    expect(canView(a, { provinceCode: 'thanh-hoa', enterpriseId: 'ent-a' })).toBe(true);
    expect(canView(a, ofB)).toBe(false);
    expect(canView(demoPrincipal(account('manager'), { userId: 'u-m' }), ofB)).toBe(true);
    expect(canView(demoPrincipal(account('manager.hungyen'), { userId: 'u-h' }), ofB)).toBe(false);
    expect(canView(demoPrincipal(account('admin'), { userId: 'u-x' }), ofB)).toBe(true);
  });
});
