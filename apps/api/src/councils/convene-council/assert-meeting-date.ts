import type { CouncilKind } from '../../../../../libs/domain/src/councils';
import type { CouncilRulesData } from '../../../../../libs/domain/src/procedures/council-rules-data';
import { papersBeforeMeeting } from '../../../../../libs/domain/src/procedures/council-rules-of-version';
import type { WorkingCalendarService } from '../../calendar/working-calendar.service';
import { todayInVietnam } from '../../reference-data/today-in-vietnam';
import { meetingTooSoon } from '../council-problems';

/**
 * Papers go out when the council is convened; the meeting may be no earlier than the papers'
 * lead time of the case's procedure version later, counted on the working calendar (holidays
 * and the administrator's overrides included).
 */
export async function assertMeetingDate(calendar: WorkingCalendarService, kind: CouncilKind, meetingDate: string | undefined, rules: CouncilRulesData | undefined, now = new Date()): Promise<void> {
  if (meetingDate === undefined) return;
  const limit = papersBeforeMeeting(kind, rules);
  if (!limit || limit.amount === 0) return;
  const { due } = await calendar.dueDate(todayInVietnam(now), limit.amount, limit.unit);
  if (meetingDate < due.dueDate) throw meetingTooSoon(meetingDate, due.dueDate, limit);
}
