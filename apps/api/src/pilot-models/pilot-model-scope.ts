import type { Principal } from '../../../../libs/domain/src/identity/principal';

/** SQL condition (alias `m`) for the models a principal may see: the same rules as canView, as for applications. Parameters start at `first`. */
export function visiblePilotModelsCondition(principal: Principal, first: number): { sql: string; parameters: unknown[] } {
  if (principal.roles.includes('administrator')) return { sql: 'TRUE', parameters: [] };
  const scopes: string[] = [];
  const parameters: unknown[] = [principal.provinceCode];
  const next = (value: unknown) => {
    parameters.push(value);
    return `$${first + parameters.length - 1}`;
  };
  if (principal.roles.includes('programme-manager')) scopes.push('TRUE');
  if (principal.roles.includes('enterprise-user') && principal.enterpriseId) scopes.push(`m.enterprise_id = ${next(principal.enterpriseId)}::uuid`);
  if (principal.roles.includes('department-officer') && principal.departmentCode) scopes.push(`${next(principal.departmentCode)} = ANY (m.department_codes)`);
  return { sql: `(m.province_code = $${first} AND (${scopes.length > 0 ? scopes.join(' OR ') : 'FALSE'}))`, parameters };
}

/** Whether a model has an open task (submission clock, milestone clock or review) past its due time. */
export const OVERDUE_SQL = `EXISTS (SELECT 1 FROM tasks t WHERE t.subject_type = 'pilot-model' AND t.subject_id = m.id AND t.status = 'open' AND t.due_at < now())`;
