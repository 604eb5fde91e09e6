import type { Principal } from '../../../../libs/domain/src/identity/principal';

/**
 * The notifications a caller sees: those addressed to them, and those addressed to their
 * department as a whole (no one person named). Returns a SQL condition on `notifications`
 * whose parameters start at $<first>.
 */
export function inboxOf(principal: Principal, first = 1): { condition: string; parameters: unknown[] } {
  if (!principal.departmentCode) return { condition: `recipient_user_id = $${first}`, parameters: [principal.userId] };
  return {
    condition: `(recipient_user_id = $${first} OR (recipient_user_id IS NULL AND recipient_department_code = $${first + 1}))`,
    parameters: [principal.userId, principal.departmentCode],
  };
}
