import { PlusOutlined } from '@ant-design/icons';
import type { RoleAssignment, User } from '@jiandu/contracts/identity';
import { Alert, App, Button, Drawer, Empty, Flex, Form, Grid, Space } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useAssignRoles } from '../api/use-assign-roles.ts';
import { useRoles } from '../api/use-roles.ts';
import { t } from '../locale.ts';
import { AssignmentFields, type AssignmentValues } from './assignment-fields.tsx';
import type { KnownOrg } from './org-select.tsx';

/** The orgs the drawer can name without asking the server: the user's own and those already granted. */
function knownOrgsOf(user: User): KnownOrg[] {
  const granted = user.roles
    .filter((r) => r.scopeOrgId)
    .map((r) => ({
      value: r.scopeOrgId!,
      label: r.scopeLabel.split(': ').slice(1).join(': ') || r.scopeOrgId!,
    }));
  return [{ value: user.orgId, label: user.orgName }, ...granted];
}

function toAssignment(a: AssignmentValues): RoleAssignment {
  const byOrg = a.scopeKind === 'own_org' || a.scopeKind === 'org_subtree';
  return {
    roleId: a.roleId!,
    scopeKind: a.scopeKind,
    scopeOrgId: byOrg ? (a.scopeOrgId ?? null) : null,
    scopeRegionCode: a.scopeKind === 'region_subtree' ? (a.scopeRegionCode ?? null) : null,
  };
}

/** Replaces a user's roles and data scopes as a whole (security administrator). */
export function RoleAssignmentDrawer({ user, onClose }: { user: User; onClose: () => void }) {
  const [form] = Form.useForm<{ assignments: AssignmentValues[] }>();
  const { message } = App.useApp();
  const { can } = useSession();
  const roles = useRoles();
  const assign = useAssignRoles();
  const [refusal, setRefusal] = useState<string | null>(null);
  const screens = Grid.useBreakpoint();
  const knownOrgs = knownOrgsOf(user);
  const onFinish = async (values: { assignments?: AssignmentValues[] }) => {
    setRefusal(null);
    try {
      await assign.mutateAsync({ id: user.id, assignments: (values.assignments ?? []).map(toAssignment) });
      message.success(t('assigned'));
      onClose();
    } catch (error) {
      setRefusal(problemText(error));
    }
  };
  return (
    <Drawer
      open
      title={t('assignTitle', { name: `${user.displayName} (${user.username})` })}
      size={screens.md ? 760 : '100%'}
      onClose={onClose}
      mask={{ closable: false }}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={onClose}>{t('cancel')}</Button>
          <Button type="primary" loading={assign.isPending} onClick={() => form.submit()}>
            {t('save')}
          </Button>
        </Space>
      }
    >
      <Flex vertical gap={12}>
        <Alert type="info" showIcon title={t('assignHint')} />
        {can('org.read') ? null : <Alert type="warning" showIcon title={t('noOrgRead')} />}
        {refusal ? (
          <Alert type="error" showIcon title={refusal} role="alert" data-testid="assign-error" />
        ) : null}
        <Form
          form={form}
          layout="vertical"
          onFinish={onFinish}
          onValuesChange={() => setRefusal(null)}
          initialValues={{
            assignments: user.roles.map((r) => ({
              roleId: r.roleId,
              scopeKind: r.scopeKind,
              scopeOrgId: r.scopeOrgId,
              scopeRegionCode: r.scopeRegionCode,
            })),
          }}
        >
          <Form.List name="assignments">
            {(fields, { add, remove }) => (
              <Flex vertical gap={12}>
                {fields.length === 0 ? <Empty description={t('noAssignments')} /> : null}
                {fields.map((field, index) => (
                  <AssignmentFields
                    key={field.key}
                    field={field}
                    index={index}
                    roles={roles.data ?? []}
                    knownOrgs={knownOrgs}
                    onRemove={() => remove(field.name)}
                  />
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ scopeKind: 'org_subtree' })}
                  block
                >
                  {t('addAssignment')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form>
      </Flex>
    </Drawer>
  );
}
