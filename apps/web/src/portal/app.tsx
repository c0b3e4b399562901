import { currentLocale, switchLocale } from '../lib/i18n.ts';
import { t } from './locale.ts';
import { WorkingDaysTool } from './working-days.tsx';

/** The public sections: each lights up when its service is open. */
const SECTIONS = [
  { key: 'agencies', href: null },
  { key: 'certificate', href: null },
  { key: 'catalogue', href: null },
  { key: 'decisions', href: null },
  { key: 'complaints', href: null },
  { key: 'inspection', href: null },
  { key: 'reports', href: null },
] as const;

/** The public portal's home: the services, the tools, and the way to staff sign-in. */
export function PortalApp() {
  const locale = currentLocale();
  return (
    <>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <div>
            <p className="site-name">{t('site')}</p>
            <p className="tagline">{t('tagline')}</p>
          </div>
          <nav aria-label={t('nav')} className="header-links">
            <button
              type="button"
              className="link-button"
              onClick={() => switchLocale(locale === 'en' ? 'zh-CN' : 'en')}
            >
              {t('language')}
            </button>
            <a href="/console/">{t('console')}</a>
          </nav>
        </div>
      </header>
      <main id="main" className="wrap">
        <h1 className="visually-hidden">{t('site')}</h1>
        <section aria-labelledby="sections-title">
          <h2 id="sections-title">{t('sections')}</h2>
          <ul className="cards">
            {SECTIONS.map((s) => (
              <li key={s.key} className={s.href ? 'card' : 'card card-soon'}>
                {s.href ? (
                  <a href={s.href}>
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
      </main>
      <footer className="site-footer">
        <div className="wrap">{t('footer')}</div>
      </footer>
    </>
  );
}
