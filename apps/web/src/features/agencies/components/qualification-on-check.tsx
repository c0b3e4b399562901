import { Alert, DatePicker, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorText } from '../../../lib/form-errors.ts';
import { useQualificationOn } from '../api/use-qualification-on.ts';
import { t } from '../locale.ts';

/** "Was this agency qualified on date D?", answered from the history with the reason. */
export function QualificationOnCheck({ orgId }: { orgId: string }) {
  const [date, setDate] = useState<string | null>(null);
  const answer = useQualificationOn(orgId, date);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('qualifiedOn')}</Typography.Text>
        <DatePicker
          aria-label={t('qualifiedOn')}
          onChange={(d: Dayjs | null) => setDate(d ? d.format('YYYY-MM-DD') : null)}
        />
      </Space>
      {answer.error ? <Alert type="error" showIcon title={errorText(answer.error)} /> : null}
      {answer.data ? (
        <Alert
          type={answer.data.qualified ? 'success' : 'warning'}
          showIcon
          title={`${answer.data.date}: ${answer.data.qualified ? t('qualified') : t('notQualified')}`}
          description={answer.data.reason}
        />
      ) : null}
    </Space>
  );
}
