import type { LocalizedText } from '../../../../../libs/domain/src/errors/domain-error';
import { INDICATOR_DIRECTION_LABELS } from '../../../../../libs/domain/src/pilot-models/indicator';
import type { IndicatorRollUp } from '../../../../../libs/domain/src/pilot-models/roll-up-improvements';
import type { LocalizedTable } from '../../../../../libs/reports/src/table';

/** The JSON figures of one province the tables are built from. */
export interface PilotModelProvinceFigures {
  provinceCode: string;
  modelsPerStep: Record<string, number>;
  overduePerStep: Record<string, number>;
  averageWorkingDaysPerStep: Record<string, number | null>;
  improvements: IndicatorRollUp[];
}

/** Two sheets: one row per province and step; one row per province and indicator (completed models). */
export function pilotModelDashboardTables(
  provinces: readonly PilotModelProvinceFigures[],
  steps: readonly { code: string; name: LocalizedText }[],
  language: 'vi' | 'en',
): LocalizedTable[] {
  return [
    {
      name: { vi: 'Theo bước', en: 'By step' },
      header: [
        { vi: 'Mã tỉnh', en: 'Province code' },
        { vi: 'Mã bước', en: 'Step code' },
        { vi: 'Bước', en: 'Step' },
        { vi: 'Số mô hình đang ở bước', en: 'Models on the step' },
        { vi: 'Quá hạn', en: 'Overdue' },
        { vi: 'Số ngày làm việc trung bình', en: 'Average working days' },
      ],
      rows: provinces.flatMap((province) =>
        steps.map((step) => [
          province.provinceCode,
          step.code,
          step.name[language],
          province.modelsPerStep[step.code] ?? 0,
          province.overduePerStep[step.code] ?? 0,
          province.averageWorkingDaysPerStep[step.code] ?? null,
        ]),
      ),
    },
    {
      name: { vi: 'Thay đổi chỉ tiêu', en: 'Indicator changes' },
      header: [
        { vi: 'Mã tỉnh', en: 'Province code' },
        { vi: 'Chỉ tiêu', en: 'Indicator' },
        { vi: 'Chiều đánh giá', en: 'Direction' },
        { vi: 'Số mô hình đo', en: 'Models measured' },
        { vi: 'Thay đổi trung bình (%)', en: 'Mean change (%)' },
        { vi: 'Cải thiện', en: 'Improved' },
        { vi: 'Không đổi', en: 'Unchanged' },
        { vi: 'Xấu đi', en: 'Worsened' },
      ],
      rows: provinces.flatMap((province) =>
        province.improvements.map((rollUp) => [
          province.provinceCode,
          rollUp.indicator,
          INDICATOR_DIRECTION_LABELS[rollUp.direction][language],
          rollUp.modelCount,
          rollUp.meanPercentChange,
          rollUp.improvedCount,
          rollUp.unchangedCount,
          rollUp.worsenedCount,
        ]),
      ),
    },
  ];
}
