import { PlusOutlined } from '@ant-design/icons';
import type { Role } from '@jiandu/contracts/identity';
import { ADMIN_KINDS } from '@jiandu/contracts/permissions';
import { Alert, Button, Card, Col, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { usePermissions } from '../api/use-permissions.ts';
import { useRoles } from '../api/use-roles.ts';
import { RoleCard } from '../components/role-card.tsx';
import { RoleFormModal } from '../components/role-form-modal.tsx';
import { t } from '../locale.ts';

/** Administrator roles first (system, security, audit), then the other built-in roles, then custom ones. */
const rank = (r: Role) => (r.adminKind ? ADMIN_KINDS.indexOf(r.adminKind) : r.builtin ? 10 : 20);

/** 角色权限: every role with its permissions by module; custom business roles can be added, edited and deleted. */
export default function RolesPage() {
  const { can } = useSession();
  const roles = useRoles();
  const permissions = usePermissions();
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  const editable = can('role.write');
  const catalogue = permissions.data ?? [];
  const sorted = [...(roles.data ?? [])].sort((a, b) => rank(a) - rank(b));
  const error = roles.error ?? permissions.error;
  return (
    <Card
      title={t('title')}
      extra={
        editable ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('create')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={problemText(error)} style={{ marginBottom: 12 }} /> : null}
      <Spin spinning={roles.isLoading || permissions.isLoading}>
        <Row gutter={[16, 16]}>
          {sorted.map((role) => (
            <Col key={role.id} xs={24} lg={12} xxl={8}>
              <RoleCard role={role} catalogue={catalogue} editable={editable} onEdit={setEditing} />
            </Col>
          ))}
        </Row>
      </Spin>
      {editing ? (
        <RoleFormModal
          role={editing === 'new' ? null : editing}
          catalogue={catalogue}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
