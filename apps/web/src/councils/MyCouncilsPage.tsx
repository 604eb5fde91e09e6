import { useQuery } from '@tanstack/react-query';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, authorizedFetch, lang } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { useAuth } from '../auth/AuthContext';
import { formatDate } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';

type Council = components['schemas']['CouncilView'];

/** "Hội đồng của tôi": the open councils the member sits on (or the secretary convened). */
export default function MyCouncilsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const councils = useQuery({
    queryKey: ['councils', 'mine'],
    queryFn: async (): Promise<Council[]> => {
      // GET /councils?status=open is being added to the API; until then, the councils on the user's record.
      const listed = await authorizedFetch('/api/v1/councils?status=open');
      if (listed.ok) return ((await listed.json()) as { items: Council[] }).items;
      return Promise.all((me?.councils ?? []).map(async ({ id }) => unwrap(await api.GET('/api/v1/councils/{id}', { params: { path: { id }, header: lang() } }))));
    },
  });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('councils.title')}
      </Typography.Title>
      <ProblemAlert error={councils.error} />
      <List
        loading={councils.isLoading}
        dataSource={councils.data ?? []}
        locale={{ emptyText: t('councils.empty') }}
        renderItem={(council) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={`/councils/${council.id}`}>{council.kindLabel}</Link>}
              description={
                <>
                  <Tag color={council.status === 'closed' ? 'default' : 'success'}>{t(`councils.status.${council.status}`)}</Tag>
                  {t('councils.meetingDate')}: {formatDate(council.meetingDate)}
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
