import type { Principal } from '../../../../libs/domain/src/identity/principal';

/**
 * SQL condition (on table alias `t`) for the tasks a principal may see: their own, their
 * department's, their role's in their province, their councils' (secretaries), their
 * enterprise's; a programme manager sees every task of the province. Parameters start at $1.
 */
export function visibleTasksCondition(principal: Principal, scope: 'any' | 'inbox' = 'any'): { sql: string; parameters: unknown[] } {
  const parameters: unknown[] = [principal.userId, principal.departmentCode ?? null, [...principal.roles], principal.provinceCode, principal.enterpriseId ?? null, [...principal.councilIds]];
  const clauses = [
    `(t.assignee_kind = 'user' AND t.assignee_id = $1::text)`,
    // Anyone of the department may look at its task; only its officers act on it, so only their inbox lists it.
    `(t.assignee_kind = 'department' AND t.assignee_id = $2${scope === 'inbox' ? ` AND 'department-officer' = ANY ($3::text[])` : ''})`,
    `(t.assignee_kind = 'role' AND t.assignee_id = ANY ($3::text[]) AND t.province_code = $4)`,
    `(t.assignee_kind = 'enterprise' AND t.assignee_id = $5::text)`,
    `(t.assignee_kind = 'council' AND t.assignee_id = ANY ($6::text[]) AND 'council-secretary' = ANY ($3::text[]))`,
    `('programme-manager' = ANY ($3::text[]) AND t.province_code = $4)`,
  ];
  return { sql: `(${clauses.join(' OR ')})`, parameters };
}
