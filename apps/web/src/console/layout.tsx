import {
  BankOutlined,
  GlobalOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Popover, Space, Spin, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { NotificationBell } from '../features/notifications/components/notification-bell.tsx';
import { currentLocale, switchLocale } from '../lib/i18n.ts';
import { t } from '../locales/shell.ts';
import { ErrorBoundary } from './errors.tsx';
import { IdleWatcher } from './idle-watcher.tsx';
import { PAGES } from './nav.tsx';
import { useSession } from './session.tsx';

const ADMIN_LABEL = { system: '系统管理员', security: '安全管理员', audit: '审计管理员' } as const;

/** The console frame: a menu of the pages the user may open, and who and where they are, always visible. */
export function ConsoleLayout() {
  const { session, can, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const locale = currentLocale();
  const visible = PAGES.filter((p) => p.permission === null || can(p.permission));
  const selected = location.pathname.split('/')[1] ?? '';
  const groups = [
    { key: 'work', label: locale === 'en' ? 'Work' : '业务' },
    { key: 'admin', label: locale === 'en' ? 'Administration' : '系统管理' },
  ];
  const items = groups
    .map((g) => ({
      type: 'group' as const,
      key: g.key,
      label: g.label,
      children: visible
        .filter((p) => p.group === g.key)
        .map((p) => ({ key: p.path, icon: p.icon, label: p.label[locale] })),
    }))
    .filter((g) => g.children.length > 0);
  const scopes = session?.scopes ?? [];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={216} breakpoint="lg" collapsedWidth={0} theme="light" className="console-sider">
        <div className="console-logo">
          <SafetyCertificateOutlined aria-hidden style={{ color: '#b71c1c', fontSize: 22 }} />
          <span>{t('appShort')}</span>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[selected]}
          items={items}
          onClick={({ key }) => navigate(`/${key}`)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="console-header">
          <Typography.Text strong className="console-title">
            {t('appName')}
          </Typography.Text>
          <Space size="middle">
            <NotificationBell />
            <Popover
              title={t('myScope')}
              content={
                <ul className="scope-list">
                  {scopes.length ? scopes.map((s) => <li key={s.permission}>{s.label}</li>) : <li>—</li>}
                </ul>
              }
            >
              <Space className="console-org" data-testid="current-org">
                <BankOutlined aria-hidden />
                <span className="console-org-name">{session?.user.orgName}</span>
                {session?.user.adminKind ? (
                  <Tag color="red">{ADMIN_LABEL[session.user.adminKind]}</Tag>
                ) : null}
              </Space>
            </Popover>
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'lang',
                    icon: <GlobalOutlined />,
                    label: t('language'),
                    onClick: () => switchLocale(locale === 'en' ? 'zh-CN' : 'en'),
                  },
                  {
                    key: 'logout',
                    icon: <LogoutOutlined />,
                    label: t('signOut'),
                    onClick: () => void signOut().then(() => navigate('/')),
                  },
                ],
              }}
            >
              <Button
                type="text"
                icon={<UserOutlined />}
                data-testid="user-menu"
                aria-label={`${session?.user.displayName} (${session?.user.username})`}
              >
                <span className="hide-small">
                  {session?.user.displayName} ({session?.user.username})
                </span>
              </Button>
            </Dropdown>
          </Space>
        </Layout.Header>
        <Layout.Content className="console-content">
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<Spin tip={t('loading')} style={{ marginTop: 80, width: '100%' }} />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
      <IdleWatcher />
    </Layout>
  );
}
