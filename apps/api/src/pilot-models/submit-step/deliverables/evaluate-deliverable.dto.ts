import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, ArrayMaxSize, IsIn, ValidateNested } from 'class-validator';
import { PlainDateField, Text } from './text-fields';

export class CertificateDto {
  @Text(100, { example: 'ISO_9001' })
  itemCode!: string;

  @ApiProperty({ enum: ['certificate'] })
  @IsIn(['certificate'])
  kind!: 'certificate';

  @Text(100, { example: 'QMS-2026-0417', description: 'Số giấy chứng nhận · number' })
  number!: string;

  @Text(300, { example: 'QUACERT', description: 'Tổ chức chứng nhận · certification body' })
  body!: string;

  @PlainDateField('Ngày cấp · issued on')
  issuedOn!: string;

  @PlainDateField('Ngày hết hạn (sau ngày cấp) · expires on (after issue)')
  expiresOn!: string;
}

export class RecognitionDecisionDto {
  @Text(100, { example: '5s' })
  itemCode!: string;

  @ApiProperty({ enum: ['recognition'] })
  @IsIn(['recognition'])
  kind!: 'recognition';

  @Text(100, { example: '12/QĐ-TĐC', description: 'Số quyết định · decision number' })
  decisionNumber!: string;

  @Text(300, { example: 'Chi cục TĐC Thanh Hóa', description: 'Cơ quan công nhận · authority' })
  decidedBy!: string;

  @PlainDateField('Ngày ký · decided on')
  decidedOn!: string;
}

/** Step 5 (evaluate): for each selected item, exactly one certificate or recognition decision. */
@ApiExtraModels(CertificateDto, RecognitionDecisionDto)
export class EvaluateDeliverableDto {
  @ApiProperty({
    type: 'array',
    maxItems: 200,
    items: {
      oneOf: [{ $ref: getSchemaPath(CertificateDto) }, { $ref: getSchemaPath(RecognitionDecisionDto) }],
      discriminator: { propertyName: 'kind', mapping: { certificate: getSchemaPath(CertificateDto), recognition: getSchemaPath(RecognitionDecisionDto) } },
    },
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => Object, {
    keepDiscriminatorProperty: true,
    discriminator: { property: 'kind', subTypes: [{ value: CertificateDto, name: 'certificate' }, { value: RecognitionDecisionDto, name: 'recognition' }] },
  })
  recognitions!: (CertificateDto | RecognitionDecisionDto)[];
}
