import type { Org } from '@jiandu/contracts/orgs';
import { App, Button, Popconfirm, Space } from 'antd';
import { problemText } from '../../../lib/problem.ts';
import { useSetOrgStatus } from '../api/use-set-org-status.ts';
import { t } from '../locale.ts';

interface Props {
  org: Org;
  onEdit: (org: Org) => void;
  onMove: (org: Org) => void;
}

/** Edit, move and disable/enable for one row; the server refuses what the user's scope does not allow. */
export function OrgRowActions({ org, onEdit, onMove }: Props) {
  const { message } = App.useApp();
  const setStatus = useSetOrgStatus();
  const disabling = org.status === 'active';
  const toggle = () =>
    setStatus.mutateAsync({ id: org.id, status: disabling ? 'disabled' : 'active' }).then(
      () => {
        message.success(disabling ? t('disabledDone') : t('enabledDone'));
      },
      (e: unknown) => message.error(problemText(e)),
    );
  return (
    <Space size={0} wrap={false}>
      <Button type="link" size="small" onClick={() => onEdit(org)}>
        {t('edit')}
      </Button>
      <Button type="link" size="small" onClick={() => onMove(org)}>
        {t('move')}
      </Button>
      <Popconfirm
        title={disabling ? t('disableConfirm', { name: org.name }) : t('enableConfirm', { name: org.name })}
        okText={disabling ? t('disable') : t('enable')}
        cancelText={t('cancel')}
        okButtonProps={{ danger: disabling }}
        onConfirm={() => {
          void toggle();
        }}
      >
        <Button type="link" size="small" danger={disabling} loading={setStatus.isPending}>
          {disabling ? t('disable') : t('enable')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
