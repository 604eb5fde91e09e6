import {
  allHandlersFinished,
  CancellationScope,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  isCancellation,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { ApplicationCaseActivities } from '../../activities/applications/application-case.activities';
import type { PilotModelActivities, PilotModelEvent, PilotModelProjection } from '../../activities/pilot-models/pilot-model.activities';
import { daysBetween } from '../../libs/domain/src/calendar/plain-date';
import { vietnamDateAt } from '../../libs/domain/src/deadlines/vietnam-time';
import type { ProcedureStep } from '../../libs/domain/src/procedures/procedure-definition';
import { decidersOf, type StepDeciders } from '../../libs/domain/src/procedures/step-deciders';
import type { TimeLimit } from '../../libs/domain/src/procedures/time-limit';
import { decisionTaskWorkflow } from '../decision/decision-task.workflow';
import type { Actor, DecisionResult, DecisionTaskInput } from '../decision/messages';
import { PARALLEL_DECIDERS_PATCH, ParallelDecision } from '../decision/parallel-decision';
import { certificateExpiryRemindersWorkflow } from './certificate-expiry-reminders.workflow';
import {
  milestoneProgressUpdate,
  PILOT_STEPS,
  PilotModelInput,
  PilotModelResult,
  pilotModelStateQuery,
  PilotModelTermination,
  PilotStepCode,
  submitStepUpdate,
  terminatePilotModelUpdate,
  waiveMilestoneUpdate,
} from './messages';
import { PilotModelAction, stepAction } from './pilot-model-actions';
import { PilotModelState } from './pilot-model-state';

const { caseProcedure, stepAssignee, noticeToEnterprise } = proxyActivities<ApplicationCaseActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '1 minute' } });
const { projectPilotModel, pilotModelCatalogue } = proxyActivities<PilotModelActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '1 minute' } });

/** Patch of running models: the enterprise hears each review's outcome (approved or returned with comments). */
const NOTIFY_REVIEW_PATCH = 'notify-pilot-review-outcome';

const SYSTEM: PilotModelEvent['actor'] = { id: 'system', name: 'pilotModelWorkflow', role: 'system' };
const now = () => new Date(Date.now()).toISOString();

/**
 * The six-step pilot model (process.md §B): assess, select, plan, implement, certify, re-evaluate.
 * Each step: the enterprise submits its deliverable (Update `submitStep`, validated synchronously)
 * while a decision task assigned to the enterprise keeps the submission clock (reminders and
 * escalation; it is cancelled when the deliverable arrives); then the reviewer approves or returns
 * it through a decision-task child (a return opens a new submission round). Step 4 runs one clock
 * task per milestone of the approved plan; progress arrives through `milestoneProgress`, waivers
 * through `waiveMilestone`. Clock tasks are ABANDON children tracked by id, so the workflow may
 * continue as new while they run; it does so only while no review child is awaited.
 * The province's programme manager may terminate the model at any step (`terminatePilotModel`):
 * the steps run in a cancellation scope that the termination cancels, wherever they wait.
 * After step 6 the certificate expiry reminders go to a small child of their own that outlives this one.
 */
