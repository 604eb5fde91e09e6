import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { applyCalendarOverride } from '../../../../../libs/domain/src/calendar/calendar-override';
import type { CalendarOverride } from '../../../../../libs/domain/src/calendar/day-off';
import { laborCodeHolidays } from '../../../../../libs/domain/src/calendar/public-holidays';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { AuditTrail } from '../../../../../libs/persistence/src/audit/audit-trail';
import { CalendarOverrideEntity } from '../../../../../libs/persistence/src/entities/reference/calendar-override.entity';
import type { Language } from '../../problem/language';
import { staleVersion } from '../../reference-data/reference-problems';
import { CalendarOverrideRecordView } from '../calendar-override-record.view';
import { SaveCalendarOverrideDto } from '../calendar-override.dto';
import { toCalendarOverride } from './to-calendar-override';

const auditTrail = new AuditTrail();
const WHAT = { vi: 'Lịch nghỉ năm', en: 'Calendar override for' };

/**
 * Replaces a year's override (creates it with version 0). The domain checks it before anything is
 * written; the version check, the write and the audit row share one transaction.
 */
@Injectable()
export class SaveOverrideService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async save(year: number, dto: SaveCalendarOverrideDto, admin: Principal, language: Language): Promise<CalendarOverrideRecordView> {
    const { version, ...fields } = dto;
    const override = toCalendarOverride(year, fields);
    // Throws a DomainError (422) naming the field: wrong year, dates outside it, a bad swap, a missing reason.
    const days = applyCalendarOverride(year, laborCodeHolidays(year), override);

    return this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query<{ override: CalendarOverride; version: number }[]>(`SELECT override, version FROM calendar_overrides WHERE year = $1 FOR UPDATE`, [year]);
      const currentVersion = current?.version ?? 0;
      if (version !== currentVersion) throw staleVersion(WHAT, String(year), version, currentVersion);

      // The version is in the WHERE (or the key conflict decides), so two editors cannot both win.
      const written = current ? await this.update(manager, year, override, admin, version) : await this.insert(manager, year, override, admin);
      if (!written) {
        const [latest] = await manager.query<{ version: number }[]>(`SELECT version FROM calendar_overrides WHERE year = $1`, [year]);
        throw staleVersion(WHAT, String(year), version, latest?.version ?? 0);
      }

      await auditTrail.append(manager, {
        actor: { id: admin.userId, name: admin.username, role: 'administrator' },
        action: 'calendar.override-updated',
        subject: { type: 'calendar', id: String(year) },
        before: current?.override ?? null,
        after: override,
      });
      const row = await manager.getRepository(CalendarOverrideEntity).findOneByOrFail({ year });
      return CalendarOverrideRecordView.of(year, row, language, days);
    });
  }

  private async update(manager: EntityManager, year: number, override: CalendarOverride, admin: Principal, version: number): Promise<boolean> {
    // UPDATE … RETURNING answers [rows, affected count].
    const [rows] = await manager.query<[unknown[], number]>(
      `UPDATE calendar_overrides SET override = $2::jsonb, updated_by = $3, updated_at = now(), version = version + 1 WHERE year = $1 AND version = $4 RETURNING year`,
      [year, JSON.stringify(override), admin.username, version],
    );
    return rows.length === 1;
  }

  private async insert(manager: EntityManager, year: number, override: CalendarOverride, admin: Principal): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO calendar_overrides (year, override, updated_by) VALUES ($1, $2::jsonb, $3) ON CONFLICT (year) DO NOTHING RETURNING year`,
      [year, JSON.stringify(override), admin.username],
    );
    return rows.length === 1;
  }
}
