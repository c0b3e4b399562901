import type { ReviewerCandidate } from '@jiandu/contracts/case-review-scoring';
import {
  App,
  Button,
  Input,
  Modal,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { useAccounts } from '../api/use-accounts.ts';
import { useCandidates } from '../api/use-candidates.ts';
import { addReviewer, useReviewerPool } from '../api/use-reviewer-pool.ts';
import { sourceLabel } from '../labels.ts';
import { t } from '../locale-team.ts';

const keyOf = (c: ReviewerCandidate) => `${c.source}:${c.sourceId}`;

/** An account picker for a candidate without an account found by ID number. */
function AccountSelect({
  batchId,
  value,
  onChange,
}: {
  batchId: string;
  value?: string;
  onChange: (v?: string) => void;
}) {
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const accounts = useAccounts(batchId, q, open);
  return (
    <Select
      aria-label={t('pickAccount')}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('pickAccount')}
      value={value}
      onChange={onChange}
      onOpenChange={setOpen}
      loading={accounts.isFetching}
      options={(accounts.data ?? []).map((a) => ({
        value: a.userId,
        label: `${a.displayName} (${a.username})`,
      }))}
      style={{ width: 200 }}
      popupMatchSelectWidth={false}
    />
  );
}

/**
 * The people who could join the batch: experts, invited supervisors, own staff, with the account
 * found for them and the reviewed agencies they must avoid; one click adds them.
 */
export function AddReviewerModal({ batchId, onClose }: { batchId: string; onClose: () => void }) {
  const { message } = App.useApp();
  const candidates = useCandidates(batchId);
  const add = useReviewerPool(addReviewer);
  const [chosen, setChosen] = useState<Record<string, string | undefined>>({});
  const [q, setQ] = useState('');
  // Those who can join at once come first: an account found and fewest agencies to avoid.
  const rows = [...(candidates.data ?? [])]
    .filter((c) => !q || c.name.includes(q) || c.employer.includes(q))
    .sort(
      (a, b) =>
        Number(!a.account) - Number(!b.account) ||
        a.excludedAgencies.length - b.excludedAgencies.length ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
  const join = (c: ReviewerCandidate) =>
    add
      .mutateAsync({
        id: batchId,
        input: { source: c.source, sourceId: c.sourceId, userId: c.account ? undefined : chosen[keyOf(c)] },
      })
      .then(
        () => message.success(t('added', { name: c.name })),
        (e: unknown) => message.error(problemText(e)),
      );
  const columns: TableColumnsType<ReviewerCandidate> = [
    { title: t('name'), dataIndex: 'name' },
    { title: t('source'), dataIndex: 'source', render: (_, c) => <Tag>{sourceLabel(c.source)}</Tag> },
    {
      title: t('employer'),
      key: 'employer',
      render: (_, c) => (
        <div style={{ minWidth: 160 }}>
          <div>{c.employer}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.detail}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('excluded'),
      dataIndex: 'excludedAgencies',
      render: (names: string[]) =>
        names.length ? (
          <Space size={[0, 4]} wrap style={{ maxWidth: 260 }}>
            {names.map((n) => (
              <Tag key={n} color="red">
                {n}
              </Tag>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('account'),
      key: 'account',
      render: (_, c) =>
        c.account ? (
          <Typography.Text code>{c.account.username}</Typography.Text>
        ) : c.inPool ? (
          '—'
        ) : (
          <AccountSelect
            batchId={batchId}
            value={chosen[keyOf(c)]}
            onChange={(v) => setChosen({ ...chosen, [keyOf(c)]: v })}
          />
        ),
    },
    {
      title: t('actions'),
      key: 'actions',
      render: (_, c) =>
        c.inPool ? (
          <Tag color="green">{t('inPool')}</Tag>
        ) : (
          <Button
            size="small"
            type="primary"
            aria-label={`${t('join')} ${c.name}`}
            disabled={!c.account && !chosen[keyOf(c)]}
            onClick={() => join(c)}
          >
            {t('join')}
          </Button>
        ),
    },
  ];
  return (
    <Modal
      open
      width={1000}
      title={t('candidatesTitle')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('close')}</Button>}
    >
      <Input.Search
        allowClear
        aria-label={t('searchCandidates')}
        placeholder={t('searchCandidates')}
        onChange={(e) => setQ(e.target.value.trim())}
        style={{ width: 240, marginBottom: 12 }}
      />
      <Table<ReviewerCandidate>
        rowKey={keyOf}
        size="small"
        loading={candidates.isFetching}
        dataSource={rows}
        columns={columns}
        pagination={{ pageSize: 10 }}
        scroll={{ x: 'max-content' }}
      />
    </Modal>
  );
}
