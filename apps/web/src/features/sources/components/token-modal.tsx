import { Alert, Button, Modal, Typography } from 'antd';
import { t } from '../locale.ts';

/** Shows a new token once, with a copy button and a plain warning that it will not be shown again. */
export function TokenModal({
  created,
  onClose,
}: {
  created: { name: string; token: string } | null;
  onClose: () => void;
}) {
  return (
    <Modal
      open={created !== null}
      title={t('tokenTitle')}
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
        title={t('tokenWarning')}
        description={t('tokenWarningDetail')}
        style={{ marginBottom: 16 }}
      />
      <Typography.Text type="secondary">
        {created ? t('tokenFor', { name: created.name }) : null}
      </Typography.Text>
      <Typography.Paragraph
        code
        copyable={{ text: created?.token ?? '', tooltips: [t('copy'), t('copied')] }}
        style={{ wordBreak: 'break-all', fontSize: 14, marginTop: 4 }}
        data-testid="source-token"
      >
        {created?.token}
      </Typography.Paragraph>
    </Modal>
  );
}
