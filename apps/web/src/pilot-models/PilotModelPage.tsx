import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, lang } from '../api/client';
import { unwrap } from '../api/problem';
import { ProblemAlert } from '../common/ProblemAlert';
import { PageSpinner } from '../shell/PageSpinner';

/** A pilot model as notifications link to it: its current step (the full page is part 2). */
export default function PilotModelPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, isLoading } = useQuery({
    queryKey: ['pilot-model', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/pilot-models/{id}', { params: { path: { id }, header: lang() } })),
  });
  if (isLoading) return <PageSpinner />;
  if (!data) return <ProblemAlert error={error} />;
  const model = data as unknown as Record<string, unknown>;
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('pilot.title')}: {String(model.title ?? model.name ?? id)}
      </Typography.Title>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('pilot.step')}>{String(model.currentStep ?? '—')}</Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>{String(model.status ?? '—')}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
