import { Flex, Space } from 'antd';
import type { ReactNode } from 'react';

/**
 * A card's heading with its buttons beside it, wrapping below on a narrow screen (antd's card
 * header squeezes the title away when the buttons do not fit).
 */
export function PageHeader({ title, actions }: { title: ReactNode; actions?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <div style={{ minWidth: 0 }}>{title}</div>
      {actions ? <Space wrap>{actions}</Space> : null}
    </Flex>
  );
}
