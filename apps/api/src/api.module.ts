import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '../../../libs/persistence/src/data-source';
import { ApplicationEntity } from '../../../libs/persistence/src/entities/application.entity';
import { TemporalClientModule } from '../../../libs/temporal/src/temporal-client.module';
import { TemporalOptions } from '../../../libs/temporal/src/temporal-options';
import { GetApplicationController } from './applications/get-application/get-application.controller';
import { StartApplicationController } from './applications/start-application/start-application.controller';
import { StartApplicationService } from './applications/start-application/start-application.service';
import { WithdrawApplicationController } from './applications/withdraw-application/withdraw-application.controller';
import { HealthController } from './health/health.controller';

export interface ApiModuleOptions {
  databaseUrl: string;
  temporal: TemporalOptions;
}

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        TypeOrmModule.forFeature([ApplicationEntity]),
        TemporalClientModule.forRoot(options.temporal),
      ],
      controllers: [HealthController, StartApplicationController, GetApplicationController, WithdrawApplicationController],
      providers: [StartApplicationService],
    };
  }
}
