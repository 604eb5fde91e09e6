import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarOverrideEntity } from '../../../../libs/persistence/src/entities/reference/calendar-override.entity';
import { GetOverrideController } from './admin-get-override/get-override.controller';
import { ListOverridesController } from './admin-list-overrides/list-overrides.controller';
import { SaveOverrideController } from './admin-save-override/save-override.controller';
import { SaveOverrideService } from './admin-save-override/save-override.service';
import { CountWorkingDaysController } from './count-working-days/count-working-days.controller';
import { GetDueDateController } from './get-due-date/get-due-date.controller';
import { ListCalendarDaysController } from './list-calendar-days/list-calendar-days.controller';
import { WorkingCalendarService } from './working-calendar.service';

/** Working days and due dates (read by everyone) and the yearly overrides administrators keep. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarOverrideEntity])],
  controllers: [GetDueDateController, ListCalendarDaysController, CountWorkingDaysController, ListOverridesController, GetOverrideController, SaveOverrideController],
  providers: [WorkingCalendarService, SaveOverrideService],
  exports: [WorkingCalendarService],
})
export class CalendarModule {}
