import type { WarningSummary } from '@jiandu/contracts/warnings';
import { Button, Space, type TableColumnsType, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import { ruleLabel } from './labels.ts';
import { t } from './locale.ts';
import { SeverityTag, WarningStatusTag } from './warning-tags.tsx';

interface Options {
  /** Opens the warning's drawer. */
  onOpen: (id: string) => void;
  /** Leaves out the case column (on the case's own page). */
  withCase?: boolean;
  /** Leaves out the agency column (on the case's own page). */
  withAgency?: boolean;
  /** The sort arrow of the found-on column, when the list sorts on the server. */
  foundSort?: SortOrder;
}

const nowrap = { whiteSpace: 'nowrap' } as const;

/**
 * The columns of a list of warnings: rule, severity, agency, case (linked to the case page),
 * message, status and the day found; the rule opens the warning. The centre and a case's tab share them.
 */
export function warningColumns({
  onOpen,
  withCase = true,
  withAgency = true,
  foundSort,
}: Options): TableColumnsType<WarningSummary> {
  const columns: TableColumnsType<WarningSummary> = [
    {
      title: t('rule'),
      dataIndex: 'ruleCode',
      render: (code: string, w) => (
        // A button, not a bare link, so the keyboard reaches it; it reads like a link in the table.
        <Button
          type="link"
          onClick={() => onOpen(w.id)}
          style={{
            padding: 0,
            height: 'auto',
            minWidth: 120,
            maxWidth: 170,
            whiteSpace: 'normal',
            textAlign: 'left',
            justifyContent: 'flex-start',
          }}
        >
          {ruleLabel(code, w.ruleName)}
        </Button>
      ),
    },
    {
      title: t('severity'),
      dataIndex: 'severity',
      render: (_, w) => <SeverityTag severity={w.severity} />,
    },
  ];
  if (withAgency)
    columns.push({
      title: t('agency'),
      key: 'agency',
      render: (_, w) => (
        <span style={{ display: 'inline-block', minWidth: 90, maxWidth: 130 }}>{w.agency.name}</span>
      ),
    });
  if (withCase)
    columns.push({
      title: t('case'),
      key: 'case',
      render: (_, w) =>
        w.case ? (
          <Link to={`/cases/${encodeURIComponent(w.case.id)}`} style={{ ...nowrap, fontFamily: 'monospace' }}>
            {w.case.externalId}
          </Link>
        ) : (
          <Typography.Text type="secondary" style={nowrap}>
            {t('classWarning')}
          </Typography.Text>
        ),
    });
  columns.push(
    {
      title: t('message'),
      dataIndex: 'message',
      render: (message: string) => (
        <Typography.Paragraph
          ellipsis={{ rows: 2, tooltip: message }}
          style={{ margin: 0, minWidth: 220, maxWidth: 340 }}
        >
          {message}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('status'),
      dataIndex: 'status',
      render: (_, w) => (
        <Space orientation="vertical" size={4} align="start">
          <WarningStatusTag status={w.status} />
          {w.contested ? (
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              {t('contested')}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('foundOn'),
      dataIndex: 'foundOn',
      sorter: foundSort !== undefined,
      sortOrder: foundSort ?? null,
      render: (day: string) => <span style={nowrap}>{day}</span>,
    },
  );
  return columns;
}
