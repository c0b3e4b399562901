import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { t } from '../locale-complaint.ts';

type Due = NonNullable<ComplaintDetail['acceptDue']>;

/** A deadline, whether it is the one running now (and missed), and the rule that set it. */
function DueLine({ due, current, overdue }: { due: Due; current: boolean; overdue: boolean }) {
  return (
    <div>
      <Space size={6} wrap>
        <Typography.Text strong>{due.due}</Typography.Text>
        {current ? (
          <Tag color={overdue ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
            {overdue ? t('overdue') : t('running')}
          </Tag>
        ) : null}
      </Space>
      <Typography.Paragraph
        type="secondary"
        style={{ fontSize: 12, margin: '2px 0 0', wordBreak: 'break-word' }}
      >
        {due.rule}
      </Typography.Paragraph>
    </div>
  );
}

/**
 * 办理期限: the acceptance and answer deadlines with the rule and calendar behind each, which one
 * runs now, and the extension asked for or granted.
 */
export function ComplaintDeadlines({ complaint: c }: { complaint: ComplaintDetail }) {
  const ext = c.extension;
  const items = [
    ...(c.acceptDue
      ? [
          {
            key: 'accept',
            label: t('acceptDue'),
            children: <DueLine due={c.acceptDue} current={c.stage === 'accept'} overdue={c.overdue} />,
          },
        ]
      : []),
    ...(c.answerDue
      ? [
          {
            key: 'answer',
            label: t('answerDue'),
            children: <DueLine due={c.answerDue} current={c.stage === 'answer'} overdue={c.overdue} />,
          },
        ]
      : []),
    ...(ext
      ? [
          {
            key: 'extension',
            label: t('extension'),
            children: (
              <div data-testid="complaint-extension">
                <Space size={6} wrap>
                  <span>{t('extensionDaysText', { n: ext.days })}</span>
                  <Tag
                    color={ext.status === 'approved' ? 'green' : ext.status === 'refused' ? 'red' : 'orange'}
                    style={{ marginInlineEnd: 0 }}
                  >
                    {t(`extension_${ext.status}`)}
                  </Tag>
                </Space>
                <div style={{ wordBreak: 'break-word' }}>{ext.reason}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('requestedBy', { by: ext.requestedBy })}
                  {ext.decidedBy ? ` · ${t('decidedBy', { by: ext.decidedBy })}` : ''}
                </Typography.Text>
              </div>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card size="small" title={t('deadlines')}>
      {items.length ? (
        <Descriptions size="small" column={1} items={items} />
      ) : (
        <Typography.Text type="secondary">{t('noDeadlines')}</Typography.Text>
      )}
    </Card>
  );
}
