import type { Command } from '../command';

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'dagsordensskabelonerne, de indbyggede og dine egne',
  usage: 'templates [--json]',
  maxPositionals: 0,
  options: { json: { type: 'boolean' } },
  run({ core, io, values }) {
    for (const t of core().services.templates.list()) {
      if (values.json) io.out(`${JSON.stringify({ id: t.id, name: t.name, builtIn: t.builtIn, items: t.items.length, documentKind: t.documentKind ?? null })}\n`);
      else io.out(`${t.name}\t${t.items.length} punkter${t.builtIn ? '\t(indbygget)' : ''}\n`);
    }
  },
};
