import { Alert, Button, Descriptions, Result, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { ComplaintRegistered } from '../api/use-register-complaint.ts';
import { t } from '../locale-entry.ts';

/**
 * What the handler tells the complainant once the complaint is registered: the tracking code and
 * the password (shown only now), the acceptance deadline, and any complaints it seems to repeat.
 */
export function ComplaintReceipt({ done, onAnother }: { done: ComplaintRegistered; onAnother: () => void }) {
  const c = done.complaint;
  return (
    <Result
      status="success"
      title={t('receiptTitle')}
      subTitle={t('receiptHint')}
      extra={
        <Space wrap style={{ justifyContent: 'center' }}>
          <Link to={`/complaints/${encodeURIComponent(c.id)}`}>
            <Button type="primary">{t('open')}</Button>
          </Link>
          <Button onClick={onAnother}>{t('another')}</Button>
        </Space>
      }
    >
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ maxWidth: 480, margin: '0 auto' }}
        items={[
          {
            key: 'code',
            label: t('trackingCode'),
            children: (
              <Typography.Text copyable strong data-testid="receipt-code">
                {done.trackingCode}
              </Typography.Text>
            ),
          },
          {
            key: 'password',
            label: t('password'),
            children: (
              <Typography.Text copyable strong data-testid="receipt-password">
                {done.password}
              </Typography.Text>
            ),
          },
          ...(c.acceptDue ? [{ key: 'due', label: t('acceptDue'), children: c.acceptDue.due }] : []),
        ]}
      />
      {c.related.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ maxWidth: 480, margin: '16px auto 0' }}
          title={t('duplicatesFound', { n: c.related.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {c.related.map((r) => (
                <li key={r.id}>
                  <Link to={`/complaints/${encodeURIComponent(r.id)}`}>{r.title}</Link> ({r.reason})
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
    </Result>
  );
}
