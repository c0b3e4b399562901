import type { ReferralDraftSchema } from '@jiandu/contracts/referrals';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { referralEvent } from '../referral-events.ts';
import type { ReferralPorts } from '../referral-ports.ts';
import { applyStep, onReferral } from '../referral-step.ts';
import { actorLabel, assertStep, reaches } from '../referrals.policy.ts';
import { materialsOf } from '../referrals.presenter.ts';
import * as repo from '../referrals.repository.ts';
import { type CheckedDraft, checkDraft } from './check-draft.ts';

type Draft = z.output<typeof ReferralDraftSchema>;

function draftColumns(input: Draft, checked: CheckedDraft) {
  return {
    title: input.title,
    target_kind: input.targetKind,
    target_name: input.targetName,
    origin: input.origin,
    origin_ref: checked.originRef,
    origin_label: checked.originLabel,
    subject_name: input.subjectName,
    suspected_offence: input.suspectedOffence,
    facts: input.facts,
    handlers: JSON.stringify(checked.handlers),
    materials: JSON.stringify(input.materials),
  };
}

/** Drafts a referral for the user's own org; returns its id. */
export async function createReferral(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  input: Draft,
): Promise<string> {
  const org = await ports.orgs.findById(actor.orgId);
  if (
    !org ||
    !reaches(actor, 'referral.manage', { org_id: org.id, org_path: org.path, region_code: org.region_code })
  )
    throw new AppError('FORBIDDEN', '您没有为本单位办理线索移送的权限');
  const checked = await checkDraft(ports, actor, org.path, input);
  const id = newId();
  const now = ports.clock.now();
  await db.transaction().execute(async (trx) => {
    await repo.insertReferral(trx, {
      id,
      org_id: org.id,
      region_code: org.region_code,
      ...draftColumns(input, checked),
      status: 'draft',
      drafted_on: ports.clock.today(),
      drafted_by: actorLabel(actor),
      receipt_attachments: '[]',
      feedback_attachments: '[]',
      created_at: now,
      updated_at: now,
    });
    await repo.insertEvent(trx, referralEvent(now, id, 'drafted', actor, input.title));
    await recordAudit(trx, auditActor(actor), {
      action: 'referral.create',
      targetType: 'referral',
      targetId: id,
      detail: { target: input.targetKind, origin: input.origin, originRef: input.originRef },
    });
  });
  return id;
}

/**
 * Changes a draft (the whole draft is sent again), or revises a referral the head refused so it can
 * be submitted again; the refusal stays in the approval rounds.
 */
export async function updateReferral(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  input: Draft,
): Promise<void> {
  assertStep(actor, row, 'referral.manage', ['draft', 'refused'], '修改');
  const checked = await checkDraft(ports, actor, row.org_path, input);
  await applyStep(db, ports, actor, row, {
    expected: row.status,
    set: draftColumns(input, checked),
    event: 'updated',
    note: row.status === 'refused' ? '不予批准后修改' : null,
    audit: (trx) =>
      recordAudit(trx, auditActor(actor), {
        action: 'referral.update',
        ...onReferral(row, {
          before: { title: row.title, target: row.target_kind, materials: materialsOf(row).length },
          after: { title: input.title, target: input.targetKind, materials: input.materials.length },
        }),
      }),
  });
}
