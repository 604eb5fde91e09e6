import { DataSource, EntityManager } from 'typeorm';
import { auditRowHash, GENESIS_HASH } from './audit-hash';
import { utcMicrosText } from './audit-sql';

/**
 * Why a row breaks the chain:
 * - `hash-mismatch`: the row's content no longer gives its stored hash (it was edited);
 * - `previous-hash-mismatch`: the row does not follow the row before it (a row was removed,
 *   inserted, or edited with its hash recomputed).
 */
export type AuditBreak = 'hash-mismatch' | 'previous-hash-mismatch';

export type AuditVerification =
  | { ok: true; checked: number; lastSeq?: number; lastHash?: string }
  | { ok: false; checked: number; firstBrokenSeq: number; reason: AuditBreak };

interface StoredRow {
  seq: string;
  occurred_at: string;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  action: string;
  subject_type: string;
  subject_id: string;
  before: unknown;
  after: unknown;
  comment: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * Recomputes the whole chain in `seq` order and stops at the first row that breaks it.
 * `checked` counts the rows read, the broken one included. A chain only proves its rows
 * agree with each other: compare `lastHash` with a copy kept elsewhere to detect removed
 * trailing rows or a wholesale rewrite.
 */
export async function verifyAuditTrail(source: DataSource | EntityManager, batchSize = 1000): Promise<AuditVerification> {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  let lastSeq = '0';
  for (;;) {
    const rows = await source.query<StoredRow[]>(
      `SELECT seq::text AS seq, ${utcMicrosText('occurred_at')} AS occurred_at, actor_id, actor_name, actor_role, action,
              subject_type, subject_id, before, after, comment, request_id, prev_hash, hash
       FROM audit_log WHERE audit_log.seq > $1::bigint ORDER BY audit_log.seq LIMIT $2`,
      [lastSeq, batchSize],
    );
    for (const row of rows) {
      checked += 1;
      if (row.prev_hash !== expectedPrev) return { ok: false, checked, firstBrokenSeq: Number(row.seq), reason: 'previous-hash-mismatch' };
      const recomputed = auditRowHash(row.prev_hash, {
        seq: row.seq,
        occurredAt: row.occurred_at,
        actorId: row.actor_id,
        actorName: row.actor_name,
        actorRole: row.actor_role,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        before: row.before,
        after: row.after,
        comment: row.comment,
        requestId: row.request_id,
      });
      if (recomputed !== row.hash) return { ok: false, checked, firstBrokenSeq: Number(row.seq), reason: 'hash-mismatch' };
      expectedPrev = row.hash;
      lastSeq = row.seq;
    }
    if (rows.length < batchSize) break;
  }
  return checked === 0 ? { ok: true, checked } : { ok: true, checked, lastSeq: Number(lastSeq), lastHash: expectedPrev };
}
