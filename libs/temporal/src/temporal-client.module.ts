import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { TEMPORAL_OPTIONS, TemporalOptions } from './temporal-options';
import { workflowCallTracker } from './workflow-call-context';

/** Closes the client's connection when the application stops. */
@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

@Global()
@Module({})
export class TemporalClientModule {
  static forRoot(options: TemporalOptions): DynamicModule {
    return {
      module: TemporalClientModule,
      providers: [
        { provide: TEMPORAL_OPTIONS, useValue: options },
        {
          provide: Client,
          useFactory: async () => {
            const connection = await Connection.connect({ address: options.address });
            return new Client({ connection, namespace: options.namespace, interceptors: { workflow: [workflowCallTracker] } });
          },
        },
        TemporalConnectionCloser,
      ],
      exports: [Client, TEMPORAL_OPTIONS],
    };
  }
}
