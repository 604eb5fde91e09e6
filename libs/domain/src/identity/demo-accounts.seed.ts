import type { DemoAccount } from './demo-account';

/** The demo accounts of api.md, exactly those usernames. Passwords come from `DEMO_PASSWORD`. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'enterprise.a', roles: ['enterprise-user'], provinceCode: 'thanh-hoa', enterpriseKey: 'enterprise-a' },
  { username: 'enterprise.b', roles: ['enterprise-user'], provinceCode: 'thanh-hoa', enterpriseKey: 'enterprise-b' },
  { username: 'officer.tdc', roles: ['department-officer'], provinceCode: 'thanh-hoa', departmentCode: 'thanh-hoa/chi-cuc-tdc' },
  { username: 'head.tdc', roles: ['department-officer'], provinceCode: 'thanh-hoa', departmentCode: 'thanh-hoa/chi-cuc-tdc', isUnitHead: true },
  { username: 'officer.congthuong', roles: ['department-officer'], provinceCode: 'thanh-hoa', departmentCode: 'thanh-hoa/so-cong-thuong' },
  { username: 'officer.taichinh', roles: ['department-officer'], provinceCode: 'thanh-hoa', departmentCode: 'thanh-hoa/so-tai-chinh' },
  // Sở KH&CN's task-management office: contract, implementation inspections, settlement, pilot-model steps 5–6.
  { username: 'officer.skhcn', roles: ['department-officer'], provinceCode: 'thanh-hoa', departmentCode: 'thanh-hoa/so-khcn' },
  { username: 'approver.ubnd', roles: ['department-officer'], provinceCode: 'thanh-hoa', departmentCode: 'thanh-hoa/ubnd-tinh', isApprover: true },
  { username: 'council.secretary', roles: ['council-secretary'], provinceCode: 'thanh-hoa', departmentCode: 'thanh-hoa/so-khcn' },
  { username: 'council.member1', roles: ['council-member'], provinceCode: 'thanh-hoa', sitsOnDemoCouncils: true },
  { username: 'council.member2', roles: ['council-member'], provinceCode: 'thanh-hoa', sitsOnDemoCouncils: true },
  { username: 'council.member3', roles: ['council-member'], provinceCode: 'thanh-hoa', sitsOnDemoCouncils: true },
  { username: 'council.member4', roles: ['council-member'], provinceCode: 'thanh-hoa', sitsOnDemoCouncils: true },
  { username: 'council.member5', roles: ['council-member'], provinceCode: 'thanh-hoa', sitsOnDemoCouncils: true },
  { username: 'council.member6', roles: ['council-member'], provinceCode: 'thanh-hoa', sitsOnDemoCouncils: true },
  { username: 'council.member7', roles: ['council-member'], provinceCode: 'thanh-hoa', sitsOnDemoCouncils: true },
  { username: 'council.member8', roles: ['council-member'], provinceCode: 'thanh-hoa', sitsOnDemoCouncils: true },
  { username: 'council.member9', roles: ['council-member'], provinceCode: 'thanh-hoa', sitsOnDemoCouncils: true },
  { username: 'manager', roles: ['programme-manager'], provinceCode: 'thanh-hoa', departmentCode: 'thanh-hoa/so-khcn' },
  { username: 'manager.hungyen', roles: ['programme-manager'], provinceCode: 'hung-yen', departmentCode: 'hung-yen/so-khcn' },
  { username: 'admin', roles: ['administrator'], provinceCode: null },
];
