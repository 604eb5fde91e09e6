import { ApiProperty } from '@nestjs/swagger';
import { provinceTitle } from '../../../../libs/domain/src/organisation/province-title';
import { AdministrativeUnitEntity } from '../../../../libs/persistence/src/entities/reference/administrative-unit.entity';
import { LocalizedTextView } from './localized-text';

/** A provincial unit with its validity period (units merged in 2025 end and name a successor). */
export class ProvinceView {
  @ApiProperty({ example: 'thanh-hoa' }) code!: string;
  @ApiProperty({ type: LocalizedTextView, description: 'Tên ngắn · short name' }) name!: LocalizedTextView;
  @ApiProperty({ type: LocalizedTextView, description: 'Tên đầy đủ · as written in titles ("tỉnh Thanh Hóa")' }) title!: LocalizedTextView;
  @ApiProperty({ description: 'Thành phố trực thuộc trung ương · centrally governed city' }) centrallyGovernedCity!: boolean;
  @ApiProperty({ format: 'date', example: '2020-01-01' }) validFrom!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Ngày cuối còn hiệu lực · last day in force (inclusive)' }) validTo!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'thai-nguyen', description: 'Đơn vị kế thừa · the unit that took it over' }) successorCode!: string | null;
  @ApiProperty({ description: 'Còn hiệu lực vào ngày hỏi · in force on the requested day' }) inForce!: boolean;

  static of(row: AdministrativeUnitEntity, onDate: string): ProvinceView {
    const name = { vi: row.nameVi, en: row.nameEn };
    const title = provinceTitle({ code: row.code, name, level: 'province', validFrom: row.validFrom, centrallyGovernedCity: row.centrallyGovernedCity });
    return Object.assign(new ProvinceView(), {
      code: row.code,
      name: LocalizedTextView.of(name.vi, name.en),
      title: LocalizedTextView.of(title.vi, title.en),
      centrallyGovernedCity: row.centrallyGovernedCity,
      validFrom: row.validFrom,
      validTo: row.validTo,
      successorCode: row.successorCode,
      inForce: row.validFrom <= onDate && (row.validTo === null || onDate <= row.validTo),
    });
  }
}
