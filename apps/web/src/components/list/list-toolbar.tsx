import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { problemText } from '../../lib/problem.ts';
import { t } from './locale.ts';

interface Props {
  /** Whether any filter is set, which enables the reset button. */
  filtered: boolean;
  onReset: () => void;
  /** The add button, for those who may write; left out otherwise. */
  add?: { label: string; onClick: () => void } | undefined;
  /** Buttons shown before the add button. */
  extra?: ReactNode;
  /** Downloads the list as it is filtered; a failure shows the server's reason. */
  onExport: () => Promise<unknown>;
  exporting: boolean;
  exportLabel?: string;
  /** The search box and the filters, in order. */
  children: ReactNode;
}

/** A paged list's toolbar: its filters and reset on the left, add and export on the right. */
export function ListToolbar({
  filtered,
  onReset,
  add,
  extra,
  onExport,
  exporting,
  exportLabel,
  children,
}: Props) {
  const { message } = App.useApp();
  return (
    <div className="page-toolbar">
      {children}
      <Button disabled={!filtered} onClick={onReset}>
        {t('reset')}
      </Button>
      <Space wrap style={{ marginLeft: 'auto' }}>
        {extra}
        {add ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={add.onClick}>
            {add.label}
          </Button>
        ) : null}
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={exporting}
          onClick={() => onExport().catch((e: unknown) => message.error(problemText(e)))}
        >
          {exportLabel ?? t('export')}
        </Button>
      </Space>
    </div>
  );
}
