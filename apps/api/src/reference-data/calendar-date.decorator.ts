import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** A `YYYY-MM-DD` calendar date that exists (no 2025-02-29). */
export const IsCalendarDate = (): PropertyDecorator => applyDecorators(Matches(/^\d{4}-\d{2}-\d{2}$/), IsISO8601({ strict: true }));
