/** Where the worker and the client find Temporal. */
export interface TemporalOptions {
  address: string;
  namespace: string;
  taskQueue: string;
}

export const TEMPORAL_OPTIONS = Symbol('TEMPORAL_OPTIONS');
