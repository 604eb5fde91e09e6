import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Custom search attributes: cases can be listed and filtered in the Temporal UI by these. */
export const ApplicationStatus = defineSearchAttributeKey('NsclApplicationStatus', SearchAttributeType.KEYWORD);
export const ApplicationStep = defineSearchAttributeKey('NsclApplicationStep', SearchAttributeType.KEYWORD);
export const ProvinceCode = defineSearchAttributeKey('NsclProvinceCode', SearchAttributeType.KEYWORD);
export const DepartmentCode = defineSearchAttributeKey('NsclDepartmentCode', SearchAttributeType.KEYWORD);
export const StepDueAt = defineSearchAttributeKey('NsclStepDueAt', SearchAttributeType.DATETIME);
export const EnterpriseTaxCode = defineSearchAttributeKey('NsclEnterpriseTaxCode', SearchAttributeType.KEYWORD);
export const PilotModelStep = defineSearchAttributeKey('NsclPilotModelStep', SearchAttributeType.KEYWORD);

export const searchAttributeKeys = [ApplicationStatus, ApplicationStep, ProvinceCode, DepartmentCode, StepDueAt, EnterpriseTaxCode, PilotModelStep];
