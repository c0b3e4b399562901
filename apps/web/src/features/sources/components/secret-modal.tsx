import { t } from '../locale.ts';
import { OneTimeValueModal } from './one-time-value-modal.tsx';

/** Shows a new webhook signing secret once, with a copy button and how the receiver uses it. */
export function SecretModal({
  created,
  onClose,
}: {
  created: { name: string; secret: string } | null;
  onClose: () => void;
}) {
  const shown = created && {
    title: t('secretTitle'),
    warning: t('secretWarning'),
    warningDetail: t('secretWarningDetail'),
    owner: t('secretFor', { name: created.name }),
    value: created.secret,
    copyLabel: t('copySecret'),
    testId: 'webhook-secret',
    usage: t('secretUsage'),
  };
  return <OneTimeValueModal shown={shown} onClose={onClose} />;
}
