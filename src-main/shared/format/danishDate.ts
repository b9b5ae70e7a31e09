import { format } from 'date-fns';
import { da } from 'date-fns/locale';

/** `2021-04-15` as a local calendar date (no time zone shift). */
function parseDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Torsdag den 15. april 2021", as Mødedato is written in Danish minutes. */
export function longDanishDate(date: string): string {
  return capitalise(format(parseDate(date), "EEEE 'den' d. MMMM yyyy", { locale: da }));
}

/** "15-04-2021", as in "Beslutning i … den 15-04-2021". */
export function dashedDanishDate(date: string): string {
  return format(parseDate(date), 'dd-MM-yyyy');
}

/** "15. april 2021". */
export function shortDanishDate(date: string): string {
  return format(parseDate(date), 'd. MMMM yyyy', { locale: da });
}

/** "Kl. 15.00–17.00" (Danish writes times with a dot). */
export function danishTimeSpan(start: string | null | undefined, end: string | null | undefined): string | null {
  if (!start) return null;
  const dot = (t: string) => t.replace(':', '.');
  return end ? `Kl. ${dot(start)}–${dot(end)}` : `Kl. ${dot(start)}`;
}
