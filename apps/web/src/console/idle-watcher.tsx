import { Modal } from 'antd';
import { useEffect, useState } from 'react';
import { api, lastApiActivity } from '../lib/api.ts';
import { t } from '../locales/shell.ts';
import { useSession } from './session.tsx';

const WARN_BEFORE_MS = 2 * 60_000;

/**
 * Warns two minutes before the server's idle timeout ends the session, and lets the user stay;
 * when time runs out it signs out and returns to the sign-in page.
 */
export function IdleWatcher() {
  const { session, signOut } = useSession();
  const [remaining, setRemaining] = useState<number | null>(null);
  const timeoutMs = (session?.idleTimeoutSeconds ?? 1800) * 1000;
  useEffect(() => {
    let lastLocal = Date.now();
    const touch = () => {
      lastLocal = Date.now();
    };
    window.addEventListener('keydown', touch);
    window.addEventListener('pointerdown', touch);
    const timer = window.setInterval(() => {
      // The server counts requests, not clicks; a click with no request does not keep the session alive.
      const idle = Date.now() - lastApiActivity();
      const left = timeoutMs - idle;
      if (left <= 0) void signOut();
      else if (left <= WARN_BEFORE_MS) setRemaining(Math.ceil(left / 1000));
      else setRemaining(null);
      void lastLocal;
    }, 1000);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', touch);
      window.removeEventListener('pointerdown', touch);
    };
  }, [timeoutMs, signOut]);
  return (
    <Modal
      open={remaining !== null}
      title={t('idleWarningTitle')}
      okText={t('stayIn')}
      cancelText={t('signOut')}
      onOk={() => void api('GET', '/api/auth/session').then(() => setRemaining(null))}
      onCancel={() => void signOut()}
      closable={false}
      maskClosable={false}
    >
      {t('idleWarning', {
        minutes: Math.round((timeoutMs - (remaining ?? 0) * 1000) / 60_000),
        seconds: remaining ?? 0,
      })}
    </Modal>
  );
}
