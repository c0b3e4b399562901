import { lazy, Suspense } from 'react';
import { AgenciesPage } from './agencies-page.tsx';
import { AgencyPage } from './agency-page.tsx';
import { CertificateCheckPage } from './certificate-check-page.tsx';
import { CertificatePage } from './certificate-page.tsx';
import { DecisionPage } from './decision-page.tsx';
import { DecisionsPage } from './decisions-page.tsx';
import { HomePage } from './home-page.tsx';
import { ItemPage } from './item-page.tsx';
import { ItemsPage } from './items-page.tsx';
import { t } from './locale.ts';
import { useLocation } from './router.ts';
import { PortalShell } from './shell.tsx';

// The complaint pages validate with the contracts (and so load zod): fetched only when opened.
const ComplaintSubmitPage = lazy(() =>
  import('./complaint-submit-page.tsx').then((m) => ({ default: m.ComplaintSubmitPage })),
);
const ComplaintTrackPage = lazy(() =>
  import('./complaint-track-page.tsx').then((m) => ({ default: m.ComplaintTrackPage })),
);

/**
 * The public portal: a handful of pages chosen by path. The server serves this same page for each
 * of these paths (web-assets PORTAL_PATHS), so links and QR codes open them directly.
 */
export function PortalApp() {
  const { path, query } = useLocation();
  const [, section, key, sub] = path.split('/');
  if (section === 'agencies' && key) return <AgencyPage creditCode={decodeURIComponent(key)} />;
  if (section === 'agencies') return <AgenciesPage query={query} />;
  if (section === 'items' && key && sub)
    return <ItemPage agencyCreditCode={decodeURIComponent(key)} code={decodeURIComponent(sub)} />;
  if (section === 'items') return <ItemsPage query={query} />;
  if (section === 'certificates' && key) return <CertificatePage number={decodeURIComponent(key)} />;
  if (section === 'certificates') return <CertificateCheckPage />;
  if (section === 'decisions' && key) return <DecisionPage id={decodeURIComponent(key)} />;
  if (section === 'decisions') return <DecisionsPage query={query} />;
  if (section === 'complaints' && (!key || key === 'track'))
    return (
      <Suspense
        fallback={
          <PortalShell crumbs={[]}>
            <p className="muted">{t('loading')}</p>
          </PortalShell>
        }
      >
        {key === 'track' ? <ComplaintTrackPage query={query} /> : <ComplaintSubmitPage />}
      </Suspense>
    );
  return <HomePage />;
}
