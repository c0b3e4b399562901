import { LockOutlined } from '@ant-design/icons';
import { ADMIN_ONLY_PERMISSIONS } from '@jiandu/contracts/permissions';
import { Checkbox, Col, Flex, Row, Tooltip, Typography } from 'antd';
import { t } from '../locale.ts';
import { groupPermissions, type PermissionEntry } from '../permission-groups.ts';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  catalogue: readonly PermissionEntry[];
}

const adminOnly = new Set<string>(ADMIN_ONLY_PERMISSIONS);

/**
 * Checkboxes of every permission, grouped by module. Administrator-only permissions are listed so the
 * whole catalogue is visible, but cannot be ticked: business roles never hold them (三员分立).
 */
export function PermissionGrid({ id, value = [], onChange, catalogue }: Props) {
  return (
    <Checkbox.Group value={value} onChange={(next) => onChange?.(next as string[])} style={{ width: '100%' }}>
      <Flex id={id} role="group" aria-label={t('permissions')} vertical gap={12} style={{ width: '100%' }}>
        {groupPermissions(catalogue).map((group) => (
          <fieldset
            key={group.module}
            style={{ border: '1px solid #e8ebf0', borderRadius: 4, padding: '8px 12px', margin: 0 }}
          >
            <legend style={{ fontSize: 13, padding: '0 4px', width: 'auto', margin: 0, border: 0 }}>
              <Typography.Text strong>{group.label}</Typography.Text>
            </legend>
            <Row gutter={[8, 4]}>
              {group.items.map((p) => {
                const locked = adminOnly.has(p.code);
                const box = (
                  <Checkbox value={p.code} disabled={locked}>
                    {p.label}
                    {locked ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 4 }}>
                        <LockOutlined aria-hidden /> {t('adminOnly')}
                      </Typography.Text>
                    ) : null}
                  </Checkbox>
                );
                return (
                  <Col key={p.code} xs={24} sm={12}>
                    {locked ? <Tooltip title={t('adminOnlyTip')}>{box}</Tooltip> : box}
                  </Col>
                );
              })}
            </Row>
          </fieldset>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
