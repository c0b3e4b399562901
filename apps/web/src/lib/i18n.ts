/** The UI languages: Chinese first, English available. */
export type Locale = 'zh-CN' | 'en';

const STORAGE_KEY = 'jiandu.locale';

/** The chosen language (zh-CN unless the user switched). */
export function currentLocale(): Locale {
  return typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

/** Switches the language and reloads, so every string follows. */
export function switchLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  window.location.reload();
}

/**
 * Builds a translate function over one feature's messages. The Chinese dictionary is the
 * reference; the English one must have the same keys (the type checks it).
 */
export function messages<const M extends Record<string, string>>(dictionaries: {
  'zh-CN': M;
  en: Record<keyof M, string>;
}) {
  return (key: keyof M, values: Record<string, string | number> = {}): string => {
    const text = dictionaries[currentLocale()][key] ?? dictionaries['zh-CN'][key];
    return String(text).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}
