import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';

/** The largest value of a PostgreSQL `integer` column. */
export const INT4_MAX = 2_147_483_647;

/**
 * A whole number within [min, max]; max defaults to the largest integer JavaScript holds exactly
 * (a bigint column holds more, but the API could not read it back exactly).
 */
export function IsSafeInteger(min = 0, max: number = Number.MAX_SAFE_INTEGER): PropertyDecorator {
  return applyDecorators(IsInt(), Min(min), Max(max));
}
