import type { ReferralDraftSchema } from '@jiandu/contracts/referrals';
import type { z } from 'zod';
import { scopesFor, type UserActor } from '../../../platform/authz/actor.ts';
import { scopeReaches } from '../../../platform/authz/scope.ts';
import { AppError } from '../../../platform/errors.ts';
import type { ReferralPorts } from '../referral-ports.ts';
import { assertUploaded, invalid } from '../referral-step.ts';

type Draft = z.output<typeof ReferralDraftSchema>;

/** The checked parts of a draft that are stored beside the input. */
export interface CheckedDraft {
  originLabel: string | null;
  /** The reference as stored: a complaint's tracking code as issued (upper case). */
  originRef: string | null;
  handlers: { certificateNumber: string; name: string }[];
}

/**
 * Checks a draft of the org at `orgPath`: what it came from (a case, matter or complaint the user
 * may see, each asked of its own module), the handlers (officers
 * of the org or its units holding a certificate valid today; two or more for a criminal transfer,
 * 规定第五条) and that every attached file was uploaded.
 */
export async function checkDraft(
  ports: ReferralPorts,
  actor: UserActor,
  orgPath: string,
  input: Draft,
): Promise<CheckedDraft> {
  const origin = await originOf(ports, actor, input);
  const numbers = [...new Set(input.handlers.map((h) => h.toUpperCase()))];
  if (input.targetKind === 'police' && numbers.length < 2)
    throw invalid('handlers', '移送涉嫌犯罪案件应当由两名以上行政执法人员组成专案组承办');
  const holders = await ports.certificates.officersByCertificate(numbers, ports.clock.today());
  const orgs = await ports.orgs.findByIds([...holders.values()].flatMap((h) => (h.orgId ? [h.orgId] : [])));
  const handlers = numbers.map((number) => {
    const holder = holders.get(number);
    const org = orgs.find((o) => o.id === holder?.orgId);
    if (!holder?.exists || !holder.valid || !holder.officerName)
      throw invalid(
        'handlers',
        `执法证号 ${number} 不存在或今日不在有效期内${holder?.reason ? `: ${holder.reason}` : ''}`,
      );
    if (!org?.path.startsWith(orgPath))
      throw invalid('handlers', `执法证号 ${number} 的持证人不是本单位 (或下属单位) 的人员`);
    return { certificateNumber: holder.number, name: holder.officerName };
  });
  await assertUploaded(
    ports,
    input.materials.flatMap((m) => (m.attachment ? [m.attachment] : [])),
    'materials',
  );
  return { originLabel: origin.label, originRef: origin.ref, handlers };
}

async function originOf(
  ports: ReferralPorts,
  actor: UserActor,
  input: Draft,
): Promise<{ label: string | null; ref: string | null }> {
  const ref = input.originRef;
  if (input.origin === 'manual') return { label: null, ref };
  if (!ref) throw invalid('originRef', '请注明线索来源 (案件、监督事项或投诉举报的编号)');
  if (input.origin === 'complaint') return complaintOrigin(ports, actor, ref);
  if (input.origin === 'case') {
    const [brief] = await ports.cases.caseBriefs([ref]);
    if (
      !brief ||
      !scopeReaches(scopesFor(actor, 'case.read'), {
        id: brief.org_id,
        path: brief.org_path,
        regionCode: brief.region_code,
      })
    )
      throw invalid('originRef', '所选案件不存在或不在您的数据范围内');
    return { label: `执法案件 ${brief.external_id} ${brief.title}`, ref };
  }
  try {
    const matter = await ports.matters.visible(actor, ref);
    return { label: `监督事项 ${matter.number} ${matter.title}`, ref };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      throw invalid('originRef', '所选监督事项不存在或不在您的数据范围内');
    throw error;
  }
}

/**
 * A complaint named by its tracking code, looked up in the complaints the user may read (the
 * complaints module's own list, so its scope rules apply and nothing about the complainant is read).
 */
async function complaintOrigin(
  ports: ReferralPorts,
  actor: UserActor,
  ref: string,
): Promise<{ label: string; ref: string }> {
  // Tracking codes are issued in upper case; PostgreSQL compares case-sensitively.
  const code = ref.toUpperCase();
  const page = await ports.complaints.list(actor, { q: code }, { page: 1, pageSize: 100, order: 'asc' });
  const found = page.items.find((c) => c.trackingCode === code);
  if (!found) throw invalid('originRef', '所选投诉举报不存在或不在您的数据范围内');
  return { label: `投诉举报 ${found.trackingCode} ${found.title}`, ref: found.trackingCode };
}
