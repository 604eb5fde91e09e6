import { ApiProperty } from '@nestjs/swagger';
import type { OverrideGap } from '../../../../libs/domain/src/calendar/calendar-override';
import type { Language } from '../problem/language';

export const OVERRIDE_GAP_CODES: readonly OverrideGap['code'][] = ['lunar-new-year-placement', 'national-day-adjacent-day'];

/** Something the holiday package cannot know and an administrator has not entered yet. */
export class OverrideGapView {
  @ApiProperty({ enum: OVERRIDE_GAP_CODES }) code!: OverrideGap['code'];

  @ApiProperty({ description: 'Theo Accept-Language · in the language of Accept-Language' })
  text!: string;

  static of(gap: OverrideGap, language: Language): OverrideGapView {
    return Object.assign(new OverrideGapView(), { code: gap.code, text: gap.text[language] });
  }
}
