// The workflow bundle's entry: every workflow type the worker runs.
export { supportApplicationWorkflow } from './support-application/support-application.workflow';
export { decisionTaskWorkflow } from './decision/decision-task.workflow';
export { yearlyReportCycleWorkflow } from './yearly-report/yearly-report-cycle.workflow';
export { startYearlyReportCycleWorkflow } from './yearly-report/start-yearly-report-cycle.workflow';
export { pilotModelWorkflow } from './pilot-model/pilot-model.workflow';
export { certificateExpiryRemindersWorkflow } from './pilot-model/certificate-expiry-reminders.workflow';
export { councilConvenedNoticesWorkflow } from './councils/council-convened-notices.workflow';
export { dailyHousekeepingWorkflow } from './housekeeping/daily-housekeeping.workflow';
