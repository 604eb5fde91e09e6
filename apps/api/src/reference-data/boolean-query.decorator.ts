import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';

/** A `?flag=true|false` query parameter; anything else fails validation as "must be true or false". */
export const IsBooleanQuery = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value === 'false' || value === false ? false : value)),
    IsBoolean(),
  );
