import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Grid, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { useExportUsers } from '../api/use-export-users.ts';
import type { UserListParams } from '../api/use-users.ts';
import { t } from '../locale.ts';
import { OrgSelect } from './org-select.tsx';

interface Props {
  params: UserListParams;
  /** The name of the org filtered by, once a row shows it (the address only keeps the id). */
  orgLabel?: string | undefined;
  onParams: (changes: Partial<UserListParams>) => void;
  onCreate: () => void;
}

/** Filters (keyword, org, status) and the list's buttons: new user, export. */
export function UsersToolbar({ params, orgLabel, onParams, onCreate }: Props) {
  const { can } = useSession();
  const { message } = App.useApp();
  const exporting = useExportUsers();
  const narrow = !Grid.useBreakpoint().sm;
  const width = (wide: number) => ({ width: narrow ? '100%' : wide });
  const [q, setQ] = useState(params.q ?? '');
  useEffect(() => setQ(params.q ?? ''), [params.q]);
  return (
    <div className="page-toolbar">
      <Input.Search
        aria-label={t('searchLabel')}
        placeholder={t('search')}
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => onParams({ q: value.trim() || undefined, page: 1 })}
        style={width(220)}
      />
      {can('org.read') ? (
        <OrgSelect
          aria-label={t('orgFilter')}
          placeholder={t('orgFilter')}
          allowClear
          known={params.orgId && orgLabel ? [{ value: params.orgId, label: orgLabel }] : []}
          value={params.orgId}
          onChange={(orgId) => onParams({ orgId, page: 1 })}
          style={width(240)}
        />
      ) : null}
      <Select
        aria-label={t('statusFilter')}
        placeholder={t('allStatuses')}
        allowClear
        value={params.status}
        onChange={(status) => onParams({ status, page: 1 })}
        options={[
          { value: 'active', label: t('active') },
          { value: 'disabled', label: t('disabled') },
        ]}
        style={width(130)}
      />
      {narrow ? null : <span style={{ flex: 1 }} />}
      {can('user.write') ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
          {t('create')}
        </Button>
      ) : null}
      <Button
        icon={<DownloadOutlined />}
        loading={exporting.isPending}
        onClick={() => exporting.mutateAsync(params).catch((e: unknown) => message.error(problemText(e)))}
      >
        {t('export')}
      </Button>
    </div>
  );
}
