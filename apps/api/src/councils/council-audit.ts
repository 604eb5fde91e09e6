import type { EntityManager } from 'typeorm';
import type { Principal } from '../../../../libs/domain/src/identity/principal';
import type { Role } from '../../../../libs/domain/src/identity/role';
import { AuditTrail } from '../../../../libs/persistence/src/audit/audit-trail';

const auditTrail = new AuditTrail();

export type CouncilAuditAction = 'council.convened' | 'council.ballot-cast' | 'council.closed';

/**
 * Records a council event on its application's audit trail, so the case timeline shows it.
 * Must run inside the transaction of the change it records.
 */
export async function recordCouncilEvent(
  manager: EntityManager,
  event: {
    principal: Principal;
    role: Role;
    action: CouncilAuditAction;
    council: { id: string; kind: string; applicationId: string };
    after: Record<string, unknown>;
    comment?: string | null;
  },
): Promise<void> {
  await auditTrail.append(manager, {
    actor: { id: event.principal.userId, name: event.principal.username, role: event.role },
    action: event.action,
    subject: { type: 'application', id: event.council.applicationId },
    after: { councilId: event.council.id, kind: event.council.kind, ...event.after },
    comment: event.comment ?? null,
  });
}
