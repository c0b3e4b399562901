import type { ObjectionCreateSchema, ObjectionDecisionSchema } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import { matterEvent } from '../matter-events.ts';
import type { MatterPorts } from '../matter-ports.ts';
import { settleMatter } from '../matter-settle.ts';
import { actorLabel, assertHandles, assertResponds } from '../matters.policy.ts';
import * as repo from '../matters.repository.ts';
import type { MatterService } from '../matters.service.ts';
import type { NoticeRow } from '../notices.repository.ts';
import * as notices from '../notices.repository.ts';
import { objectionDecideBy } from '../supervision-periods.ts';

/** The agency objects (申请复查) within the period; one objection per notice. */
export async function fileObjection(
  db: Db,
  ports: MatterPorts,
  actor: UserActor,
  row: NoticeRow,
  input: z.output<typeof ObjectionCreateSchema>,
): Promise<void> {
  const id = row.id;
  assertResponds(actor, row);
  const today = ports.clock.today();
  if (row.status === 'withdrawn' || row.status === 'accepted')
    throw new AppError('CONFLICT', '该文书已撤回或已核查完毕, 不能申请复查');
  if (today > row.objection_until)
    throw new AppError('CONFLICT', `已超过申请复查的期限 (${row.objection_until}), 不能再申请复查`);
  if ((await notices.objectionsOf(db, [id])).length)
    throw new AppError('CONFLICT', '每份监督文书只能申请一次复查');
  const decideBy = objectionDecideBy(await ports.calendar.calendar(), ports.periods, today);
  await db.transaction().execute(async (trx) => {
    await notices.insertObjection(trx, {
      id: newId(),
      notice_id: id,
      grounds: input.grounds,
      filed_on: today,
      filed_by: actorLabel(actor),
      decide_by: decideBy.due,
      decision: null,
      decision_reason: null,
      decided_on: null,
      decided_by: null,
    });
    await repo.insertEvents(trx, [
      matterEvent(
        ports.clock.now(),
        row.matter_id,
        'objection_filed',
        actor,
        `${input.grounds.slice(0, 200)} (应于${decideBy.due}前作出复查决定)`,
        id,
      ),
    ]);
    await notify(trx, {
      orgId: row.org_id,
      kind: 'matter.objection',
      title: `${row.agency_name}对${row.number}申请复查`,
      body: `请于${decideBy.due}前作出复查决定。理由: ${input.grounds.slice(0, 120)}`,
      link: `/matters/${row.matter_id}`,
    });
    await recordAudit(trx, auditActor(actor), {
      action: 'matter.notice.object',
      targetType: 'supervision_notice',
      targetId: id,
      detail: { number: row.number, decideBy: decideBy.due },
    });
  });
}

/** The supervisor decides an objection: upheld withdraws the notice, rejected keeps it. */
export async function decideObjection(
  db: Db,
  ports: MatterPorts,
  matters: MatterService,
  actor: UserActor,
  row: NoticeRow,
  input: z.output<typeof ObjectionDecisionSchema>,
): Promise<void> {
  const id = row.id;
  const matter = await matters.visible(actor, row.matter_id);
  assertHandles(actor, matter, ['rectifying', 'verifying', 'investigating'], '作出复查决定');
  const pending = (await notices.objectionsOf(db, [id])).find((o) => o.decision === null);
  if (!pending) throw new AppError('CONFLICT', '该文书没有待复查的异议');
  const upheld = input.decision === 'upheld';
  await db.transaction().execute(async (trx) => {
    if (
      !(await notices.decideObjection(trx, pending.id, {
        decision: input.decision,
        decision_reason: input.reason,
        decided_on: ports.clock.today(),
        decided_by: actorLabel(actor),
      }))
    )
      throw new AppError('CONFLICT', '该异议刚被他人处理, 请刷新后重试');
    if (upheld) {
      await notices.changeNotice(trx, id, ['issued', 'reported'], { status: 'withdrawn' });
      await settleMatter(trx, row.matter_id);
    }
    await repo.insertEvents(trx, [
      matterEvent(
        ports.clock.now(),
        row.matter_id,
        upheld ? 'objection_upheld' : 'objection_rejected',
        actor,
        input.reason,
        id,
      ),
    ]);
    await notify(trx, {
      orgId: row.agency_org_id,
      kind: 'matter.objection.decided',
      title: upheld ? `${row.number}复查: 异议成立, 文书撤回` : `${row.number}复查: 维持原文书`,
      body: input.reason,
      link: `/notices/${id}`,
    });
    await recordAudit(trx, auditActor(actor), {
      action: 'matter.notice.decide',
      targetType: 'supervision_notice',
      targetId: id,
      detail: { number: row.number, decision: input.decision },
    });
  });
}
