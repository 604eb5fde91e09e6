import { ApplicationEntity } from './application.entity';
import { AdministrativeUnitEntity } from './reference/administrative-unit.entity';
import { CalendarOverrideEntity } from './reference/calendar-override.entity';
import { CatalogueItemEntity } from './reference/catalogue-item.entity';
import { DepartmentEntity } from './reference/department.entity';
import { PlanTargetEntity } from './reference/plan-target.entity';
import { PlanTaskEntity } from './reference/plan-task.entity';
import { ProcedureDefinitionEntity } from './reference/procedure-definition.entity';
import { ProgrammePlanEntity } from './reference/programme-plan.entity';
import { SupportPolicyEntity } from './reference/support-policy.entity';
import { EnterpriseEntity } from './identity/enterprise.entity';
import { RefreshTokenEntity } from './identity/refresh-token.entity';
import { UserEntity } from './identity/user.entity';
import { AuditLogEntity } from './audit/audit-log.entity';
import { TaskEntity } from './tasks/task.entity';
import { NotificationEntity } from './notifications/notification.entity';
import { EmailDeliveryEntity } from './notifications/email-delivery.entity';
import { DepartmentReportEntity } from './yearly-reports/department-report.entity';
import { BallotEntity } from './councils/ballot.entity';
import { CouncilEntity } from './councils/council.entity';
import { CouncilMemberEntity } from './councils/council-member.entity';
import { PilotModelEntity } from './pilot-models/pilot-model.entity';
import { PilotModelMilestoneEntity } from './pilot-models/pilot-model-milestone.entity';
import { PilotModelStepEntity } from './pilot-models/pilot-model-step.entity';
import { DocumentEntity } from './documents/document.entity';

export { ApplicationEntity };
export { AdministrativeUnitEntity, DepartmentEntity, CatalogueItemEntity, ProgrammePlanEntity, PlanTargetEntity, PlanTaskEntity, ProcedureDefinitionEntity, SupportPolicyEntity, CalendarOverrideEntity };
export { EnterpriseEntity, UserEntity, RefreshTokenEntity };
export { AuditLogEntity };
export { TaskEntity };
export { NotificationEntity, EmailDeliveryEntity };
export { DepartmentReportEntity };

export { CouncilEntity, CouncilMemberEntity, BallotEntity };
export { PilotModelEntity, PilotModelMilestoneEntity, PilotModelStepEntity };
export { DocumentEntity };

export const entities = [ApplicationEntity, AdministrativeUnitEntity, DepartmentEntity, CatalogueItemEntity, ProgrammePlanEntity, PlanTargetEntity, PlanTaskEntity, ProcedureDefinitionEntity, SupportPolicyEntity, CalendarOverrideEntity, EnterpriseEntity, UserEntity, RefreshTokenEntity, AuditLogEntity, TaskEntity, NotificationEntity, EmailDeliveryEntity, DepartmentReportEntity, CouncilEntity, CouncilMemberEntity, BallotEntity, PilotModelEntity, PilotModelMilestoneEntity, PilotModelStepEntity, DocumentEntity];
