import { type Role, RoleInputSchema } from '@jiandu/contracts/identity';
import { App, Form, Input, Modal } from 'antd';
import { problemText, showFieldErrors } from '../../../lib/problem.ts';
import { useCreateRole } from '../api/use-create-role.ts';
import { useUpdateRole } from '../api/use-update-role.ts';
import { t } from '../locale.ts';
import type { PermissionEntry } from '../permission-groups.ts';
import { PermissionGrid } from './permission-grid.tsx';

interface Values {
  code: string;
  name: string;
  description?: string;
  permissions: string[];
}

const codeRule = {
  validator: (_: unknown, value: string | undefined) => {
    const result = RoleInputSchema.shape.code.safeParse(value ?? '');
    return result.success ? Promise.resolve() : Promise.reject(new Error(result.error.issues[0]?.message));
  },
};

/** Creates a custom business role or edits one: name, description and a checkbox grid of permissions. */
export function RoleFormModal({
  role,
  catalogue,
  onClose,
}: {
  role: Role | null;
  catalogue: PermissionEntry[];
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateRole();
  const update = useUpdateRole();
  const onFinish = async (values: Values) => {
    const input = {
      name: values.name.trim(),
      description: values.description?.trim() ?? '',
      permissions: values.permissions ?? [],
    };
    try {
      if (role) await update.mutateAsync({ id: role.id, input });
      else await create.mutateAsync({ ...input, code: values.code.trim() });
      message.success(t('saved'));
      onClose();
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(problemText(error));
    }
  };
  return (
    <Modal
      open
      width={760}
      title={role ? t('editTitle', { name: role.name }) : t('createTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          name: role?.name,
          description: role?.description,
          permissions: role?.permissions ?? [],
        }}
      >
        {role ? null : (
          <Form.Item label={t('code')} name="code" extra={t('codeHint')} rules={[codeRule]} required>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          label={t('name')}
          name="name"
          rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('description')} name="description">
          <Input.TextArea maxLength={200} rows={2} showCount />
        </Form.Item>
        <Form.Item label={t('permissions')} name="permissions">
          <PermissionGrid catalogue={catalogue} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
