import { useI18n } from '../i18n/I18nContext';
import { languages } from '../i18n/translate';
import { ForumsScreen } from '../features/forums/ForumsScreen';
import { ForumScreen } from '../features/forums/ForumScreen';
import { MeetingScreen } from '../features/meeting/MeetingScreen';
import { useRoute } from './useRoute';
import { TemplatesPanel } from '../features/templates/TemplatesPanel';
import { CertificatesPanel } from '../features/signing/CertificatesPanel';
import { VerifyPanel } from '../features/signing/VerifyPanel';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { SyncPanel } from '../features/sync/SyncPanel';

export function App() {
  const { t, language, setLanguage } = useI18n();
  const route = useRoute();
  return (
    <>
      <header className="topbar">
        <span className="brand">{t('app.title')}</span>
        <SyncIndicator />
        <label className="language">
          {t('app.language')}{' '}
          <select value={language} onChange={(e) => setLanguage(e.target.value as typeof language)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l === 'da' ? 'Dansk' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </header>
      {route.name === 'meeting' ? (
        <MeetingScreen key={route.id} id={route.id} />
      ) : route.name === 'forum' ? (
        <ForumScreen key={route.id} id={route.id} />
      ) : (
        <main className="page">
          <ForumsScreen />
          <SyncPanel />
          <TemplatesPanel />
          <CertificatesPanel />
          <VerifyPanel />
        </main>
      )}
    </>
  );
}
