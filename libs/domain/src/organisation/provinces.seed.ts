import type { AdministrativeUnit } from './administrative-unit';

/**
 * Resolution 202/2025/QH15 [2nd]: 34 provincial units from 1/7/2025; district level ended.
 * A province that absorbed others keeps its code: one unit before and after the merger.
 */
export const REORGANISATION_2025_EFFECTIVE = '2025-07-01';

/**
 * The earliest day this seed vouches for — the plans it serves date from 2020–2021. It is not a
 * founding date; history before it is out of scope (an administrator may edit it).
 */
export const SEED_HISTORY_START = '2020-01-01';

/**
 * Thừa Thiên Huế became the centrally governed city of Huế on 1/1/2025 [2nd: Resolution
 * 1314/NQ-UBTVQH15] — a rename, not a merger; Huế is then unchanged by the 2025 reorganisation.
 */
export const HUE_CITY_EFFECTIVE = '2025-01-01';

function province(code: string, vi: string, en: string, centrallyGovernedCity = false, validFrom = SEED_HISTORY_START): AdministrativeUnit {
  return { code, name: { vi, en }, level: 'province', validFrom, ...(centrallyGovernedCity ? { centrallyGovernedCity } : {}) };
}

/** The 11 provincial units the 2025 reorganisation left unchanged. */
export const UNCHANGED_PROVINCES: readonly AdministrativeUnit[] = [
  province('ha-noi', 'Hà Nội', 'Hanoi', true),
  province('hue', 'Huế', 'Hue', true, HUE_CITY_EFFECTIVE),
  province('lai-chau', 'Lai Châu', 'Lai Chau'),
  province('dien-bien', 'Điện Biên', 'Dien Bien'),
  province('son-la', 'Sơn La', 'Son La'),
  province('lang-son', 'Lạng Sơn', 'Lang Son'),
  province('quang-ninh', 'Quảng Ninh', 'Quang Ninh'),
  province('thanh-hoa', 'Thanh Hóa', 'Thanh Hoa'),
  province('nghe-an', 'Nghệ An', 'Nghe An'),
  province('ha-tinh', 'Hà Tĩnh', 'Ha Tinh'),
  province('cao-bang', 'Cao Bằng', 'Cao Bang'),
];

/** The 23 provincial units that absorbed others on 1/7/2025 (see `HISTORICAL_PROVINCES`). */
export const MERGED_PROVINCES: readonly AdministrativeUnit[] = [
  province('tuyen-quang', 'Tuyên Quang', 'Tuyen Quang'),
  province('lao-cai', 'Lào Cai', 'Lao Cai'),
  province('thai-nguyen', 'Thái Nguyên', 'Thai Nguyen'),
  province('phu-tho', 'Phú Thọ', 'Phu Tho'),
  province('bac-ninh', 'Bắc Ninh', 'Bac Ninh'),
  province('hung-yen', 'Hưng Yên', 'Hung Yen'),
  province('hai-phong', 'Hải Phòng', 'Hai Phong', true),
  province('ninh-binh', 'Ninh Bình', 'Ninh Binh'),
  province('quang-tri', 'Quảng Trị', 'Quang Tri'),
  province('da-nang', 'Đà Nẵng', 'Da Nang', true),
  province('quang-ngai', 'Quảng Ngãi', 'Quang Ngai'),
  province('gia-lai', 'Gia Lai', 'Gia Lai'),
  province('dak-lak', 'Đắk Lắk', 'Dak Lak'),
  province('khanh-hoa', 'Khánh Hòa', 'Khanh Hoa'),
  province('lam-dong', 'Lâm Đồng', 'Lam Dong'),
  province('ho-chi-minh', 'Hồ Chí Minh', 'Ho Chi Minh', true),
  province('dong-nai', 'Đồng Nai', 'Dong Nai'),
  province('tay-ninh', 'Tây Ninh', 'Tay Ninh'),
  province('can-tho', 'Cần Thơ', 'Can Tho', true),
  province('vinh-long', 'Vĩnh Long', 'Vinh Long'),
  province('dong-thap', 'Đồng Tháp', 'Dong Thap'),
  province('an-giang', 'An Giang', 'An Giang'),
  province('ca-mau', 'Cà Mau', 'Ca Mau'),
];

/** The 34 provincial units in force from 1/7/2025. */
export const PROVINCES: readonly AdministrativeUnit[] = [...UNCHANGED_PROVINCES, ...MERGED_PROVINCES];
