import { Button, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { linkPath, useMarkRead, useNotifications } from './useNotifications';

export default function NotificationsPage() {
  const { t } = useTranslation();
  const { data, error, isLoading } = useNotifications(100);
  const markRead = useMarkRead();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('notifications.title')}
      </Typography.Title>
      <ProblemAlert error={error} />
      <List
        loading={isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('shell.noNotifications') }}
        renderItem={(item) => {
          const path = linkPath(item.link);
          return (
            <List.Item
              actions={item.read ? [] : [<Button key="read" size="small" onClick={() => markRead.mutate(item.id)}>{t('notifications.markRead')}</Button>]}
            >
              <List.Item.Meta
                title={
                  <>
                    {path ? <Link to={path} onClick={() => !item.read && markRead.mutate(item.id)}>{item.title}</Link> : item.title}{' '}
                    <Tag color={item.read ? 'default' : 'blue'}>{item.read ? t('notifications.read') : t('notifications.unread')}</Tag>
                  </>
                }
                description={
                  <>
                    <div>{item.body}</div>
                    <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
    </>
  );
}
