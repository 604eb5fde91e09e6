import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Convening needs the roster (GET /councils/roster), which the API does not offer yet. */
export default function ConveneCouncilPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('councils.convene')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('councils.meetingRule', { date: '—' })} />
    </>
  );
}
