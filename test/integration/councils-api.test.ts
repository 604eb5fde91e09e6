import { randomUUID } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { verifyAuditTrail } from '../../libs/persistence/src/audit/verify-audit-trail';
import { DemoSeedResult } from '../../libs/persistence/src/seed/demo-accounts';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { http, HttpResult } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';
import type { CouncilConclusion } from '../../workflows/support-application/messages';

interface CouncilBody {
  id: string;
  kind: string;
  status: string;
  applicationId: string;
  criteria: { id: string; label: string; weight: number | null }[];
  members: { userId: string; username: string; role: string; present: boolean; voted: boolean }[];
  quorum: { met: boolean; presentCount: number; minimumPresent: number; explanation: string };
  ballotsCast: number;
  ownBallot: { payload: Record<string, unknown>; castAt: string } | null;
  result: { outcome: string; label: string; explanation: string; detail: Record<string, unknown>; delivered: boolean } | null;
}
interface CloseBody {
  delivered: boolean;
  council: CouncilBody;
}
interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

type Seat = [member: number, role: 'chair' | 'vice-chair' | 'secretary' | 'reviewer' | 'member'];

/** council.member1 … 9: chair, vice-chair, scientific secretary, two reviewers, four members. */
const IDENTIFICATION_ROLL: Seat[] = [
  [1, 'chair'],
  [2, 'vice-chair'],
  [3, 'secretary'],
  [4, 'reviewer'],
  [5, 'reviewer'],
  [6, 'member'],
  [7, 'member'],
  [8, 'member'],
  [9, 'member'],
];
const CRITERIA = ['necessity', 'novelty', 'feasibility', 'applicability'];
const backing = (mode: 'tuyen-chon' | 'giao-truc-tiep' = 'tuyen-chon') => ({ verdicts: Object.fromEntries(CRITERIA.map((id) => [id, 'dat'])), mode });
const notBacking = () => ({ verdicts: { ...Object.fromEntries(CRITERIA.map((id) => [id, 'dat'])), feasibility: 'khong-dat' } });

/** Project (dự án) sheet: overview 8, content 20, novelty-feasibility 12, socio-economic-effect 12, products 16, financial-plan 16, capacity 16. */
const scores80 = { overview: 6, content: 16, 'novelty-feasibility': 10, 'socio-economic-effect': 10, products: 13, 'financial-plan': 12, capacity: 13 };
const scores50 = { overview: 4, content: 10, 'novelty-feasibility': 6, 'socio-economic-effect': 6, products: 8, 'financial-plan': 8, capacity: 8 };

