import { EntityManager } from 'typeorm';
import { AuditEntry, AuditRowContent } from './audit-entry';
import { auditRowHash, GENESIS_HASH } from './audit-hash';
import { AUDIT_CHAIN_LOCK_KEY, utcMicrosText } from './audit-sql';
import { toJsonValue } from './canonical-json';

/** The row an append wrote. */
export interface AppendedAuditRow {
  seq: string;
  occurredAt: string;
  prevHash: string;
  hash: string;
}

/**
 * Appends to the global, hash-chained audit log inside the caller's transaction, so the row
 * commits or rolls back together with the change it records.
 */
export class AuditTrail {
  async append(manager: EntityManager, entry: AuditEntry): Promise<AppendedAuditRow> {
    if (!manager.queryRunner?.isTransactionActive) {
      // Outside a transaction the lock would be released at once and the row could outlive a failed change.
      throw new Error('AuditTrail.append must run inside the transaction of the change it records');
    }
    const [{ isolation }] = await manager.query<{ isolation: string }[]>(
      `SELECT current_setting('transaction_isolation') AS isolation, pg_advisory_xact_lock($1::bigint)`,
      [AUDIT_CHAIN_LOCK_KEY],
    );
    // Under a snapshot older than the lock the last row read below could be stale: the chain would fork.
    if (isolation !== 'read committed') throw new Error(`AuditTrail.append needs READ COMMITTED isolation, not ${isolation}`);

    // Read only after the lock is held: READ COMMITTED takes a fresh snapshot per statement, so this sees every committed append.
    const [head] = await manager.query<{ prev_hash: string | null; seq: string; occurred_at: string }[]>(
      `SELECT (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS prev_hash,
              nextval(pg_get_serial_sequence('audit_log', 'seq'))::text AS seq,
              ${utcMicrosText('clock_timestamp()')} AS occurred_at`,
    );
    const prevHash = head.prev_hash ?? GENESIS_HASH;
    const row: AuditRowContent = {
      seq: head.seq,
      occurredAt: head.occurred_at,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      actorRole: entry.actor.role,
      action: entry.action,
      subjectType: entry.subject.type,
      subjectId: entry.subject.id,
      before: toJsonValue(entry.before),
      after: toJsonValue(entry.after),
      comment: entry.comment ?? null,
      requestId: entry.requestId ?? null,
    };
    const hash = auditRowHash(prevHash, row);
    await manager.query(
      `INSERT INTO audit_log (seq, occurred_at, actor_id, actor_name, actor_role, action, subject_type, subject_id, before, after, comment, request_id, prev_hash, hash)
       VALUES ($1::bigint, $2::timestamptz, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11, $12, $13, $14)`,
      [
        row.seq,
        row.occurredAt,
        row.actorId,
        row.actorName,
        row.actorRole,
        row.action,
        row.subjectType,
        row.subjectId,
        jsonbParameter(row.before),
        jsonbParameter(row.after),
        row.comment,
        row.requestId,
        prevHash,
        hash,
      ],
    );
    return { seq: row.seq, occurredAt: row.occurredAt, prevHash, hash };
  }
}

/** JSON null is stored as SQL NULL: both read back as null, so the hash is the same either way. */
function jsonbParameter(value: unknown): string | null {
  return value === null ? null : JSON.stringify(value);
}
