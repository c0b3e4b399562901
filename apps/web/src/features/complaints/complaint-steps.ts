import type { ComplaintStatus } from '@jiandu/contracts/complaint-labels';
import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import type { Permission } from '@jiandu/contracts/permissions';
import { todayShanghai } from '../../lib/dates.ts';

/** The steps a complaint page can offer. */
export type ComplaintStepKey =
  | 'accept'
  | 'decline'
  | 'transfer'
  | 'extension'
  | 'decide'
  | 'answer'
  | 'close'
  | 'callback'
  | 'callbackReopen'
  | 'review'
  | 'reviewAnswer'
  | 'recheck'
  | 'recheckAnswer'
  | 'matter';

/** What the page knows of the viewer: permissions, and how the server names them in a history. */
export interface Viewer {
  can: (permission: Permission) => boolean;
  /** `姓名(单位)`, as a request or decision records its author. */
  label: string;
}

const undecided: readonly ComplaintStatus[] = ['registered', 'transferred'];
const matterable: readonly ComplaintStatus[] = ['handling', 'answered', 'rated', 'closed'];

/**
 * The steps valid for the complaint's status and the viewer's permissions, as the server's checks
 * have them, so the page offers only what will be accepted (the server still decides, and refuses
 * a complaint outside the viewer's handling scope). Approving one's own extension is refused.
 */
export function complaintSteps(c: ComplaintDetail, viewer: Viewer): ComplaintStepKey[] {
  const handles = viewer.can('complaint.handle');
  const steps: ComplaintStepKey[] = [];
  if (handles && undecided.includes(c.status)) steps.push('accept', 'decline', 'transfer');
  if (c.status === 'handling') {
    if (handles) steps.push('answer');
    if (handles && (c.extension === null || c.extension.status === 'refused')) steps.push('extension');
    if (
      viewer.can('complaint.approve') &&
      c.extension?.status === 'requested' &&
      c.extension.requestedBy !== viewer.label
    )
      steps.push('decide');
  }
  // 回访: complainants without portal access rate through the handler, once the answer is given.
  if (handles && c.callbackChannel && c.status === 'answered') steps.push('callback');
  if (
    handles &&
    c.callbackChannel &&
    c.status === 'rated' &&
    c.callback?.result === 'reached' &&
    c.rating === 'unsatisfied' &&
    c.reopenUntil !== null &&
    todayShanghai() <= c.reopenUntil
  )
    steps.push('callbackReopen');
  if (handles && (c.status === 'answered' || c.status === 'rated')) steps.push('close');
  // 复查 and 复核 of a petition: a request while its window is open (the server checks the date),
  // the answer while one is pending (the server lets only the reviewing organ give it).
  if (handles && c.reviewWindow) steps.push(c.reviewWindow.level);
  if (handles && c.status === 'reviewing') steps.push('reviewAnswer');
  if (handles && c.status === 'rechecking') steps.push('recheckAnswer');
  if (handles && matterable.includes(c.status) && !c.matterId) steps.push('matter');
  return steps;
}
