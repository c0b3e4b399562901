import { Alert, Empty, Spin, Timeline, Typography } from 'antd';
import { problemText } from '../../../lib/problem.ts';
import { useCertificateEvents } from '../api/use-certificate-events.ts';
import { formatTime } from '../format.ts';
import { STATUS_COLOR } from '../labels.ts';
import { t } from '../locale-detail.ts';
import { CertificateStatusTag } from './certificate-status-tag.tsx';

const DOT: Record<string, string> = { default: 'gray', '#8c8c8c': 'gray' };

/** A certificate's status changes, oldest first: the effective date, the status, the reason and who recorded it. */
export function CertificateTimeline({ certificateId }: { certificateId: string }) {
  const events = useCertificateEvents(certificateId);
  if (events.isLoading) return <Spin size="small" />;
  if (events.error) return <Alert type="error" showIcon title={problemText(events.error)} />;
  if (!events.data?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noEvents')} />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={events.data.map((e) => ({
        key: e.id,
        color: DOT[STATUS_COLOR[e.status]] ?? STATUS_COLOR[e.status],
        content: (
          <div>
            <div>
              <strong>{e.effectiveDate}</strong> <CertificateStatusTag status={e.status} /> {e.reason}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('recordedBy', { actor: e.actor, time: formatTime(e.recordedAt) })}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
