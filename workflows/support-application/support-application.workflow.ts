import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import type { ApplicationProjectionActivities } from '../../activities/applications/application-projection.activities';
import { ApplicationStatus as ApplicationStatusKey, ApplicationStep, ProvinceCode } from '../../libs/temporal/src/search-attributes';
import { ApplicationSnapshot, currentStateQuery, recordedUpdate, SupportApplicationInput, withdrawUpdate } from './messages';

const { projectApplication } = proxyActivities<ApplicationProjectionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumInterval: '1 minute' },
});

/**
 * The support-application lifecycle (process.md §A). Walking skeleton: the case is recorded
 * as submitted and waits at intake until it is withdrawn; later steps grow from here.
 */
export async function supportApplicationWorkflow(input: SupportApplicationInput): Promise<ApplicationSnapshot> {
  const state: ApplicationSnapshot = { applicationId: input.applicationId, status: 'submitted', step: 'intake', seq: 1 };
  let recorded = false;
  let withdrawRequested = false;

  setHandler(currentStateQuery, () => ({ ...state }));
  setHandler(recordedUpdate, async () => {
    await condition(() => recorded);
    return { ...state };
  });
  setHandler(
    withdrawUpdate,
    async () => {
      withdrawRequested = true;
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

  await record();

  await condition(() => withdrawRequested);
  state.status = 'withdrawn';
  state.step = null;
  state.seq += 1;
  recorded = false;
  await record();
  return { ...state };

  async function record(): Promise<void> {
    await projectApplication({ ...input, status: state.status, step: state.step, seq: state.seq });
    upsertSearchAttributes([
      { key: ApplicationStatusKey, value: state.status },
      { key: ApplicationStep, value: state.step },
      { key: ProvinceCode, value: input.provinceCode },
    ]);
    recorded = true;
  }
}
