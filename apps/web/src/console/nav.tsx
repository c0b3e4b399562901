import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BookOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  ClusterOutlined,
  ControlOutlined,
  DashboardOutlined,
  DesktopOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  KeyOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { Permission } from '@jiandu/contracts/permissions';
import type { ComponentType, ReactNode } from 'react';
import { lazy } from 'react';

/** One console page: where it lives, who may open it, how it shows in the menu, and its lazily loaded code. */
export interface ConsolePage {
  path: string;
  label: { 'zh-CN': string; en: string };
  icon: ReactNode;
  /** Needed to see the page; null = every signed-in user. */
  permission: Permission | null;
  /** Menu group. */
  group: 'work' | 'admin';
  component: ComponentType;
}

/**
 * Every console page, in menu order. Each feature's code is its own chunk, loaded when the page is
 * first opened, so the console does not ship everything up front.
 */
export const PAGES: ConsolePage[] = [
  {
    path: '',
    label: { 'zh-CN': '工作台', en: 'Workbench' },
    icon: <DashboardOutlined />,
    permission: null,
    group: 'work',
    component: lazy(() => import('../features/workbench/pages/workbench-page.tsx')),
  },
  {
    path: 'orgs',
    label: { 'zh-CN': '组织机构', en: 'Organisations' },
    icon: <ApartmentOutlined />,
    permission: 'org.read',
    group: 'admin',
    component: lazy(() => import('../features/orgs/pages/orgs-page.tsx')),
  },
  {
    path: 'users',
    label: { 'zh-CN': '用户管理', en: 'Users' },
    icon: <TeamOutlined />,
    permission: 'user.read',
    group: 'admin',
    component: lazy(() => import('../features/users/pages/users-page.tsx')),
  },
  {
    path: 'roles',
    label: { 'zh-CN': '角色权限', en: 'Roles' },
    icon: <KeyOutlined />,
    permission: 'role.read',
    group: 'admin',
    component: lazy(() => import('../features/roles/pages/roles-page.tsx')),
  },
  {
    path: 'security-policy',
    label: { 'zh-CN': '安全策略', en: 'Security policy' },
    icon: <SafetyOutlined />,
    permission: 'policy.read',
    group: 'admin',
    component: lazy(() => import('../features/roles/pages/policy-page.tsx')),
  },
  {
    path: 'audit',
    label: { 'zh-CN': '审计日志', en: 'Audit trail' },
    icon: <AuditOutlined />,
    permission: 'audit.read',
    group: 'admin',
    component: lazy(() => import('../features/audit/pages/audit-page.tsx')),
  },
  {
    path: 'calendar',
    label: { 'zh-CN': '工作日历', en: 'Calendar' },
    icon: <CalendarOutlined />,
    permission: null,
    group: 'admin',
    component: lazy(() => import('../features/calendar/pages/calendar-page.tsx')),
  },
  {
    path: 'sources',
    label: { 'zh-CN': '数据来源系统', en: 'Source systems' },
    icon: <ClusterOutlined />,
    permission: 'source.read',
    group: 'admin',
    component: lazy(() => import('../features/sources/pages/sources-page.tsx')),
  },
  {
    path: 'jobs',
    label: { 'zh-CN': '后台任务', en: 'Background jobs' },
    icon: <ScheduleOutlined />,
    permission: 'job.read',
    group: 'admin',
    component: lazy(() => import('../features/jobs/pages/jobs-page.tsx')),
  },
  {
    path: 'sessions',
    label: { 'zh-CN': '我的会话', en: 'My sessions' },
    icon: <DesktopOutlined />,
    permission: null,
    group: 'work',
    component: lazy(() => import('../features/workbench/pages/sessions-page.tsx')),
  },
  {
    path: 'agencies',
    label: { 'zh-CN': '执法主体', en: 'Enforcement agencies' },
    icon: <BankOutlined />,
    permission: 'agency.read',
    group: 'work',
    component: lazy(() => import('../features/agencies/pages/agencies-page.tsx')),
  },
  {
    path: 'officers',
    label: { 'zh-CN': '执法人员', en: 'Officers' },
    icon: <IdcardOutlined />,
    permission: 'officer.read',
    group: 'work',
    component: lazy(() => import('../features/officers/pages/officers-page.tsx')),
  },
  {
    path: 'certificates',
    label: { 'zh-CN': '执法证件', en: 'Certificates' },
    icon: <SafetyCertificateOutlined />,
    permission: 'officer.read',
    group: 'work',
    component: lazy(() => import('../features/officers/pages/certificates-page.tsx')),
  },
  {
    path: 'staffing',
    label: { 'zh-CN': '人员配备', en: 'Staffing' },
    icon: <BarChartOutlined />,
    permission: 'officer.read',
    group: 'work',
    component: lazy(() => import('../features/officers/pages/staffing-page.tsx')),
  },
  {
    path: 'catalogue',
    label: { 'zh-CN': '执法事项目录', en: 'Item catalogue' },
    icon: <BookOutlined />,
    permission: 'item.read',
    group: 'work',
    component: lazy(() => import('../features/catalogue/pages/catalogue-page.tsx')),
  },
  {
    path: 'discretion',
    label: { 'zh-CN': '裁量计算', en: 'Benchmark evaluation' },
    icon: <CalculatorOutlined />,
    permission: 'item.read',
    group: 'work',
    component: lazy(() => import('../features/catalogue/pages/evaluate-page.tsx')),
  },
  {
    path: 'cases',
    label: { 'zh-CN': '执法案件', en: 'Enforcement cases' },
    icon: <FileSearchOutlined />,
    permission: 'case.read',
    group: 'work',
    component: lazy(() => import('../features/cases/pages/cases-page.tsx')),
  },
  {
    path: 'publication-periods',
    label: { 'zh-CN': '公示期限', en: 'Publication periods' },
    icon: <NotificationOutlined />,
    permission: 'case.read',
    group: 'work',
    component: lazy(() => import('../features/cases/pages/publication-periods-page.tsx')),
  },
  {
    path: 'warnings',
    label: { 'zh-CN': '预警中心', en: 'Warning centre' },
    icon: <AlertOutlined />,
    permission: 'warning.read',
    group: 'work',
    component: lazy(() => import('../features/warnings/pages/warning-centre-page.tsx')),
  },
  {
    path: 'warning-rules',
    label: { 'zh-CN': '预警规则', en: 'Warning rules' },
    icon: <ControlOutlined />,
    permission: 'rule.configure',
    group: 'work',
    component: lazy(() => import('../features/warnings/pages/warning-rules-page.tsx')),
  },
  {
    path: 'people',
    label: { 'zh-CN': '监督人员库', en: 'Supervision pools' },
    icon: <SolutionOutlined />,
    permission: 'pool.read',
    group: 'work',
    component: lazy(() => import('../features/people/pages/people-page.tsx')),
  },
  {
    path: 'equipment',
    label: { 'zh-CN': '执法装备', en: 'Equipment' },
    icon: <ToolOutlined />,
    permission: 'equipment.read',
    group: 'work',
    component: lazy(() => import('../features/equipment/pages/equipment-page.tsx')),
  },
];
