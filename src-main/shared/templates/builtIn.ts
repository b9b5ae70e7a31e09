import { templateFileSchema, type Template } from './templateFile';
import type { z } from 'zod';

type RawTemplate = z.input<typeof templateFileSchema> & { id: string };

/**
 * The built-in agendas, modelled on real minutes: Ringsted's dialogue meeting, Norddjurs'
 * decision minutes with case items, and the ordinary council meeting.
 */
const raw: RawTemplate[] = [
  {
    id: 'builtin:dialogmoede',
    format: 'referent.template',
    formatVersion: 1,
    name: 'Dialogmøde',
    documentKind: 'minutes',
    startTime: '10:00',
    endTime: '12:00',
    items: [
      { title: 'Velkommen', kind: 'standing', plannedMinutes: 10, sections: ['notes'] },
      { title: 'Kort præsentationsrunde', kind: 'standing', plannedMinutes: 10, sections: ['notes'] },
      { title: 'Bordet rundt', kind: 'standing', plannedMinutes: 40, sections: ['roundTable', 'notes'] },
      { title: 'Temapunkt', kind: 'discussion', plannedMinutes: 30, sections: ['description', 'notes', 'decision', 'actions', 'attachments'] },
      { title: 'Næste møde', kind: 'standing', plannedMinutes: 10, sections: ['notes', 'decision'] },
      { title: 'Eventuelt', kind: 'standing', plannedMinutes: 10, sections: ['notes'] },
    ],
  },
  {
    id: 'builtin:beslutningsreferat',
    format: 'referent.template',
    formatVersion: 1,
    name: 'Beslutningsreferat med sager',
    documentKind: 'decision-minutes',
    startTime: '15:00',
    endTime: '17:00',
    items: [
      {
        title: 'Sag til beslutning',
        kind: 'decision',
        plannedMinutes: 20,
        description: 'Sagsfremstilling.',
        recommendation: 'Formanden indstiller, at …',
        sections: ['description', 'recommendation', 'decision', 'actions', 'attachments'],
      },
      {
        title: 'Orientering',
        kind: 'information',
        plannedMinutes: 15,
        description: 'På mødet er det muligt for medlemmerne at orientere hinanden om emner af relevans for forummets arbejde.',
        sections: ['description', 'decision'],
      },
      { title: 'Eventuelt', kind: 'standing', plannedMinutes: 10, description: 'Medlemmerne har mulighed for at bringe emner op under eventuelt.', sections: ['description', 'decision'] },
    ],
  },
  {
    id: 'builtin:raadsmoede',
    format: 'referent.template',
    formatVersion: 1,
    name: 'Rådsmøde',
    documentKind: 'minutes',
    startTime: '16:00',
    endTime: '18:00',
    items: [
      { title: 'Velkommen og godkendelse af dagsorden', kind: 'standing', plannedMinutes: 5, sections: ['notes', 'decision'] },
      { title: 'Godkendelse af referat fra sidste møde', kind: 'standing', plannedMinutes: 5, sections: ['description', 'decision'] },
      { title: 'Siden sidst', kind: 'information', plannedMinutes: 15, sections: ['notes'] },
      { title: 'Orientering', kind: 'information', plannedMinutes: 20, sections: ['description', 'notes', 'decision'] },
      { title: 'Drøftelse', kind: 'discussion', plannedMinutes: 30, sections: ['description', 'notes', 'decision', 'actions', 'attachments'] },
      { title: 'Eventuelt', kind: 'standing', plannedMinutes: 10, sections: ['notes'] },
    ],
  },
];

export const builtInTemplates: Template[] = raw.map(({ id, ...t }) => ({ ...templateFileSchema.parse(t), id, builtIn: true }));
