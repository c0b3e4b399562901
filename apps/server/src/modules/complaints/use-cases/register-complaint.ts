import { randomInt } from 'node:crypto';
import type { ComplaintChannel, HotlineOrderType } from '@jiandu/contracts/complaint-labels';
import type { ComplaintEntrySchema } from '@jiandu/contracts/complaints';
import type { Attachment } from '@jiandu/contracts/matters';
import type { z } from 'zod';
import { type Actor, recordAudit } from '../../../platform/audit/audit.ts';
import { auditActor, type UserActor } from '../../../platform/authz/actor.ts';
import { addDays } from '../../../platform/calendar/dates.ts';
import { blindIndex, encryptField } from '../../../platform/crypto/field-cipher.ts';
import type { Db } from '../../../platform/db/tables.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { notify } from '../../../platform/notifications/notifications.ts';
import { complaintEvent } from '../complaint-events.ts';
import { complaintPasswordDigest } from '../complaint-password.ts';
import { dueDate, profileOf } from '../complaint-periods.ts';
import type { ComplaintPorts } from '../complaint-ports.ts';
import { bigrams, jaccard, matchKeys } from '../complaint-similarity.ts';
import { reaches } from '../complaints.policy.ts';
import * as repo from '../complaints.repository.ts';

/**
 * What any channel registers: the entry form, plus stored attachments, and for an imported 12345
 * work order its number and the hotline's deadline.
 */
export type ComplaintIntake = Omit<z.output<typeof ComplaintEntrySchema>, 'channel'> & {
  channel: ComplaintChannel;
  attachments: Attachment[];
  externalRef?: string;
  externalDueOn?: string | null;
  hotlineOrderType?: HotlineOrderType;
};

/** What the complainant keeps: the tracking code and the password shown once. */
export interface Registered {
  id: string;
  trackingCode: string;
  password: string;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const randomText = (length: number) =>
  Array.from({ length }, () => ALPHABET[randomInt(0, ALPHABET.length)]).join('');
const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { errors: [{ path, message }] });

/** The blind index of a phone number, for duplicate detection and the per-phone limit. */
export function phoneIndex(ports: ComplaintPorts, phone: string): string {
  return blindIndex(ports.keyring, phone, 'phone');
}

/**
 * Registers a complaint from any channel: finds the agency named, routes it to the supervising
 * org of the place (its own, then the county's, the city's, the province's), computes the
 * acceptance deadline by the channel's profile, stores the identity encrypted and the password as
 * a hash, links earlier complaints it duplicates, tells the handling org, and audits it. `by` is
 * the handler entering or importing it, or null for the public portal.
 */
export async function registerComplaint(
  db: Db,
  ports: ComplaintPorts,
  input: ComplaintIntake,
  by: UserActor | null,
  /** Runs first in the registration's transaction (the portal spends its challenge there, one commit for both). */
  first?: (trx: Db) => Promise<void>,
): Promise<Registered> {
  let regionCode = input.regionCode;
  let agency: { id: string; path: string } | null = null;
  const target = { ...input.target };
  // A certificate number names the officer and, unless the complaint names another, the agency.
  if (target.certificateNumber) {
    const holder = await ports.certificateHolder(target.certificateNumber);
    if (!holder) throw invalid('target.certificateNumber', `执法证件编号不存在: ${target.certificateNumber}`);
    target.officerName ||= holder.officerName;
    if (!target.agencyId && !target.agencyCreditCode) target.agencyId = holder.orgId;
  }
  if (!target.agencyId && target.agencyCreditCode) {
    const org = await ports.orgs.findByCreditCode(target.agencyCreditCode);
    if (!org || (org.kind !== 'agency' && org.kind !== 'township_government'))
      throw invalid('target.agencyCreditCode', '该统一社会信用代码不属于已登记的执法机关');
    target.agencyId = org.id;
  }
  if (target.agencyId) {
    const org = await ports.orgs.findById(target.agencyId);
    if (!org || (org.kind !== 'agency' && org.kind !== 'township_government'))
      throw invalid('target.agencyId', '被投诉的执法机关不存在');
    agency = org;
    regionCode = org.region_code;
    target.agencyName ||= org.name;
  }
  const handler = await handlingOrg(ports, regionCode);
  if (!handler) throw invalid('regionCode', '该地区尚无受理投诉举报的监督机构');
  if (
    by &&
    !reaches(by, 'complaint.handle', {
      org_id: handler.id,
      org_path: handler.path,
      region_code: handler.region_code,
    })
  )
    throw new AppError('FORBIDDEN', '该地区的投诉举报不在您的办理范围内');
  const profileName = profileOf(input.channel);
  const profile = ports.periods.profiles[profileName];
  const today = ports.clock.today();
  const registeredOn = input.receivedOn && input.receivedOn <= today ? input.receivedOn : today;
  const accept = dueDate(
    await ports.calendar.calendar(),
    registeredOn,
    profile.acceptAmount,
    profile.acceptUnit,
    profile.acceptBasis,
  );
  const id = newId();
  const trackingCode = `TS${registeredOn.replaceAll('-', '')}${randomText(6)}`;
  const password = randomText(8);
  const person = input.anonymous ? undefined : input.complainant;
  const phone = person ? phoneIndex(ports, person.phone) : null;
  const now = ports.clock.now();
  const row = {
    id,
    tracking_code: trackingCode,
    password_hash: complaintPasswordDigest(ports.keyring, trackingCode, password),
    channel: input.channel,
    profile: profileName,
    org_id: handler.id,
    region_code: handler.region_code,
    agency_org_id: agency?.id ?? null,
    target: JSON.stringify(target),
    category: input.category,
    title: input.title,
    content: input.content,
    attachments: JSON.stringify(input.attachments),
    anonymous: input.anonymous ? 1 : 0,
    confidential: input.confidential ? 1 : 0,
    name_enc: person ? encryptField(ports.keyring, person.name) : null,
    phone_enc: person ? encryptField(ports.keyring, person.phone) : null,
    id_number_enc: person?.idNumber ? encryptField(ports.keyring, person.idNumber.toUpperCase()) : null,
    phone_index: phone,
    status: 'registered' as const,
    stage: 'accept' as const,
    due_on: accept.due,
    overdue_stage: null,
    registered_on: registeredOn,
    registered_by: by ? `${by.displayName}(${by.orgName})` : '网上投诉',
    accept_due_on: accept.due,
    accept_due_rule: accept.rule,
    reopen_count: 0,
    external_ref: input.externalRef ?? null,
    external_due_on: input.externalDueOn ?? null,
    hotline_order_type: input.hotlineOrderType ?? null,
    created_at: now,
    updated_at: now,
  };
  const since = addDays(registeredOn, -ports.periods.duplicateWindowDays);
  await db.transaction().execute(async (trx) => {
    await first?.(trx);
    await repo.insertComplaint(trx, row);
    const links = await duplicates(trx, ports, { ...row, target }, since);
    for (const link of links)
      await repo.insertLink(trx, {
        complaint_id: id,
        related_id: link.id,
        reason: link.reason,
        created_at: now,
      });
    const notes = [
      input.externalRef ? `12345工单 ${input.externalRef}` : null,
      input.externalDueOn ? `热线承办时限 ${input.externalDueOn}` : null,
      links.length ? `发现${links.length}件相关投诉` : null,
    ].filter((n) => n !== null);
    await repo.insertEvent(
      trx,
      complaintEvent(now, id, 'registered', by ?? '投诉人', notes.join('; ') || null),
    );
    await notify(trx, {
      orgId: handler.id,
      kind: 'complaint.registered',
      title: `新的投诉举报「${input.title}」`,
      body: `请于${accept.due}前作出是否受理的决定。`,
      link: `/complaints/${id}`,
      dedupeKey: `complaint:${id}:registered`,
    });
    const actor: Actor = by ? auditActor(by) : { id: null, name: 'public' };
    await recordAudit(trx, actor, {
      action: by ? 'complaint.register' : 'complaint.submit',
      targetType: 'complaint',
      targetId: id,
      detail: {
        trackingCode,
        channel: input.channel,
        ...(input.externalRef ? { externalRef: input.externalRef } : {}),
        anonymous: input.anonymous,
        org: handler.id,
        duplicates: links.map((l) => l.id),
      },
    });
  });
  return { id, trackingCode, password };
}

