import { PlusOutlined } from '@ant-design/icons';
import type { Rubric } from '@jiandu/contracts/case-reviews';
import { Button, Card, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { OrgSelect } from '../../../components/org-select/org-select.tsx';
import { useSession } from '../../../console/session.tsx';
import { useDefaultRubric, useRubrics } from '../api/use-rubrics.ts';
import { type EditorMode, RubricEditor } from '../components/rubric-editor.tsx';
import { t } from '../locale-rubrics.ts';

/** 评查标准: the rubrics of the user's scope; creating, editing while unused, new versions. */
export default function RubricsPage() {
  const { can } = useSession();
  const manage = can('review.manage');
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<{ mode: EditorMode; rubric: Rubric | null } | null>(null);
  const rubrics = useRubrics(orgId);
  const fallback = useDefaultRubric();
  const columns: TableColumnsType<Rubric> = [
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <Space size={4} wrap>
          <Button type="link" style={{ padding: 0 }} onClick={() => setOpen({ mode: 'view', rubric: r })}>
            {name}
          </Button>
          {r.isDefault ? <Tag color="blue">{t('isDefault')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('version'), dataIndex: 'version', render: (v: number) => `v${v}` },
    { title: t('org'), dataIndex: 'orgName' },
    { title: t('total'), dataIndex: 'total' },
    { title: t('vetoCount'), key: 'veto', render: (_, r) => r.content.vetoItems.length },
    { title: t('grades'), key: 'grades', render: (_, r) => t('gradesText', r.content.grades) },
    {
      title: t('batches'),
      dataIndex: 'batches',
      render: (n: number) => (n ? <Tag>{`${n} · ${t('frozen')}`}</Tag> : '0'),
    },
  ];
  if (manage)
    columns.push({
      title: t('actions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={0}>
          {r.batches === 0 ? (
            <Button type="link" size="small" onClick={() => setOpen({ mode: 'update', rubric: r })}>
              {t('edit')}
            </Button>
          ) : null}
          <Button type="link" size="small" onClick={() => setOpen({ mode: 'version', rubric: r })}>
            {t('newVersion')}
          </Button>
        </Space>
      ),
    });
  const content = open?.rubric?.content ?? fallback.data;
  return (
    <Card title={t('title')}>
      <div className="page-toolbar">
        <OrgSelect
          kind="supervisor"
          allowClear
          value={orgId}
          onChange={setOrgId}
          placeholder={t('allOrgs')}
          aria-label={t('org')}
          style={{ width: 240 }}
        />
        {manage ? (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            style={{ marginLeft: 'auto' }}
            onClick={() => setOpen({ mode: 'create', rubric: null })}
          >
            {t('create')}
          </Button>
        ) : null}
      </div>
      <Table<Rubric>
        rowKey="id"
        size="middle"
        loading={rubrics.isFetching}
        dataSource={rubrics.data ?? []}
        columns={columns}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('none')}</Typography.Text> }}
      />
      {open && content ? (
        <RubricEditor mode={open.mode} rubric={open.rubric} content={content} onClose={() => setOpen(null)} />
      ) : null}
    </Card>
  );
}
