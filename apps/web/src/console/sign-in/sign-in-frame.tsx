import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { t } from '../../locales/shell.ts';

/** The frame around every sign-in step: product name, a card, and the security note. */
export function SignInFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="sign-in">
      <div className="sign-in-brand">
        <SafetyCertificateOutlined aria-hidden style={{ fontSize: 40, color: '#b71c1c' }} />
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('appName')}
        </Typography.Title>
      </div>
      <Card title={title} className="sign-in-card">
        {children}
      </Card>
      <Typography.Paragraph type="secondary" className="sign-in-note">
        {t('signInHint')}
      </Typography.Paragraph>
    </main>
  );
}
