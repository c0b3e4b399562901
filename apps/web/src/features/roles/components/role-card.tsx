import { LockOutlined } from '@ant-design/icons';
import type { Role } from '@jiandu/contracts/identity';
import { App, Button, Card, Flex, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { problemText } from '../../../lib/problem.ts';
import { useDeleteRole } from '../api/use-delete-role.ts';
import { t } from '../locale.ts';
import type { PermissionEntry } from '../permission-groups.ts';
import { GroupedPermissions } from './grouped-permissions.tsx';

interface Props {
  role: Role;
  catalogue: PermissionEntry[];
  editable: boolean;
  onEdit: (role: Role) => void;
}

/** One role: what kind it is, what it may do, and (for custom roles) edit and delete. */
export function RoleCard({ role, catalogue, editable, onEdit }: Props) {
  const { message } = App.useApp();
  const remove = useDeleteRole();
  const actions =
    role.builtin || !editable ? (
      role.builtin ? (
        <Tooltip title={t('builtinLocked')}>
          <LockOutlined aria-label={t('builtinLocked')} style={{ color: '#8c8c8c' }} />
        </Tooltip>
      ) : null
    ) : (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => onEdit(role)}>
          {t('edit')}
        </Button>
        <Popconfirm
          title={t('deleteConfirm', { name: role.name })}
          okText={t('ok')}
          cancelText={t('cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            remove.mutateAsync(role.id).then(
              () => {
                message.success(t('deleted'));
              },
              (e: unknown) => message.error(problemText(e)),
            )
          }
        >
          <Button type="link" size="small" danger>
            {t('delete')}
          </Button>
        </Popconfirm>
      </Space>
    );
  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      title={
        <Flex wrap gap={6} align="center">
          <span>{role.name}</span>
          {role.adminKind ? <Tag color="red">{t(`admin_${role.adminKind}`)}</Tag> : null}
          <Tag color={role.builtin ? 'default' : 'blue'}>{t(role.builtin ? 'builtin' : 'custom')}</Tag>
        </Flex>
      }
      extra={actions}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t('code')}: <Typography.Text code>{role.code}</Typography.Text>
        </Typography.Text>
        {role.description ? (
          <Typography.Paragraph style={{ margin: 0 }}>{role.description}</Typography.Paragraph>
        ) : null}
        {role.adminKind ? (
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('adminFixed')}
          </Typography.Text>
        ) : null}
        <GroupedPermissions codes={role.permissions} catalogue={catalogue} />
      </Flex>
    </Card>
  );
}
