import { Descriptions, Flex, Tag, Typography } from 'antd';
import { t } from '../locale.ts';
import { groupPermissions, type PermissionEntry } from '../permission-groups.ts';

interface Props {
  codes: readonly string[];
  catalogue: readonly PermissionEntry[];
}

/** A role's permissions, grouped by module, with their Chinese labels. */
export function GroupedPermissions({ codes, catalogue }: Props) {
  if (!codes.length) return <Typography.Text type="secondary">{t('noPermissions')}</Typography.Text>;
  const held = new Set(codes);
  const known = catalogue.filter((p) => held.has(p.code));
  const unknown = codes
    .filter((c) => !catalogue.some((p) => p.code === c))
    .map((code) => ({ code, label: code }));
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { width: 120, whiteSpace: 'nowrap' } }}
      items={groupPermissions([...known, ...unknown]).map((group) => ({
        key: group.module,
        label: group.label,
        children: (
          <Flex wrap gap={4}>
            {group.items.map((p) => (
              <Tag key={p.code} title={p.code} style={{ marginInlineEnd: 0 }}>
                {p.label}
              </Tag>
            ))}
          </Flex>
        ),
      }))}
    />
  );
}