export async function pilotModelWorkflow(input: PilotModelInput): Promise<PilotModelResult> {
  const model = new PilotModelState(input, now());
  const record = (action: PilotModelAction, actor: PilotModelEvent['actor'] = SYSTEM, comment: string | null = null) => recordOf(model, action, actor, comment);
  let terminationDone = false;

  setHandler(pilotModelStateQuery, () => model.snapshot());
  setHandler(
    submitStepUpdate,
    async (request) => {
      model.acceptSubmission(request, now());
      await record(stepAction(request.step, 'submitted'), actorOf(request.actor));
      return model.snapshot();
    },
    { validator: (request) => model.validateSubmission(request) },
  );
  setHandler(
    milestoneProgressUpdate,
    async (request) => {
      const closedClock = model.progress(request, now());
      if (closedClock) await cancelClock(closedClock);
      await record(`milestone.${request.status}`, actorOf(request.actor), `${request.milestoneId}: ${request.note}`);
      return model.snapshot();
    },
    { validator: (request) => model.validateProgress(request) },
  );
  setHandler(
    waiveMilestoneUpdate,
    async (request) => {
      const closedClock = model.waive(request);
      if (closedClock) await cancelClock(closedClock);
      await record('milestone.waived', actorOf(request.actor), `${request.milestoneId}: ${request.reason}`);
      return model.snapshot();
    },
    { validator: (request) => model.validateWaiver(request) },
  );
  setHandler(
    terminatePilotModelUpdate,
    async (request) => {
      // The main function stops the steps and records the termination; the caller gets the closed model.
      model.requestTermination(request, now());
      await condition(() => terminationDone);
      return model.snapshot();
    },
    { validator: (request) => model.validateTermination(request) },
  );

  if (!input.resume) {
    const procedure = await caseProcedure({ code: 'pilot-model', onDate: vietnamDateAt(Date.now()) });
    model.data.catalogue = await pilotModelCatalogue();
    model.data.procedure = procedure;
    model.beginStep(0, now());
    await record('pilot-model.created', input.createdBy ? actorOf(input.createdBy) : SYSTEM);
    await record(stepAction(PILOT_STEPS[0], 'started'));
  }

  // The steps wait in their own scope: a termination cancels it, whichever wait (clock, review) it is in.
  const steps = new CancellationScope();
  const running = steps.run(() => runSteps(model, input, record));
  let stepsDone = false;
  let failure: unknown;
  running.then(
    () => (stepsDone = true),
    (error: unknown) => (failure = error ?? new Error('The pilot-model steps failed')),
  );
  try {
    await condition(() => stepsDone || failure !== undefined || Boolean(model.data.termination));
    if (!stepsDone && failure === undefined) {
      steps.cancel();
      await condition(() => stepsDone || failure !== undefined);
    }
  } catch (error) {
    // The workflow itself was cancelled (an operator's act, not a product path): the enterprise's clocks stop with it.
    if (isCancellation(error)) await CancellationScope.nonCancellable(() => cancelClocks(model.openClocks()));
    throw error;
  }
  // Continue-as-new, or a failure of the steps themselves, goes up as before.
  if (failure !== undefined && !(model.data.termination && isCancellation(failure))) throw failure;
  if (!stepsDone && model.data.termination) {
    const result = await terminate(model, record);
    terminationDone = true;
    // The termination Update answers before the workflow closes.
    await condition(allHandlersFinished);
    return result;
  }

  const completedAt = now();
  const certificates = (model.data.certificates ?? []).flatMap((item) =>
    item.kind === 'certificate' ? [{ itemCode: item.itemCode, number: item.number, body: item.body, issuedOn: item.issuedOn, expiresOn: item.expiresOn }] : [],
  );
  if (certificates.length > 0) {
    await startChild(certificateExpiryRemindersWorkflow, {
      workflowId: `pilot-model-${input.pilotModelId}-certificates`,
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [{ pilotModelId: input.pilotModelId, title: input.title, enterpriseId: input.enterpriseId, provinceCode: input.provinceCode, certificates }],
    });
  }
  await record('pilot-model.completed');
  return { pilotModelId: input.pilotModelId, outcome: 'completed', completedAt, improvements: model.data.improvements ?? [] };
}

type Recorder = (action: PilotModelAction, actor?: PilotModelEvent['actor'], comment?: string | null) => Promise<void>;

