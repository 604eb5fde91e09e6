import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdministrativeUnitEntity } from '../../../../libs/persistence/src/entities/reference/administrative-unit.entity';
import { CatalogueItemEntity } from '../../../../libs/persistence/src/entities/reference/catalogue-item.entity';
import { DepartmentEntity } from '../../../../libs/persistence/src/entities/reference/department.entity';
import { ProcedureDefinitionEntity } from '../../../../libs/persistence/src/entities/reference/procedure-definition.entity';
import { SupportPolicyEntity } from '../../../../libs/persistence/src/entities/reference/support-policy.entity';
import { CreatePolicyController } from './admin-create-policy/create-policy.controller';
import { CreatePolicyService } from './admin-create-policy/create-policy.service';
import { AdminListCatalogueController } from './admin-list-catalogue/admin-list-catalogue.controller';
import { ListPoliciesController } from './admin-list-policies/list-policies.controller';
import { ListProceduresController } from './admin-list-procedures/list-procedures.controller';
import { PublishProcedureController } from './admin-publish-procedure/publish-procedure.controller';
import { PublishProcedureService } from './admin-publish-procedure/publish-procedure.service';
import { SaveCatalogueItemController } from './admin-save-catalogue-item/save-catalogue-item.controller';
import { SaveCatalogueItemService } from './admin-save-catalogue-item/save-catalogue-item.service';
import { UpdatePolicyController } from './admin-update-policy/update-policy.controller';
import { UpdatePolicyService } from './admin-update-policy/update-policy.service';
import { GetCatalogueController } from './get-catalogue/get-catalogue.controller';
import { GetPlanController } from './get-plan/get-plan.controller';
import { ListDepartmentsController } from './list-departments/list-departments.controller';
import { ListPlansController } from './list-plans/list-plans.controller';
import { ListProvincesController } from './list-provinces/list-provinces.controller';

/** Provinces, departments, catalogues, plans (read by everyone) and their administration. */
@Module({
  imports: [TypeOrmModule.forFeature([AdministrativeUnitEntity, DepartmentEntity, CatalogueItemEntity, ProcedureDefinitionEntity, SupportPolicyEntity])],
  controllers: [
    ListProvincesController,
    ListDepartmentsController,
    GetCatalogueController,
    ListPlansController,
    GetPlanController,
    AdminListCatalogueController,
    SaveCatalogueItemController,
    ListProceduresController,
    PublishProcedureController,
    ListPoliciesController,
    CreatePolicyController,
    UpdatePolicyController,
  ],
  providers: [SaveCatalogueItemService, PublishProcedureService, CreatePolicyService, UpdatePolicyService],
})
export class ReferenceDataModule {}
