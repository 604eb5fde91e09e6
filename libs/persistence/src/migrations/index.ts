import { CreateApplications1763780000000 } from './1763780000000-create-applications';

/** Every migration, oldest first. Listed explicitly so sources and dist/ load the same set. */
export const migrations = [CreateApplications1763780000000];
