import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { AuditEntry } from '../../libs/persistence/src/audit/audit-entry';
import { auditRowHash, GENESIS_HASH } from '../../libs/persistence/src/audit/audit-hash';
import { AuditTrail } from '../../libs/persistence/src/audit/audit-trail';
import { verifyAuditTrail } from '../../libs/persistence/src/audit/verify-audit-trail';
import { main as verifyScript } from '../../scripts/verify-audit-trail';
import { createTestDatabase, TestDatabase } from '../harness/test-database';

describe('audit trail on PostgreSQL', () => {
  const trail = new AuditTrail();
  let database: TestDatabase;
  let dataSource: DataSource;

  // Every test gets its own chain: tampering in one must not leak into another.
  beforeEach(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });

  afterEach(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const entry = (n: number): AuditEntry => ({
    actor: { id: `user-${n}`, name: 'officer.tdc', role: 'department-officer' },
    action: 'application.withdrawn',
    subject: { type: 'application', id: `app-${n % 3}` },
    before: { status: 'submitted', step: 'intake', amounts: [1, 2.5], nested: { b: 1, a: 'Hóa' } },
    after: { status: 'withdrawn', step: null },
    comment: `Lý do số ${n}`,
    requestId: `req-${n}`,
  });

  const appendMany = async (count: number): Promise<void> => {
    for (let n = 1; n <= count; n += 1) await dataSource.transaction((manager) => trail.append(manager, entry(n)));
  };

  /** What a superuser (or the table owner) can do behind the application's back. */
  const tamper = async (statement: string, parameters: unknown[] = []): Promise<void> => {
    await dataSource.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await manager.query(statement, parameters);
      await manager.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    });
  };

  const rows = () =>
    dataSource.query<{ seq: string; prev_hash: string; hash: string; actor_id: string; comment: string; before: unknown; after: unknown }[]>(
      'SELECT seq::text AS seq, prev_hash, hash, actor_id, comment, before, after FROM audit_log ORDER BY audit_log.seq',
    );

  it('chains each appended row to the one before it and verifies an untouched chain', async () => {
    expect(await verifyAuditTrail(dataSource)).toEqual({ ok: true, checked: 0 });
    const first = await dataSource.transaction((manager) => trail.append(manager, entry(1)));
    await appendMany(3);

    const stored = await rows();
    expect(stored).toHaveLength(4);
    expect(stored[0]).toMatchObject({ seq: first.seq, prev_hash: GENESIS_HASH, hash: first.hash, actor_id: 'user-1', comment: 'Lý do số 1' });
    expect(stored[0].before).toEqual(entry(1).before);
    for (let i = 1; i < stored.length; i += 1) expect(stored[i].prev_hash).toBe(stored[i - 1].hash);
    expect(new Set(stored.map((row) => row.hash)).size).toBe(4);
    expect(first.hash).toBe(
      auditRowHash(GENESIS_HASH, {
        seq: first.seq,
        occurredAt: first.occurredAt,
        actorId: 'user-1',
        actorName: 'officer.tdc',
        actorRole: 'department-officer',
        action: 'application.withdrawn',
        subjectType: 'application',
        subjectId: 'app-1',
        before: entry(1).before,
        after: entry(1).after,
        comment: 'Lý do số 1',
        requestId: 'req-1',
      }),
    );

    expect(await verifyAuditTrail(dataSource)).toEqual({ ok: true, checked: 4, lastSeq: Number(stored[3].seq), lastHash: stored[3].hash });
    // Batching must not change the outcome.
    expect(await verifyAuditTrail(dataSource, 3)).toMatchObject({ ok: true, checked: 4 });
  });

  it('keeps one unbroken chain under 20 concurrent transactions, one of them rolled back', async () => {
    await appendMany(1);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        dataSource.transaction(async (manager) => {
          // Interleave: each transaction does work before and after its append, as a real change would.
          await manager.query('SELECT pg_sleep($1)', [Math.random() * 0.02]);
          await trail.append(manager, entry(100 + i));
          await manager.query('SELECT pg_sleep($1)', [Math.random() * 0.01]);
          if (i === 7) throw new Error('the change failed');
        }),
      ),
    );
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);

    const stored = await rows();
    expect(stored).toHaveLength(20);
    expect(stored.map((row) => row.comment)).not.toContain('Lý do số 107');
    expect(stored[0].prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < stored.length; i += 1) expect(stored[i].prev_hash).toBe(stored[i - 1].hash);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true, checked: 20 });
  });

  it('refuses to append outside a transaction or under a snapshot that could fork the chain', async () => {
    await expect(trail.append(dataSource.manager, entry(1))).rejects.toThrow(/inside the transaction/);
    await expect(dataSource.transaction('REPEATABLE READ', (manager) => trail.append(manager, entry(1)))).rejects.toThrow(/READ COMMITTED/);
    expect(await rows()).toHaveLength(0);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even from the table owner', async () => {
    await appendMany(2);
    await expect(dataSource.query(`UPDATE audit_log SET comment = 'rewritten'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(dataSource.query('DELETE FROM audit_log WHERE seq = (SELECT min(seq) FROM audit_log)')).rejects.toThrow(/append-only: DELETE/);
    await expect(dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE/);
    expect((await rows()).map((row) => row.comment)).toEqual(['Lý do số 1', 'Lý do số 2']);
  });

  it('names the row whose comment was rewritten', async () => {
    await appendMany(5);
    const stored = await rows();
    await tamper(`UPDATE audit_log SET comment = 'Không có lý do' WHERE seq = $1`, [stored[2].seq]);
    expect(await verifyAuditTrail(dataSource)).toEqual({ ok: false, checked: 3, firstBrokenSeq: Number(stored[2].seq), reason: 'hash-mismatch' });
  });

  it('names the row whose after-state was rewritten, however small the change', async () => {
    await appendMany(5);
    const stored = await rows();
    await tamper(`UPDATE audit_log SET after = jsonb_set(after, '{status}', '"submitted"') WHERE seq = $1`, [stored[1].seq]);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: false, firstBrokenSeq: Number(stored[1].seq), reason: 'hash-mismatch' });
  });

  it('detects a rewritten row even when the forger also recomputed its hash', async () => {
    await appendMany(4);
    const stored = await rows();
    const [original] = await dataSource.query<{ occurred_at: string }[]>(
      `SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at FROM audit_log WHERE seq = $1`,
      [stored[1].seq],
    );
    const forged = auditRowHash(stored[1].prev_hash, {
      seq: stored[1].seq,
      occurredAt: original.occurred_at,
      actorId: 'user-2',
      actorName: 'officer.tdc',
      actorRole: 'department-officer',
      action: 'application.withdrawn',
      subjectType: 'application',
      subjectId: 'app-2',
      before: entry(2).before,
      after: entry(2).after,
      comment: 'forged',
      requestId: 'req-2',
    });
    await tamper(`UPDATE audit_log SET comment = 'forged', hash = $2 WHERE seq = $1`, [stored[1].seq, forged]);
    expect(await verifyAuditTrail(dataSource)).toEqual({ ok: false, checked: 3, firstBrokenSeq: Number(stored[2].seq), reason: 'previous-hash-mismatch' });
  });

  it('detects a row deleted from the middle, naming the row after the gap', async () => {
    await appendMany(5);
    const stored = await rows();
    await tamper('DELETE FROM audit_log WHERE seq = $1', [stored[2].seq]);
    expect(await verifyAuditTrail(dataSource)).toEqual({ ok: false, checked: 3, firstBrokenSeq: Number(stored[3].seq), reason: 'previous-hash-mismatch' });
  });

  it('detects the first row deleted', async () => {
    await appendMany(3);
    const stored = await rows();
    await tamper('DELETE FROM audit_log WHERE seq = $1', [stored[0].seq]);
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: false, firstBrokenSeq: Number(stored[1].seq), reason: 'previous-hash-mismatch' });
  });

  it('verify script: exits 0 on an intact trail and 1 on a tampered one or without DATABASE_URL', async () => {
    await appendMany(3);
    const output: string[] = [];
    expect(await verifyScript(database.url, (line) => output.push(line))).toBe(0);
    expect(output.join('\n')).toMatch(/intact: 3 rows checked/);

    const stored = await rows();
    await tamper(`UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = $1`, [stored[1].seq]);
    output.length = 0;
    expect(await verifyScript(database.url, (line) => output.push(line))).toBe(1);
    expect(output.join('\n')).toContain(`broken at seq ${stored[1].seq}`);

    expect(await verifyScript(undefined, () => undefined)).toBe(1);
  });
});
