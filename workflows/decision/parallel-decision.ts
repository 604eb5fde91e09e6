import { CancellationScope, condition, ParentClosePolicy, proxyActivities, startChild } from '@temporalio/workflow';
import type { TaskActivities } from '../../activities/tasks/task.activities';
import type { LocalizedText } from '../../libs/domain/src/errors/domain-error';
import { combineDecisions, type CombinedDecision, type StepDeciders } from '../../libs/domain/src/procedures/step-deciders';
import { decisionTaskWorkflow } from './decision-task.workflow';
import type { DecisionResult, DecisionTaskInput } from './messages';

const { noticeTaskCancelled } = proxyActivities<TaskActivities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '5 minutes' } });

/** Patch of running workflows: a step with several deciders opens one task each, in parallel. */
export const PARALLEL_DECIDERS_PATCH = 'parallel-deciders';

/**
 * The tasks of one step that names several deciders (procedure `deciders`): one decision-task
 * child per decider, opened at once, each with its own inbox and clock, each in its own
 * cancellation scope. The step is decided when the rule is met (all approve, or the first
 * dissent); the tasks still open then are cancelled, and whoever held them is told why.
 */
export class ParallelDecision {
  private readonly scopes: CancellationScope[] = [];
  private readonly arrived: { decider: number; result: DecisionResult }[] = [];
  private readonly settled = new Set<number>();
  private readonly cancelledByRule = new Set<number>();
  private failure: unknown;

  constructor(
    private readonly deciders: StepDeciders,
    /** One task per decider, in the order of `deciders.actors`. */
    readonly tasks: readonly DecisionTaskInput[],
  ) {}

  /** Starts every decider's task; a cancellation of the enclosing scope cancels them all. */
  async open(parentClosePolicy: ParentClosePolicy): Promise<void> {
    for (const [index, task] of this.tasks.entries()) {
      const scope = new CancellationScope();
      this.scopes.push(scope);
      const child = await scope.run(() => startChild(decisionTaskWorkflow, { workflowId: `task-${task.taskId}`, args: [task], parentClosePolicy }));
      child.result().then(
        (result) => {
          this.settled.add(index);
          this.arrived.push({ decider: index, result });
        },
        (error: unknown) => {
          this.settled.add(index);
          if (!this.cancelledByRule.has(index)) this.failure ??= error;
        },
      );
    }
  }

  /** How many deciders have decided so far. */
  get decidedCount(): number {
    return this.arrived.length;
  }

  /** The tasks still waiting for their decider. */
  openTasks(): DecisionTaskInput[] {
    return this.tasks.filter((_, index) => !this.settled.has(index));
  }

  /** The last decision that arrived, if any. */
  lastDecision(): DecisionResult | undefined {
    return this.arrived[this.arrived.length - 1]?.result;
  }

  private verdict(): CombinedDecision {
    return combineDecisions(this.deciders, this.arrived.map(({ decider, result }) => ({ decider, outcome: result.outcome })));
  }

  /**
   * Waits until the rule decides the step (or `stop` says the wait is over: undefined then, the
   * tasks left open); cancels, with notice, the tasks the decision made moot.
   */
  async decided(outcomeLabel: (code: string) => LocalizedText, stop: () => boolean = () => false): Promise<{ result: DecisionResult; decisions: DecisionResult[] } | undefined> {
    await condition(() => this.verdict().done || this.failure !== undefined || stop());
    if (this.failure !== undefined) throw this.failure;
    const verdict = this.verdict();
    if (!verdict.done) return undefined;
    const decisive = verdict.decisive.map(({ decider }) => (this.arrived.find((entry) => entry.decider === decider) as (typeof this.arrived)[number]).result);
    const result = combinedResult(verdict.outcome, decisive, this.tasks[0]?.taskId as string);
    await this.cancelOpen(result, outcomeLabel(verdict.outcome));
    return { result, decisions: this.arrived.map(({ result: decision }) => decision) };
  }

  /** Cancels the tasks still open (the step was decided without them), each holder told who decided and how. */
  private async cancelOpen(result: DecisionResult, outcome: LocalizedText): Promise<void> {
    for (const [index, scope] of this.scopes.entries()) {
      if (this.settled.has(index)) continue;
      const task = this.tasks[index] as DecisionTaskInput;
      this.cancelledByRule.add(index);
      await CancellationScope.nonCancellable(() =>
        noticeTaskCancelled({
          taskId: task.taskId,
          subject: task.subject,
          step: task.step,
          assignee: task.assignee,
          decidedBy: result.decidedBy.username,
          outcome,
          comment: result.comment,
          scheduledFor: result.decidedAt,
        }),
      );
      scope.cancel();
    }
  }
}

/**
 * The step's decision from the decisions that made it: a dissent speaks for itself; a unanimous
 * approval names every approver, carries every comment and datum, and is dated by the last one.
 */
function combinedResult(outcome: string, decisive: DecisionResult[], leadTaskId: string): DecisionResult {
  if (decisive.length === 1) return decisive[0] as DecisionResult;
  const last = decisive.reduce((latest, candidate) => (candidate.decidedAt > latest.decidedAt ? candidate : latest));
  const comments = decisive.flatMap((decision) => (decision.comment ? [`${decision.decidedBy.username}: ${decision.comment}`] : []));
  return {
    taskId: leadTaskId,
    outcome,
    comment: comments.length > 0 ? comments.join(' · ') : null,
    data: Object.assign({}, ...decisive.map((decision) => decision.data)) as Record<string, unknown>,
    decidedBy: { userId: last.decidedBy.userId, username: decisive.map((decision) => decision.decidedBy.username).join(', ') },
    decidedAt: last.decidedAt,
    dueDate: decisive.find((decision) => decision.taskId === leadTaskId)?.dueDate ?? last.dueDate,
    usedWorkingDays: Math.max(...decisive.map((decision) => decision.usedWorkingDays)),
  };
}
