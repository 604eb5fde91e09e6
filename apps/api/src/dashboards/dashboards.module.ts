import { Module } from '@nestjs/common';
import { DepartmentDashboardController } from './department-dashboard/department-dashboard.controller';
import { DepartmentDashboardService } from './department-dashboard/department-dashboard.service';

/** The manager's dashboards across capabilities (the pilot-model one lives with the pilot models); JSON, CSV or XLSX. */
@Module({
  controllers: [DepartmentDashboardController],
  providers: [DepartmentDashboardService],
})
export class DashboardsModule {}
