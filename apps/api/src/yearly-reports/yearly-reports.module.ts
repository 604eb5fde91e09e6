import { Module } from '@nestjs/common';
import { ListYearlyReportsController } from './list-yearly-reports/list-yearly-reports.controller';
import { SubmitYearlyReportController } from './submit-yearly-report/submit-yearly-report.controller';
import { SubmitYearlyReportService } from './submit-yearly-report/submit-yearly-report.service';

/** Departments' yearly reports to Sở KH&CN (calendar.md "Yearly"); the cycle itself is a workflow. */
@Module({
  controllers: [ListYearlyReportsController, SubmitYearlyReportController],
  providers: [SubmitYearlyReportService],
})
export class YearlyReportsModule {}
