import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { lastValueFrom, Observable } from 'rxjs';
import { temporal } from '@temporalio/proto';
import { trackWorkflowCalls, WorkflowCallState } from '../../../../libs/temporal/src/workflow-call-context';
import { ProblemException } from '../problem/problem';

/** Default bound of API_WORKFLOW_WAIT_MS. */
export const DEFAULT_WORKFLOW_WAIT_MS = 10_000;
/** Seconds a client waits before it tries again after a 503. */
const RETRY_AFTER_SECONDS = 5;
/** How long the server is asked whether an update sent was accepted. */
const PROBE_MS = 1_000;
const ACCEPTED = temporal.api.enums.v1.UpdateWorkflowExecutionLifecycleStage.UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_ACCEPTED;

/**
 * No request waits on a workflow without a bound. When a request that sent something to a workflow
 * has not answered within `waitMs`:
 * - Temporal accepted it → 202 problem: recorded, still being processed (read the resource later);
 * - Temporal had not accepted it → the call is abandoned (aborted) and 503 with Retry-After.
 * A request that sent nothing to a workflow is not a workflow's to bound and runs on.
 */
@Injectable()
export class BoundedWaitInterceptor implements NestInterceptor {
  constructor(
    private readonly temporal: Client,
    private readonly waitMs: number,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    return new Observable((subscriber) => {
      const abort = new AbortController();
      const { state, result } = trackWorkflowCalls(() => this.temporal.withAbortSignal(abort.signal, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
      let answered = false;
      const answer = (deliver: () => void): void => {
        if (answered) return;
        answered = true;
        clearTimeout(timer);
        deliver();
      };
      const timer = setTimeout(() => {
        if (!state.sent) return;
        void this.accepted(state).then((accepted) => answer(() => {
          if (accepted) {
            subscriber.error(
              new ProblemException(
                202,
                'request-still-processing',
                { vi: 'Yêu cầu đã được ghi nhận, đang xử lý', en: 'Accepted, still being processed' },
                {
                  vi: `Yêu cầu đã được ghi nhận nhưng chưa xử lý xong sau ${this.waitMs / 1000} giây; kết quả sẽ hiện khi xử lý xong, hãy xem lại sau.`,
                  en: `The request was recorded but not completed within ${this.waitMs / 1000} s; its result will show once done, look again later.`,
                },
              ),
            );
            return;
          }
          abort.abort();
          response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
          subscriber.error(
            new ProblemException(
              503,
              'workflow-unavailable',
              { vi: 'Hệ thống đang bận', en: 'Service busy' },
              {
                vi: `Quy trình không tiếp nhận yêu cầu trong ${this.waitMs / 1000} giây; chưa có gì được ghi nhận. Hãy thử lại sau ${RETRY_AFTER_SECONDS} giây.`,
                en: `The workflow did not take the request within ${this.waitMs / 1000} s; nothing was recorded. Try again in ${RETRY_AFTER_SECONDS} s.`,
              },
            ),
          );
        }));
      }, this.waitMs);
      result.then(
        (value) =>
          answer(() => {
            subscriber.next(value);
            subscriber.complete();
          }),
        (error: unknown) => answer(() => subscriber.error(error)),
      );
      return () => clearTimeout(timer);
    });
  }

  /** Whether Temporal took any of what the request sent: a call returned, or the server knows an update as accepted. */
  private async accepted(state: WorkflowCallState): Promise<boolean> {
    if (state.accepted) return true;
    for (const update of state.updates) {
      try {
        const response = await this.temporal.withDeadline(Date.now() + PROBE_MS, () =>
          this.temporal.workflowService.pollWorkflowExecutionUpdate({
            namespace: this.temporal.options.namespace,
            updateRef: { workflowExecution: { workflowId: update.workflowId, runId: update.runId }, updateId: update.updateId },
            waitPolicy: { lifecycleStage: ACCEPTED },
          }),
        );
        if ((response.stage ?? 0) >= ACCEPTED) return true;
      } catch {
        // Not known to the server (or no answer in time): not accepted.
      }
    }
    return false;
  }
}
