import { DEFAULT_WORKFLOW_WAIT_MS } from './bounded-wait.interceptor';

/** API_WORKFLOW_WAIT_MS: how long a request may wait on a workflow (milliseconds, 100 to 600000). */
export function workflowWaitMs(value: string | undefined = process.env.API_WORKFLOW_WAIT_MS): number {
  if (value === undefined || value.trim() === '') return DEFAULT_WORKFLOW_WAIT_MS;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 100 || parsed > 600_000) throw new Error(`API_WORKFLOW_WAIT_MS must be a whole number of milliseconds from 100 to 600000, not "${value}"`);
  return parsed;
}
