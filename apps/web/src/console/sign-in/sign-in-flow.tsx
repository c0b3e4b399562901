import type { SessionInfo } from '@jiandu/contracts/identity';
import { Alert, Button, Form, Input, List, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, api } from '../../lib/api.ts';
import { t } from '../../locales/shell.ts';
import { useSession } from '../session.tsx';
import { SignInFrame } from './sign-in-frame.tsx';

function errorText(error: unknown): string {
  return error instanceof ApiError ? error.problem.detail : t('error');
}

/** Username and password. */
function PasswordStep() {
  const { update } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reason = sessionStorage.getItem('jiandu.signedOutReason');
  const onFinish = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      sessionStorage.removeItem('jiandu.signedOutReason');
      update(await api<SessionInfo>('POST', '/api/auth/login', values));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <SignInFrame title={t('signIn')}>
      {reason && !error ? (
        <Alert
          type="info"
          showIcon
          title={t(reason === 'expired' ? 'sessionExpired' : 'signedOut')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item
          label={t('username')}
          name="username"
          rules={[{ required: true, message: t('usernameRequired') }]}
        >
          <Input autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item
          label={t('password')}
          name="password"
          rules={[{ required: true, message: t('passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </Button>
      </Form>
    </SignInFrame>
  );
}

/** The second factor: a TOTP code, or a recovery code. */
function OtpStep() {
  const { refresh } = useSession();
  const [recovery, setRecovery] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (values: { code?: string; recoveryCode?: string }) => {
    setError(null);
    try {
      await api(
        'POST',
        '/api/auth/otp',
        recovery ? { recoveryCode: values.recoveryCode } : { code: values.code },
      );
      await refresh();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <SignInFrame title={t('otpTitle')}>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form layout="vertical" onFinish={onFinish} key={recovery ? 'r' : 'c'}>
        {recovery ? (
          <Form.Item label={t('recoveryCode')} name="recoveryCode" rules={[{ required: true }]}>
            <Input placeholder="xxxx-xxxx" autoFocus size="large" />
          </Form.Item>
        ) : (
          <Form.Item
            label={t('otpCode')}
            extra={t('otpHint')}
            name="code"
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('otpHint') }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus size="large" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block size="large">
          {t('verify')}
        </Button>
        <Button type="link" block onClick={() => setRecovery(!recovery)} style={{ marginTop: 8 }}>
          {recovery ? t('useOtp') : t('useRecovery')}
        </Button>
      </Form>
    </SignInFrame>
  );
}

/** First sign-in: scan the QR code, confirm a code, then save the recovery codes. */
function EnrolStep() {
  const { refresh } = useSession();
  const [enrolment, setEnrolment] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ secret: string; qrSvg: string }>('POST', '/api/auth/totp/enrol').then(setEnrolment, (e: unknown) =>
      setError(errorText(e)),
    );
  }, []);
  if (codes) {
    return (
      <SignInFrame title={t('recoveryTitle')}>
        <Alert type="warning" showIcon title={t('recoveryHint')} style={{ marginBottom: 16 }} />
        <List
          size="small"
          bordered
          dataSource={codes}
          renderItem={(code) => (
            <List.Item>
              <Typography.Text code copyable>
                {code}
              </Typography.Text>
            </List.Item>
          )}
        />
        <Button type="primary" block size="large" style={{ marginTop: 16 }} onClick={() => void refresh()}>
          {t('recoverySaved')}
        </Button>
      </SignInFrame>
    );
  }
  return (
    <SignInFrame title={t('enrolTitle')}>
      <Typography.Paragraph>{t('enrolHint')}</Typography.Paragraph>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      {enrolment ? (
        <Space direction="vertical" style={{ width: '100%' }} align="center">
          {/* As an image, the server's SVG cannot run anything in the page. */}
          <img
            className="qr"
            alt="动态验证码绑定二维码"
            width={200}
            height={200}
            src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`}
          />
          <Typography.Text type="secondary">{t('enrolSecret')}</Typography.Text>
          <Typography.Text code copyable data-testid="totp-secret">
            {enrolment.secret}
          </Typography.Text>
        </Space>
      ) : null}
      <Form
        layout="vertical"
        style={{ marginTop: 16 }}
        onFinish={async (values: { code: string }) => {
          setError(null);
          try {
            const result = await api<{ recoveryCodes: string[] }>('POST', '/api/auth/totp/confirm', values);
            setCodes(result.recoveryCodes);
          } catch (e) {
            setError(errorText(e));
          }
        }}
      >
        <Form.Item
          label={t('otpCode')}
          name="code"
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('otpHint') }]}
        >
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" disabled={!enrolment}>
          {t('confirmBinding')}
        </Button>
      </Form>
    </SignInFrame>
  );
}

/** A forced password change. */
function ChangePasswordStep() {
  const { refresh } = useSession();
  const [error, setError] = useState<string | null>(null);
  return (
    <SignInFrame title={t('passwordTitle')}>
      <Alert type="info" showIcon title={t('passwordHint')} style={{ marginBottom: 16 }} />
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form
        layout="vertical"
        onFinish={async (values: { currentPassword: string; newPassword: string }) => {
          setError(null);
          try {
            await api('POST', '/api/auth/password', {
              currentPassword: values.currentPassword,
              newPassword: values.newPassword,
            });
            await refresh();
          } catch (e) {
            setError(errorText(e));
          }
        }}
      >
        <Form.Item label={t('currentPassword')} name="currentPassword" rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('newPassword')}
          name="newPassword"
          extra={t('passwordRule')}
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('confirmPassword')}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large">
          {t('save')}
        </Button>
      </Form>
    </SignInFrame>
  );
}

/** Shows the step the session is at: password, second factor, enrolment, or password change. */
export function SignInFlow() {
  const { session } = useSession();
  if (!session) return <PasswordStep />;
  if (session.stage === 'mfa') return <OtpStep />;
  if (session.stage === 'enrol') return <EnrolStep />;
  return <ChangePasswordStep />;
}
