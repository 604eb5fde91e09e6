import { useQueries } from '@tanstack/react-query';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, lang } from '../api/client';
import { unwrap } from '../api/problem';
import { useAuth } from '../auth/AuthContext';
import { formatDate } from '../common/format';

/** "Hội đồng của tôi": the councils the member sits on (or the secretary convened). */
export default function MyCouncilsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const councils = useQueries({
    queries: (me?.councils ?? []).map(({ id }) => ({
      queryKey: ['council', id],
      queryFn: async () => unwrap(await api.GET('/api/v1/councils/{id}', { params: { path: { id }, header: lang() } })),
    })),
  });
  const items = councils.flatMap((query) => (query.data ? [query.data] : []));
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('councils.title')}
      </Typography.Title>
      <List
        loading={councils.some((query) => query.isLoading)}
        dataSource={items}
        locale={{ emptyText: t('councils.empty') }}
        renderItem={(council) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={`/councils/${council.id}`}>{council.kindLabel}</Link>}
              description={
                <>
                  <Tag color={council.status === 'closed' ? 'default' : 'green'}>{t(`councils.status.${council.status}`)}</Tag>
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
