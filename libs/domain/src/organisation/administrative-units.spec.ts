import { DomainError } from '../errors/domain-error';
import type { AdministrativeUnit } from './administrative-unit';
import { ADMINISTRATIVE_UNITS } from './administrative-units.seed';
import { currentSuccessor } from './current-successor';
import { HISTORICAL_PROVINCES } from './historical-provinces.seed';
import { provinceTitle } from './province-title';
import { MERGED_PROVINCES, PROVINCES, UNCHANGED_PROVINCES } from './provinces.seed';
import { unitInForce, unitsInForce } from './unit-in-force';
import { validateAdministrativeUnits } from './validate-administrative-units';

describe('provinces seed', () => {
  it('has 11 unchanged and 23 merged provinces, 34 in all, and is valid', () => {
    expect(UNCHANGED_PROVINCES).toHaveLength(11);
    expect(MERGED_PROVINCES).toHaveLength(23);
    expect(PROVINCES).toHaveLength(34);
    expect(() => validateAdministrativeUnits(ADMINISTRATIVE_UNITS)).not.toThrow();
  });

  it('has 34 units in force on 2025-07-01 and 63 on 2025-06-30', () => {
    const after = unitsInForce(ADMINISTRATIVE_UNITS, '2025-07-01', 'province');
    expect(after).toHaveLength(34);
    expect(after.map((unit) => unit.code).sort()).toEqual(PROVINCES.map((unit) => unit.code).sort());
    expect(unitsInForce(ADMINISTRATIVE_UNITS, '2025-06-30', 'province')).toHaveLength(63);
    expect(unitsInForce(ADMINISTRATIVE_UNITS, '2024-12-31', 'province')).toHaveLength(63);
  });

  it('gives every absorbed province a successor in force from 2025-07-01', () => {
    for (const unit of HISTORICAL_PROVINCES) {
      expect(unit.successorCode).toBeDefined();
      expect(currentSuccessor(ADMINISTRATIVE_UNITS, unit.code, '2025-07-01').validTo).toBeUndefined();
    }
  });

  it('keeps the absorbing province under the same code before and after the merger', () => {
    expect(unitInForce(ADMINISTRATIVE_UNITS, 'thai-nguyen', '2025-06-30')?.code).toBe('thai-nguyen');
    expect(unitInForce(ADMINISTRATIVE_UNITS, 'thai-nguyen', '2025-07-01')?.code).toBe('thai-nguyen');
  });
});

describe('unitInForce', () => {
  it('returns Bắc Kạn on its last day and nothing the day after', () => {
    expect(unitInForce(ADMINISTRATIVE_UNITS, 'bac-kan', '2025-06-30')?.name.vi).toBe('Bắc Kạn');
    expect(unitInForce(ADMINISTRATIVE_UNITS, 'bac-kan', '2025-07-01')).toBeUndefined();
  });

  it('rejects an unknown code and an invalid date', () => {
    expect(() => unitInForce(ADMINISTRATIVE_UNITS, 'atlantis', '2025-07-01')).toThrow(DomainError);
    expect(() => unitInForce(ADMINISTRATIVE_UNITS, 'bac-kan', '2025-02-29')).toThrow(DomainError);
  });
});

describe('currentSuccessor', () => {
  it.each([
    ['bac-kan', '2025-06-30', 'bac-kan'],
    ['bac-kan', '2025-07-01', 'thai-nguyen'],
    ['tien-giang', '2025-07-01', 'dong-thap'],
    ['thai-binh', '2026-01-01', 'hung-yen'],
    ['thua-thien-hue', '2024-12-31', 'thua-thien-hue'],
    ['thua-thien-hue', '2025-01-01', 'hue'],
    ['thua-thien-hue', '2025-07-01', 'hue'],
    ['ba-ria-vung-tau', '2025-07-01', 'ho-chi-minh'],
    ['thanh-hoa', '2030-12-31', 'thanh-hoa'],
  ])('%s on %s is %s', (code, onDate, expected) => {
    expect(currentSuccessor(ADMINISTRATIVE_UNITS, code, onDate).code).toBe(expected);
  });

  it('follows a chain of several successors', () => {
    const units: AdministrativeUnit[] = [
      { code: 'a', name: { vi: 'A', en: 'A' }, level: 'province', validFrom: '2000-01-01', validTo: '2010-12-31', successorCode: 'b' },
      { code: 'b', name: { vi: 'B', en: 'B' }, level: 'province', validFrom: '2011-01-01', validTo: '2020-12-31', successorCode: 'c' },
      { code: 'c', name: { vi: 'C', en: 'C' }, level: 'province', validFrom: '2021-01-01' },
    ];
    expect(currentSuccessor(units, 'a', '2015-06-01').code).toBe('b');
    expect(currentSuccessor(units, 'a', '2021-01-01').code).toBe('c');
  });

  it('rejects a date before the unit existed, a broken chain and a cycle', () => {
    expect(() => currentSuccessor(ADMINISTRATIVE_UNITS, 'hue', '2024-06-01')).toThrow(DomainError);
    const ended: AdministrativeUnit[] = [{ code: 'x', name: { vi: 'X', en: 'X' }, level: 'province', validFrom: '2000-01-01', validTo: '2001-01-01' }];
    expect(() => currentSuccessor(ended, 'x', '2002-01-01')).toThrow(DomainError);
    const cycle: AdministrativeUnit[] = [
      { code: 'p', name: { vi: 'P', en: 'P' }, level: 'province', validFrom: '2000-01-01', validTo: '2001-01-01', successorCode: 'q' },
      { code: 'q', name: { vi: 'Q', en: 'Q' }, level: 'province', validFrom: '2000-01-01', validTo: '2001-01-01', successorCode: 'p' },
    ];
    expect(() => currentSuccessor(cycle, 'p', '2002-01-01')).toThrow(DomainError);
  });
});

describe('validateAdministrativeUnits', () => {
  const base: AdministrativeUnit = { code: 'a', name: { vi: 'A', en: 'A' }, level: 'province', validFrom: '2000-01-01' };

  it.each<[string, AdministrativeUnit[]]>([
    ['duplicate codes', [base, base]],
    ['a code that is not a slug', [{ ...base, code: 'Thanh Hoa' }]],
    ['an end before the start', [{ ...base, validTo: '1999-12-31' }]],
    ['an unknown successor', [{ ...base, validTo: '2001-01-01', successorCode: 'zz' }]],
    ['a successor without an end', [{ ...base, successorCode: 'b' }, { ...base, code: 'b' }]],
    ['a gap before the successor', [{ ...base, validTo: '2001-01-01', successorCode: 'b' }, { ...base, code: 'b', validFrom: '2001-01-03' }]],
    ['an unknown parent', [{ ...base, level: 'commune', parentCode: 'nowhere' }]],
    ['a missing English name', [{ ...base, name: { vi: 'A', en: ' ' } }]],
  ])('rejects %s', (_label, units) => {
    expect(() => validateAdministrativeUnits(units)).toThrow(DomainError);
  });
});

describe('provinceTitle', () => {
  it('writes provinces and centrally governed cities the Vietnamese way', () => {
    const byCode = (code: string) => ADMINISTRATIVE_UNITS.find((unit) => unit.code === code) as AdministrativeUnit;
    expect(provinceTitle(byCode('thanh-hoa'))).toEqual({ vi: 'tỉnh Thanh Hóa', en: 'Thanh Hoa Province' });
    expect(provinceTitle(byCode('hue'))).toEqual({ vi: 'thành phố Huế', en: 'Hue City' });
  });
});