/** The six steps from wherever the model stands, until the last is approved; continues as new at safe points. */
async function runSteps(model: PilotModelState, input: PilotModelInput, record: Recorder): Promise<void> {
  /** Continue as new at a safe point (no review child awaited), carrying the whole state. */
  const continueIfDue = async (): Promise<void> => {
    if (!shouldContinueAsNew(model)) return;
    await condition(allHandlersFinished);
    await continueAsNew<typeof pilotModelWorkflow>({ ...input, resume: model.data });
  };

  while (model.stepCode) {
    const step = model.step;
    const code = model.stepCode;
    if (model.data.phase === 'milestones') {
      await openMilestoneClocks(model, step);
      await condition(() => model.allMilestonesClosed() || shouldContinueAsNew(model));
      await continueIfDue();
      model.data.phase = 'review';
      await record(stepAction(code, 'milestones-closed'));
    }
    if (model.data.phase === 'submission') {
      if (!model.data.submissionTaskId && step.submission?.timeLimit) {
        model.data.submissionTaskId = await openClock(model, step, `${step.code}.submission`, step.name, step.submission.timeLimit);
      }
      await condition(() => model.data.phase !== 'submission' || shouldContinueAsNew(model));
      await continueIfDue();
    }
    if (model.data.phase === 'review') {
      // The deliverable arrived (possibly in an earlier run): its clock stops.
      if (model.data.submissionTaskId) {
        await cancelClock(model.data.submissionTaskId);
        model.data.submissionTaskId = null;
      }
      const decision = await review(model, step);
      if (patched(NOTIFY_REVIEW_PATCH)) await tellEnterpriseTheReview(model, step, decision);
      const verdict = model.reviewed(decision, uuid4);
      await record(stepAction(code, verdict), { id: decision.decidedBy.userId, name: decision.decidedBy.username, role: 'user' }, decision.comment);
      if (verdict === 'returned') continue;
    }
    model.beginStep(model.data.stepIndex + 1, now());
    if (model.stepCode) await record(stepAction(model.stepCode, 'started'));
    else model.data.status = 'completed';
    await continueIfDue();
  }
}

/**
 * After the steps' scope was cancelled (an open review task is cancelled with it): the enterprise
 * clocks stop, the termination goes on the timeline with the manager and the reason, and the
 * parent case reads the outcome 'terminate'. No certificate reminders: they start only after
 * step 6, which a terminated model never reached.
 */
async function terminate(model: PilotModelState, record: Recorder): Promise<PilotModelResult> {
  const termination = model.data.termination as PilotModelTermination;
  const clocks = model.terminate();
  await record('pilot-model.terminated', { id: termination.by.userId, name: termination.by.username, role: termination.by.role }, termination.reason);
  await cancelClocks(clocks);
  return { pilotModelId: model.input.pilotModelId, outcome: 'terminate', completedAt: termination.at, improvements: model.data.improvements ?? [], termination };
}

async function cancelClocks(taskIds: string[]): Promise<void> {
  for (const taskId of taskIds) await cancelClock(taskId);
}

function shouldContinueAsNew(model: PilotModelState): boolean {
  const limit = model.input.continueAsNewAfterEvents;
  return workflowInfo().continueAsNewSuggested || (limit !== undefined && model.data.eventsThisRun >= limit);
}

function actorOf(actor: Actor): PilotModelEvent['actor'] {
  return { id: actor.userId, name: actor.username, role: actor.roles[0] ?? 'user' };
}

/** Writes the read model and the audit row; never interrupted by a termination, so no event is half recorded. */
async function recordOf(model: PilotModelState, action: PilotModelAction, actor: PilotModelEvent['actor'], comment: string | null): Promise<void> {
  model.data.seq += 1;
  const { data, input } = model;
  const projection: PilotModelProjection = {
    pilotModelId: input.pilotModelId,
    applicationId: input.applicationId,
    enterpriseId: input.enterpriseId,
    provinceCode: input.provinceCode,
    title: input.title,
    status: data.status,
    currentStep: model.stepCode,
    phase: data.phase,
    stepStartedAt: data.stepStartedAt,
    baseline: data.baseline,
    selection: data.selection,
    certificates: data.certificates,
    after: data.after,
    improvements: data.improvements,
    conclusion: data.conclusion,
    steps: data.steps,
    milestones: data.milestones,
    departmentCodes: data.departmentCodes,
    currentTaskId: data.reviewTaskId ?? data.submissionTaskId,
    seq: data.seq,
    event: { action, actor, comment },
  };
  await CancellationScope.nonCancellable(() => projectPilotModel(projection));
}

