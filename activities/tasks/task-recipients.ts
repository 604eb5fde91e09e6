import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Assignee } from '../../workflows/decision/messages';

export interface Recipient {
  userId: string;
  username: string;
  email: string | null;
}

/** Turns "who must act" (a user, a department, a role, a council, an enterprise) into the people to notify. */
@Injectable()
export class TaskRecipients {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(assignee: Assignee, provinceCode: string): Promise<Recipient[]> {
    const where: Record<Assignee['kind'], string> = {
      user: 'id::text = $1',
      // Only the department's officers act on its steps (see workflows/decision/may-act.ts).
      department: "department_code = $1 AND 'department-officer' = ANY (roles)",
      role: '$1 = ANY (roles) AND province_code = $2',
      council: "$1::uuid = ANY (council_ids) AND 'council-secretary' = ANY (roles)",
      enterprise: 'enterprise_id::text = $1',
    };
    return this.query(where[assignee.kind], assignee.kind === 'role' ? [assignee.id, provinceCode] : [assignee.id]);
  }

  /** The head of a unit (department code) receives its overdue steps. */
  async unitHeadsOf(departmentCode: string): Promise<Recipient[]> {
    return this.query('department_code = $1 AND is_unit_head', [departmentCode]);
  }

  private query(condition: string, parameters: unknown[]): Promise<Recipient[]> {
    return this.dataSource.query<Recipient[]>(
      `SELECT id AS "userId", username, email FROM users WHERE active AND ${condition} ORDER BY username`,
      parameters,
    );
  }
}
