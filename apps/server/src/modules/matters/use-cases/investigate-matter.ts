import {
  type MatterDetail,
  type MatterRecordCreateSchema,
  RECORD_KIND_LABELS,
} from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { matterEvent } from '../matter-events.ts';
import type { MatterPorts } from '../matter-ports.ts';
import { actorLabel, assertHandles } from '../matters.policy.ts';
import * as repo from '../matters.repository.ts';
import type { MatterService } from '../matters.service.ts';
import { checkAttachments } from './matter-attachments.ts';

/** Assigns supervisors to investigate (two or more, each with a valid 监督证). */
export async function assignSupervisors(
  db: Db,
  ports: MatterPorts,
  matters: MatterService,
  actor: UserActor,
  id: string,
  officerIds: readonly string[],
): Promise<MatterDetail> {
  const row = await matters.visible(actor, id);
  assertHandles(actor, row, ['open', 'investigating', 'rectifying', 'verifying'], '指派监督人员');
  const today = ports.clock.today();
  const holders = await matters.candidates(actor, id);
  const chosen = [...new Set(officerIds)];
  const missing = chosen.filter((o) => !holders.some((h) => h.officerId === o));
  if (missing.length)
    throw new AppError('VALIDATION_FAILED', '所选人员中有人未持有有效的行政执法监督证, 或不属于本监督机构', {
      errors: [{ path: 'officerIds', message: '只能指派本监督机构持有有效监督证的人员' }],
    });
  const people = holders.filter((h) => chosen.includes(h.officerId));
  await db.transaction().execute(async (trx) => {
    await repo.insertSupervisors(
      trx,
      people.map((p) => ({
        matter_id: id,
        officer_id: p.officerId,
        name: p.name,
        certificate_number: p.certificateNumber,
        assigned_on: today,
      })),
    );
    if (row.status === 'open')
      await repo.changeMatter(trx, id, ['open'], {
        status: 'investigating',
        updated_at: ports.clock.now(),
      });
    const names = people.map((p) => `${p.name} (${p.certificateNumber})`).join('、');
    await repo.insertEvents(trx, [matterEvent(ports.clock.now(), id, 'assigned', actor, names)]);
    await recordAudit(trx, auditActor(actor), {
      action: 'matter.assign',
      targetType: 'matter',
      targetId: id,
      detail: { number: row.number, officers: people.map((p) => p.officerId) },
    });
  });
  return matters.detail(actor, id);
}

/** Records an investigation step, taken by two or more of the assigned supervisors. */
export async function addMatterRecord(
  db: Db,
  ports: MatterPorts,
  matters: MatterService,
  actor: UserActor,
  id: string,
  input: z.output<typeof MatterRecordCreateSchema>,
): Promise<MatterDetail> {
  const row = await matters.visible(actor, id);
  assertHandles(actor, row, ['investigating', 'rectifying', 'verifying'], '记录调查情况');
  const supervisors = await repo.supervisorsOf(db, id);
  const participants = supervisors.filter((s) => input.participantIds.includes(s.officer_id));
  if (participants.length < 2 || participants.length !== new Set(input.participantIds).size)
    throw new AppError('VALIDATION_FAILED', '参加调查的人员须为本事项指派的监督人员, 且不少于两人', {
      errors: [{ path: 'participantIds', message: '请选择两名以上本事项的监督人员' }],
    });
  await checkAttachments(ports, input.attachments);
  const now = ports.clock.now();
  await db.transaction().execute(async (trx) => {
    await repo.insertRecord(trx, {
      id: newId(),
      matter_id: id,
      kind: input.kind,
      happened_on: input.happenedOn,
      content: input.content,
      attachments: JSON.stringify(input.attachments),
      participants: JSON.stringify(participants.map((p) => p.name)),
      created_by: actorLabel(actor),
      created_at: now,
    });
    await repo.insertEvents(trx, [
      matterEvent(
        ports.clock.now(),
        id,
        'recorded',
        actor,
        `${RECORD_KIND_LABELS[input.kind]} (${input.happenedOn})`,
      ),
    ]);
    await recordAudit(trx, auditActor(actor), {
      action: 'matter.record',
      targetType: 'matter',
      targetId: id,
      detail: { number: row.number, kind: input.kind, attachments: input.attachments.length },
    });
  });
  return matters.detail(actor, id);
}
