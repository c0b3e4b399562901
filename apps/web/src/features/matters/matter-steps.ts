import type { MatterStatus } from '@jiandu/contracts/matter-labels';
import type { MatterDetail } from '@jiandu/contracts/matters';
import { t } from './locale-matter.ts';

/** A step the supervisor may take now, or why not (the server's rule, said before it is asked). */
export interface Step {
  allowed: boolean;
  reason?: string;
}

const yes: Step = { allowed: true };
const no = (reason: string): Step => ({ allowed: false, reason });
const within = (status: MatterStatus, allowed: readonly MatterStatus[]) => allowed.includes(status);

/**
 * What the matter's status and contents allow, as the server's checks have it: the page offers
 * only what will be accepted, and says why the rest is not (the server still decides).
 */
export function matterSteps(m: MatterDetail) {
  const closed = m.status === 'closed';
  const twoSupervisors = m.supervisors.length >= 2;
  const investigating = within(m.status, ['investigating', 'rectifying', 'verifying']);
  const openNotices = m.notices.some((n) => n.status === 'issued' || n.status === 'reported');
  const pendingObjections = m.notices.some((n) => n.objections.some((o) => o.decision === null));
  return {
    assign: closed ? no('') : yes,
    record: !investigating
      ? no(closed ? '' : t('recordNeedsSupervisors'))
      : twoSupervisors
        ? yes
        : no(t('recordNeedsSupervisors')),
    issue:
      !investigating || !twoSupervisors || m.records.length === 0
        ? no(closed ? '' : t('issueNeedsRecord'))
        : yes,
    escalate: within(m.status, ['rectifying', 'verifying']) ? yes : no(''),
    close: closed
      ? no('')
      : m.status === 'open'
        ? no(t('closeNotYetOpen'))
        : m.records.length === 0
          ? no(t('closeNoRecord'))
          : openNotices
            ? no(t('closeOpenNotices'))
            : pendingObjections
              ? no(t('closeObjections'))
              : within(m.status, ['investigating', 'verifying'])
                ? yes
                : no(t('closeOpenNotices')),
  };
}