const subjectOf = (model: PilotModelState): DecisionTaskInput['subject'] => ({ type: 'pilot-model', id: model.input.pilotModelId, title: model.input.title, provinceCode: model.input.provinceCode });

/**
 * A clock on the enterprise (submission or milestone): a decision task assigned to it, for the
 * reminders and escalations only. It outlives a continue-as-new (ABANDON) and is cancelled by id
 * when the work arrives; its own result is not awaited.
 */
async function openClock(model: PilotModelState, step: ProcedureStep, code: string, name: DecisionTaskInput['step']['name'], timeLimit: TimeLimit): Promise<string> {
  const { assignee, escalation } = await stepAssignee({ actor: { kind: 'enterprise' }, provinceCode: model.input.provinceCode, enterpriseId: model.input.enterpriseId, sponsoringDepartmentCode: null });
  const taskId = uuid4();
  // Started outside the steps' scope: a clock is stopped by id (by the work arriving, or a termination), whichever run opened it.
  const child = await CancellationScope.nonCancellable(() =>
    startChild(decisionTaskWorkflow, {
      workflowId: `task-${taskId}`,
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [
        {
          taskId,
          subject: subjectOf(model),
          step: { code, name },
          assignee,
          outcomes: [{ code: 'submitted', label: { vi: 'Đã nộp', en: 'Submitted' } }],
          timeLimit,
          reminders: (model.data.procedure as NonNullable<typeof model.data.procedure>).reminders,
          escalation,
        },
      ],
    }),
  );
  // Cancelled on purpose when the work arrives: nothing waits for its result.
  child.result().catch(() => undefined);
  void step;
  return taskId;
}

/** The enterprise hears the reviewer's decision on its deliverable, with the comments of a return. */
async function tellEnterpriseTheReview(model: PilotModelState, step: ProcedureStep, decision: DecisionResult): Promise<void> {
  const outcome = step.outcomes.find((candidate) => candidate.code === decision.outcome);
  try {
    await noticeToEnterprise({
      applicationId: model.input.pilotModelId,
      subjectType: 'pilot-model',
      title: model.input.title,
      enterpriseId: model.input.enterpriseId,
      taskId: decision.taskId,
      step: step.name,
      outcome: outcome?.label ?? { vi: decision.outcome, en: decision.outcome },
      comment: decision.comment,
      scheduledFor: decision.decidedAt,
    });
  } catch (error) {
    // A notice that can never be sent must not stop the model; a termination still stops it.
    if (isCancellation(error)) throw error;
  }
}

/** Stops a clock by id; not interrupted by a termination (which stops the remaining clocks itself). */
async function cancelClock(taskId: string): Promise<void> {
  try {
    await CancellationScope.nonCancellable(() => getExternalWorkflowHandle(`task-${taskId}`).cancel());
  } catch {
    // Already closed (e.g. cancelled before a continue-as-new): nothing left to stop.
  }
}

/** Step 4: one clock per open milestone, due on the milestone's own date (moved past a day off, like every deadline). */
async function openMilestoneClocks(model: PilotModelState, step: ProcedureStep): Promise<void> {
  // The step's reviewer may waive milestones from the start of the step.
  const { assignee } = await stepAssignee({ actor: step.actor, provinceCode: model.input.provinceCode, enterpriseId: model.input.enterpriseId, sponsoringDepartmentCode: null });
  if (assignee.kind === 'department') model.data.reviewerDepartment = assignee.id;
  const today = vietnamDateAt(Date.now());
  let opened = false;
  for (const milestone of model.data.milestones) {
    if (milestone.status !== 'open' || milestone.clockTaskId) continue;
    const limit: TimeLimit = { amount: Math.max(0, daysBetween(today, milestone.dueDate)), unit: 'calendar' };
    milestone.clockTaskId = await openClock(model, step, `${step.code}.milestone`, { vi: `Mốc: ${milestone.title}`, en: `Milestone: ${milestone.title}` }, limit);
    model.data.eventsThisRun += 1;
    opened = true;
  }
  if (opened) await recordOf(model, stepAction(model.stepCode as PilotStepCode, 'milestones-opened'), SYSTEM, null);
}

