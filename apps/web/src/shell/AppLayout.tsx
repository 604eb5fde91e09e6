import { LogoutOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { LanguageSwitch } from './LanguageSwitch';
import { navItemsFor } from './navigation';
import { NotificationBell } from './NotificationBell';

/** The frame of every signed-in page: who is signed in, the bell, the language, the role's areas. */
export default function AppLayout() {
  const { t, i18n } = useTranslation();
  const { me, logout } = useAuth();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const roles = me?.roles ?? [];
  const items = navItemsFor(roles.map((role) => role.code));
  const selected = items
    .map((item) => item.path)
    .filter((path) => location.pathname === path || location.pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];
  const unit = me?.department?.name[language] ?? me?.enterprise?.name;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <Layout.Header style={{ background: '#fff', padding: '0 16px', height: 'auto', lineHeight: 1.4, borderBottom: '1px solid #e5e5e5' }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8, padding: '8px 0' }}>
          <Link to="/" style={{ fontWeight: 600, fontSize: 16, color: '#0b5cad' }}>
            {t('app.name')}
          </Link>
          <Space wrap size="small">
            <div data-testid="current-user" style={{ textAlign: 'right' }}>
              <Typography.Text strong>{me?.user.displayName}</Typography.Text>{' '}
              {roles.map((role) => (
                <Tag key={role.code} color="blue">
                  {role.label[language]}
                </Tag>
              ))}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[unit, me?.province?.name[language]].filter(Boolean).join(' · ')}
                </Typography.Text>
              </div>
            </div>
            <NotificationBell />
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
              {screens.sm ? t('shell.logout') : <span className="visually-hidden">{t('shell.logout')}</span>}
            </Button>
          </Space>
        </div>
        <nav aria-label={t('shell.menu')}>
          <Menu
            mode="horizontal"
            selectedKeys={selected ? [selected] : []}
            items={items.map((item) => ({ key: item.path, label: <Link to={item.path}>{t(item.labelKey)}</Link> }))}
            style={{ borderBottom: 'none' }}
          />
        </nav>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} style={{ padding: screens.md ? 24 : 12, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
