import type { User } from '@jiandu/contracts/identity';
import { Alert, Card } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useUsers } from '../api/use-users.ts';
import { RoleAssignmentDrawer } from '../components/role-assignment-drawer.tsx';
import { type TemporaryPassword, TemporaryPasswordModal } from '../components/temporary-password-modal.tsx';
import { UserActions } from '../components/user-actions.tsx';
import { UserFormModal } from '../components/user-form-modal.tsx';
import { UsersTable } from '../components/users-table.tsx';
import { UsersToolbar } from '../components/users-toolbar.tsx';
import { useListParams } from '../list-params.ts';
import { t } from '../locale.ts';

/** 用户管理: the accounts in the viewer's data scope, their upkeep and their roles. */
export default function UsersPage() {
  const { can } = useSession();
  const [params, setParams] = useListParams();
  const users = useUsers(params);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [assigning, setAssigning] = useState<User | null>(null);
  const [temporary, setTemporary] = useState<TemporaryPassword | null>(null);
  const orgLabel = users.data?.items.find((u) => u.orgId === params.orgId)?.orgName;
  return (
    <Card title={t('title')}>
      <UsersToolbar
        params={params}
        orgLabel={orgLabel}
        onParams={setParams}
        onCreate={() => setEditing('new')}
      />
      {users.error ? (
        <Alert type="error" showIcon title={problemText(users.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <UsersTable
        data={users.data}
        loading={users.isFetching}
        params={params}
        onParams={setParams}
        showActions={can('user.write') || can('role.assign')}
        actions={(user) => (
          <UserActions
            user={user}
            onEdit={setEditing}
            onAssign={setAssigning}
            onTemporaryPassword={(username, password) => setTemporary({ username, password, created: false })}
          />
        )}
      />
      {editing ? (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onCreated={(username, password) => {
            setEditing(null);
            setTemporary({ username, password, created: true });
          }}
        />
      ) : null}
      {assigning ? <RoleAssignmentDrawer user={assigning} onClose={() => setAssigning(null)} /> : null}
      {temporary ? <TemporaryPasswordModal value={temporary} onClose={() => setTemporary(null)} /> : null}
    </Card>
  );
}
