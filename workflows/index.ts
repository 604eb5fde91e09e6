// The workflow bundle's entry: every workflow type the worker runs.
export { supportApplicationWorkflow } from './support-application/support-application.workflow';
export { decisionTaskWorkflow } from './decision/decision-task.workflow';
