import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { WorkflowClientInterceptor } from '@temporalio/client';

/** What one HTTP request has done with workflows so far: asked something of one, and had it accepted. */
export interface WorkflowCallState {
  /** A start, update or signal was sent. */
  sent: boolean;
  /** Temporal has durably taken at least one of them (a start, signal or update call returned). */
  accepted: boolean;
  /**
   * Updates sent, by id: an update waiting for its result returns only when it completes, so
   * whether it was accepted meanwhile is asked of the server (bounded-wait.interceptor.ts).
   */
  updates: { workflowId: string; runId?: string; updateId: string }[];
}

const storage = new AsyncLocalStorage<WorkflowCallState>();

/** Runs `fn` with a fresh state that the client calls inside it report to. */
export function trackWorkflowCalls<T>(fn: () => T): { state: WorkflowCallState; result: T } {
  const state: WorkflowCallState = { sent: false, accepted: false, updates: [] };
  return { state, result: storage.run(state, fn) };
}

async function tracked<T>(call: () => Promise<T>): Promise<T> {
  const state = storage.getStore();
  if (state) state.sent = true;
  const result = await call();
  if (state) state.accepted = true;
  return result;
}

/**
 * A client interceptor that tells the API (bounded-wait.interceptor.ts) whether what a request sent
 * was accepted by Temporal; `startUpdate` resolves once the update is ACCEPTED, before it completes.
 * Outside a tracked request (the worker, scripts) it only passes calls on.
 */
export const workflowCallTracker: WorkflowClientInterceptor = {
  start: (input, next) => tracked(() => next(input)),
  startWithDetails: (input, next) => tracked(() => next(input)),
  startUpdate: (input, next) => {
    // The id is chosen here (the SDK would pick one otherwise) so that the update can be looked up.
    const updateId = input.options.updateId ?? randomUUID();
    storage.getStore()?.updates.push({ workflowId: input.workflowExecution.workflowId, runId: input.workflowExecution.runId, updateId });
    return tracked(() => next({ ...input, options: { ...input.options, updateId } }));
  },
  startUpdateWithStart: (input, next) => tracked(() => next(input)),
  signal: (input, next) => tracked(() => next(input)),
  signalWithStart: (input, next) => tracked(() => next(input)),
};
