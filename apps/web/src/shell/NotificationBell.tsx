import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../common/format';
import { linkPath, useMarkRead, useNotifications } from './useNotifications';

/** The unread count, and the latest notifications: opening one marks it read and goes to its page. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data } = useNotifications();
  const markRead = useMarkRead();
  const unread = data?.unreadCount ?? 0;

  const content = (
    <div style={{ width: 'min(360px, 90vw)' }}>
      <List
        size="small"
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('shell.noNotifications') }}
        renderItem={(item) => (
          <List.Item
            style={{ cursor: 'pointer', background: item.read ? undefined : '#e6f4ff' }}
            onClick={() => {
              if (!item.read) markRead.mutate(item.id);
              const path = linkPath(item.link);
              setOpen(false);
              if (path) void navigate(path);
            }}
          >
            <List.Item.Meta
              title={<span data-testid="notification-title">{item.title}</span>}
              description={
                <>
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }}>
                    {item.body}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(item.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      <Link to="/notifications" onClick={() => setOpen(false)}>
        {t('shell.allNotifications')}
      </Link>
    </div>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight" title={t('shell.notifications')}>
      <Button aria-label={`${t('shell.notifications')}: ${t('shell.unread', { count: unread })}`} type="text">
        <Badge count={unread} size="small" data-testid="unread-count">
          <BellOutlined style={{ fontSize: 20 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
