import { verifyAuditTrail } from '../../libs/persistence/src/audit/verify-audit-trail';
import { loginAs } from '../harness/auth';
import { eventually } from '../harness/eventually';
import { http, HttpResult } from '../harness/http';
import type { ProcessStack } from '../harness/process-stack';

/** What a drill sent, what the system recorded, and what it did twice. */
export interface DrillReport {
  drill: string;
  sent: { creates: number; submissions: number; decisions: number; retriesAndPolls: number };
  recorded: { applications: number; workflows: number; submissions: number; intakeDecisions: number };
  lost: number;
  doubled: number;
  orphans: number;
  emails: { sent: number; duplicates: number };
  auditTrail: 'verified' | string;
}

type Outcome = 'done' | 'retry';

/**
 * A burst of `cases` concurrent clients, each creating a proposal (with its Idempotency-Key),
 * submitting it, and having the intake officer accept it, while `fault` runs once a third of the
 * cases are submitted. A client retries every answer that is not definitive (no answer, 5xx, an
 * accepted-but-pending 202) exactly as a person would press the button again. Then it counts.
 */
export async function runCaseBurst(stack: ProcessStack, drill: string, fault: () => Promise<void>, cases = 50): Promise<DrillReport> {
  const sent = { creates: 0, submissions: 0, decisions: 0, retriesAndPolls: 0 };
  const call = async (method: string, path: string, who: Record<string, string>, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult | undefined> => {
    try {
      return await http(stack.baseUrl, method, path, { body, headers: { ...who, ...headers } });
    } catch {
      return undefined; // the API is down or the connection was cut: no answer
    }
  };
  /** Until the action's answer is definitive; every other answer is a retry, bounded in count. */
  const untilDone = async (action: () => Promise<Outcome>): Promise<void> => {
    for (let attempt = 0; attempt < 400; attempt += 1) {
      if ((await action()) === 'done') return;
      sent.retriesAndPolls += 1;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('A client gave up after 400 attempts');
  };
  const enterprise = await withRetries(() => loginAs(stack.baseUrl, 'enterprise.a'));
  const officer = await withRetries(() => loginAs(stack.baseUrl, 'officer.tdc'));

  let submitted = 0;
  let faultStarted: Promise<void> | undefined;
  const oneCase = async (index: number): Promise<string> => {
    let id = '';
    await untilDone(async () => {
      sent.creates += 1;
      const answer = await call('POST', '/api/v1/applications', enterprise, proposal(drill, index), { 'idempotency-key': `${drill}-${index}` });
      if (answer && (answer.status === 201 || answer.status === 200)) id = answer.body.id as string;
      return id ? 'done' : 'retry';
    });
    await untilDone(async () => {
      sent.submissions += 1;
      const answer = await call('POST', `/api/v1/applications/${id}/submit`, enterprise);
      if (answer?.status === 200) return 'done';
      // Refused as already submitted, or no answer: the case itself says whether it was.
      const state = await call('GET', `/api/v1/applications/${id}`, enterprise);
      return state?.status === 200 && state.body.status === 'in-progress' ? 'done' : 'retry';
    });
    submitted += 1;
    if (submitted === Math.ceil(cases / 3)) faultStarted = fault();
    await untilDone(async () => {
      const state = await call('GET', `/api/v1/applications/${id}`, officer);
      if (state?.status === 200 && state.body.currentStep !== 'intake') return 'done';
      const task = state?.status === 200 ? (state.body.currentTask as { id: string } | null) : null;
      if (!task) return 'retry';
      sent.decisions += 1;
      const answer = await call('POST', `/api/v1/tasks/${task.id}/decision`, officer, { outcome: 'accept', comment: 'Hồ sơ hợp lệ' });
      return answer?.status === 200 ? 'done' : 'retry';
    });
    return id;
  };

  const ids = await Promise.all(Array.from({ length: cases }, (_, index) => oneCase(index)));
  await faultStarted;

  // Every case moves on to the endorsement step once its workflow has caught up.
  const moved = await eventually(
    async () => (await stack.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM applications WHERE id = ANY($1) AND current_step = 'endorsement'`, [ids]))[0].n,
    (count) => count === cases,
    { timeoutMs: 120_000, intervalMs: 250 },
  );
  const count = async (sql: string): Promise<number> => (await stack.dataSource.query<{ n: number }[]>(sql, [ids]))[0].n;
  const applications = await count(`SELECT count(*)::int AS n FROM applications WHERE id = ANY($1)`);
  const submissions = await count(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id::text = ANY($1::text[]) AND action = 'application.submitted'`);
  const intakeDecisions = await count(`SELECT count(*)::int AS n FROM tasks WHERE subject_id::text = ANY($1::text[]) AND step_code = 'intake' AND status = 'decided'`);
  let workflows = 0;
  for await (const _execution of stack.client.workflow.list({ query: `WorkflowType = 'supportApplicationWorkflow'` })) workflows += 1;
  const strayRows = await count(`SELECT count(*)::int AS n FROM applications WHERE NOT (id = ANY($1))`);

  const messageIds = stack.smtp.messages.map((message) => message.messageId);
  const audit = await verifyAuditTrail(stack.dataSource);
  return {
    drill,
    sent,
    recorded: { applications, workflows, submissions, intakeDecisions },
    lost: cases - moved,
    doubled: Math.max(0, submissions - cases) + Math.max(0, intakeDecisions - cases),
    orphans: Math.abs(workflows - applications) + strayRows,
    emails: { sent: messageIds.length, duplicates: messageIds.length - new Set(messageIds).size },
    auditTrail: audit.ok ? 'verified' : `broken at ${audit.firstBrokenSeq} (${audit.reason})`,
  };
}

/** Prints the drill's counts (the issue asks to see them on every run) and returns the report. */
export function printReport(report: DrillReport): DrillReport {
  process.stdout.write(`[drill] ${JSON.stringify(report)}\n`);
  return report;
}

function proposal(drill: string, index: number) {
  return {
    title: `Diễn tập ${drill} — hồ sơ ${index + 1}`,
    provinceCode: 'thanh-hoa',
    supportKind: 'improvement-tools',
    requestedAmountVnd: 100_000_000 + index,
    sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
  };
}

async function withRetries<T>(action: () => Promise<T>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 40; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw lastError;
}
