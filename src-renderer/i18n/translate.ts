import { da, type MessageKey } from './da';
import { en } from './en';

export type Language = 'da' | 'en';
export const languages: readonly Language[] = ['da', 'en'];

const catalogs: Record<Language, Record<MessageKey, string>> = { da, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The one place text is looked up; `{name}` placeholders are filled from vars. */
export function translator(language: Language): Translate {
  const catalog = catalogs[language];
  return (key, vars) => {
    const text = catalog[key] ?? da[key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, v: string) => (v in vars ? String(vars[v]) : m)) : text;
  };
}
