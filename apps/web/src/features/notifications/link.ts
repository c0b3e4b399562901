/**
 * Where a notice's link leads: a path under `/console/` (or any other path starting with `/`, read
 * as a console path such as `/officers/…`) opens in the console's router; a full URL opens as a page.
 */
export type NoticeTarget = { kind: 'console'; path: string } | { kind: 'page'; href: string };

export function noticeTarget(link: string): NoticeTarget {
  if (/^https?:\/\//i.test(link)) return { kind: 'page', href: link };
  if (link === '/console' || link.startsWith('/console/'))
    return { kind: 'console', path: link.slice(8) || '/' };
  return { kind: 'console', path: link.startsWith('/') ? link : `/${link}` };
}
