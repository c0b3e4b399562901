import type { DeliveryStatus } from '@jiandu/contracts/sources';
import { Tag } from 'antd';
import { t } from '../locale.ts';

const COLOR: Record<DeliveryStatus, string> = {
  pending: 'gold',
  delivering: 'processing',
  delivered: 'green',
  dead: 'red',
};

/** A delivery's status as a coloured tag: 待投递, 投递中, 已送达, 已放弃. */
export function DeliveryStatusTag({ status }: { status: DeliveryStatus }) {
  return (
    <Tag color={COLOR[status]} style={{ marginInlineEnd: 0 }}>
      {t(status)}
    </Tag>
  );
}