describe('councils API (real API + PostgreSQL + Temporal)', () => {
  let stack: TestStack;
  let seed: DemoSeedResult;
  let dataSource: DataSource;
  let secretary: Record<string, string>;
  const member: Record<number, Record<string, string>> = {};

  const userId = (username: string) => seed.users[username].id;
  const memberId = (n: number) => userId(`council.member${n}`);
  const roll = (seats: Seat[], finance: number[] = []) => seats.map(([n, role]) => ({ userId: memberId(n), role, ...(finance.includes(n) ? { financeDepartment: true } : {}) }));

  /** A Thanh Hóa case known to the read model whose workflow is not running. */
  async function applicationWithoutWorkflow(): Promise<string> {
    const id = randomUUID();
    await stack.sql(
      `INSERT INTO applications (id, workflow_id, title, province_code, status, requested_amount_vnd) VALUES ($1, $2, 'Áp dụng ISO 9001 tại Công ty A', 'thanh-hoa', 'in-progress', 300000000)`,
      [id, `application-${id}`],
    );
    return id;
  }

  const convene = (body: Record<string, unknown>, headers = secretary) => http<CouncilBody & Problem>(stack.baseUrl, 'POST', '/api/v1/councils', { body, headers });
  const get = (id: string, headers: Record<string, string>, language?: string) =>
    http<CouncilBody & Problem>(stack.baseUrl, 'GET', `/api/v1/councils/${id}`, { headers: { ...headers, ...(language ? { 'accept-language': language } : {}) } });
  const cast = (id: string, n: number, body: Record<string, unknown>) => http<Record<string, unknown> & Problem>(stack.baseUrl, 'POST', `/api/v1/councils/${id}/ballots`, { body, headers: member[n] });
  const attend = (id: string, present: number[], extra: Record<string, unknown> = {}) =>
    http<CouncilBody & Problem>(stack.baseUrl, 'PUT', `/api/v1/councils/${id}/attendance`, { body: { presentUserIds: present.map(memberId), ...extra }, headers: secretary });
  const close = (id: string, body: Record<string, unknown> = {}, language?: string): Promise<HttpResult<CloseBody & Problem>> =>
    http<CloseBody & Problem>(stack.baseUrl, 'POST', `/api/v1/councils/${id}/close`, { body, headers: { ...secretary, ...(language ? { 'accept-language': language } : {}) } });

  async function identificationCouncil(): Promise<{ applicationId: string; councilId: string }> {
    const applicationId = await applicationWithoutWorkflow();
    const created = await convene({ kind: 'identification', applicationId, members: roll(IDENTIFICATION_ROLL) });
    expect(created.status).toBe(201);
    return { applicationId, councilId: created.body.id };
  }

  async function castAll(councilId: string, ballots: [number, Record<string, unknown>][]): Promise<void> {
    for (const [n, ballot] of ballots) {
      const response = await cast(councilId, n, ballot);
      expect({ n, status: response.status, body: response.body }).toMatchObject({ n, status: 201 });
    }
  }

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    seed = await seedDemoAccountsInto(stack.database.url);
    secretary = await loginAs(stack.baseUrl, 'council.secretary');
    // Signed in before any council exists: their tokens carry no council id.
    for (let n = 1; n <= 9; n += 1) member[n] = await loginAs(stack.baseUrl, `council.member${n}`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await stack?.stop();
  });

  describe('convening', () => {
    it('refuses a roll that breaks the identification council rules, with the domain’s Vietnamese explanation', async () => {
      const applicationId = await applicationWithoutWorkflow();
      const tooSmall = await convene({ kind: 'identification', applicationId, members: roll(IDENTIFICATION_ROLL.slice(0, 6)) });
      expect(tooSmall.status).toBe(422);
      expect(tooSmall.contentType).toContain('application/problem+json');
      expect(tooSmall.body.detail).toBe('Hội đồng phải có 7–11 thành viên, hiện có 6');

      const threeReviewers = roll(IDENTIFICATION_ROLL).map((seat, index) => (index === 5 ? { ...seat, role: 'reviewer' } : seat));
      const reviewers = await http<Problem>(stack.baseUrl, 'POST', '/api/v1/councils', {
        body: { kind: 'identification', applicationId, members: threeReviewers },
        headers: { ...secretary, 'accept-language': 'en' },
      });
      expect(reviewers.status).toBe(422);
      expect(reviewers.body.detail).toBe('The council must have 2 × Reviewer; it has 3');

      const enterpriseSeat = roll(IDENTIFICATION_ROLL).map((seat, index) => (index === 8 ? { ...seat, userId: userId('enterprise.a') } : seat));
      const notAMember = await convene({ kind: 'identification', applicationId, members: enterpriseSeat });
      expect(notAMember.status).toBe(422);
      expect(notAMember.body.errors).toEqual([{ field: 'members[8].userId', message: expect.stringContaining('không phải tài khoản thành viên hội đồng') }]);

      expect((await convene({ kind: 'selection', applicationId, members: roll(IDENTIFICATION_ROLL.slice(0, 7)) })).status).toBe(400); // taskType missing
      expect((await convene({ kind: 'identification', applicationId: randomUUID(), members: roll(IDENTIFICATION_ROLL) })).status).toBe(404);
      expect((await convene({ kind: 'identification', applicationId, members: roll(IDENTIFICATION_ROLL) }, member[1])).status).toBe(403);
      expect(await stack.sql(`SELECT 1 FROM councils WHERE application_id = $1`, [applicationId])).toHaveLength(0);
    });

    it('convenes: members see the council at once (membership read from the roll), their next token carries it, others do not see it', async () => {
      const { applicationId, councilId } = await identificationCouncil();
      const asSecretary = await get(councilId, secretary);
      expect(asSecretary.status).toBe(200);
      expect(asSecretary.body).toMatchObject({ kind: 'identification', status: 'convened', applicationId, ballotsCast: 0, ownBallot: null, result: null });
      expect(asSecretary.body.criteria.map((criterion) => criterion.id)).toEqual(CRITERIA);
      expect(asSecretary.body.members.map((m) => [m.username, m.role, m.present])).toEqual(IDENTIFICATION_ROLL.map(([n, role]) => [`council.member${n}`, role, true]));
      expect(asSecretary.body.quorum).toMatchObject({ met: true, presentCount: 9, minimumPresent: 6 });

      // Token from before the council existed: still allowed, because the roll is checked directly.
      expect((await get(councilId, member[9])).status).toBe(200);
      const stored = await stack.sql<{ username: string; council_ids: string[] }>(`SELECT username, council_ids FROM users WHERE $1::uuid = ANY (council_ids) ORDER BY username`, [councilId]);
      expect(stored.map((row) => row.username)).toEqual(['council.member1', 'council.member2', 'council.member3', 'council.member4', 'council.member5', 'council.member6', 'council.member7', 'council.member8', 'council.member9', 'council.secretary']);
      const fresh = await loginAs(stack.baseUrl, 'council.member9');
      const me = await http<{ councils: { id: string }[] }>(stack.baseUrl, 'GET', '/api/v1/me', { headers: fresh });
      expect(me.body.councils).toContainEqual({ id: councilId });

      expect((await get(councilId, await loginAs(stack.baseUrl, 'manager'))).status).toBe(200);
      expect((await get(councilId, await loginAs(stack.baseUrl, 'manager.hungyen'))).status).toBe(404);
      expect((await get(councilId, await loginAs(stack.baseUrl, 'enterprise.a'))).status).toBe(403);

      const again = await convene({ kind: 'identification', applicationId, members: roll(IDENTIFICATION_ROLL) });
      expect(again.status).toBe(409);
    });
  });

  describe('identification council: "Thực hiện" needs more than 3/4 of the ballots backing', () => {
    it('6 of 9 backing ballots (2/3) → Không thực hiện', async () => {
      const { councilId } = await identificationCouncil();
      await castAll(councilId, [
        ...[1, 2, 3, 4, 5, 6].map((n): [number, Record<string, unknown>] => [n, backing()]),
        ...[7, 8, 9].map((n): [number, Record<string, unknown>] => [n, notBacking()]),
      ]);
      const closed = await close(councilId);
      expect(closed.status).toBe(200);
      expect(closed.body.delivered).toBe(false);
      expect(closed.body.council.result).toMatchObject({
        outcome: 'khong-thuc-hien',
        label: 'Không thực hiện',
        explanation: '6/9 phiếu tán thành (cần trên 3/4): Không thực hiện',
        detail: { backingCount: 6, ballotCount: 9, backingNeeded: 7, mode: null },
        delivered: false,
      });
      const english = await get(councilId, member[1], 'en');
      expect(english.body.result).toMatchObject({ label: 'Do not carry out', explanation: '6 of 9 ballots back the proposal (more than 3/4 needed): Do not carry out' });
    });

    it('7 of 9 backing ballots (more than 3/4) → Thực hiện, by the mode most backing ballots chose', async () => {
      const { councilId } = await identificationCouncil();
      await castAll(councilId, [
        ...[1, 2, 3, 4, 5].map((n): [number, Record<string, unknown>] => [n, backing('giao-truc-tiep')]),
        [6, backing('tuyen-chon')],
        [7, backing('tuyen-chon')],
        [8, notBacking()],
        [9, notBacking()],
      ]);
      const closed = await close(councilId);
      expect(closed.status).toBe(200);
      expect(closed.body.council.status).toBe('closed');
      expect(closed.body.council.result).toMatchObject({
        outcome: 'thuc-hien',
        label: 'Thực hiện',
        explanation: '7/9 phiếu tán thành (cần trên 3/4): Thực hiện, phương thức giao trực tiếp',
        detail: { backingCount: 7, ballotCount: 9, mode: 'giao-truc-tiep', modeTally: { 'tuyen-chon': 2, 'giao-truc-tiep': 5 } },
      });
    });

    it('exactly 3/4 is not more than 3/4: 6 backing of 8 present → Không thực hiện', async () => {
      const { councilId } = await identificationCouncil();
      const recorded = await attend(councilId, [1, 2, 3, 4, 5, 6, 7, 8]);
      expect(recorded.status).toBe(200);
      expect(recorded.body.members.find((m) => m.userId === memberId(9))?.present).toBe(false);
      expect(recorded.body.quorum).toMatchObject({ met: true, presentCount: 8 });
      const absent = await cast(councilId, 9, backing());
      expect(absent.status).toBe(422);
      expect(absent.body.type).toContain('council-member-absent');
      await castAll(councilId, [...[1, 2, 3, 4, 5, 6].map((n): [number, Record<string, unknown>] => [n, backing()]), [7, notBacking()], [8, notBacking()]]);
      const closed = await close(councilId);
      expect(closed.status).toBe(200);
      expect(closed.body.council.result).toMatchObject({ outcome: 'khong-thuc-hien', detail: { backingCount: 6, ballotCount: 8, backingNeeded: 7 } });
    });

    it('without quorum closing is refused with a 422 problem naming what is missing, Vietnamese first; the council stays open', async () => {
      const { councilId } = await identificationCouncil();
      // Chair (1) and a reviewer (4) absent, 5 of 9 present: short on every count.
      expect((await attend(councilId, [2, 3, 5, 6, 7])).status).toBe(200);
      await castAll(councilId, [2, 3, 5, 6, 7].map((n): [number, Record<string, unknown>] => [n, backing()]));
      const refused = await close(councilId);
      expect(refused.status).toBe(422);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ title: 'Hội đồng không đủ điều kiện họp', type: expect.stringContaining('council-no-quorum') });
      expect(refused.body.detail).toContain('Không đủ điều kiện họp: Có mặt 5/9 thành viên, cần ít nhất 6 (2/3)');
      expect(refused.body.detail).toContain('Vắng Chủ tịch hội đồng');
      expect(refused.body.detail).toContain(`Vắng ủy viên phản biện: ${memberId(4)}`);
      expect(refused.body.errors?.map((error) => error.field)).toEqual(['attendance', 'attendance', 'attendance']);
      const english = await close(councilId, {}, 'en');
      expect(english.body).toMatchObject({ status: 422, title: 'No quorum' });
      expect(english.body.detail).toContain('5 of 9 members present; at least 6 (2/3) required');

      const still = await get(councilId, secretary);
      expect(still.body).toMatchObject({ status: 'convened', result: null, ballotsCast: 5 });
      expect(still.body.quorum.met).toBe(false);
      // A voter cannot be recorded absent afterwards: the rules count one ballot per member present.
      const dropVoter = await attend(councilId, [2, 3, 5, 6]);
      expect(dropVoter.status).toBe(422);
      // With everyone present the missing ballots are what the domain refuses.
      expect((await attend(councilId, [1, 2, 3, 4, 5, 6, 7, 8, 9])).status).toBe(200);
      const missing = await close(councilId);
      expect(missing.status).toBe(422);
      expect(missing.body.detail).toContain('Thành viên có mặt chưa có phiếu');
    });
  });

  describe('ballots', () => {
    let councilId: string;
    const selectionRoll: Seat[] = [
      [1, 'chair'],
      [2, 'reviewer'],
      [3, 'reviewer'],
      [4, 'secretary'],
      [5, 'member'],
      [6, 'member'],
      [7, 'member'],
    ];

    beforeAll(async () => {
      const applicationId = await applicationWithoutWorkflow();
      const created = await convene({ kind: 'selection', applicationId, taskType: 'du-an', members: roll(selectionRoll) });
      expect(created.status).toBe(201);
      councilId = created.body.id;
      expect(created.body.criteria).toEqual([
        { id: 'overview', label: 'Tổng quan', weight: 8 },
        { id: 'content', label: 'Nội dung', weight: 20 },
        { id: 'novelty-feasibility', label: 'Tính mới và tính khả thi', weight: 12 },
        { id: 'socio-economic-effect', label: 'Hiệu quả kinh tế - xã hội', weight: 12 },
        { id: 'products', label: 'Sản phẩm', weight: 16 },
        { id: 'financial-plan', label: 'Phương án tài chính', weight: 16 },
        { id: 'capacity', label: 'Năng lực thực hiện', weight: 16 },
      ]);
    });

    it('only the council’s members vote: another council member gets 404, a secretary or manager 403', async () => {
      expect((await cast(councilId, 8, { scores: scores80 })).status).toBe(404);
      expect((await http(stack.baseUrl, 'POST', `/api/v1/councils/${councilId}/ballots`, { body: { scores: scores80 }, headers: secretary })).status).toBe(403);
      expect((await http(stack.baseUrl, 'POST', `/api/v1/councils/${councilId}/ballots`, { body: { scores: scores80 }, headers: await loginAs(stack.baseUrl, 'manager') })).status).toBe(403);
      expect((await get(councilId, member[8])).status).toBe(404);
    });

    it('checks a ballot against the council’s sheet', async () => {
      const over = await cast(councilId, 1, { scores: { ...scores80, overview: 9 } });
      expect(over.status).toBe(422);
      expect(over.body.errors).toEqual([{ field: 'scores.overview', message: 'Điểm tiêu chí overview phải là số nguyên từ 0 đến 8' }]);
      const incomplete = Object.fromEntries(Object.entries(scores80).filter(([id]) => id !== 'capacity'));
      expect((await cast(councilId, 1, { scores: incomplete })).status).toBe(422);
      expect((await cast(councilId, 1, { scores: { ...scores80, extra: 1 } })).status).toBe(422);
      expect((await cast(councilId, 1, { grade: 'dat' })).status).toBe(422);
      expect((await cast(councilId, 1, { verdicts: { a: 'dat' } })).status).toBe(422);
      expect((await get(councilId, secretary)).body.ballotsCast).toBe(0);
    });

    it('a member may replace their ballot until closing; the caller sees only their own', async () => {
      const first = await cast(councilId, 1, { scores: scores50, comment: 'Nội dung còn sơ sài' });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ replaced: false, payload: { scores: scores50, comment: 'Nội dung còn sơ sài' } });
      const second = await cast(councilId, 1, { scores: scores80 });
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ replaced: true, payload: { scores: scores80 } });
      const mine = await get(councilId, member[1]);
      expect(mine.body.ballotsCast).toBe(1);
      expect(mine.body.ownBallot?.payload).toEqual({ scores: scores80 });
      expect((await get(councilId, member[2])).body.ownBallot).toBeNull();
      expect(mine.body.members.find((m) => m.userId === memberId(1))?.voted).toBe(true);
    });

    it('selection: a ballot more than 20% from the mean is set aside; the kept mean of 80 ≥ 70 selects the application', async () => {
      await castAll(councilId, [2, 3, 4, 5, 6].map((n): [number, Record<string, unknown>] => [n, { scores: scores80 }]));
      await castAll(councilId, [[7, { scores: scores50 }]]);
      const closed = await close(councilId);
      expect(closed.status).toBe(200);
      expect(closed.body.council.result).toMatchObject({
        outcome: 'selected',
        label: 'Được tuyển chọn',
        detail: { meanHundredths: 8000, finalScoreHundredths: 8000, bonusApplied: false, passed: true },
      });
      expect(closed.body.council.result?.explanation).toContain('được tuyển chọn với 80 điểm');
      const ballots = closed.body.council.result?.detail.ballots as { memberId: string; total: number; setAside: boolean }[];
      expect(ballots.filter((ballot) => ballot.setAside)).toEqual([{ memberId: memberId(7), total: 50, setAside: true, zeroCriteria: [] }]);
    });

    it('after closing: no more ballots or attendance changes, and closing again is a conflict', async () => {
      expect((await cast(councilId, 2, { scores: scores50 })).status).toBe(409);
      expect((await attend(councilId, [1, 2, 3, 4, 5, 6, 7])).status).toBe(409);
      const again = await close(councilId);
      expect(again.status).toBe(409);
      expect(again.body.type).toContain('council-closed');
    });

    it('a selection mean below 70 → not selected, saying why', async () => {
      const applicationId = await applicationWithoutWorkflow();
      const created = await convene({ kind: 'selection', applicationId, taskType: 'du-an', members: roll(selectionRoll) });
      await castAll(created.body.id, [1, 2, 3, 4, 5, 6, 7].map((n): [number, Record<string, unknown>] => [n, { scores: scores50 }]));
      const closed = await close(created.body.id);
      expect(closed.body.council.result).toMatchObject({ outcome: 'not-selected', explanation: 'Không được tuyển chọn: Điểm trung bình 50 thấp hơn 70' });
    });
  });

  it('acceptance: more than 1/3 Không đạt (4 of 9) → Không đạt', async () => {
    const applicationId = await applicationWithoutWorkflow();
    const created = await convene({
      kind: 'acceptance',
      applicationId,
      members: roll([
        [1, 'chair'],
        [2, 'vice-chair'],
        [3, 'secretary'],
        [4, 'reviewer'],
        [5, 'reviewer'],
        [6, 'member'],
        [7, 'member'],
        [8, 'member'],
        [9, 'member'],
      ]),
      contractEndOn: '2025-12-31',
      dossierSubmittedOn: '2026-01-20',
    });
    expect(created.status).toBe(201);
    await castAll(created.body.id, [
      ...[1, 2, 3, 4, 5].map((n): [number, Record<string, unknown>] => [n, { grade: 'dat' }]),
      ...[6, 7, 8, 9].map((n): [number, Record<string, unknown>] => [n, { grade: 'khong-dat' }]),
    ]);
    // Two closes at once: the council row lock lets one compute the result; the other finds it closed.
    const [first, second] = await Promise.all([close(created.body.id), close(created.body.id)]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const closed = first.status === 200 ? first : second;
    expect(closed.body.council.result).toMatchObject({
      outcome: 'khong-dat',
      label: 'Không đạt',
      explanation: 'Không đạt: 0 Xuất sắc, 5 Đạt, 4 Không đạt trên 9 thành viên có mặt',
      detail: { reason: 'grades', tally: { 'xuat-sac': 0, dat: 5, 'khong-dat': 4 } },
    });
  });

  it('records convening, each ballot (without its content) and closing on the application’s audit trail, in one valid chain', async () => {
    const { applicationId, councilId } = await identificationCouncil();
    await castAll(councilId, [...[1, 2, 3, 4, 5, 6, 7, 8].map((n): [number, Record<string, unknown>] => [n, backing()]), [9, notBacking()], [9, backing()]]);
    expect((await close(councilId)).status).toBe(200);
    const rows = await stack.sql<{ action: string; actor_id: string; actor_role: string; after: Record<string, unknown>; comment: string | null }>(
      `SELECT action, actor_id, actor_role, after, comment FROM audit_log WHERE subject_type = 'application' AND subject_id = $1 ORDER BY seq`,
      [applicationId],
    );
    expect(rows.map((row) => row.action)).toEqual(['council.convened', ...Array<string>(10).fill('council.ballot-cast'), 'council.closed']);
    expect(rows[0]).toMatchObject({ actor_id: userId('council.secretary'), actor_role: 'council-secretary', after: { councilId, kind: 'identification', status: 'convened' } });
    expect(rows[1]).toMatchObject({ actor_id: memberId(1), actor_role: 'council-member', after: { councilId, memberUserId: memberId(1), replaced: false } });
    expect(rows[1].after).not.toHaveProperty('verdicts');
    expect(rows[10]).toMatchObject({ actor_id: memberId(9), after: { replaced: true } });
    expect(rows[11]).toMatchObject({ after: { councilId, outcome: 'thuc-hien' }, comment: '9/9 phiếu tán thành (cần trên 3/4): Thực hiện, phương thức tuyển chọn' });
    expect(await verifyAuditTrail(dataSource)).toMatchObject({ ok: true });
  });

  it('budget appraisal: delivers the conclusion to the running case workflow (delivered true, signal in its history)', async () => {
    const enterprise = await loginAs(stack.baseUrl, 'enterprise.a');
    const started = await http<{ id: string }>(stack.baseUrl, 'POST', '/api/v1/applications', {
      body: { title: 'Áp dụng ISO 9001 và 5S', provinceCode: 'thanh-hoa', supportKind: 'management-systems', requestedAmountVnd: 300_000_000 },
      headers: enterprise,
    });
    expect(started.status).toBe(201);
    const applicationId = started.body.id;
    const teamRoll: Seat[] = [
      [1, 'chair'],
      [2, 'member'],
      [3, 'member'],
      [4, 'member'],
      [5, 'member'],
    ];
    const base = {
      kind: 'budget-appraisal',
      applicationId,
      totalCostVnd: 600_000_000,
      caps: [{ id: 'nq-12-2022', per: 'task', shareOfCost: { num: 1, den: 2 }, capVnd: 250_000_000, label: { vi: 'Mức hỗ trợ tối đa', en: 'Support cap' } }],
    };
    const noFinance = await convene({ ...base, members: roll(teamRoll) });
    expect(noFinance.status).toBe(422);
    expect(noFinance.body.detail).toBe('Tổ thẩm định phải có ít nhất 1 thành viên của Sở Tài chính');
    const created = await convene({ ...base, members: roll(teamRoll, [5]) });
    expect(created.status).toBe(201);
    const councilId = created.body.id;

    const overCap = await cast(councilId, 1, { proposedVnd: 260_000_000 });
    expect(overCap.status).toBe(422);
    expect(overCap.body.detail).toContain('vượt mức tối đa 250.000.000 đ');
    await castAll(councilId, [1, 2, 3, 4, 5].map((n): [number, Record<string, unknown>] => [n, { proposedVnd: 240_000_000 }]));
    expect((await close(councilId)).status).toBe(422); // approvedVnd missing
    expect((await close(councilId, { approvedVnd: 260_000_000 })).status).toBe(422);

    const closed = await close(councilId, { approvedVnd: 240_000_000 });
    expect(closed.status).toBe(200);
    expect(closed.body.delivered).toBe(true);
    expect(closed.body.council.result).toMatchObject({ outcome: 'approved', detail: { approvedVnd: 240_000_000, maxVnd: 250_000_000 }, delivered: true });

    const history = await stack.temporal.workflow.getHandle(`application-${applicationId}`).fetchHistory();
    const signals = (history.events ?? []).filter((event) => event.workflowExecutionSignaledEventAttributes?.signalName === 'councilConcluded');
    expect(signals).toHaveLength(1);
    // One payload per signal argument: the conclusion itself.
    const sent = defaultPayloadConverter.fromPayload<CouncilConclusion>(signals[0].workflowExecutionSignaledEventAttributes?.input?.payloads?.[0] ?? {});
    expect(sent).toMatchObject({
      councilId,
      kind: 'budget-appraisal',
      outcome: 'approved',
      detail: { approvedVnd: 240_000_000, maxVnd: 250_000_000 },
      closedBy: { userId: userId('council.secretary'), username: 'council.secretary' },
    });
    const [{ delivered }] = await stack.sql<{ delivered: boolean }>(`SELECT conclusion_delivered_at IS NOT NULL AS delivered FROM councils WHERE id = $1`, [councilId]);
    expect(delivered).toBe(true);
  });
});
