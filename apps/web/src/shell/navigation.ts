/** The areas each role works in; the first is its home page. */
export interface NavItem {
  path: string;
  labelKey: string;
  roles: string[];
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/applications', labelKey: 'nav.myCases', roles: ['enterprise-user'] },
  { path: '/applications/new', labelKey: 'nav.newProposal', roles: ['enterprise-user'] },
  { path: '/tasks', labelKey: 'nav.inbox', roles: ['department-officer', 'programme-manager', 'council-secretary'] },
  { path: '/applications', labelKey: 'nav.cases', roles: ['department-officer', 'programme-manager', 'administrator'] },
  { path: '/councils', labelKey: 'nav.councils', roles: ['council-member', 'council-secretary'] },
  { path: '/councils/new', labelKey: 'nav.convene', roles: ['council-secretary'] },
  { path: '/notifications', labelKey: 'nav.notifications', roles: [] },
];

export function navItemsFor(roles: string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.length === 0 || item.roles.some((role) => roles.includes(role)));
}

export function homeFor(roles: string[]): string {
  if (roles.includes('enterprise-user')) return '/applications';
  if (roles.includes('council-secretary') || roles.includes('council-member')) return '/councils';
  if (roles.includes('department-officer') || roles.includes('programme-manager')) return '/tasks';
  return '/applications';
}
