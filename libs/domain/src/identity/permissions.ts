import type { Action } from './action';
import type { Role } from './role';

const EVERYONE: readonly Role[] = ['enterprise-user', 'department-officer', 'council-member', 'council-secretary', 'programme-manager', 'administrator'];

/**
 * Which roles may attempt each action. This says nothing about *which* records: `canView`
 * narrows every read and write to the principal's scope, and a task's assignee or a council's
 * roll narrows decisions and ballots further.
 * Choices: enterprises act on their applications through the application and pilot-model routes,
 * not `/tasks`; only the manager reassigns and extends; the administrator may read every record
 * (whole-instance scope) but takes no part in decisions.
 */
export const PERMISSIONS: Readonly<Record<Action, readonly Role[]>> = {
  // Reference data, own account, notifications
  'reference-data.read': EVERYONE,
  'me.read': EVERYONE,
  'notification.read': EVERYONE,

  // Enterprises
  'enterprise.create': ['enterprise-user', 'programme-manager', 'administrator'],
  'enterprise.read': EVERYONE,

  // Applications: only the enterprise writes its own dossier
  'application.create': ['enterprise-user'],
  'application.update': ['enterprise-user'],
  'application.upload-document': ['enterprise-user'],
  'application.submit': ['enterprise-user'],
  'application.supplement': ['enterprise-user'],
  'application.withdraw': ['enterprise-user'],
  'application.report-progress': ['enterprise-user'],
  'application.read': EVERYONE,

  // Tasks (human decisions)
  'task.list': ['department-officer', 'council-member', 'council-secretary', 'programme-manager'],
  'task.claim': ['department-officer', 'council-secretary'],
  'task.decide': ['department-officer', 'council-secretary'],
  'task.reassign': ['programme-manager'],
  'task.extend': ['programme-manager'],

  // Councils
  'council.convene': ['council-secretary'],
  'council.read': ['council-member', 'council-secretary', 'programme-manager', 'administrator'],
  'council.ballot': ['council-member'],
  'council.close': ['council-secretary'],

  // Pilot models
  'pilot-model.read': EVERYONE,
  'pilot-model.submit': ['enterprise-user'],
  'pilot-model.progress': ['enterprise-user'],
  // Termination (chấm dứt) is the programme manager's, in their province (the workflow checks the province).
  'pilot-model.terminate': ['programme-manager'],

  // Dashboards and reports
  'dashboard.read': ['programme-manager', 'administrator'],

  // Administration
  'admin.users': ['administrator'],
  'admin.departments': ['administrator'],
  'admin.calendar': ['administrator'],
  'admin.catalogues': ['administrator'],
  'admin.procedures': ['administrator'],
  'admin.policies': ['administrator'],
  // Every user's e-mail lands in the embedded sink: only the administrator reads it.
  'admin.dev-mail': ['administrator'],
};
