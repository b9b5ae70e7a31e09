import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { translator, type Language, type Translate } from './translate';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);
const storageKey = 'referent.language';

function initialLanguage(): Language {
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'da';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const value = useMemo<I18n>(
    () => ({
      language,
      t: translator(language),
      setLanguage(next) {
        localStorage.setItem(storageKey, next);
        document.documentElement.lang = next;
        setLanguageState(next);
      },
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
