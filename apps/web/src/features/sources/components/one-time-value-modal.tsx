import { Alert, Button, Modal, Typography } from 'antd';
import { t } from '../locale.ts';

/** What one-time value the modal shows and how it words it. */
export interface OneTimeValue {
  title: string;
  warning: string;
  warningDetail: string;
  /** "令牌属于 X" and the like. */
  owner: string;
  value: string;
  copyLabel: string;
  testId: string;
  /** A line under the value on how to use it. */
  usage?: string;
}

/**
 * Shows a value the server returns only once (a token, a signing secret), with a copy button and a
 * plain warning; closing needs an explicit "saved" click.
 */
export function OneTimeValueModal({ shown, onClose }: { shown: OneTimeValue | null; onClose: () => void }) {
  return (
    <Modal
      open={shown !== null}
      title={shown?.title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('tokenSaved')}
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={shown?.warning}
        description={shown?.warningDetail}
        style={{ marginBottom: 16 }}
      />
      <Typography.Text type="secondary">{shown?.owner}</Typography.Text>
      <Typography.Paragraph
        code
        copyable={{ text: shown?.value ?? '', tooltips: [shown?.copyLabel ?? '', t('copied')] }}
        style={{ wordBreak: 'break-all', fontSize: 14, marginTop: 4 }}
        data-testid={shown?.testId}
      >
        {shown?.value}
      </Typography.Paragraph>
      {shown?.usage ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
          {shown.usage}
        </Typography.Paragraph>
      ) : null}
    </Modal>
  );
}
