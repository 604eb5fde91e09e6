import { DomainError } from '../errors/domain-error';
import { PROVINCES } from './provinces.seed';
import { departmentsForProvince } from './departments-for-province';
import { departmentsWithCapability } from './departments-with-capability';
import { DEPARTMENT_CAPABILITIES } from './department';

describe('departmentsForProvince', () => {
  const thanhHoa = departmentsForProvince('thanh-hoa');

  it('seeds the nine departments of organisation.md with province-prefixed codes', () => {
    expect(thanhHoa.map((department) => department.code)).toEqual([
      'thanh-hoa/so-khcn',
      'thanh-hoa/chi-cuc-tdc',
      'thanh-hoa/so-tai-chinh',
      'thanh-hoa/so-cong-thuong',
      'thanh-hoa/so-nong-nghiep-moi-truong',
      'thanh-hoa/so-y-te',
      'thanh-hoa/so-xay-dung',
      'thanh-hoa/so-noi-vu',
      'thanh-hoa/ubnd-tinh',
    ]);
    expect(thanhHoa.every((department) => department.provinceCode === 'thanh-hoa')).toBe(true);
  });

  it('puts Chi cục TĐC under Sở KH&CN as the intake office, with Vietnamese and English names', () => {
    const tdc = thanhHoa.find((department) => department.code === 'thanh-hoa/chi-cuc-tdc');
    expect(tdc).toMatchObject({ kind: 'standards-quality-unit', parentCode: 'thanh-hoa/so-khcn', capabilities: ['intake'] });
    expect(tdc?.name.vi).toBe('Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Thanh Hóa');
    expect(departmentsForProvince('ha-noi')[8]?.name.vi).toBe('Ủy ban nhân dân thành phố Hà Nội');
  });

  it('gives exactly one department per capability in every province, with unique codes', () => {
    for (const province of PROVINCES) {
      const departments = departmentsForProvince(province.code);
      expect(new Set(departments.map((department) => department.code)).size).toBe(departments.length);
      for (const capability of DEPARTMENT_CAPABILITIES) {
        const holders = departmentsWithCapability(departments, province.code, capability);
        expect(holders.length).toBeGreaterThanOrEqual(1);
        if (capability !== 'sponsoring') expect(holders).toHaveLength(1);
      }
    }
  });

  it('works for a historical province and rejects an unknown one', () => {
    expect(departmentsForProvince('bac-kan')[0]?.name.vi).toBe('Sở Khoa học và Công nghệ tỉnh Bắc Kạn');
    expect(() => departmentsForProvince('atlantis')).toThrow(DomainError);
  });
});
