/**
 * What the scope rules need to know about a record (application, pilot model, task, council…).
 * The caller fills in what the record has; absent lists mean "none".
 */
export interface ResourceScope {
  /** The province the record belongs to (the current successor, for records of old plans). */
  readonly provinceCode: string;
  /** The enterprise the record is about. */
  readonly enterpriseId?: string;
  /** Departments the record is or was routed to (any step, past or open). */
  readonly departmentCodes?: readonly string[];
  /** Councils convened for the record. */
  readonly councilIds?: readonly string[];
  /** The record is waiting on a council step that no council has been convened for yet. */
  readonly awaitingCouncil?: boolean;
}
