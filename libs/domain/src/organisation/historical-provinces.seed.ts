import type { AdministrativeUnit } from './administrative-unit';
import { SEED_HISTORY_START } from './provinces.seed';

/** Last day of the 63-province map; absorbed provinces end here. */
export const LAST_DAY_BEFORE_REORGANISATION_2025 = '2025-06-30';

function absorbed(code: string, vi: string, en: string, successorCode: string): AdministrativeUnit {
  return {
    code,
    name: { vi, en },
    level: 'province',
    validFrom: SEED_HISTORY_START,
    validTo: LAST_DAY_BEFORE_REORGANISATION_2025,
    successorCode,
  };
}

/** Provinces that no longer exist, each with the unit that took it over. */
export const HISTORICAL_PROVINCES: readonly AdministrativeUnit[] = [
  // Renamed: Thừa Thiên Huế → Huế (centrally governed city) from 1/1/2025 (`HUE_CITY_EFFECTIVE`).
  {
    code: 'thua-thien-hue',
    name: { vi: 'Thừa Thiên Huế', en: 'Thua Thien Hue' },
    level: 'province',
    validFrom: SEED_HISTORY_START,
    validTo: '2024-12-31',
    successorCode: 'hue',
  },
  // Absorbed on 1/7/2025 (Resolution 202/2025/QH15).
  absorbed('ha-giang', 'Hà Giang', 'Ha Giang', 'tuyen-quang'),
  absorbed('yen-bai', 'Yên Bái', 'Yen Bai', 'lao-cai'),
  absorbed('bac-kan', 'Bắc Kạn', 'Bac Kan', 'thai-nguyen'),
  absorbed('vinh-phuc', 'Vĩnh Phúc', 'Vinh Phuc', 'phu-tho'),
  absorbed('hoa-binh', 'Hòa Bình', 'Hoa Binh', 'phu-tho'),
  absorbed('bac-giang', 'Bắc Giang', 'Bac Giang', 'bac-ninh'),
  absorbed('thai-binh', 'Thái Bình', 'Thai Binh', 'hung-yen'),
  absorbed('hai-duong', 'Hải Dương', 'Hai Duong', 'hai-phong'),
  absorbed('ha-nam', 'Hà Nam', 'Ha Nam', 'ninh-binh'),
  absorbed('nam-dinh', 'Nam Định', 'Nam Dinh', 'ninh-binh'),
  absorbed('quang-binh', 'Quảng Bình', 'Quang Binh', 'quang-tri'),
  absorbed('quang-nam', 'Quảng Nam', 'Quang Nam', 'da-nang'),
  absorbed('kon-tum', 'Kon Tum', 'Kon Tum', 'quang-ngai'),
  absorbed('binh-dinh', 'Bình Định', 'Binh Dinh', 'gia-lai'),
  absorbed('phu-yen', 'Phú Yên', 'Phu Yen', 'dak-lak'),
  absorbed('ninh-thuan', 'Ninh Thuận', 'Ninh Thuan', 'khanh-hoa'),
  absorbed('dak-nong', 'Đắk Nông', 'Dak Nong', 'lam-dong'),
  absorbed('binh-thuan', 'Bình Thuận', 'Binh Thuan', 'lam-dong'),
  absorbed('binh-duong', 'Bình Dương', 'Binh Duong', 'ho-chi-minh'),
  absorbed('ba-ria-vung-tau', 'Bà Rịa – Vũng Tàu', 'Ba Ria – Vung Tau', 'ho-chi-minh'),
  absorbed('binh-phuoc', 'Bình Phước', 'Binh Phuoc', 'dong-nai'),
  absorbed('long-an', 'Long An', 'Long An', 'tay-ninh'),
  absorbed('soc-trang', 'Sóc Trăng', 'Soc Trang', 'can-tho'),
  absorbed('hau-giang', 'Hậu Giang', 'Hau Giang', 'can-tho'),
  absorbed('ben-tre', 'Bến Tre', 'Ben Tre', 'vinh-long'),
  absorbed('tra-vinh', 'Trà Vinh', 'Tra Vinh', 'vinh-long'),
  absorbed('tien-giang', 'Tiền Giang', 'Tien Giang', 'dong-thap'),
  absorbed('kien-giang', 'Kiên Giang', 'Kien Giang', 'an-giang'),
  absorbed('bac-lieu', 'Bạc Liêu', 'Bac Lieu', 'ca-mau'),
];
