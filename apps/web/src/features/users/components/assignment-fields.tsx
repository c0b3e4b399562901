import { DeleteOutlined } from '@ant-design/icons';
import type { Role } from '@jiandu/contracts/identity';
import { SCOPE_KINDS, type ScopeKind } from '@jiandu/contracts/permissions';
import { Button, Card, Col, Form, type FormListFieldData, Row, Select, Tag } from 'antd';
import { t } from '../locale.ts';
import { type KnownOrg, OrgSelect } from './org-select.tsx';
import { RegionSelect } from './region-select.tsx';

/** One assignment as the drawer's form holds it. */
export interface AssignmentValues {
  roleId?: string;
  scopeKind: ScopeKind;
  scopeOrgId?: string | null;
  scopeRegionCode?: string | null;
}

interface Props {
  field: FormListFieldData;
  index: number;
  roles: Role[];
  knownOrgs: KnownOrg[];
  onRemove: () => void;
}

/** One row of the role assignment drawer: the role, how far it reaches, and the org or region it reaches from. */
export function AssignmentFields({ field, index, roles, knownOrgs, onRemove }: Props) {
  const form = Form.useFormInstance<{ assignments: AssignmentValues[] }>();
  const all = Form.useWatch('assignments', form) ?? [];
  const row = all[field.name];
  const role = roles.find((r) => r.id === row?.roleId);
  const taken = new Set(all.filter((_, i) => i !== field.name).map((a) => a?.roleId));
  const option = (r: Role) => ({
    value: r.id,
    name: r.name,
    disabled: taken.has(r.id),
    label: r.adminKind ? (
      <span>
        {r.name} <Tag color="red">{t('adminRole')}</Tag>
      </span>
    ) : (
      r.name
    ),
  });
  const options = [
    { label: t('adminRoles'), options: roles.filter((r) => r.adminKind).map(option) },
    { label: t('businessRoles'), options: roles.filter((r) => !r.adminKind).map(option) },
  ];
  const scope = row?.scopeKind;
  return (
    <Card
      size="small"
      title={t('assignment', { n: index + 1 })}
      extra={
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('removeLabel', { n: index + 1 })}
          onClick={onRemove}
        >
          {t('remove')}
        </Button>
      }
    >
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('role')}
            name={[field.name, 'roleId']}
            rules={[{ required: true, message: t('roleRequired') }]}
          >
            <Select
              placeholder={t('rolePlaceholder')}
              options={options}
              showSearch={{ optionFilterProp: 'name' }}
              onChange={(roleId: string) => {
                if (roles.find((r) => r.id === roleId)?.adminKind)
                  form.setFieldValue(['assignments', field.name, 'scopeKind'], 'all');
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('scopeKind')}
            name={[field.name, 'scopeKind']}
            extra={role?.adminKind ? t('assignAdminScope') : undefined}
          >
            <Select
              disabled={!!role?.adminKind}
              options={SCOPE_KINDS.map((kind) => ({ value: kind, label: t(`scope_${kind}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          {scope === 'own_org' || scope === 'org_subtree' ? (
            <Form.Item label={t('scopeOrg')} name={[field.name, 'scopeOrgId']}>
              <OrgSelect known={knownOrgs} allowClear placeholder={t('scopeOrgDefault')} />
            </Form.Item>
          ) : null}
          {scope === 'region_subtree' ? (
            <Form.Item
              label={t('scopeRegion')}
              name={[field.name, 'scopeRegionCode']}
              rules={[{ required: true, message: t('regionRequired') }]}
            >
              <RegionSelect />
            </Form.Item>
          ) : null}
        </Col>
      </Row>
    </Card>
  );
}
