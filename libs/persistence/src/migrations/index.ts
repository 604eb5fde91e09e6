import { CreateApplications1763780000000 } from './1763780000000-create-applications';
import { ReferenceData1763790000000 } from './1763790000000-reference-data';
import { Identity1763791000000 } from './1763791000000-identity';
import { AuditLog1763792000000 } from './1763792000000-audit-log';
import { Notifications1763793000000 } from './1763793000000-notifications';
import { Tasks1763794000000 } from './1763794000000-tasks';
import { DepartmentReports1763795000000 } from './1763795000000-department-reports';
import { Councils1763796000000 } from './1763796000000-councils';
import { ApplicationLifecycle1763797000000 } from './1763797000000-application-lifecycle';
import { PilotModels1763799000000 } from './1763799000000-pilot-models';
import { Documents1763798000000 } from './1763798000000-documents';
import { ImplementationTracking1763800000000 } from './1763800000000-implementation-tracking';
import { PolicySupportKinds1763840000000 } from './1763840000000-policy-support-kinds';
import { PlanDataAsWritten1763841000000 } from './1763841000000-plan-data-as-written';
import { LoginFailures1763870000000 } from './1763870000000-login-failures';

/** Every migration, oldest first. Listed explicitly so sources and dist/ load the same set. */
export const migrations = [
  CreateApplications1763780000000,
  ReferenceData1763790000000,
  Identity1763791000000,
  AuditLog1763792000000,
  Notifications1763793000000,
  Tasks1763794000000,
  DepartmentReports1763795000000,
  Councils1763796000000,
  ApplicationLifecycle1763797000000,
  PilotModels1763799000000,
  Documents1763798000000,
  ImplementationTracking1763800000000,
  PolicySupportKinds1763840000000,
  PlanDataAsWritten1763841000000,
  LoginFailures1763870000000,
];
