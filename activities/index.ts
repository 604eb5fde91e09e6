import { ApplicationProjectionActivities } from './applications/application-projection.activities';

/** Every activity provider the worker registers; each public method is one activity. */
export const activityProviders = [ApplicationProjectionActivities];
