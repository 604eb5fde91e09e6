import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { ApplicationEvent, ApplicationProjectionActivities } from '../../activities/applications/application-projection.activities';
import { ApplicationStatus as ApplicationStatusKey, ApplicationStep, ProvinceCode } from '../../libs/temporal/src/search-attributes';
import { ApplicationSnapshot, currentStateQuery, recordedUpdate, SupportApplicationInput, withdrawUpdate } from './messages';

const { projectApplication } = proxyActivities<ApplicationProjectionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '1 minute' },
});

/** The workflow knows no signed-in user yet, so the audit trail records its changes as the system's. */
const workflowActor = { id: 'system', name: 'supportApplicationWorkflow', role: 'system' };

/**
 * The support-application lifecycle (process.md §A). Walking skeleton: the case is recorded
 * as submitted and waits at intake until it is withdrawn; later steps grow from here.
 */
export async function supportApplicationWorkflow(input: SupportApplicationInput): Promise<ApplicationSnapshot> {
  const state: ApplicationSnapshot = { applicationId: input.applicationId, status: 'submitted', step: 'intake', seq: 1 };
  let recorded = false;
  let withdrawRequested = false;
  let withdrawReason: string | null = null;

  setHandler(currentStateQuery, () => ({ ...state }));
  setHandler(recordedUpdate, async () => {
    await condition(() => recorded);
    return { ...state };
  });
  setHandler(
    withdrawUpdate,
    async ({ reason }) => {
      withdrawRequested = true;
      withdrawReason ??= reason;
      await condition(() => state.status === 'withdrawn' && recorded);
      return { ...state };
    },
    {
      validator: ({ reason }) => {
        if (!reason?.trim()) throw new Error('A withdrawal needs a reason');
        if (state.status !== 'submitted') throw new Error(`The application is ${state.status}`);
      },
    },
  );

  await record({ action: 'application.submitted', actor: workflowActor, comment: null });

  await condition(() => withdrawRequested);
  state.status = 'withdrawn';
  state.step = null;
  state.seq += 1;
  recorded = false;
  await record({ action: 'application.withdrawn', actor: workflowActor, comment: withdrawReason });
  return { ...state };

  async function record(event: ApplicationEvent): Promise<void> {
    await projectApplication({ ...input, status: state.status, step: state.step, seq: state.seq, event });
    upsertSearchAttributes([
      { key: ApplicationStatusKey, value: state.status },
      { key: ApplicationStep, value: state.step },
      { key: ProvinceCode, value: input.provinceCode },
    ]);
    recorded = true;
  }
}
