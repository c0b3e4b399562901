import { Alert, Button } from 'antd';
import { problemText } from '../../lib/problem.ts';
import { t } from './locale.ts';

/** A list that failed to load: the server's reason and a way to try again. */
export function ListError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title={t('loadFailed')}
      description={problemText(error)}
      action={
        <Button size="small" onClick={onRetry}>
          {t('retry')}
        </Button>
      }
      style={{ marginBottom: 12 }}
    />
  );
}
