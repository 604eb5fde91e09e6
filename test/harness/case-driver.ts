import { http, HttpResult } from './http';
import { TestStack } from './test-stack';

/**
 * Drives support-application cases through the real API, as the people of the demo accounts
 * would: each call signs in as someone and acts from their own inbox.
 */
export class CaseDriver {
  constructor(
    private readonly stack: TestStack,
    private readonly headersOf: Record<string, Record<string, string>>,
  ) {}

  call(username: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
    return http(this.stack.baseUrl, method, `/api/v1${path}`, { body, headers: { ...this.headersOf[username], ...headers } });
  }

  /** Waits until the case reaches `step` with its task open (the workflow and its projections run asynchronously). */
  async awaitStep(id: string, step: string | null, status?: string): Promise<Record<string, unknown>> {
    let last: Record<string, unknown> = {};
    for (let attempt = 0; attempt < 150; attempt += 1) {
      const response = await this.call('manager', 'GET', `/applications/${id}`);
      last = response.body;
      const ready = last.currentStep === step && (step === null || last.currentTask !== null) && (status === undefined || last.status === status);
      if (ready) return last;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Case ${id} never reached step ${step}${status ? ` (${status})` : ''}; last seen: ${JSON.stringify(last)}`);
  }

  /** Decides the open task of the case's current step from `username`'s inbox. */
  async decide(id: string, step: string, username: string, outcome: string, extra: { comment?: string; data?: Record<string, unknown> } = {}): Promise<HttpResult> {
    const current = await this.awaitStep(id, step);
    const taskId = (current.currentTask as { id: string }).id;
    const inbox = await this.call(username, 'GET', '/tasks?pageSize=100');
    if (!(inbox.body.items as { id: string }[] | undefined)?.some((task) => task.id === taskId)) {
      throw new Error(`${username} does not see the ${step} task of case ${id} in their inbox`);
    }
    return this.call(username, 'POST', `/tasks/${taskId}/decision`, { outcome, ...extra });
  }

  /** The open task of the case at `step` in `username`'s own inbox (a step with several deciders gives each a task). */
  async ownTask(id: string, step: string, username: string): Promise<{ id: string }> {
    for (let attempt = 0; attempt < 150; attempt += 1) {
      const inbox = await this.call(username, 'GET', '/tasks?pageSize=100');
      const task = (inbox.body.items as { id: string; subject: { id: string }; step: { code: string } }[] | undefined)?.find((candidate) => candidate.subject.id === id && candidate.step.code === step);
      if (task) return task;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${username} never saw a ${step} task of case ${id} in their inbox`);
  }

  /** Decides `username`'s own open task of the case at `step`. */
  async decideOwn(id: string, step: string, username: string, outcome: string, extra: { comment?: string; data?: Record<string, unknown> } = {}): Promise<HttpResult> {
    const task = await this.ownTask(id, step, username);
    return this.call(username, 'POST', `/tasks/${task.id}/decision`, { outcome, ...extra });
  }
}
