import { TemporalOptions } from '../../../libs/temporal/src/temporal-options';

export interface WorkerModuleOptions {
  databaseUrl: string;
  temporal: TemporalOptions;
  /** A bundle from `npm run build`; when missing, the worker bundles `workflows/` at start. */
  workflowBundlePath?: string;
}

export const WORKER_OPTIONS = Symbol('WORKER_OPTIONS');
