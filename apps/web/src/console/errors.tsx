import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { Link } from 'react-router';
import { t } from '../locales/shell.ts';

const home = (
  <Link to="/">
    <Button type="primary">{t('backHome')}</Button>
  </Link>
);

/** Shown when the user may not open a page. */
export function ForbiddenPage() {
  return <Result status="403" title={t('forbiddenTitle')} subTitle={t('forbidden')} extra={home} />;
}

/** Shown for an unknown console address. */
export function NotFoundPage() {
  return <Result status="404" title={t('notFoundTitle')} subTitle={t('notFound')} extra={home} />;
}

/** Catches a page that throws while rendering, so the rest of the console keeps working. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) {
      return (
        <Result
          status="500"
          title={t('errorTitle')}
          subTitle={t('error')}
          extra={<Button onClick={() => window.location.reload()}>{t('backHome')}</Button>}
        />
      );
    }
    return this.props.children;
  }
}
