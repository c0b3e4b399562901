import type { MatterStatus } from '@jiandu/contracts/matter-labels';
import type { NoticeStatus } from '@jiandu/contracts/matters';

/**
 * Where an unclosed matter stands, from its notices: a notice awaiting the agency's report means
 * rectifying (due on the earliest such notice); a report waiting to be checked, or every notice
 * settled with at least one verified, means the supervisor's turn (verifying, then closing); no
 * notice in force means investigating once supervisors are assigned, else just opened.
 */
export function statusFromNotices(
  notices: readonly { status: NoticeStatus; due_on: string }[],
  hasSupervisors: boolean,
): { status: MatterStatus; due_on: string | null } {
  const awaiting = notices.filter((n) => n.status === 'issued').map((n) => n.due_on);
  if (awaiting.length) return { status: 'rectifying', due_on: [...awaiting].sort()[0]! };
  if (notices.some((n) => n.status === 'reported' || n.status === 'accepted'))
    return { status: 'verifying', due_on: null };
  return { status: hasSupervisors ? 'investigating' : 'open', due_on: null };
}
