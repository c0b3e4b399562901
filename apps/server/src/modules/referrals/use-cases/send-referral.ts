import { Readable } from 'node:stream';
import type { ReferralSendSchema } from '@jiandu/contracts/referrals';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { todayInShanghai } from '../../../platform/calendar/dates.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { buildDocx } from '../../../platform/files/docx.ts';
import { buildPdf } from '../../../platform/files/pdf.ts';
import { documentTitle, referralNumber, referralParagraphs } from '../referral-document.ts';
import { referralEvent } from '../referral-events.ts';
import { shanghai } from '../referral-periods.ts';
import type { ReferralPorts } from '../referral-ports.ts';
import { invalid } from '../referral-step.ts';
import { actorLabel, assertStep } from '../referrals.policy.ts';
import { materialsOf } from '../referrals.presenter.ts';
import * as repo from '../referrals.repository.ts';

/**
 * Sends an approved referral: numbers the 移送书 in the org's yearly sequence, renders it as PDF and
 * DOCX into the evidence store and records the sending date; a criminal transfer sent after its 24
 * hours is sent all the same, and the history says by how much it was late.
 */
export async function sendReferral(
  db: Db,
  ports: ReferralPorts,
  actor: UserActor,
  row: repo.ReferralRow,
  input: z.output<typeof ReferralSendSchema>,
): Promise<void> {
  assertStep(actor, row, 'referral.manage', ['approved'], '移送');
  const today = ports.clock.today();
  const approvedOn = todayInShanghai(new Date(row.decided_at!));
  if (input.sentOn > today) throw invalid('sentOn', '移送日期不能晚于今天');
  if (input.sentOn < approvedOn) throw invalid('sentOn', `移送日期不能早于批准日期 (${approvedOn})`);
  const now = ports.clock.now();
  const late = row.transfer_due_at !== null && now > row.transfer_due_at;
  const year = Number(input.sentOn.slice(0, 4));
  const title = documentTitle(row.target_kind);
  for (let attempt = 0; ; attempt += 1) {
    const seq = await repo.nextSeq(db, row.org_id, year);
    const number = referralNumber(row.org_short_name ?? row.org_name, year, seq);
    const paragraphs = referralParagraphs({
      targetKind: row.target_kind,
      number,
      orgName: row.org_name,
      targetName: row.target_name,
      title: row.title,
      subjectName: row.subject_name,
      suspectedOffence: row.suspected_offence,
      facts: row.facts,
      handlers: JSON.parse(row.handlers),
      materials: materialsOf(row),
      approvedOn,
      sentOn: input.sentOn,
    });
    const heading = `${title} ${number}`;
    const [pdf, docx] = await Promise.all([
      buildPdf(paragraphs, heading).then((b) => ports.blobs.store(Readable.from(b))),
      ports.blobs.store(Readable.from(buildDocx(paragraphs, heading))),
    ]);
    try {
      await db.transaction().execute(async (trx) => {
        const changed = await repo.changeReferral(trx, row.id, 'approved', {
          status: 'sent',
          stage: null,
          due_at: null,
          overdue_stage: null,
          year,
          seq,
          number,
          sent_on: input.sentOn,
          sent_by: actorLabel(actor),
          pdf_sha256: pdf.sha256,
          docx_sha256: docx.sha256,
          updated_at: now,
        });
        if (!changed) throw new AppError('CONFLICT', '该移送的状态刚被他人修改, 请刷新后重试');
        const lateNote = late ? `, 超过移送期限 (${shanghai(row.transfer_due_at!)})` : '';
        await repo.insertEvent(
          trx,
          referralEvent(
            now,
            row.id,
            'sent',
            actor,
            `${heading}, 移送日期 ${input.sentOn}${lateNote}${input.note ? `; ${input.note}` : ''}`,
          ),
        );
        await recordAudit(trx, auditActor(actor), {
          action: 'referral.send',
          targetType: 'referral',
          targetId: row.id,
          detail: { number, sentOn: input.sentOn, late, pdf: pdf.sha256 },
        });
      });
      return;
    } catch (error) {
      if (attempt < 3 && /unique|UNIQUE/.test(String((error as Error).message))) continue;
      throw error;
    }
  }
}
