import { LocalizedText } from '../errors/domain-error';

/** Size classes of Decree 80/2021/NĐ-CP Art. 5; 'large' is anything that is not an SME. */
export type SizeClass = 'micro' | 'small' | 'medium' | 'large';

export type SmeSizeClass = Exclude<SizeClass, 'large'>;

/** Smallest first: classification picks the first class whose limits are met. */
export const SME_SIZE_CLASSES: readonly SmeSizeClass[] = ['micro', 'small', 'medium'];

export const SIZE_CLASSES: readonly SizeClass[] = [...SME_SIZE_CLASSES, 'large'];

export const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, LocalizedText>> = {
  micro: { vi: 'siêu nhỏ', en: 'micro' },
  small: { vi: 'nhỏ', en: 'small' },
  medium: { vi: 'vừa', en: 'medium' },
  large: { vi: 'lớn', en: 'large' },
};

export function isSme(sizeClass: SizeClass): sizeClass is SmeSizeClass {
  return sizeClass !== 'large';
}

export function isSizeClass(value: unknown): value is SizeClass {
  return typeof value === 'string' && (SIZE_CLASSES as readonly string[]).includes(value);
}
