import { LocalizedText } from '../errors/domain-error';
import { PublicHolidayId } from './day-off';

/** Names as the Labour Code (Art. 112) gives them; used as the reason a day is skipped. */
export const PUBLIC_HOLIDAY_NAMES: Readonly<Record<PublicHolidayId, LocalizedText>> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  'lunar-new-year': { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  'reunification-day': { vi: 'Ngày Chiến thắng 30/4', en: 'Reunification Day (30 April)' },
  'labour-day': { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  'national-day': { vi: 'Quốc khánh', en: 'National Day' },
  'culture-day': { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
};

/** The second National Day holiday, the day before or after 2/9 chosen each year. */
export const NATIONAL_DAY_ADJACENT_NAME: LocalizedText = { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' };
