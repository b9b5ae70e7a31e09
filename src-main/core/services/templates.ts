import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MethodInput } from '../../shared/api/contract';
import { builtInTemplates } from '../../shared/templates/builtIn';
import { parseTemplateFile, templateFileSchema, type Template, type TemplateFile } from '../../shared/templates/templateFile';
import { CoreError } from '../coreError';
import type { MeetingView } from '../../shared/domain/meeting';

interface TemplateRow {
  id: string;
  name: string;
  body: string;
}

const rowToTemplate = (r: TemplateRow): Template => ({ ...templateFileSchema.parse(JSON.parse(r.body)), id: r.id, builtIn: false });

/** Agenda templates: the built-in ones (in code, never changed) and the referent's own (in SQLite). */
export function createTemplatesService(db: Database, now: () => Date) {
  const all = db.prepare<[], TemplateRow>('SELECT id, name, body FROM templates ORDER BY name COLLATE NOCASE');
  const one = db.prepare<[string], TemplateRow>('SELECT id, name, body FROM templates WHERE id = ?');
  const byName = db.prepare<[string], { id: string }>('SELECT id FROM templates WHERE name = ? COLLATE NOCASE');
  const insert = db.prepare('INSERT INTO templates (id, name, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE templates SET name = ?, body = ?, updated_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM templates WHERE id = ?');

  function get(id: string): Template {
    const builtIn = builtInTemplates.find((t) => t.id === id || t.name.toLowerCase() === id.toLowerCase());
    if (builtIn) return builtIn;
    const row = one.get(id) ?? (byName.get(id) ? one.get(byName.get(id)!.id) : undefined);
    if (!row) throw new CoreError('not-found', `Skabelonen «${id}» findes ikke. Se skabelonerne under «Skabeloner».`);
    return rowToTemplate(row);
  }

  function save(template: TemplateFile, id?: string): Template {
    if (builtInTemplates.some((t) => t.id === id || t.name.toLowerCase() === template.name.toLowerCase())) {
      throw new CoreError('conflict', `«${template.name}» er en indbygget skabelon. Giv din skabelon et andet navn.`, 'template.name');
    }
    const clash = byName.get(template.name);
    if (clash && clash.id !== id) throw new CoreError('conflict', `Der findes allerede en skabelon med navnet «${template.name}».`, 'template.name');
    const at = now().toISOString();
    const body = JSON.stringify(template);
    if (id && one.get(id)) update.run(template.name, body, at, id);
    else insert.run((id = randomUUID()), template.name, body, at, at);
    return get(id);
  }

  return {
    get,
    list(): Template[] {
      return [...builtInTemplates, ...all.all().map(rowToTemplate)];
    },
    save({ id, template }: MethodInput<'templates.save'>): Template {
      return save(template, id);
    },
    delete({ id }: MethodInput<'templates.delete'>): { deleted: true } {
      if (builtInTemplates.some((t) => t.id === id)) throw new CoreError('conflict', 'De indbyggede skabeloner kan ikke slettes.');
      if (remove.run(id).changes === 0) throw new CoreError('not-found', 'Skabelonen findes ikke.');
      return { deleted: true };
    },
    /** "Gem som skabelon": the meeting's agenda shape and header defaults, never its minutes. */
    fromMeeting(meeting: MeetingView, name: string): Template {
      const item = (i: MeetingView['items'][number]) => ({
        title: i.title,
        kind: i.kind ?? null,
        plannedMinutes: i.plannedMinutes ?? null,
        presenter: i.presenter ?? null,
        description: null,
        recommendation: null,
        sections: Array.isArray((i as { sections?: unknown }).sections) ? ((i as { sections?: unknown }).sections as never) : null,
      });
      return save({ format: 'referent.template', formatVersion: 1, name, documentKind: meeting.documentKind, location: meeting.location ?? null, startTime: meeting.startTime ?? null, endTime: meeting.endTime ?? null, items: meeting.items.map(item) });
    },
    exportFile({ id }: MethodInput<'templates.exportFile'>): { fileName: string; text: string } {
      const { id: _id, builtIn: _b, ...file } = get(id);
      return { fileName: `${file.name.replace(/[<>:"/\\|?*]/g, '_')}.referent-skabelon.json`, text: `${JSON.stringify(file, null, 2)}\n` };
    },
    importFile({ fileName, text }: MethodInput<'templates.importFile'>): Template {
      const parsed = parseTemplateFile(text, fileName);
      if (!parsed.ok) throw new CoreError('invalid-input', parsed.message);
      return save(parsed.template);
    },
  };
}

export type TemplatesService = ReturnType<typeof createTemplatesService>;
