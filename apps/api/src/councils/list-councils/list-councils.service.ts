import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { COUNCIL_KIND_LABELS, type CouncilKind } from '../../../../../libs/domain/src/councils';
import { hasRole, type Principal } from '../../../../../libs/domain/src/identity/principal';
import { pageOf, pageWindow, type Page } from '../../pagination';
import type { Language } from '../../problem/language';
import { councilsNotYours } from '../council-problems';
import { CouncilSummaryView } from './council-summary.view';
import type { ListCouncilsQuery } from './list-councils.query';

interface SummaryRow {
  id: string;
  kind: CouncilKind;
  status: string;
  application_id: string;
  title: string | null;
  meeting_date: string | null;
  seat: string | null;
  voted: boolean;
  member_count: number;
  ballots_cast: number;
  outcome: string | null;
  created_at: Date;
  total: string;
}

/**
 * "Hội đồng của tôi": a member sees the councils whose roll they are on (read from the roll, not
 * the token, like GET /councils/{id}); a secretary sees every council of their province. Anyone
 * else has no councils of their own (403).
 */
@Injectable()
export class ListCouncilsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(principal: Principal, query: ListCouncilsQuery, language: Language): Promise<Page<CouncilSummaryView>> {
    const member = hasRole(principal, 'council-member');
    const secretary = hasRole(principal, 'council-secretary');
    if (!member && !secretary) throw councilsNotYours();
    const status = query.status === 'open' ? 'convened' : query.status === 'closed' ? 'closed' : null;
    const { skip, take } = pageWindow(query);
    const rows = await this.dataSource.query<SummaryRow[]>(
      `SELECT c.id, c.kind, c.status, c.application_id, a.title, to_char(c.meeting_date, 'YYYY-MM-DD') AS meeting_date, me.role AS seat,
              EXISTS (SELECT 1 FROM ballots b WHERE b.council_id = c.id AND b.member_user_id = $1) AS voted,
              (SELECT count(*)::int FROM council_members m WHERE m.council_id = c.id) AS member_count,
              (SELECT count(*)::int FROM ballots b WHERE b.council_id = c.id) AS ballots_cast,
              c.outcome, c.created_at, count(*) OVER () AS total
         FROM councils c
         LEFT JOIN applications a ON a.id = c.application_id
         LEFT JOIN council_members me ON me.council_id = c.id AND me.user_id = $1
        WHERE (($2 AND me.user_id IS NOT NULL) OR ($3 AND c.province_code = $4))
          AND ($5::text IS NULL OR c.status = $5)
        ORDER BY (c.status = 'convened') DESC, c.meeting_date ASC NULLS LAST, c.created_at DESC, c.id
        OFFSET $6 LIMIT $7`,
      [principal.userId, member, secretary, principal.provinceCode, status, skip, take],
    );
    const items = rows.map((row) =>
      Object.assign(new CouncilSummaryView(), {
        id: row.id,
        kind: row.kind,
        kindLabel: COUNCIL_KIND_LABELS[row.kind][language],
        status: row.status,
        applicationId: row.application_id,
        applicationTitle: row.title,
        meetingDate: row.meeting_date,
        myRole: row.seat ?? 'council-secretary',
        voted: row.voted,
        memberCount: row.member_count,
        ballotsCast: row.ballots_cast,
        outcome: row.outcome,
        convenedAt: new Date(row.created_at).toISOString(),
      }),
    );
    const total = rows.length > 0 ? Number(rows[0]?.total) : skip === 0 ? 0 : await this.count(principal, member, secretary, status);
    return pageOf(items, total, query);
  }

  private async count(principal: Principal, member: boolean, secretary: boolean, status: string | null): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM councils c LEFT JOIN council_members me ON me.council_id = c.id AND me.user_id = $1
        WHERE (($2 AND me.user_id IS NOT NULL) OR ($3 AND c.province_code = $4)) AND ($5::text IS NULL OR c.status = $5)`,
      [principal.userId, member, secretary, principal.provinceCode, status],
    );
    return row?.n ?? 0;
  }
}
