import { DownOutlined } from '@ant-design/icons';
import type { User } from '@jiandu/contracts/identity';
import { App, Button, Dropdown, Popconfirm, Space, Tooltip } from 'antd';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useResetMfa } from '../api/use-reset-mfa.ts';
import { useResetPassword } from '../api/use-reset-password.ts';
import { useUnlockUser } from '../api/use-unlock-user.ts';
import { useUpdateUser } from '../api/use-update-user.ts';
import { t } from '../locale.ts';

interface Props {
  user: User;
  onEdit: (user: User) => void;
  onAssign: (user: User) => void;
  onTemporaryPassword: (username: string, password: string) => void;
}

/**
 * What may be done to one account. Account upkeep belongs to the system administrator (`user.write`),
 * role assignment to the security administrator (`role.assign`); each sees only their own buttons.
 */
export function UserActions({ user, onEdit, onAssign, onTemporaryPassword }: Props) {
  const { can, session } = useSession();
  const { message, modal } = App.useApp();
  const update = useUpdateUser();
  const reset = useResetPassword();
  const unlock = useUnlockUser();
  const resetMfa = useResetMfa();
  const self = session?.user.id === user.id;
  const name = user.displayName;
  const fail = (error: unknown) => message.error(problemText(error));

  const confirm = (content: string, run: () => Promise<unknown>) =>
    modal.confirm({
      title: name,
      content,
      okText: t('ok'),
      cancelText: t('cancel'),
      onOk: () => run().catch(fail),
    });

  const menu = [
    {
      key: 'reset-password',
      label: t('resetPassword'),
      onClick: () =>
        confirm(t('resetPasswordConfirm', { name }), async () => {
          const result = await reset.mutateAsync(user.id);
          onTemporaryPassword(user.username, result.temporaryPassword);
        }),
    },
    {
      key: 'unlock',
      label: t('unlock'),
      disabled: !user.locked,
      onClick: () =>
        unlock.mutateAsync(user.id).then(() => {
          message.success(t('unlocked'));
        }, fail),
    },
    {
      key: 'reset-mfa',
      label: t('resetMfa'),
      disabled: !user.mfaEnrolled,
      onClick: () =>
        confirm(t('resetMfaConfirm', { name }), () =>
          resetMfa.mutateAsync(user.id).then(() => {
            message.success(t('mfaReset'));
          }),
        ),
    },
  ];

  const disabling = user.status === 'active';
  const toggle = (
    <Popconfirm
      title={t(disabling ? 'disableConfirm' : 'enableConfirm', { name })}
      okText={t('ok')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: disabling }}
      onConfirm={() =>
        update
          .mutateAsync({ id: user.id, changes: { status: disabling ? 'disabled' : 'active' } })
          .then(() => {
            message.success(t('saved'));
          }, fail)
      }
      disabled={self && disabling}
    >
      <Button type="link" size="small" danger={disabling} disabled={self && disabling}>
        {t(disabling ? 'disable' : 'enable')}
      </Button>
    </Popconfirm>
  );

  return (
    <Space size={0} wrap={false}>
      {can('user.write') ? (
        <Button type="link" size="small" onClick={() => onEdit(user)}>
          {t('edit')}
        </Button>
      ) : null}
      {can('role.assign') ? (
        <Tooltip title={self ? t('assignSelf') : undefined}>
          <Button type="link" size="small" disabled={self} onClick={() => onAssign(user)}>
            {t('assign')}
          </Button>
        </Tooltip>
      ) : null}
      {can('user.write') ? (
        <>
          {self && disabling ? <Tooltip title={t('selfDisable')}>{toggle}</Tooltip> : toggle}
          <Dropdown menu={{ items: menu }} trigger={['click']}>
            <Button type="link" size="small" aria-label={`${t('more')}: ${name}`}>
              {t('more')} <DownOutlined aria-hidden />
            </Button>
          </Dropdown>
        </>
      ) : null}
    </Space>
  );
}
