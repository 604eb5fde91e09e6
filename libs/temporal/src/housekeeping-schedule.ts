import { Client, ScheduleAlreadyRunning, ScheduleClient, ScheduleOptions, ScheduleOverlapPolicy } from '@temporalio/client';

/** The Schedule of workflows/housekeeping/daily-housekeeping.workflow.ts. */
export const HOUSEKEEPING_SCHEDULE_ID = 'daily-housekeeping';
/** The workflow type by name: this library loads no workflow code. */
const WORKFLOW_TYPE = 'dailyHousekeepingWorkflow';

/** Every night at 02:00 Vietnam time, when nobody works. */
export function housekeepingScheduleOptions(taskQueue: string): ScheduleOptions {
  return {
    scheduleId: HOUSEKEEPING_SCHEDULE_ID,
    spec: {
      calendars: [{ hour: 2, minute: 0, comment: 'Dọn phiên đăng nhập hết hạn, kiểm tra nhật ký kiểm toán · purge dead sign-ins, verify the audit trail' }],
      timezone: 'Asia/Ho_Chi_Minh',
    },
    action: { type: 'startWorkflow', workflowType: WORKFLOW_TYPE, workflowId: HOUSEKEEPING_SCHEDULE_ID, taskQueue, args: [] },
    // One run at a time; a night missed while Temporal was down is worth catching up within a day.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day', pauseOnFailure: false },
  };
}

/** Creates the schedule, or brings an existing one to what it should be; safe on every start and deploy. */
export async function ensureHousekeepingSchedule(client: Client, options: { taskQueue: string; namespace: string }): Promise<'created' | 'updated'> {
  const schedules = new ScheduleClient({ connection: client.connection, namespace: options.namespace });
  const desired = housekeepingScheduleOptions(options.taskQueue);
  try {
    await schedules.create(desired);
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  await schedules.getHandle(HOUSEKEEPING_SCHEDULE_ID).update((previous) => ({
    spec: desired.spec,
    action: desired.action,
    policies: desired.policies,
    state: { paused: previous.state.paused, note: previous.state.note },
  }));
  return 'updated';
}
