import { ApplicationCaseActivities } from './applications/application-case.activities';
import { ApplicationProjectionActivities } from './applications/application-projection.activities';
import { SupportCapActivities } from './applications/support-cap.activities';
import { CalendarActivities } from './calendar/calendar.activities';
import { CouncilNoticeActivities } from './councils/council-notice.activities';
import { HousekeepingActivities } from './housekeeping/housekeeping.activities';
import { NotificationActivities } from './notifications/notification.activities';
import { PilotModelActivities } from './pilot-models/pilot-model.activities';
import { TaskActivities } from './tasks/task.activities';
import { TaskCancellationNotifier } from './tasks/task-cancellation-notifier';
import { TaskRecipients } from './tasks/task-recipients';
import { TaskAssignmentNotifier } from './tasks/task-assignment-notifier';
import { TaskReminderSender } from './tasks/task-reminder-sender';
import { WorkingDayCounter } from './tasks/working-day-counter';
import { YearlyReportActivities } from './yearly-reports/yearly-report.activities';
import { YearlyDeadlineReadingActivities } from './yearly-reports/yearly-deadline-reading.activities';
import { YearlyReportNotifier } from './yearly-reports/yearly-report-notifier';

/** Every activity provider the worker registers; each public method is one activity. */
export const activityProviders = [
  ApplicationProjectionActivities,
  ApplicationCaseActivities,
  CalendarActivities,
  TaskActivities,
  NotificationActivities,
  YearlyReportActivities,
  PilotModelActivities,
  HousekeepingActivities,
  CouncilNoticeActivities,
  SupportCapActivities,
  YearlyDeadlineReadingActivities,
];

/** Services the activity providers use; registered with the worker's Nest context, not as activities. */
export const activitySupportProviders = [TaskRecipients, TaskReminderSender, TaskAssignmentNotifier, TaskCancellationNotifier, WorkingDayCounter, YearlyReportNotifier];
