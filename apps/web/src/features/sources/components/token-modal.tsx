import { t } from '../locale.ts';
import { OneTimeValueModal } from './one-time-value-modal.tsx';

/** Shows a new token once, with a copy button and a plain warning that it will not be shown again. */
export function TokenModal({
  created,
  onClose,
}: {
  created: { name: string; token: string } | null;
  onClose: () => void;
}) {
  const shown = created && {
    title: t('tokenTitle'),
    warning: t('tokenWarning'),
    warningDetail: t('tokenWarningDetail'),
    owner: t('tokenFor', { name: created.name }),
    value: created.token,
    copyLabel: t('copy'),
    testId: 'source-token',
  };
  return <OneTimeValueModal shown={shown} onClose={onClose} />;
}
