import { ApplicationCaseActivities } from './applications/application-case.activities';
import { ApplicationProjectionActivities } from './applications/application-projection.activities';
import { CalendarActivities } from './calendar/calendar.activities';
import { NotificationActivities } from './notifications/notification.activities';
import { PilotModelActivities } from './pilot-models/pilot-model.activities';
import { TaskActivities } from './tasks/task.activities';
import { TaskCancellationNotifier } from './tasks/task-cancellation-notifier';
import { TaskRecipients } from './tasks/task-recipients';
import { TaskReminderSender } from './tasks/task-reminder-sender';
import { WorkingDayCounter } from './tasks/working-day-counter';
import { YearlyReportActivities } from './yearly-reports/yearly-report.activities';
import { YearlyReportNotifier } from './yearly-reports/yearly-report-notifier';

/** Every activity provider the worker registers; each public method is one activity. */
export const activityProviders = [ApplicationProjectionActivities, ApplicationCaseActivities, CalendarActivities, TaskActivities, NotificationActivities, YearlyReportActivities, PilotModelActivities];

/** Services the activity providers use; registered with the worker's Nest context, not as activities. */
export const activitySupportProviders = [TaskRecipients, TaskReminderSender, TaskCancellationNotifier, WorkingDayCounter, YearlyReportNotifier];
