import { createHash } from 'node:crypto';
import { AuditRowContent } from './audit-entry';
import { auditRowHash, GENESIS_HASH } from './audit-hash';

const row: AuditRowContent = {
  seq: '1',
  occurredAt: '2025-11-22T03:04:05.123456Z',
  actorId: 'system',
  actorName: 'supportApplicationWorkflow',
  actorRole: 'system',
  action: 'application.withdrawn',
  subjectType: 'application',
  subjectId: '6f1c1f7e-0000-4000-8000-000000000001',
  before: { status: 'submitted', step: 'intake' },
  after: { status: 'withdrawn', step: null },
  comment: 'Doanh nghiệp tạm dừng đầu tư',
  requestId: 'workflow/application-6f1c/activity/2',
};

describe('auditRowHash', () => {
  it('is sha-256 over the previous hash followed by the canonical row content', () => {
    const canonical =
      '{"action":"application.withdrawn","actorId":"system","actorName":"supportApplicationWorkflow","actorRole":"system",' +
      '"after":{"status":"withdrawn","step":null},"before":{"status":"submitted","step":"intake"},"comment":"Doanh nghiệp tạm dừng đầu tư",' +
      '"occurredAt":"2025-11-22T03:04:05.123456Z","requestId":"workflow/application-6f1c/activity/2","seq":"1",' +
      '"subjectId":"6f1c1f7e-0000-4000-8000-000000000001","subjectType":"application"}';
    expect(auditRowHash(GENESIS_HASH, row)).toBe(createHash('sha256').update(GENESIS_HASH + canonical, 'utf8').digest('hex'));
    expect(auditRowHash(GENESIS_HASH, row)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the key order of before/after (jsonb reorders them)', () => {
    expect(auditRowHash(GENESIS_HASH, { ...row, after: { step: null, status: 'withdrawn' } })).toBe(auditRowHash(GENESIS_HASH, row));
  });

  it('changes with the previous hash and with every field', () => {
    const base = auditRowHash(GENESIS_HASH, row);
    expect(auditRowHash('f'.repeat(64), row)).not.toBe(base);
    const changes: Partial<AuditRowContent>[] = [
      { seq: '2' },
      { occurredAt: '2025-11-22T03:04:05.123457Z' },
      { actorId: 'u-1' },
      { actorName: 'officer.tdc' },
      { actorRole: 'department-officer' },
      { action: 'application.submitted' },
      { subjectType: 'council' },
      { subjectId: 'x' },
      { before: null },
      { after: { status: 'withdrawn', step: 'intake' } },
      { comment: null },
      { comment: 'Doanh nghiệp tạm dừng đầu tư ' },
      { requestId: null },
    ];
    const hashes = changes.map((change) => auditRowHash(GENESIS_HASH, { ...row, ...change }));
    for (const hash of hashes) expect(hash).not.toBe(base);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('cannot be fooled by moving text between fields', () => {
    expect(auditRowHash(GENESIS_HASH, { ...row, actorId: 'ab', actorName: 'c' })).not.toBe(auditRowHash(GENESIS_HASH, { ...row, actorId: 'a', actorName: 'bc' }));
  });
});
