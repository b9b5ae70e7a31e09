/** Danish: the first language. Every text a user reads in the renderer is a key here. */
export const da = {
  'app.title': 'Referent',
  'app.noConnection': 'Referent kan ikke få forbindelse til sine data. Start programmet igen. Åbner du værten i en browser, så brug hele adressen, som `npm run host` skrev.',
  'app.language': 'Sprog',
  'forums.heading': 'Fora',
  'forums.empty': 'Der er ingen fora endnu. Opret det første med «Nyt forum».',
  'forums.new': 'Nyt forum',
  'forums.loading': 'Henter fora …',
  'forums.name': 'Navn',
  'forums.namePlaceholder': 'Dialogforum for socialt udsatte',
  'forums.organisation': 'Organisation',
  'forums.organisationPlaceholder': 'Norddjurs Kommune',
  'forums.shortName': 'Forkortelse',
  'forums.create': 'Opret forum',
  'forums.cancel': 'Annullér',
  'forums.created': 'Forummet «{name}» er oprettet.',
  'forums.listLabel': 'Alle fora',
  'error.generic': 'Noget gik galt: {message}',
} as const;

export type MessageKey = keyof typeof da;
