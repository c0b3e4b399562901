import { Alert, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { problemText } from '../../../lib/problem.ts';
import { t } from '../locale-handling.ts';
import { isStale, refusalsOf } from '../refusals.ts';
import { RefusalList } from './refusal-list.tsx';

interface Props {
  error: unknown;
  /** Reloads the case, offered when someone else changed it meanwhile. */
  onRefresh?: () => void;
}

/**
 * Why a handling step failed, above its form: the rules the law sets with their basis, a note that
 * the case changed meanwhile (with a refresh), or the server's own explanation.
 */
export function HandlingError({ error, onRefresh }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // The submit button is at the bottom of a long form: bring the reason into view.
  useEffect(() => {
    if (error) ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [error]);
  if (!error) return null;
  return <div ref={ref}>{explain(error, onRefresh)}</div>;
}

function explain(error: unknown, onRefresh: (() => void) | undefined) {
  const refusals = refusalsOf(error);
  if (refusals)
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('refused')}
        description={<RefusalList refusals={refusals} />}
        style={{ marginBottom: 16 }}
      />
    );
  if (isStale(error))
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('stale')}
        action={onRefresh ? <Button onClick={onRefresh}>{t('refresh')}</Button> : undefined}
        style={{ marginBottom: 16 }}
      />
    );
  return <Alert type="error" showIcon role="alert" title={problemText(error)} style={{ marginBottom: 16 }} />;
}
