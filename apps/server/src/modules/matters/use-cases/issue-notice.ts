import { Readable } from 'node:stream';
import { NOTICE_KIND_LABELS, type NoticeKind } from '@jiandu/contracts/matter-labels';
import type { NoticeIssueSchema } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { buildDocx } from '../../../platform/files/docx.ts';
import { buildPdf } from '../../../platform/files/pdf.ts';
import { newId } from '../../../platform/ids.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import { matterEvent } from '../matter-events.ts';
import type { MatterPorts } from '../matter-ports.ts';
import { settleMatter } from '../matter-settle.ts';
import { actorLabel, assertHandles } from '../matters.policy.ts';
import * as repo from '../matters.repository.ts';
import type { MatterService } from '../matters.service.ts';
import { noticeNumber, noticeParagraphs } from '../notice-document.ts';
import * as notices from '../notices.repository.ts';
import { assertManualDue, noticeDue, objectionUntil } from '../supervision-periods.ts';

/** Issues a notice on a matter that has been investigated by two or more supervisors. */
export async function issueNotice(
  db: Db,
  ports: MatterPorts,
  matters: MatterService,
  actor: UserActor,
  matterId: string,
  input: z.output<typeof NoticeIssueSchema>,
): Promise<string> {
  const row = await matters.visible(actor, matterId);
  assertHandles(actor, row, ['investigating', 'rectifying', 'verifying'], '制发监督文书');
  if (input.kind === 'decision' && row.mode !== 'binding')
    throw new AppError('CONFLICT', '柔性监督事项只能制发监督通知书、建议书或意见书; 监督决定书用于刚性监督');
  const [supervisors, records] = await Promise.all([
    repo.supervisorsOf(db, matterId),
    repo.recordsOf(db, matterId),
  ]);
  if (supervisors.length < 2 || !records.length)
    throw new AppError('CONFLICT', '制发监督文书前, 应由两名以上监督人员完成调查并记录调查情况');
  const today = ports.clock.today();
  const calendar = await ports.calendar.calendar();
  const periods = ports.periods;
  let due = noticeDue(calendar, periods, input.kind, today);
  if (input.dueOn) {
    assertManualDue(input.dueOn, today);
    due = { due: input.dueOn, explanation: `监督机构确定的期限: ${input.dueOn}。` };
  }
  const objection = objectionUntil(calendar, periods, today);
  const orgs = await ports.orgs.findByIds([row.org_id, row.agency_org_id]);
  const issuer = orgs.find((o) => o.id === row.org_id)!;
  const agency = orgs.find((o) => o.id === row.agency_org_id)!;
  const year = Number(today.slice(0, 4));
  // The number is taken optimistically; two notices issued at once by one org retry on the
  // unique (org, kind, year, seq).
  for (let attempt = 0; ; attempt += 1) {
    const seq = await repo.nextNoticeSeq(db, row.org_id, input.kind, year);
    const number = noticeNumber(issuer.short_name ?? issuer.name, input.kind, year, seq);
    const paragraphs = noticeParagraphs({
      kind: input.kind,
      number,
      issuerName: issuer.name,
      agencyName: agency.name,
      matterNumber: row.number,
      matterTitle: row.title,
      openedOn: row.opened_on,
      supervisors: supervisors.map((s) => ({ name: s.name, certificateNumber: s.certificate_number })),
      findings: input.findings,
      basis: input.basis,
      requirements: input.requirements,
      issuedOn: today,
      dueOn: due.due,
      objectionUntil: objection.due,
      objectionWorkingDays: periods.objectionWorkingDays,
    });
    const title = `${NOTICE_KIND_LABELS[input.kind]} ${number}`;
    const [pdf, docx] = await Promise.all([
      buildPdf(paragraphs, title).then((b) => ports.blobs.store(Readable.from(b))),
      ports.blobs.store(Readable.from(buildDocx(paragraphs, title))),
    ]);
    const id = newId();
    try {
      await db.transaction().execute(async (trx) => {
        await notices.insertNotice(trx, {
          id,
          matter_id: matterId,
          org_id: row.org_id,
          agency_org_id: row.agency_org_id,
          kind: input.kind,
          year,
          seq,
          number,
          findings: input.findings,
          requirements: input.requirements,
          basis: input.basis,
          issued_on: today,
          issued_by: actorLabel(actor),
          due_on: due.due,
          due_rule: due.explanation,
          objection_until: objection.due,
          status: 'issued',
          read_at: null,
          read_by: null,
          pdf_sha256: pdf.sha256,
          docx_sha256: docx.sha256,
          reminded_step: 0,
          created_at: ports.clock.now(),
        });
        await settleMatter(trx, matterId);
        const events = [
          matterEvent(ports.clock.now(), matterId, 'notice_issued', actor, `${title}, 期限 ${due.due}`, id),
        ];
        await notify(trx, {
          orgId: row.agency_org_id,
          kind: 'matter.notice',
          title: `收到${NOTICE_KIND_LABELS[input.kind]}`,
          body: `${issuer.name}向你单位制发${title}, 请签收并于${due.due}前报送整改情况。`,
          link: `/notices/${id}`,
        });
        const delivered = await ports.sources.enqueueForOrg(
          trx,
          row.agency_path,
          'supervision.notice.issued',
          `notice:${id}`,
          noticePayload(
            { id, number, kind: input.kind, matterNumber: row.number, issuerName: issuer.name },
            input,
            due.due,
            objection.due,
            today,
          ),
        );
        if (delivered.length)
          events.push(
            matterEvent(
              ports.clock.now(),
              matterId,
              'notice_delivered',
              null,
              `已推送至 ${delivered.length} 个业务系统`,
              id,
            ),
          );
        await repo.insertEvents(trx, events);
        await recordAudit(trx, auditActor(actor), {
          action: 'matter.notice.issue',
          targetType: 'supervision_notice',
          targetId: id,
          detail: { matter: row.number, number, kind: input.kind, dueOn: due.due, pdf: pdf.sha256 },
        });
      });
      return id;
    } catch (error) {
      if (attempt < 3 && /unique|UNIQUE/.test(String((error as Error).message))) continue;
      throw error;
    }
  }
}

function noticePayload(
  head: { id: string; number: string; kind: NoticeKind; matterNumber: string; issuerName: string },
  input: z.output<typeof NoticeIssueSchema>,
  dueOn: string,
  objectionUntil: string,
  issuedOn: string,
) {
  return {
    ...head,
    kindName: NOTICE_KIND_LABELS[head.kind],
    issuedOn,
    dueOn,
    objectionUntil,
    findings: input.findings,
    requirements: input.requirements,
    basis: input.basis,
  };
}
