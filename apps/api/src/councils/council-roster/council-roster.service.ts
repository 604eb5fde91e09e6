import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { pageOf, pageWindow, type Page, type PageQueryDto } from '../../pagination';
import { RosterMemberView } from './roster-member.view';

interface RosterRow {
  id: string;
  username: string;
  display_name: string;
  email: string | null;
  department_code: string | null;
  department_name: string | null;
  department_kind: string | null;
  open_councils: number;
  seats: Record<string, number> | null;
  total: string;
}

/**
 * The people a secretary may put on a council: the active council-member accounts of the
 * secretary's province (the same test convening applies), each with their unit and how busy and
 * experienced they are on councils.
 */
@Injectable()
export class CouncilRosterService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async roster(principal: Principal, query: PageQueryDto, language: 'vi' | 'en'): Promise<Page<RosterMemberView>> {
    const { skip, take } = pageWindow(query);
    const rows = await this.dataSource.query<RosterRow[]>(
      `SELECT u.id, u.username, u.display_name, u.email, u.department_code,
              CASE WHEN $4 = 'en' THEN d.name_en ELSE d.name_vi END AS department_name, d.kind AS department_kind,
              (SELECT count(*)::int FROM council_members m JOIN councils c ON c.id = m.council_id WHERE m.user_id = u.id AND c.status = 'convened') AS open_councils,
              (SELECT jsonb_object_agg(s.role, s.n) FROM (SELECT m.role, count(*)::int AS n FROM council_members m WHERE m.user_id = u.id GROUP BY m.role) s) AS seats,
              count(*) OVER () AS total
         FROM users u LEFT JOIN departments d ON d.code = u.department_code
        WHERE u.active AND 'council-member' = ANY (u.roles) AND u.province_code = $1
        ORDER BY u.display_name, u.username
        OFFSET $2 LIMIT $3`,
      [principal.provinceCode, skip, take, language],
    );
    const total = rows.length > 0 ? Number(rows[0]?.total) : await this.count(principal);
    const items = rows.map((row) =>
      Object.assign(new RosterMemberView(), {
        userId: row.id,
        username: row.username,
        fullName: row.display_name,
        role: 'council-member',
        departmentCode: row.department_code,
        departmentName: row.department_name,
        financeDepartment: row.department_kind === 'finance',
        email: row.email,
        openCouncils: row.open_councils,
        seatsHeld: row.seats ?? {},
      }),
    );
    return pageOf(items, total, query);
  }

  /** Total when the page asked for lies past the end (no row carries the window count). */
  private async count(principal: Principal): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM users WHERE active AND 'council-member' = ANY (roles) AND province_code = $1`, [principal.provinceCode]);
    return row?.n ?? 0;
  }
}
