import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '../../../libs/persistence/src/data-source';
import { ApplicationEntity } from '../../../libs/persistence/src/entities/application.entity';
import { AuditLogEntity } from '../../../libs/persistence/src/entities/audit/audit-log.entity';
import { TemporalClientModule } from '../../../libs/temporal/src/temporal-client.module';
import { TemporalOptions } from '../../../libs/temporal/src/temporal-options';
import { GetApplicationController } from './applications/get-application/get-application.controller';
import { GetApplicationTimelineController } from './applications/get-application-timeline/get-application-timeline.controller';
import { StartApplicationController } from './applications/start-application/start-application.controller';
import { StartApplicationService } from './applications/start-application/start-application.service';
import { WithdrawApplicationController } from './applications/withdraw-application/withdraw-application.controller';
import { ReportProgressController } from './applications/report-progress/report-progress.controller';
import { ApplicationAccess } from './applications/application-access.service';
import { ListApplicationsController } from './applications/list-applications/list-applications.controller';
import { SubmitApplicationController } from './applications/submit-application/submit-application.controller';
import { SupplementApplicationController } from './applications/supplement-application/supplement-application.controller';
import { UpdateDraftController } from './applications/update-draft/update-draft.controller';
import { AdminUsersModule } from './admin-users/admin-users.module';
import { authOptions, AuthTuning } from './auth/auth-options';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { EnterprisesModule } from './enterprises/enterprises.module';
import { MeModule } from './me/me.module';
import { HealthController } from './health/health.controller';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { NotificationsModule } from './notifications/notifications.module';
import { TasksModule } from './tasks/tasks.module';
import { CouncilsModule } from './councils/councils.module';
import { YearlyReportsModule } from './yearly-reports/yearly-reports.module';
import { PilotModelsModule } from './pilot-models/pilot-models.module';
import { DocumentsModule } from './applications/documents/documents.module';
import { DashboardsModule } from './dashboards/dashboards.module';

export interface ApiModuleOptions {
  databaseUrl: string;
  temporal: TemporalOptions;
  /** Signs access tokens (JWT_SECRET). */
  jwtSecret: string;
  /** Token lifetimes and sign-in throttling; defaults fit production (tests shorten them). */
  auth?: AuthTuning;
  /** Express's "trust proxy" (TRUST_PROXY): whose X-Forwarded-For names the client. Default: nobody's. */
  trustProxy?: boolean | number | string;
  /** Origins of other sites' pages allowed to call the API (CORS_ORIGINS); none by default. */
  corsOrigins?: readonly string[];
}

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        TypeOrmModule.forFeature([ApplicationEntity, AuditLogEntity]),
        TemporalClientModule.forRoot(options.temporal),
        AuthModule.forRoot(authOptions(options.jwtSecret, options.auth)),
        MeModule,
        EnterprisesModule,
        AdminUsersModule,
        ReferenceDataModule,
        NotificationsModule.forRoot(),
        TasksModule,
        CouncilsModule,
        YearlyReportsModule,
        CalendarModule,
        PilotModelsModule,
        DocumentsModule.forRoot(),
        DashboardsModule,
      ],
      controllers: [
        HealthController,
        StartApplicationController,
        ListApplicationsController,
        GetApplicationController,
        UpdateDraftController,
        SubmitApplicationController,
        SupplementApplicationController,
        WithdrawApplicationController,
        ReportProgressController,
        GetApplicationTimelineController,
      ],
      providers: [StartApplicationService, ApplicationAccess],
    };
  }
}
