import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { currentLocale } from '../lib/i18n.ts';
import { PortalApp } from './app.tsx';
import './portal.css';

document.documentElement.lang = currentLocale();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalApp />
  </StrictMode>,
);
