import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { activityProviders, activitySupportProviders } from '../../../activities';
import { dataSourceOptions } from '../../../libs/persistence/src/data-source';
import { TemporalWorkerService } from './temporal-worker.service';
import { WORKER_OPTIONS, WorkerModuleOptions } from './worker-options';

@Module({})
export class WorkerModule {
  static forRoot(options: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl))],
      providers: [{ provide: WORKER_OPTIONS, useValue: options }, ...activityProviders, ...activitySupportProviders, TemporalWorkerService],
    };
  }
}
