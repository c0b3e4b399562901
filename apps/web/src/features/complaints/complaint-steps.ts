import type { ComplaintStatus } from '@jiandu/contracts/complaint-labels';
import type { ComplaintDetail } from '@jiandu/contracts/complaints';
import type { Permission } from '@jiandu/contracts/permissions';

/** The steps a complaint page can offer. */
export type ComplaintStepKey =
  | 'accept'
  | 'decline'
  | 'transfer'
  | 'extension'
  | 'decide'
  | 'answer'
  | 'close'
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
  if (handles && (c.status === 'answered' || c.status === 'rated')) steps.push('close');
  if (handles && matterable.includes(c.status) && !c.matterId) steps.push('matter');
  return steps;
}
