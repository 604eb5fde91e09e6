import { DomainError } from '../errors/domain-error';
import { ACTION_LABELS, ACTIONS } from './action';
import { assertCan, can, canOn } from './can';
import { PERMISSIONS } from './permissions';
import type { Principal } from './principal';
import { ROLE_LABELS, ROLES, type Role } from './role';

function as(...roles: Role[]): Principal {
  return { userId: 'u', username: 'u', roles, provinceCode: roles.includes('administrator') ? null : 'thanh-hoa', councilIds: [], enterpriseId: 'ent-a' };
}

describe('PERMISSIONS', () => {
  it('lists every action with at least one known role and a bilingual label', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) {
      expect(PERMISSIONS[action].length).toBeGreaterThan(0);
      for (const role of PERMISSIONS[action]) expect(ROLES).toContain(role);
      expect(ACTION_LABELS[action].vi).not.toBe('');
      expect(ACTION_LABELS[action].en).not.toBe('');
    }
    for (const role of ROLES) expect(ROLE_LABELS[role].vi && ROLE_LABELS[role].en).toBeTruthy();
  });

  it.each<[string, Role, boolean]>([
    ['application.create', 'enterprise-user', true],
    ['application.create', 'department-officer', false],
    ['application.create', 'programme-manager', false],
    ['application.submit', 'enterprise-user', true],
    ['application.withdraw', 'enterprise-user', true],
    ['application.supplement', 'enterprise-user', true],
    ['task.decide', 'department-officer', true],
    ['task.decide', 'enterprise-user', false],
    ['task.claim', 'department-officer', true],
    ['task.reassign', 'programme-manager', true],
    ['task.reassign', 'department-officer', false],
    ['task.extend', 'programme-manager', true],
    ['council.convene', 'council-secretary', true],
    ['council.convene', 'council-member', false],
    ['council.ballot', 'council-member', true],
    ['council.ballot', 'council-secretary', false],
    ['council.close', 'council-secretary', true],
    ['pilot-model.submit', 'enterprise-user', true],
    ['pilot-model.submit', 'department-officer', false],
    ['pilot-model.terminate', 'programme-manager', true],
    ['pilot-model.terminate', 'department-officer', false],
    ['pilot-model.terminate', 'enterprise-user', false],
    ['pilot-model.terminate', 'administrator', false],
    ['dashboard.read', 'programme-manager', true],
    ['dashboard.read', 'enterprise-user', false],
    ['admin.users', 'administrator', true],
    ['admin.procedures', 'programme-manager', false],
    ['reference-data.read', 'council-member', true],
  ])('%s by %s → %s', (action, role, expected) => {
    expect(can(as(role), action as (typeof ACTIONS)[number])).toBe(expected);
  });

  it('keeps every admin route to administrators only', () => {
    for (const action of ACTIONS.filter((name) => name.startsWith('admin.'))) {
      expect(PERMISSIONS[action]).toEqual(['administrator']);
    }
  });
});

describe('canOn and assertCan', () => {
  const own = { provinceCode: 'thanh-hoa', enterpriseId: 'ent-a' };
  const others = { provinceCode: 'thanh-hoa', enterpriseId: 'ent-b' };

  it('needs both the role and the scope', () => {
    expect(canOn(as('enterprise-user'), 'application.withdraw', own)).toBe(true);
    expect(canOn(as('enterprise-user'), 'application.withdraw', others)).toBe(false);
    expect(canOn(as('programme-manager'), 'application.withdraw', own)).toBe(false);
  });

  it('throws a 403 DomainError when refused', () => {
    expect(() => assertCan(as('enterprise-user'), 'application.submit', own)).not.toThrow();
    try {
      assertCan(as('enterprise-user'), 'dashboard.read');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).status).toBe(403);
      expect((error as DomainError).code).toBe('FORBIDDEN');
    }
  });
});
