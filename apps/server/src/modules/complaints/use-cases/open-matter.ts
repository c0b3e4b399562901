import type { ComplaintMatterSchema } from '@jiandu/contracts/complaints';
import type { MatterDetail } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { AppError } from '../../../platform/errors.ts';
import { complaintEvent } from '../complaint-events.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { assertStep } from '../complaints.policy.ts';
import * as repo from '../complaints.repository.ts';

/**
 * Opens a supervision matter from the complaint through the matters module, linking the two in the
 * matter's own transaction, so a complaint opens at most one matter even under concurrent requests.
 */
export async function openMatter(
  ports: ComplaintPorts,
  actor: UserActor,
  row: repo.ComplaintRow,
  input: z.output<typeof ComplaintMatterSchema>,
): Promise<MatterDetail> {
  assertStep(actor, row, 'complaint.handle', ['handling', 'answered', 'rated', 'closed'], '转立监督事项');
  if (row.matter_id) throw new AppError('CONFLICT', '该投诉已转立监督事项');
  return ports.matters.open(
    actor,
    {
      ...input,
      scope: 'single',
      track: 'routine',
      origin: 'complaint',
      originRef: row.id,
      caseIds: [],
      warningIds: [],
    },
    async (trx, matter) => {
      if (!(await repo.linkMatter(trx, row.id, matter.id, ports.clock.now())))
        throw new AppError('CONFLICT', '该投诉已转立监督事项');
      await repo.insertEvent(
        trx,
        complaintEvent(ports.clock.now(), row.id, 'matter_opened', actor, matter.number),
      );
      await recordAudit(trx, auditActor(actor), {
        action: 'complaint.matter',
        targetType: 'complaint',
        targetId: row.id,
        detail: { matter: matter.number },
      });
    },
  );
}
