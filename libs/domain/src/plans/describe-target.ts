import type { LocalizedText } from '../errors/domain-error';
import type { PlanTarget } from './programme-plan';

const WORDS: Readonly<Record<Exclude<PlanTarget['comparator'], 'range'>, LocalizedText>> = {
  'at-least': { vi: 'ít nhất ', en: 'at least ' },
  about: { vi: 'khoảng ', en: 'about ' },
  exactly: { vi: '', en: '' },
  'more-than': { vi: 'hơn ', en: 'more than ' },
};

function vietnameseNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** The target's figure as a person reads it: "khoảng 10 lớp" / "about 10 classes", "1–2 chuyên gia". */
export function describeTargetValue(target: PlanTarget): LocalizedText {
  const { value, unit } = target;
  if (value === null) return { vi: `chưa định lượng (${unit.vi})`, en: `no figure set (${unit.en})` };
  if (typeof value !== 'number') {
    return { vi: `${vietnameseNumber(value.min)}–${vietnameseNumber(value.max)} ${unit.vi}`, en: `${value.min}–${value.max} ${unit.en}` };
  }
  const word = WORDS[target.comparator === 'range' ? 'exactly' : target.comparator];
  return { vi: `${word.vi}${vietnameseNumber(value)} ${unit.vi}`, en: `${word.en}${value} ${unit.en}` };
}
