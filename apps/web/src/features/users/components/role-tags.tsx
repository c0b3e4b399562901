import type { User } from '@jiandu/contracts/identity';
import { Flex, Tag, Typography } from 'antd';
import { useRegion } from '../api/use-region.ts';
import { t } from '../locale.ts';

type Grant = User['roles'][number];

/** A scope label; the server names region scopes by code only, so the region's name is looked up here. */
function ScopeLabel({ grant }: { grant: Grant }) {
  const region = useRegion(grant.scopeKind === 'region_subtree' ? grant.scopeRegionCode : null);
  if (grant.scopeKind !== 'region_subtree' || !region.data) return <>{grant.scopeLabel}</>;
  return (
    <>
      {t('scope_region_subtree')}: {region.data.fullName}
    </>
  );
}

/** The roles an account holds, each with the reach of its data scope; administrator roles in red. */
export function RoleTags({ roles }: { roles: User['roles'] }) {
  if (!roles.length) return <Typography.Text type="secondary">{t('noRole')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {roles.map((r) => (
        <Tag
          key={r.roleId}
          color={r.adminKind ? 'red' : 'blue'}
          style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
        >
          {r.roleName} · <ScopeLabel grant={r} />
        </Tag>
      ))}
    </Flex>
  );
}
