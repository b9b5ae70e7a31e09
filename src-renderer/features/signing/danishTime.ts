import { format } from 'date-fns';
import { shortDanishDate } from '../../../src-main/shared/format/danishDate';

/**
 * The core sends instants as ISO strings (UTC). People read them in their own time zone, so the
 * local calendar date is taken before the shared Danish formatting ("15. april 2021").
 */
export function danishDay(iso: string): string {
  return shortDanishDate(format(new Date(iso), 'yyyy-MM-dd'));
}

/** "15. april 2021 kl. 17.05": Danish writes times with a dot. */
export function danishDayAndTime(iso: string): string {
  return `${danishDay(iso)} kl. ${format(new Date(iso), 'HH.mm')}`;
}
