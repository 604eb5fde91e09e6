import { Injectable } from '@nestjs/common';
import { loadEnvironment } from '../../libs/config/src/environment';
import type { YearlyDeadlineReading } from '../../libs/domain/src/deadlines/yearly-deadline-reading';

/** The operator's reading of the yearly report's "before 30/11" (YEARLY_REPORT_DEADLINE_READING), for cycles that do not name one. */
@Injectable()
export class YearlyDeadlineReadingActivities {
  async yearlyDeadlineReading(): Promise<YearlyDeadlineReading> {
    return loadEnvironment().yearlyReportDeadlineReading;
  }
}
