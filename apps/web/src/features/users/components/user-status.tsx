import type { User } from '@jiandu/contracts/identity';
import { Flex, Tag, Typography } from 'antd';
import { t } from '../locale.ts';

/** An account's state: 正常 / 已锁定 / 停用, with hints about an unbound authenticator or a pending password change. */
export function UserStatus({ user }: { user: User }) {
  const tag =
    user.status === 'disabled' ? (
      <Tag>{t('disabled')}</Tag>
    ) : user.locked ? (
      <Tag color="orange">{t('locked')}</Tag>
    ) : (
      <Tag color="green">{t('active')}</Tag>
    );
  return (
    <Flex vertical gap={2} align="flex-start">
      {tag}
      {user.mfaEnrolled ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t('noMfa')}
        </Typography.Text>
      )}
      {user.mustChangePassword ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t('mustChange')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
