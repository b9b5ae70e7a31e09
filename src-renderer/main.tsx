import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';
import { ClientContext } from './api/ClientContext';
import { I18nProvider } from './i18n/I18nContext';
import { App } from './app/App';
import { NoConnection } from './app/NoConnection';

const client = connect();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      {client ? (
        <ClientContext.Provider value={client}>
          <App />
        </ClientContext.Provider>
      ) : (
        <NoConnection />
      )}
    </I18nProvider>
  </StrictMode>,
);
