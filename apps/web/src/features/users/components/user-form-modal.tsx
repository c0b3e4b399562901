import { isValidResidentId } from '@jiandu/contracts/codes';
import { type User, UserCreateSchema } from '@jiandu/contracts/identity';
import { App, Form, Input, Modal } from 'antd';
import { problemText, showFieldErrors } from '../../../lib/problem.ts';
import { useCreateUser } from '../api/use-create-user.ts';
import { type UserUpdateInput, useUpdateUser } from '../api/use-update-user.ts';
import { t } from '../locale.ts';
import { OrgSelect } from './org-select.tsx';

interface Values {
  username: string;
  displayName: string;
  orgId: string;
  idNumber?: string;
  phone?: string;
}

interface Props {
  /** The account to edit, or null to create one. */
  user: User | null;
  onClose: () => void;
  onCreated: (username: string, temporaryPassword: string) => void;
}

const isMasked = (value: string | null) => !!value && value.includes('*');
const clean = (value: string | undefined) => value?.trim().toUpperCase() || null;

/**
 * A personal-data field the viewer sees masked cannot be shown for editing; it starts empty and is
 * only sent when something is typed. Unmasked values are sent when changed (empty clears them).
 */
function personalChange(before: string | null, typed: string | undefined): string | null | undefined {
  const after = clean(typed);
  if (isMasked(before)) return after ?? undefined;
  return after === (before ?? null) ? undefined : after;
}

const usernameRule = {
  validator: (_: unknown, value: string | undefined) => {
    const result = UserCreateSchema.shape.username.safeParse(value ?? '');
    return result.success ? Promise.resolve() : Promise.reject(new Error(result.error.issues[0]?.message));
  },
};
const idRule = {
  validator: (_: unknown, value: string | undefined) =>
    !value?.trim() || isValidResidentId(value.trim().toUpperCase())
      ? Promise.resolve()
      : Promise.reject(new Error(t('idInvalid'))),
};
const phoneRule = { pattern: /^\s*1\d{10}\s*$/, message: t('phoneInvalid') };

/** Creates an account (then shows its temporary password) or edits one. */
export function UserFormModal({ user, onClose, onCreated }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const create = useCreateUser();
  const update = useUpdateUser();
  const onFinish = async (values: Values) => {
    try {
      if (!user) {
        const result = await create.mutateAsync({
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          orgId: values.orgId,
          idNumber: clean(values.idNumber),
          phone: clean(values.phone),
        });
        onCreated(result.user.username, result.temporaryPassword);
        return;
      }
      const changes: UserUpdateInput = {
        displayName: values.displayName.trim(),
        orgId: values.orgId,
        idNumber: personalChange(user.idNumber, values.idNumber),
        phone: personalChange(user.phone, values.phone),
      };
      await update.mutateAsync({ id: user.id, changes });
      message.success(t('saved'));
      onClose();
    } catch (error) {
      if (!showFieldErrors(form, error)) message.error(problemText(error));
    }
  };
  return (
    <Modal
      open
      title={user ? t('editTitle', { name: user.displayName }) : t('createTitle')}
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
          displayName: user?.displayName,
          orgId: user?.orgId,
          idNumber: user && !isMasked(user.idNumber) ? (user.idNumber ?? '') : '',
          phone: user && !isMasked(user.phone) ? (user.phone ?? '') : '',
        }}
      >
        {user ? null : (
          <Form.Item
            label={t('username')}
            name="username"
            extra={t('usernameHint')}
            rules={[usernameRule]}
            required
          >
            <Input autoComplete="off" maxLength={32} />
          </Form.Item>
        )}
        <Form.Item
          label={t('displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, message: t('required', { field: t('displayName') }) }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label={t('org')} name="orgId" rules={[{ required: true, message: t('orgRequired') }]}>
          <OrgSelect known={user ? [{ value: user.orgId, label: user.orgName }] : []} />
        </Form.Item>
        <Form.Item
          label={t('idNumber')}
          name="idNumber"
          rules={[idRule]}
          extra={
            user && isMasked(user.idNumber) ? t('maskedHint', { value: user.idNumber ?? '' }) : undefined
          }
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('phone')}
          name="phone"
          rules={[phoneRule]}
          extra={user && isMasked(user.phone) ? t('maskedHint', { value: user.phone ?? '' }) : undefined}
        >
          <Input maxLength={11} inputMode="numeric" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
