import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { currentLocale, switchLocale } from '../lib/i18n.ts';
import { t } from './locale.ts';
import { onLinkClick, useLocation } from './router.ts';

/** One step of the breadcrumb trail above a page. */
export interface Crumb {
  label: string;
  href?: string;
}

/** The open public services, in the bar under the header. */
const SECTIONS = [
  { href: '/agencies', label: 'agenciesNav' },
  { href: '/items', label: 'itemsNav' },
  { href: '/decisions', label: 'decisionsNav' },
  { href: '/certificates', label: 'certificateNav' },
  { href: '/complaints', label: 'complaintsNav' },
] as const;

/** The bar of public services, the current one marked. */
function SectionNav() {
  const { path } = useLocation();
  return (
    <nav aria-label={t('sectionNav')} className="section-nav">
      <ul className="wrap">
        {SECTIONS.map((s) => {
          const current = path === s.href || path.startsWith(`${s.href}/`);
          return (
            <li key={s.href}>
              <a
                href={s.href}
                onClick={onLinkClick}
                aria-current={current ? (path === s.href ? 'page' : 'true') : undefined}
              >
                {t(s.label)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The portal's frame: skip link, header with language and staff sign-in, sections, breadcrumb, footer. */
export function PortalShell({ crumbs, children }: { crumbs: Crumb[]; children: ReactNode }) {
  const locale = currentLocale();
  return (
    <>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <div>
            <a className="site-name" href="/" onClick={onLinkClick}>
              {t('site')}
            </a>
            <p className="tagline">
              {/* Lines break after a separator, never inside a phrase. */}
              {t('tagline')
                .split(' · ')
                .map((phrase, i) => (
                  <Fragment key={phrase}>
                    {i ? '\u00a0· ' : ''}
                    <span className="nowrap">{phrase}</span>
                  </Fragment>
                ))}
            </p>
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
      <SectionNav />
      <main id="main" className="wrap">
        {crumbs.length > 0 ? (
          <nav aria-label={t('breadcrumb')} className="crumbs">
            <ol>
              <li>
                <a href="/" onClick={onLinkClick}>
                  {t('home')}
                </a>
              </li>
              {crumbs.map((c) => (
                <li key={c.label}>
                  {c.href ? (
                    <a href={c.href} onClick={onLinkClick}>
                      {c.label}
                    </a>
                  ) : (
                    <span aria-current="page">{c.label}</span>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">{t('footer')}</div>
      </footer>
    </>
  );
}
