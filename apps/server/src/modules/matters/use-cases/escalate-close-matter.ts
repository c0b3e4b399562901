import {
  ESCALATION_KIND_LABELS,
  type EscalationCreateSchema,
  type MatterCloseSchema,
  type MatterDetail,
} from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import { matterEvent } from '../matter-events.ts';
import type { MatterPorts } from '../matter-ports.ts';
import { assertHandles } from '../matters.policy.ts';
import * as repo from '../matters.repository.ts';
import type { MatterService } from '../matters.service.ts';
import * as notices from '../notices.repository.ts';

/** Records an escalation (约谈 or 通报) of an agency that has not complied, and tells the agency. */
export async function escalateMatter(
  db: Db,
  ports: MatterPorts,
  matters: MatterService,
  actor: UserActor,
  id: string,
  input: z.output<typeof EscalationCreateSchema>,
): Promise<MatterDetail> {
  const row = await matters.visible(actor, id);
  assertHandles(actor, row, ['rectifying', 'verifying'], '升级督办');
  const label = ESCALATION_KIND_LABELS[input.kind];
  await db.transaction().execute(async (trx) => {
    await repo.insertEvents(trx, [
      matterEvent(ports.clock.now(), id, 'escalated', actor, `${label} (${input.happenedOn}): ${input.note}`),
    ]);
    await notify(trx, {
      orgId: row.agency_org_id,
      kind: 'matter.escalated',
      title: `监督事项${label}: ${row.title}`,
      body: `${row.org_name}就监督事项 ${row.number} 对你单位${label} (${input.happenedOn}): ${input.note}`,
      link: `/matters/${id}`,
    });
    await recordAudit(trx, auditActor(actor), {
      action: 'matter.escalate',
      targetType: 'matter',
      targetId: id,
      detail: { number: row.number, kind: input.kind, on: input.happenedOn },
    });
  });
  return matters.detail(actor, id);
}

/** Closes a matter with its conclusion; refused while notices are open or nothing was recorded. */
export async function closeMatter(
  db: Db,
  ports: MatterPorts,
  matters: MatterService,
  actor: UserActor,
  id: string,
  input: z.output<typeof MatterCloseSchema>,
): Promise<MatterDetail> {
  const row = await matters.visible(actor, id);
  assertHandles(actor, row, ['investigating', 'verifying'], '办结');
  const [records, noticeRows] = await Promise.all([repo.recordsOf(db, id), notices.noticesOfMatter(db, id)]);
  if (!records.length) throw new AppError('CONFLICT', '办结前应至少有一条调查记录, 说明查明的情况');
  if (noticeRows.some((n) => n.status === 'issued' || n.status === 'reported'))
    throw new AppError('CONFLICT', '尚有未核查通过的监督文书, 不能办结');
  const pending = await notices.objectionsOf(
    db,
    noticeRows.map((n) => n.id),
  );
  if (pending.some((o) => o.decision === null))
    throw new AppError('CONFLICT', '尚有未作出复查决定的异议, 不能办结');
  const today = ports.clock.today();
  await db.transaction().execute(async (trx) => {
    const changed = await repo.changeMatter(trx, id, [row.status], {
      status: 'closed',
      closed_on: today,
      conclusion: input.conclusion,
      due_on: null,
      updated_at: ports.clock.now(),
    });
    if (!changed) throw new AppError('CONFLICT', '该事项的状态刚被他人修改, 请刷新后重试');
    await repo.insertEvents(trx, [matterEvent(ports.clock.now(), id, 'closed', actor, input.conclusion)]);
    await recordAudit(trx, auditActor(actor), {
      action: 'matter.close',
      targetType: 'matter',
      targetId: id,
      detail: { number: row.number, conclusion: input.conclusion },
    });
  });
  return matters.detail(actor, id);
}
