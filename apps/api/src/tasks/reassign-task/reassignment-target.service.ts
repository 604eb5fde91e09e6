import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemException } from '../../problem/problem';
import type { AssigneeDto } from './reassign-task.dto';

/** Whether the new assignee exists in the task's province, so the task lands in somebody's inbox. */
const EXISTS_IN_PROVINCE: Record<AssigneeDto['kind'], string> = {
  department: `SELECT 1 FROM departments WHERE code = $1 AND province_code = $2 AND active`,
  // The id must be a user's UUID; a username or anything else names nobody.
  user: `SELECT 1 FROM users WHERE id::text = $1 AND province_code = $2 AND active`,
  // A role is an inbox only if somebody of the province holds it.
  role: `SELECT 1 FROM users WHERE $1 = ANY (roles) AND province_code = $2 AND active LIMIT 1`,
  council: `SELECT 1 FROM councils WHERE id::text = $1 AND province_code = $2`,
  enterprise: `SELECT 1 FROM enterprises WHERE id::text = $1 AND province_code = $2`,
};

@Injectable()
export class ReassignmentTargets {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws a 422 problem on `to` unless the assignee exists in the province. */
  async ensureExists(to: AssigneeDto, provinceCode: string): Promise<void> {
    const rows = (await this.dataSource.query(EXISTS_IN_PROVINCE[to.kind], [to.id, provinceCode])) as unknown[];
    if (rows.length > 0) return;
    const what = { department: ['đơn vị', 'department'], user: ['người dùng', 'user'], role: ['vai trò', 'role'], council: ['hội đồng', 'council'], enterprise: ['doanh nghiệp', 'enterprise'] }[to.kind];
    const message = {
      vi: `to: không có ${what[0]} "${to.id}" đang hoạt động tại tỉnh ${provinceCode} của bước này`,
      en: `to: there is no active ${what[1]} "${to.id}" in this step's province ${provinceCode}`,
    };
    throw new ProblemException(422, 'task-assignee-unknown', { vi: 'Không có người nhận này', en: 'Unknown assignee' }, message, [{ field: 'to', message }]);
  }
}
