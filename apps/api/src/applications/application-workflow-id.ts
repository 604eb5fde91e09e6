/** The workflow of a case is keyed by the business key, so a case can never run twice. */
export const applicationWorkflowId = (applicationId: string): string => `application-${applicationId}`;
