import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkflowHandle } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DEFAULT_REMINDERS } from '../../libs/domain/src/procedures/reminder-policy';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { DemoSeedResult, seedDemoAccounts } from '../../libs/persistence/src/seed/demo-accounts';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { decisionTaskWorkflow } from '../../workflows/decision/decision-task.workflow';
import { Actor, decideUpdate, DecisionTaskInput, extendUpdate, taskStateQuery } from '../../workflows/decision/messages';
import { readHarnessState } from '../harness/harness-state';
import { recordHistory } from '../harness/histories';
import { createTestDatabase, TestDatabase } from '../harness/test-database';
import { createTimeSkippingEnvironment, sleepUntil } from '../harness/time-skipping';

/**
 * The human-decision building block on a time-skipping server whose clock starts on Tuesday
 * 10 February 2026, 09:00 in Hà Nội: the week before Tết Bính Ngọ (official days off 14–22/2).
 */
const TUESDAY_BEFORE_TET_2026 = '2026-02-10T02:00:00Z';
const INTAKE_UNIT = 'thanh-hoa/chi-cuc-tdc';

describe('decisionTaskWorkflow around Tết 2026', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let demo: DemoSeedResult;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    await seedReferenceData(dataSource, { onDate: '2026-02-10' });
    demo = await seedDemoAccounts(dataSource, 'not-used-here', 'test');
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** A fresh time-skipping server (clock at the given start) and a worker on it, per test. */
  async function withEnvironment(run: (env: TestWorkflowEnvironment, taskQueue: string) => Promise<void>): Promise<void> {
    const env = await createTimeSkippingEnvironment({ startAt: TUESDAY_BEFORE_TET_2026 });
    const taskQueue = `decision-${randomUUID()}`;
    let worker: INestApplicationContext | undefined;
    try {
      worker = await NestFactory.createApplicationContext(
        WorkerModule.forRoot({ databaseUrl: database.url, temporal: { address: env.address, namespace: 'default', taskQueue }, workflowBundlePath: readHarnessState().workflowBundlePath }),
        { logger: ['error', 'warn'] },
      );
      await run(env, taskQueue);
    } finally {
      await worker?.close();
      await env.teardown();
    }
  }

  const intake = (overrides: Partial<DecisionTaskInput> = {}): DecisionTaskInput => ({
    taskId: randomUUID(),
    subject: { type: 'application', id: randomUUID(), title: 'Áp dụng ISO 9001 tại Công ty A', provinceCode: 'thanh-hoa' },
    step: { code: 'intake', name: { vi: 'Tiếp nhận, kiểm tra tính hợp lệ', en: 'Intake and completeness check' } },
    assignee: { kind: 'department', id: INTAKE_UNIT },
    outcomes: [
      { code: 'accept', label: { vi: 'Tiếp nhận', en: 'Accept' } },
      { code: 'reject', label: { vi: 'Từ chối', en: 'Reject' }, requiresComment: true },
    ],
    timeLimit: { amount: 10, unit: 'working' },
    reminders: DEFAULT_REMINDERS,
    escalation: { unitHead: { kind: 'department', id: INTAKE_UNIT }, manager: { kind: 'role', id: 'programme-manager' } },
    ...overrides,
  });

  const actor = (username: string, extra: Partial<Actor> = {}): Actor => ({
    userId: demo.users[username].id,
    username,
    roles: ['department-officer'],
    provinceCode: 'thanh-hoa',
    departmentCode: INTAKE_UNIT,
    councilIds: [],
    ...extra,
  });

  const start = (env: TestWorkflowEnvironment, taskQueue: string, input: DecisionTaskInput) =>
    env.client.workflow.start(decisionTaskWorkflow, { taskQueue, workflowId: `task-${input.taskId}`, args: [input] });

  /** The task's state once its calendar is loaded and its due date known. */
  async function openedState(handle: WorkflowHandle<typeof decisionTaskWorkflow>) {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const state = await handle.query(taskStateQuery);
      if (state.dueDate) return state;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The task never computed its due date');
  }

  /** What reached people for a task: "<Hà Nội date> <reminder key suffix> → <usernames>", oldest first. */
  async function sentFor(taskId: string): Promise<string[]> {
    const rows = await dataSource.query<{ day: string; reminder: string; usernames: string }[]>(
      `SELECT to_char(n.scheduled_for AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS day,
              split_part(n.dedup_key, ':', 3) AS reminder,
              string_agg(u.username, ',' ORDER BY u.username) AS usernames
         FROM notifications n JOIN users u ON u.id = n.recipient_user_id
        WHERE n.dedup_key LIKE $1
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [`${taskId}:%`],
    );
    return rows.map((row) => `${row.day} ${row.reminder} → ${row.usernames}`);
  }


  it('sets a 10-working-day due date past Tết, reminds on the right days and escalates in order', async () => {
    await withEnvironment(async (env, taskQueue) => {
      const input = intake();
      const handle = await start(env, taskQueue, input);
      expect(await openedState(handle)).toMatchObject({ status: 'open', dueDate: '2026-03-03', dueAt: '2026-03-03T17:00:00.000Z' });

      await sleepUntil(env, '2026-03-13T00:00:00Z');
      expect(await sentFor(input.taskId)).toEqual([
        '2026-02-26 08:00 before-3 → head.tdc,officer.tdc',
        '2026-03-02 08:00 before-1 → head.tdc,officer.tdc',
        '2026-03-03 08:00 due-today → head.tdc,officer.tdc',
        '2026-03-04 08:00 escalate-unit-head → head.tdc,officer.tdc',
        '2026-03-06 08:00 overdue-1 → head.tdc,officer.tdc',
        '2026-03-10 08:00 overdue-2 → head.tdc,officer.tdc',
        '2026-03-11 08:00 escalate-manager → head.tdc,manager,officer.tdc',
        '2026-03-12 08:00 overdue-3 → head.tdc,officer.tdc',
      ]);
      const [row] = await dataSource.query(`SELECT status, due_date::text AS due, jsonb_array_length(reminders_sent) AS sent FROM tasks WHERE id = $1`, [input.taskId]);
      expect(row).toEqual({ status: 'open', due: '2026-03-03', sent: 8 });

      const result = await handle.executeUpdate(decideUpdate, { args: [{ actor: actor('officer.tdc'), outcome: 'accept' }] });
      expect(result).toMatchObject({ outcome: 'accept', decidedBy: { username: 'officer.tdc' }, dueDate: '2026-03-03', usedWorkingDays: 18 });
      await handle.result();
      await recordHistory('decision-task-tet-2026-escalated', handle);
      const audit = await dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY seq`, [input.subject.id]);
      expect(audit.map((entry: { action: string }) => entry.action)).toEqual([
        'task.opened',
        'task.before-due',
        'task.before-due',
        'task.due-today',
        'task.escalate-unit-head',
        'task.overdue',
        'task.overdue',
        'task.escalate-manager',
        'task.overdue',
        'task.decided',
      ]);
    });
  });

  it('cancels every pending reminder when the decision comes before the due date, and refuses a second decision', async () => {
    await withEnvironment(async (env, taskQueue) => {
      const input = intake();
      const handle = await start(env, taskQueue, input);
      await sleepUntil(env, '2026-02-12T03:00:00Z');
      await expect(handle.executeUpdate(decideUpdate, { args: [{ actor: actor('officer.tdc'), outcome: 'approve' }] })).rejects.toMatchObject({ cause: { type: 'OutcomeNotAllowed' } });
      await expect(handle.executeUpdate(decideUpdate, { args: [{ actor: actor('officer.tdc'), outcome: 'reject' }] })).rejects.toMatchObject({ cause: { type: 'CommentRequired' } });
      await expect(
        handle.executeUpdate(decideUpdate, { args: [{ actor: actor('officer.congthuong', { departmentCode: 'thanh-hoa/so-cong-thuong' }), outcome: 'accept' }] }),
      ).rejects.toMatchObject({ cause: { type: 'NotAssignee' } });

      const result = await handle.executeUpdate(decideUpdate, { args: [{ actor: actor('head.tdc'), outcome: 'accept', comment: 'Hồ sơ đầy đủ' }] });
      expect(result).toMatchObject({ outcome: 'accept', comment: 'Hồ sơ đầy đủ', usedWorkingDays: 2 });
      expect(await handle.result()).toEqual(result);

      await env.sleep('60 days');
      expect(await sentFor(input.taskId)).toEqual([]);
    });
  });

  it('moves the pending reminders when a manager extends the deadline', async () => {
    await withEnvironment(async (env, taskQueue) => {
      const input = intake();
      const handle = await start(env, taskQueue, input);
      await sleepUntil(env, '2026-02-27T03:00:00Z');
      await expect(handle.executeUpdate(extendUpdate, { args: [{ actor: actor('officer.tdc'), amount: 5, unit: 'working', reason: 'x' }] })).rejects.toMatchObject({ cause: { type: 'NotManager' } });
      const manager = actor('manager', { roles: ['programme-manager'], departmentCode: 'thanh-hoa/so-khcn' });
      const extended = await handle.executeUpdate(extendUpdate, { args: [{ actor: manager, amount: 5, unit: 'working', reason: 'Chờ ý kiến của Sở Tài chính' }] });
      expect(extended).toMatchObject({ dueDate: '2026-03-10', extensions: [{ amount: 5, newDueDate: '2026-03-10', by: 'manager' }] });

      await sleepUntil(env, '2026-03-10T12:00:00Z');
      expect(await sentFor(input.taskId)).toEqual([
        '2026-02-26 08:00 before-3 → head.tdc,officer.tdc',
        '2026-03-05 08:00 before-3 → head.tdc,officer.tdc',
        '2026-03-09 08:00 before-1 → head.tdc,officer.tdc',
        '2026-03-10 08:00 due-today → head.tdc,officer.tdc',
      ]);
      await handle.executeUpdate(decideUpdate, { args: [{ actor: actor('officer.tdc'), outcome: 'accept' }] });
      await handle.result();
      await recordHistory('decision-task-extended', handle);
    });
  });

  it('resumes a stopped clock with the working days already used', async () => {
    await withEnvironment(async (env, taskQueue) => {
      const input = intake({ usedWorkingDays: 4 });
      const handle = await start(env, taskQueue, input);
      // 6 working days left from Tuesday 10/2: 11, 12, 13/2, then Tết, then 23, 24, 25/2.
      expect(await openedState(handle)).toMatchObject({ dueDate: '2026-02-25' });
      await sleepUntil(env, '2026-02-24T03:00:00Z');
      const result = await handle.executeUpdate(decideUpdate, { args: [{ actor: actor('officer.tdc'), outcome: 'accept' }] });
      expect(result.usedWorkingDays).toBe(4 + 5);
      expect(await sentFor(input.taskId)).toEqual(['2026-02-13 08:00 before-3 → head.tdc,officer.tdc', '2026-02-24 08:00 before-1 → head.tdc,officer.tdc']);
    });
  });
});
