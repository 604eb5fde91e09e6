import type { LocalizedText } from '../../../../../libs/domain/src/errors/domain-error';

/** What a person reads for each audit action code of an application's timeline. */
const TIMELINE_LABELS: Readonly<Record<string, LocalizedText>> = {
  'application.submitted': { vi: 'Nộp hồ sơ đề nghị hỗ trợ', en: 'Application submitted' },
  'application.withdrawn': { vi: 'Rút hồ sơ', en: 'Application withdrawn' },
};

/** An action without a label yet still shows, as its code, rather than disappearing from the timeline. */
export function timelineLabel(action: string): LocalizedText {
  return TIMELINE_LABELS[action] ?? { vi: action, en: action };
}