/** The reviewer's decision on the current submission, in a decision-task child. */
async function review(model: PilotModelState, step: ProcedureStep) {
  // Versions that name several reviewers of a step (e.g. step 2 with the sponsoring department) review in parallel.
  if (step.deciders && decidersOf(step).length > 1 && patched(PARALLEL_DECIDERS_PATCH)) return reviewInParallel(model, step, step.deciders);
  const { assignee, escalation } = await stepAssignee({ actor: step.actor, provinceCode: model.input.provinceCode, enterpriseId: model.input.enterpriseId, sponsoringDepartmentCode: null });
  const taskId = uuid4();
  const child = await startChild(decisionTaskWorkflow, {
    workflowId: `task-${taskId}`,
    parentClosePolicy: ParentClosePolicy.REQUEST_CANCEL,
    args: [
      {
        taskId,
        subject: subjectOf(model),
        step: { code: step.code, name: step.name },
        assignee,
        outcomes: step.outcomes.filter((outcome) => !outcome.automatic).map(({ code, label, requiresComment }) => ({ code, label, requiresComment })),
        timeLimit: step.timeLimit,
        reminders: (model.data.procedure as NonNullable<typeof model.data.procedure>).reminders,
        escalation,
      },
    ],
  });
  model.reviewOpened(taskId, assignee.kind === 'department' ? assignee.id : null);
  await recordOf(model, stepAction(model.stepCode as PilotStepCode, 'review-opened'), SYSTEM, null);
  return child.result();
}

/**
 * Several reviewers (procedure `deciders`): a task each, opened at once in each one's inbox with
 * its own clock; every one must approve, a return by any one returns the submission and cancels,
 * with notice, the reviews still open.
 */
async function reviewInParallel(model: PilotModelState, step: ProcedureStep, deciders: StepDeciders): Promise<DecisionResult> {
  const outcomes = step.outcomes.filter((outcome) => !outcome.automatic).map(({ code, label, requiresComment }) => ({ code, label, requiresComment }));
  const tasks: DecisionTaskInput[] = [];
  for (const actor of deciders.actors) {
    const { assignee, escalation } = await stepAssignee({ actor, provinceCode: model.input.provinceCode, enterpriseId: model.input.enterpriseId, sponsoringDepartmentCode: model.input.sponsoringDepartmentCode ?? null });
    tasks.push({
      taskId: uuid4(),
      subject: subjectOf(model),
      step: { code: step.code, name: step.name },
      assignee,
      outcomes,
      timeLimit: step.timeLimit,
      reminders: (model.data.procedure as NonNullable<typeof model.data.procedure>).reminders,
      escalation,
    });
  }
  const parallel = new ParallelDecision(deciders, tasks);
  await parallel.open(ParentClosePolicy.REQUEST_CANCEL);
  model.reviewOpened(
    tasks[0]?.taskId as string,
    tasks[0]?.assignee.kind === 'department' ? tasks[0].assignee.id : null,
    tasks.map((task) => ({ taskId: task.taskId, department: task.assignee.kind === 'department' ? task.assignee.id : null })),
  );
  await recordOf(model, stepAction(model.stepCode as PilotStepCode, 'review-opened'), SYSTEM, null);
  const labelOf = (code: string) => step.outcomes.find((outcome) => outcome.code === code)?.label ?? { vi: code, en: code };
  const decided = await parallel.decided(labelOf);
  if (!decided) throw new Error(`The parallel review of step "${step.code}" ended undecided`);
  model.parallelDecisions(decided.decisions);
  return decided.result;
}
