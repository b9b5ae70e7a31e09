/** "Referat Dialogforum for socialt udsatte 2021-04-15.pdf": safe on Windows, macOS and SMB shares. */
import type { ExportDoc } from './modelTypes';

export function exportFileName(doc: ExportDoc, date: string, ext: 'pdf' | 'docx', samlet = false): string {
  const parts = [doc.kindLabel, samlet ? 'samlet' : null, doc.public ? 'offentlig' : null, doc.forumName, date].filter(Boolean).join(' ');
  const safe = [...parts]
    .map((c) => (c < ' ' || '<>:"/\\|?*'.includes(c) ? '_' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
  return `${safe || 'Referat'}.${ext}`;
}
