import { t } from './locale.ts';
import { onLinkClick } from './router.ts';
import { PortalShell } from './shell.tsx';
import { WorkingDaysTool } from './working-days.tsx';

/** The public sections: each lights up when its service is open. */
const SECTIONS = [
  { key: 'agencies', href: '/agencies' },
  { key: 'certificate', href: '/certificates' },
  { key: 'catalogue', href: '/items' },
  { key: 'decisions', href: '/decisions' },
  { key: 'complaints', href: '/complaints' },
  { key: 'complaintTrack', href: '/complaints/track' },
  { key: 'inspection', href: null },
  { key: 'reports', href: null },
] as const;

/** The public portal's home: the services, the tools, and the way to staff sign-in. */
export function HomePage() {
  return (
    <PortalShell crumbs={[]}>
      <h1 className="visually-hidden">{t('site')}</h1>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title">{t('sections')}</h2>
        <ul className="cards">
          {SECTIONS.map((s) => (
            <li key={s.key} className={s.href ? 'card' : 'card card-soon'}>
              {s.href ? (
                <a href={s.href} onClick={onLinkClick}>
                  <span className="card-title">{t(s.key)}</span>
                </a>
              ) : (
                <span className="card-title">{t(s.key)}</span>
              )}
              <span className="card-desc">{t(`${s.key}Desc`)}</span>
              {s.href ? null : <span className="badge">{t('soon')}</span>}
            </li>
          ))}
        </ul>
      </section>
      <WorkingDaysTool />
    </PortalShell>
  );
}
