import type { Role } from '../meetingFile/types';

/** A standing member of a forum; a new meeting starts with the forum's current (not retired) members. */
export interface Member {
  id: string;
  forumId: string;
  name: string;
  organisation: string | null;
  title: string | null;
  role: Role;
  /** null: the role decides (members, chair and vice-chair sign). */
  signs: boolean | null;
  retiredAt: string | null;
}
