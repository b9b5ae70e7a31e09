import type { ExportStage } from '../../shared/export/types';

/** What the export dialog can show beside its progress bar. */
export const stageMessages: Record<ExportStage, string> = {
  started: 'Eksporten er startet …',
  layout: 'Dokumentet sættes op …',
  'page-numbers': 'Sidetal til indholdsfortegnelsen beregnes …',
  attachments: 'Bilagene lægges bagest …',
  furniture: 'Sidehoved og sidefod tilføjes …',
  finishing: 'Filen gøres færdig …',
  done: 'Færdig.',
  failed: 'Eksporten mislykkedes.',
};
