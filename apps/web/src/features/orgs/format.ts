/** A date in Shanghai time, the way the console shows dates (copied from the workbench: no cross-feature imports). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
}
