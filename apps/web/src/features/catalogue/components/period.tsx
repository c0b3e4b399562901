import { Space, Tag } from 'antd';
import { todayShanghai } from '../../../lib/dates.ts';
import { t } from '../locale.ts';
import { periodText } from './version-dates.ts';

/** A version's period in force, marked when it starts after today (published ahead of time). */
export function Period({ from, to }: { from: string | null; to: string | null }) {
  const ahead = from !== null && from > todayShanghai();
  return (
    <Space size={6} wrap>
      {periodText(from, to)}
      {ahead ? (
        <Tag color="gold" style={{ marginInlineEnd: 0 }}>
          {t('notYetInForce')}
        </Tag>
      ) : null}
    </Space>
  );
}
