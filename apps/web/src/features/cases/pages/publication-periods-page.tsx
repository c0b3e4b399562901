import { Alert, Card, Skeleton, Typography } from 'antd';
import { useSession } from '../../../console/session.tsx';
import { problemText } from '../../../lib/problem.ts';
import { usePublicationPeriods } from '../api/use-publication-periods.ts';
import { PeriodEditor } from '../components/period-editor.tsx';
import { PeriodTable } from '../components/period-table.tsx';
import { t } from '../locale-publicity.ts';

/** 公示期限: the table of how long decisions stay on the portal; editable with publicity.configure. */
export default function PublicationPeriodsPage() {
  const { can } = useSession();
  const editable = can('publicity.configure');
  const periods = usePublicationPeriods();
  return (
    <Card title={t('periodsTitle')}>
      <Typography.Paragraph type="secondary">{t('periodsIntro')}</Typography.Paragraph>
      {editable ? null : <Alert type="info" showIcon title={t('readOnly')} style={{ marginBottom: 12 }} />}
      {periods.error ? <Alert type="error" showIcon title={problemText(periods.error)} /> : null}
      {periods.data && editable ? <PeriodEditor key={periods.dataUpdatedAt} rows={periods.data} /> : null}
      {periods.data && !editable ? <PeriodTable rows={periods.data} /> : null}
      {periods.isLoading ? <Skeleton active /> : null}
    </Card>
  );
}
