import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from '../lib/api.ts';
import { currentLocale } from '../lib/i18n.ts';
import { ConsoleApp } from './app.tsx';
import { SessionProvider } from './session.tsx';
import './console.css';

const locale = currentLocale();
// People who asked their system for less motion get dialogs, drawers and menus without animation.
const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
document.documentElement.lang = locale;

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused or missing resource will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={{
        // Links, secondary text and placeholders darker than antd's defaults, so they keep 4.5:1
        // contrast on white (等保 and accessibility reviews both check this).
        token: {
          colorPrimary: '#1f5fbf',
          colorLink: '#1f5fbf',
          colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
          colorTextDescription: 'rgba(0, 0, 0, 0.6)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
          colorPrimaryHover: '#1a4f9e',
          colorInfo: '#1f5fbf',
          // Status colours dark enough for 4.5:1 as text on their own light backgrounds (tags).
          colorSuccess: '#237804',
          colorWarning: '#ad4e00',
          colorError: '#c41d2f',
          // Darker seeds would tint these grey; keep antd's usual light backgrounds and borders.
          colorSuccessBg: '#f6ffed',
          colorSuccessBorder: '#b7eb8f',
          colorWarningBg: '#fff7e6',
          colorWarningBorder: '#ffd591',
          colorErrorBg: '#fff1f0',
          colorErrorBorder: '#ffccc7',
          colorInfoBg: '#e6f4ff',
          colorInfoBorder: '#91caff',
          borderRadius: 4,
          motion: !reducedMotion,
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <ConsoleApp />
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
