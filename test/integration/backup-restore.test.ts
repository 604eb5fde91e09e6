import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { backupEmbeddedData, EmbeddedDataError, restoreEmbeddedData } from '../../libs/local-servers/src/embedded-data-backup';
import { loginAs } from '../harness/auth';
import { eventually } from '../harness/eventually';
import { http } from '../harness/http';
import { ProcessStack } from '../harness/process-stack';
import { installQuietRuntime } from '../harness/time-skipping';

/**
 * `npm run backup` / `npm run restore` on the embedded layout (PostgreSQL cluster, Temporal
 * database, mail): a case waiting in an inbox, with its reminder timer running, is backed up,
 * restored into a fresh data folder on another stack, and carries on there.
 */
describe('backup and restore of the embedded data', () => {
  let folder: string;
  beforeAll(() => {
    installQuietRuntime();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-backup-'));
    fs.chmodSync(folder, 0o755);
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('restores every case, task and running timer into a fresh data folder', async () => {
    const original = await ProcessStack.start();
    let caseId = '';
    let taskId = '';
    try {
      const enterprise = await loginAs(original.baseUrl, 'enterprise.a');
      const created = await http(original.baseUrl, 'POST', '/api/v1/applications', {
        headers: enterprise,
        body: { title: 'Sao lưu: áp dụng ISO 9001', provinceCode: 'thanh-hoa', supportKind: 'management-systems', requestedAmountVnd: 150_000_000, sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong' },
      });
      caseId = created.body.id as string;
      expect((await http(original.baseUrl, 'POST', `/api/v1/applications/${caseId}/submit`, { headers: enterprise })).status).toBe(200);
      const waiting = await eventually(
        async () => (await http<{ currentTask: { id: string } | null }>(original.baseUrl, 'GET', `/api/v1/applications/${caseId}`, { headers: enterprise })).body.currentTask,
        (task) => task !== null,
      );
      taskId = waiting?.id as string;
      expect(taskId).toBeTruthy();
      // While it runs, a backup would be torn: it is refused.
      expect(() => backupEmbeddedData(original.workDir, path.join(folder, 'torn.tar.gz'))).toThrow(EmbeddedDataError);
    } finally {
      await original.stop({ keepData: true });
    }

    const archive = path.join(folder, 'nscl.tar.gz');
    const backup = backupEmbeddedData(original.workDir, archive);
    expect(backup.members).toEqual(expect.arrayContaining(['postgres', 'temporal.db', 'mail']));
    fs.rmSync(original.workDir, { recursive: true, force: true });
    const restoredDir = path.join(folder, 'restored');
    restoreEmbeddedData(archive, restoredDir);
    expect(() => restoreEmbeddedData(archive, restoredDir)).toThrow(/not empty/);

    const restored = await ProcessStack.start(restoredDir);
    try {
      const officer = await loginAs(restored.baseUrl, 'officer.tdc');
      const found = await http(restored.baseUrl, 'GET', `/api/v1/applications/${caseId}`, { headers: officer });
      expect(found.body).toMatchObject({ status: 'in-progress', currentStep: 'intake', currentTask: { id: taskId } });
      const inbox = await http<{ items: { id: string }[] }>(restored.baseUrl, 'GET', '/api/v1/tasks?pageSize=100', { headers: officer });
      expect(inbox.body.items.map((task) => task.id)).toContain(taskId);
      // The task's reminder timer is still set in the restored Temporal database.
      const task = restored.client.workflow.getHandle(`task-${taskId}`);
      expect((await task.describe()).status.name).toBe('RUNNING');
      const events = (await task.fetchHistory()).events ?? [];
      const started = events.filter((event) => event.timerStartedEventAttributes).map((event) => event.timerStartedEventAttributes?.timerId);
      const fired = new Set(events.filter((event) => event.timerFiredEventAttributes).map((event) => event.timerFiredEventAttributes?.timerId));
      expect(started.filter((timerId) => !fired.has(timerId))).not.toHaveLength(0);
      // And the case carries on from where it stood.
      expect((await http(restored.baseUrl, 'POST', `/api/v1/tasks/${taskId}/decision`, { headers: officer, body: { outcome: 'accept', comment: 'Hồ sơ hợp lệ' } })).status).toBe(200);
      const moved = await eventually(
        async () => (await http(restored.baseUrl, 'GET', `/api/v1/applications/${caseId}`, { headers: officer })).body.currentStep,
        (step) => step === 'endorsement',
      );
      expect(moved).toBe('endorsement');
    } finally {
      await restored.stop();
    }
  }, 600_000);
});
