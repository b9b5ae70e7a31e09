import { useI18n } from '../i18n/I18nContext';

export function NoConnection() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h1>{t('app.title')}</h1>
      <p role="alert">{t('app.noConnection')}</p>
    </main>
  );
}
