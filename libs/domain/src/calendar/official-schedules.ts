import { CalendarOverride } from './day-off';

/*
 * Official holiday schedules for cán bộ, công chức, viên chức (state bodies), as seed overrides.
 * Sources were read in press reports of the documents (the documents themselves were not at hand);
 * an administrator should check them against the texts before relying on them.
 */

/**
 * 2025 — Công văn 8726/VPCP-KGVX ngày 26/11/2024 (the Prime Minister's decision) and Thông báo
 * 6150/TB-LĐTBXH (2024) of the Ministry of Labour, Invalids and Social Affairs:
 * - Tết Ất Tỵ: the five Labour Code days are Mon 27/1 – Fri 31/1/2025 (28 Chạp – mùng 3); with the
 *   weekends around them, off Sat 25/1 – Sun 2/2 (9 days). No swap, no compensatory day.
 * - 30/4 and 1/5: Friday 2/5 swapped for Saturday 26/4 (worked); off Wed 30/4 – Sun 4/5.
 * - Quốc khánh: 1/9 (Mon) is the adjacent day; off Sat 30/8 – Tue 2/9.
 * - 1/1 (Wed) and Giỗ Tổ Hùng Vương 7/4 (Mon): one day each, no change.
 */
export const OFFICIAL_SCHEDULE_2025: CalendarOverride = {
  year: 2025,
  source: 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-LĐTBXH năm 2024',
  lunarNewYearDays: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
  nationalDayAdjacentDay: '2025-09-01',
  swaps: [{ dayOff: '2025-05-02', workedOn: '2025-04-26' }],
};

/**
 * 2026 — Công văn 12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch); Công văn 9859/VPCP-KGVX
 * (10/2025) and Thông báo 9441/TB-BNV ngày 16/10/2025 of the Ministry of Home Affairs (Tết, Quốc khánh):
 * - Tết Dương lịch: Friday 2/1 swapped for Saturday 10/1 (worked); off Thu 1/1 – Sun 4/1.
 * - Tết Bính Ngọ: the five days are Mon 16/2 – Fri 20/2/2026 (29 Chạp – mùng 4); off Sat 14/2 – Sun 22/2.
 * - Quốc khánh: 1/9 (Tue) is the adjacent day; Monday 31/8 swapped for Saturday 22/8 (worked);
 *   off Sat 29/8 – Wed 2/9.
 * - Giỗ Tổ Hùng Vương falls on Sunday 26/4: Monday 27/4 is given back by Art. 111(3), which
 *   `compensatoryDaysOff` computes, so it is not listed here.
 * - 30/4 (Thu) and 1/5 (Fri): no swap was found; off Thu 30/4 – Sun 3/5 with the weekend.
 * - Ngày Văn hóa Việt Nam 24/11: chosen under Nghị quyết 80-NQ/TW; Nghị quyết 30/NQ-CP (02/2026)
 *   only tasks amending Labour Code Art. 112(1). No amended text in force was found, so `cultureDay`
 *   stays off until an administrator switches it on.
 */
export const OFFICIAL_SCHEDULE_2026: CalendarOverride = {
  year: 2026,
  source: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025; Công văn 9859/VPCP-KGVX tháng 10/2025; Thông báo 9441/TB-BNV ngày 16/10/2025',
  lunarNewYearDays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
  nationalDayAdjacentDay: '2026-09-01',
  swaps: [
    { dayOff: '2026-01-02', workedOn: '2026-01-10' },
    { dayOff: '2026-08-31', workedOn: '2026-08-22' },
  ],
};

export const OFFICIAL_SCHEDULES: readonly CalendarOverride[] = [OFFICIAL_SCHEDULE_2025, OFFICIAL_SCHEDULE_2026];
