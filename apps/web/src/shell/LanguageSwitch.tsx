import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

/** Tiếng Việt / English. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented
      aria-label={t('shell.language')}
      size="small"
      value={i18n.language === 'en' ? 'en' : 'vi'}
      options={[
        { label: 'VI', value: 'vi', title: 'Tiếng Việt' },
        { label: 'EN', value: 'en', title: 'English' },
      ]}
      onChange={(value) => void i18n.changeLanguage(value)}
    />
  );
}
