import { Typography } from 'antd';

/**
 * A table's "nothing here" line in the secondary text colour: antd's own placeholder grey is too
 * faint to read (contrast 1.8:1), and an empty tab is exactly where the user needs to read why.
 */
export function EmptyText({ children }: { children: string }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
