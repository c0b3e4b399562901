import type { Org } from '@jiandu/contracts/orgs';
import { App, Form, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/form-modal.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useMoveOrg } from '../api/use-move-org.ts';
import { t } from '../locale.ts';
import { OrgTreeSelect } from './org-tree-select.tsx';

interface Props {
  org: Org;
  onClose: () => void;
}

/** Moves an org, with everything under it, below a new parent chosen from the tree. */
export function MoveOrgModal({ org, onClose }: Props) {
  const [form] = Form.useForm<{ parentId: string }>();
  const { message } = App.useApp();
  const move = useMoveOrg();
  const [error, setError] = useState<string | null>(null);

  const onFinish = async ({ parentId }: { parentId: string }) => {
    setError(null);
    try {
      await move.mutateAsync({ id: org.id, parentId });
      message.success(t('moved'));
      onClose();
    } catch (e) {
      setError(problemText(e));
    }
  };

  return (
    <FormModal
      form={form}
      error={error}
      title={t('moveTitle', { name: org.name })}
      okText={t('move')}
      cancelText={t('cancel')}
      confirmLoading={move.isPending}
      onClose={onClose}
      intro={<Typography.Paragraph type="secondary">{t('moveHint')}</Typography.Paragraph>}
    >
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="parentId"
          label={t('newParent')}
          rules={[{ required: true, message: t('newParentRequired') }]}
        >
          <OrgTreeSelect excludeId={org.id} placeholder={t('orgSearch')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