/** The supervisor nearest the place: its own (a township's office), the county's, the city's, the province's. */
async function handlingOrg(ports: ComplaintPorts, regionCode: string) {
  const county = regionCode.slice(0, 6);
  for (const code of new Set([regionCode, county, `${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`])) {
    const org = await ports.orgs.supervisorOfRegion(code);
    if (org) return org;
  }
  return undefined;
}

/**
 * Earlier complaints this one repeats: the same phone, the same target (agency with the same
 * officer or case), or content whose character-bigram similarity reaches the threshold.
 */
async function duplicates(
  db: Db,
  ports: ComplaintPorts,
  row: {
    id: string;
    phone_index: string | null;
    agency_org_id: string | null;
    target: ComplaintIntake['target'];
    title: string;
    content: string;
    registered_on: string;
  },
  since: string,
): Promise<{ id: string; reason: string }[]> {
  const found: { id: string; reason: string }[] = [];
  const threshold = ports.periods.similarityThreshold;
  const mine = bigrams(`${row.title}${row.content}`);
  // Only complaints sharing a key (phone, case, officer, a similarity band) can be duplicates; the
  // keys are stored with this complaint for the ones after it.
  const keys = matchKeys({ ...row, target: JSON.stringify(row.target) }, mine);
  await repo.insertMatchKeys(db, row.id, row.registered_on, keys);
  for (const other of await repo.complaintsSharingKeys(db, keys, since, row.id)) {
    const reasons: string[] = [];
    if (row.phone_index && other.phone_index === row.phone_index) reasons.push('同一联系电话');
    if (sameTarget(row, other)) reasons.push('投诉对象相同');
    const score = jaccard(mine, bigrams(`${other.title}${other.content}`));
    if (score >= threshold) reasons.push(`内容相似度${score.toFixed(2)}`);
    if (reasons.length) found.push({ id: other.id, reason: reasons.join('; ') });
  }
  return found;
}

function sameTarget(
  a: { agency_org_id: string | null; target: ComplaintIntake['target'] },
  b: { agency_org_id: string | null; target: string },
): boolean {
  const t = JSON.parse(b.target) as ComplaintIntake['target'];
  if (a.target.certificateNumber && a.target.certificateNumber === t.certificateNumber) return true;
  if (a.target.caseId && a.target.caseId === t.caseId) return true;
  if (a.target.caseNumber && a.target.caseNumber === t.caseNumber) return true;
  const agency = a.agency_org_id ?? a.target.agencyName;
  const other = b.agency_org_id ?? t.agencyName;
  return !!agency && agency === other && !!a.target.officerName && a.target.officerName === t.officerName;
}
