import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { endOfVietnamDay } from '../../libs/domain/src/deadlines/vietnam-time';
import type { NotificationRecipient } from '../../libs/notifications/src/notify-request';
import type { CycleStepKey } from '../../workflows/yearly-report/messages';
import { NotificationActivities } from '../notifications/notification.activities';

/** One person, or a department's shared inbox when it has nobody to name. */
interface Addressee {
  /** The last part of the dedup key: a user id or the inbox's department code. */
  id: string;
  recipient: NotificationRecipient;
}

export interface YearlyReportNotice {
  year: number;
  step: CycleStepKey;
  dueDate: string;
  scheduledFor: string;
  provinceCode: string;
  departmentCodes: string[];
}

/**
 * Sends one step of the yearly cycle for a batch of departments (one province). Reminders go to
 * each department's active users; the escalation to the province's programme managers and each
 * department's unit heads. Whoever is missing is replaced by a shared inbox, so a department
 * without accounts still finds the notice when someone signs in. Keys are
 * `${year}:${departmentCode}:${step}:${addressee}`: a retried batch notifies nobody twice.
 */
@Injectable()
export class YearlyReportNotifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationActivities,
  ) {}

  async remind(notice: YearlyReportNotice): Promise<number> {
    const users = await this.usersBy(`department_code = ANY ($1::text[])`, [notice.departmentCodes]);
    return this.send(notice, false, (departmentCode) => orInbox(users.get(departmentCode), departmentCode));
  }

  async escalate(notice: YearlyReportNotice): Promise<number> {
    const heads = await this.usersBy(`department_code = ANY ($1::text[]) AND is_unit_head`, [notice.departmentCodes]);
    const managers = [...(await this.usersBy(`'programme-manager' = ANY (roles) AND province_code = $1`, [notice.provinceCode])).values()].flat();
    const managerAddressees = managers.length > 0 ? managers : await this.programmeInboxes(notice.provinceCode);
    return this.send(notice, true, (departmentCode) => [...orInbox(heads.get(departmentCode), departmentCode), ...managerAddressees]);
  }

  private async send(notice: YearlyReportNotice, overdue: boolean, addresseesOf: (departmentCode: string) => Addressee[]): Promise<number> {
    const names = await this.departmentNames(notice.departmentCodes);
    const dueAt = new Date(endOfVietnamDay(notice.dueDate)).toISOString();
    let sent = 0;
    for (const departmentCode of notice.departmentCodes) {
      const unique = new Map(addresseesOf(departmentCode).map((addressee) => [addressee.id, addressee]));
      for (const addressee of unique.values()) {
        await this.notifications.notify({
          dedupKey: `${notice.year}:${departmentCode}:${notice.step}:${addressee.id}`,
          recipient: addressee.recipient,
          message: { kind: 'yearly-report', year: notice.year, dueAt, ...(overdue ? { overdue: true } : {}) },
          subject: { type: 'department-report', id: `${notice.year}:${departmentCode}`, label: names.get(departmentCode) ?? departmentCode },
          scheduledFor: notice.scheduledFor,
        });
        sent += 1;
      }
    }
    return sent;
  }

  /** Active users matching a condition, by department code ('' for users without one). */
  private async usersBy(condition: string, parameters: unknown[]): Promise<Map<string, Addressee[]>> {
    const rows = await this.dataSource.query<{ id: string; department_code: string | null }[]>(
      `SELECT id, department_code FROM users WHERE active AND ${condition} ORDER BY username`,
      parameters,
    );
    const byDepartment = new Map<string, Addressee[]>();
    for (const row of rows) {
      const key = row.department_code ?? '';
      byDepartment.set(key, [...(byDepartment.get(key) ?? []), { id: row.id, recipient: { userId: row.id } }]);
    }
    return byDepartment;
  }

  /** With no programme manager account, the inbox of the department that manages the programme. */
  private async programmeInboxes(provinceCode: string): Promise<Addressee[]> {
    const rows = await this.dataSource.query<{ code: string }[]>(
      `SELECT code FROM departments WHERE active AND province_code = $1 AND 'programme-management' = ANY (capabilities) ORDER BY code`,
      [provinceCode],
    );
    return rows.map((row) => inbox(row.code));
  }

  private async departmentNames(codes: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.dataSource.query<{ code: string; name_vi: string }[]>(`SELECT code, name_vi FROM departments WHERE code = ANY ($1::text[])`, [[...codes]]);
    return new Map(rows.map((row) => [row.code, row.name_vi]));
  }
}

function inbox(departmentCode: string): Addressee {
  return { id: departmentCode, recipient: { departmentCode } };
}

function orInbox(people: Addressee[] | undefined, departmentCode: string): Addressee[] {
  return people && people.length > 0 ? people : [inbox(departmentCode)];
}
