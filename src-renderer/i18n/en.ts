import type { MessageKey } from './da';

/** English: the second UI language. Must have every key Danish has (checked by the compiler). */
export const en: Record<MessageKey, string> = {
  'app.title': 'Referent',
  'app.noConnection': 'Referent cannot reach its data. Restart the program. If you opened the host in a browser, use the full address `npm run host` printed.',
  'app.language': 'Language',
  'forums.heading': 'Forums',
  'forums.empty': 'There are no forums yet. Create the first with “New forum”.',
  'forums.new': 'New forum',
  'forums.loading': 'Loading forums …',
  'forums.name': 'Name',
  'forums.namePlaceholder': 'Dialogue forum for socially vulnerable people',
  'forums.organisation': 'Organisation',
  'forums.organisationPlaceholder': 'Norddjurs Municipality',
  'forums.shortName': 'Short name',
  'forums.create': 'Create forum',
  'forums.cancel': 'Cancel',
  'forums.created': 'The forum “{name}” was created.',
  'forums.listLabel': 'All forums',
  'error.generic': 'Something went wrong: {message}',
};
