import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { CaseDriver } from '../harness/case-driver';
import { recordHistory } from '../harness/histories';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

const PEOPLE = ['enterprise.a', 'officer.tdc', 'officer.congthuong', 'officer.taichinh', 'approver.ubnd', 'council.secretary', 'manager', 'admin'];
const M = 1_000_000;

/**
 * The budget appraisal is bounded by the support cap in force for the case's support kind, the
 * enterprise's size class (enterprise A is small: 85 staff, 42 bn revenue, agriculture) and the
 * day the step opens — read from the editable policy rows, whose support-kind mapping an
 * administrator changes through the admin API.
 */
describe('budget appraisal against the support cap, on a Temporal dev server and PostgreSQL', () => {
  let stack: TestStack;
  let driver: CaseDriver;

  beforeAll(async () => {
    installQuietRuntime();
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    await seedDemoAccountsInto(stack.database.url);
    const headers: Record<string, Record<string, string>> = {};
    for (const username of PEOPLE) headers[username] = await loginAs(stack.baseUrl, username);
    driver = new CaseDriver(stack, headers);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  async function caseAtBudgetAppraisal(supportKind: string, requestedAmountVnd: number): Promise<string> {
    const draft = await driver.call('enterprise.a', 'POST', '/applications', {
      title: `Hỗ trợ ${supportKind} cho Công ty A`,
      provinceCode: 'thanh-hoa',
      supportKind,
      requestedAmountVnd,
      sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
    });
    expect(draft.status).toBe(201);
    const id = draft.body.id as string;
    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(200);
    expect((await driver.decide(id, 'intake', 'officer.tdc', 'accept')).status).toBe(200);
    expect((await driver.decide(id, 'endorsement', 'officer.congthuong', 'endorse')).status).toBe(200);
    expect((await driver.decide(id, 'identification-council', 'council.secretary', 'carry-out-selection')).status).toBe(200);
    expect((await driver.decide(id, 'selection-council', 'council.secretary', 'selected')).status).toBe(200);
    await driver.awaitStep(id, 'budget-appraisal');
    return id;
  }

  async function decideInEnglish(id: string, approvedAmountVnd: number) {
    const current = await driver.awaitStep(id, 'budget-appraisal');
    const taskId = (current.currentTask as { id: string }).id;
    return driver.call('officer.taichinh', 'POST', `/tasks/${taskId}/decision`, { outcome: 'approved', data: { approvedAmountVnd } }, { 'accept-language': 'en' });
  }

  it('refuses an approved amount above the cap with a problem naming the cap and its legal basis, and accepts one at the cap', async () => {
    // Digital management, small enterprise: Decree 80 Art. 11(1) DX consulting, 50 M per contract per year.
    const id = await caseAtBudgetAppraisal('digital-management', 80 * M);

    const above = await driver.decide(id, 'budget-appraisal', 'officer.taichinh', 'approved', { data: { approvedAmountVnd: 50 * M + 1 } });
    expect(above.status).toBe(422);
    expect(above.contentType).toContain('application/problem+json');
    expect(above.body.detail).toContain('vượt mức hỗ trợ tối đa 50.000.000 ₫');
    expect(above.body.detail).toContain('Nghị định 80/2021/NĐ-CP, Điều 11, khoản 1');
    expect(above.body.detail).toContain('D80-A11-DX-CONSULTING-SMALL');

    const english = await decideInEnglish(id, 60 * M);
    expect(english.status).toBe(422);
    expect(english.body.detail).toContain('exceeds the cap of 50.000.000 ₫');
    expect(english.body.detail).toContain('Decree 80/2021/NĐ-CP, Article 11(1)');

    // Within the cap but above the request: still refused, by the request.
    const case2 = await caseAtBudgetAppraisal('digital-management', 40 * M);
    const overRequest = await driver.decide(case2, 'budget-appraisal', 'officer.taichinh', 'approved', { data: { approvedAmountVnd: 45 * M } });
    expect(overRequest.status).toBe(422);
    expect(overRequest.body.detail).not.toContain('Nghị định 80');

    const atCap = await driver.decide(id, 'budget-appraisal', 'officer.taichinh', 'approved', { data: { approvedAmountVnd: 50 * M } });
    expect(atCap.status).toBe(200);
    const after = await driver.awaitStep(id, 'approval');
    expect(after.approvedAmountVnd).toBe(50 * M);

    // Closed (refused), so its history can be kept for the replay test (NSCL_RECORD_HISTORIES=1).
    expect((await driver.decide(id, 'approval', 'approver.ubnd', 'refuse', { comment: 'Ngân sách năm nay đã hết' })).status).toBe(200);
    expect(await driver.awaitStep(id, null, 'rejected')).toMatchObject({ status: 'rejected', approvedAmountVnd: 50 * M });
    await recordHistory('support-application-budget-cap', stack.temporal.workflow.getHandle(`application-${id}`));
  });

  it("lets an administrator edit a policy's support kinds, and the next appraisal that opens uses the new mapping", async () => {
    const listed = await driver.call('admin', 'GET', '/admin/policies?pageSize=100');
    expect(listed.status).toBe(200);
    const ip = (listed.body.items as Record<string, unknown>[]).find((row) => row.code === 'D80-A11-IP-CONSULTING') as Record<string, unknown>;
    expect(ip).toMatchObject({ supportKinds: [], capVnd: 100 * M, legalBasisEn: 'Decree 80/2021/NĐ-CP, Article 11' });
    expect((listed.body.items as Record<string, unknown>[]).find((row) => row.code === 'D80-A13-ADVISOR-SMALL')).toMatchObject({ supportKinds: ['management-systems-and-tools'] });

    const { code: _code, version, updatedAt: _updatedAt, ...fields } = ip;
    const unknownKind = await driver.call('admin', 'PUT', '/admin/policies/D80-A11-IP-CONSULTING', { ...fields, supportKinds: ['no-such-kind'], version });
    expect(unknownKind.status).toBe(422);
    expect(unknownKind.body.detail).toContain('no-such-kind');
    const officerTries = await driver.call('officer.taichinh', 'PUT', '/admin/policies/D80-A11-IP-CONSULTING', { ...fields, supportKinds: ['national-quality-award'], version });
    expect(officerTries.status).toBe(403);

    const edited = await driver.call('admin', 'PUT', '/admin/policies/D80-A11-IP-CONSULTING', { ...fields, supportKinds: ['national-quality-award'], version });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ supportKinds: ['national-quality-award'], version: (version as number) + 1 });
    expect((await driver.call('admin', 'GET', '/admin/policies?pageSize=100')).body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'D80-A11-IP-CONSULTING', supportKinds: ['national-quality-award'] })]),
    );

    const id = await caseAtBudgetAppraisal('national-quality-award', 150 * M);
    const above = await driver.decide(id, 'budget-appraisal', 'officer.taichinh', 'approved', { data: { approvedAmountVnd: 100 * M + 1 } });
    expect(above.status).toBe(422);
    expect(above.body.detail).toContain('100.000.000 ₫');
    expect(above.body.detail).toContain('D80-A11-IP-CONSULTING');
    expect((await driver.decide(id, 'budget-appraisal', 'officer.taichinh', 'approved', { data: { approvedAmountVnd: 100 * M } })).status).toBe(200);
  });
});
