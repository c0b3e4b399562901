import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { t } from '../locale.ts';

/** A temporary password to hand over: after creating an account or resetting its password. */
export interface TemporaryPassword {
  username: string;
  password: string;
  created: boolean;
}

/** Shows a temporary password once, with a copy button and a warning that it will not be shown again. */
export function TemporaryPasswordModal({
  value,
  onClose,
}: {
  value: TemporaryPassword;
  onClose: () => void;
}) {
  return (
    <Modal
      open
      title={t('tempTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('tempDone')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text>
          {t(value.created ? 'tempCreated' : 'tempReset', { username: value.username })}
        </Typography.Text>
        <Alert type="warning" showIcon title={t('tempWarning')} />
        <div>
          <Typography.Text type="secondary" id="temp-password-label">
            {t('tempLabel')}
          </Typography.Text>
          <Typography.Paragraph
            code
            copyable
            aria-labelledby="temp-password-label"
            data-testid="temporary-password"
            style={{ fontSize: 20, margin: '4px 0 0' }}
          >
            {value.password}
          </Typography.Paragraph>
        </div>
        {value.created ? <Alert type="info" showIcon title={t('tempNoRole')} /> : null}
      </Flex>
    </Modal>
  );
}
