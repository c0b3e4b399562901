import { CASE_KIND_LABELS } from '@jiandu/contracts/case-labels';
import { CERTIFICATE_STATUS_LABELS } from '@jiandu/contracts/certificate-labels';
import { type CaseRule, finding, NO_FINDINGS, parameter } from './case-rule.ts';
import { normalisedNumber } from './facts.ts';
import type { Finding } from './finding.ts';
import type { CertificateOnDay } from './reference.ts';

/*
 * The rules about who acted: how many officers, whether each held a valid enforcement certificate
 * of this agency on the act's day, and whether the legal reviewer was qualified on the review's day.
 */

/**
 * 执法人员不足两人: a penalty, inspection or coercive measure with fewer than `minOfficers` distinct
 * officers (certificate numbers compared trimmed and upper-cased, so a number listed twice counts
 * once) — 行政处罚法第四十二条, 行政强制法第十八条. Whether they were certified is OFFICER_NOT_CERTIFIED's.
 */
export const TOO_FEW_OFFICERS: CaseRule = {
  code: 'TOO_FEW_OFFICERS',
  version: 1,
  evaluate(facts, params) {
    if (facts.kind !== 'penalty' && facts.kind !== 'inspection' && facts.kind !== 'coercion')
      return NO_FINDINGS;
    const minOfficers = parameter(params, 'TOO_FEW_OFFICERS', 'minOfficers');
    const count = facts.officers.length;
    if (count >= minOfficers) return NO_FINDINGS;
    const numbers = facts.officers.map((o) => o.number);
    return [
      finding(
        TOO_FEW_OFFICERS,
        '',
        `本${CASE_KIND_LABELS[facts.kind]}案件只有${count}名执法人员 (${numbers.join('、')}), 少于${minOfficers}人`,
        { officers: numbers, count, kind: facts.kind },
        { minOfficers },
      ),
    ];
  },
};

const sameAgency = (a: string, b: string) => a === b || normalisedNumber(a) === normalisedNumber(b);

/** Why a certificate did not let its holder act for `agency` that day, or null when it did. */
function certificateProblem(certificate: CertificateOnDay, agency: string): string | null {
  if (!certificate.found) return '证号在执法证登记中不存在';
  if (certificate.type === 'supervision') return '是行政执法监督证, 不是行政执法证';
  if (certificate.agencyCreditCode !== null && !sameAgency(certificate.agencyCreditCode, agency))
    return `持证人当日属于其他执法主体 (${certificate.agencyCreditCode})`;
  if (certificate.valid) return null;
  return certificate.status === null ? '尚未颁发' : `状态为${CERTIFICATE_STATUS_LABELS[certificate.status]}`;
}

/**
 * 执法人员无有效执法证: one finding per officer (keyed by certificate number) whose certificate is
 * unknown, a supervision certificate, held by someone of another agency, or not valid (not yet
 * issued, expired, suspended, revoked, cancelled) on the act's day (行政处罚法第四十二条). A holder
 * whose agency the register does not know on that day is not taken for another agency's.
 */
export const OFFICER_NOT_CERTIFIED: CaseRule = {
  code: 'OFFICER_NOT_CERTIFIED',
  version: 1,
  evaluate(facts) {
    let out: Finding[] | null = null;
    for (const officer of facts.officers) {
      const problem = certificateProblem(officer.certificate, facts.agencyCreditCode);
      if (problem === null) continue;
      const found = finding(
        OFFICER_NOT_CERTIFIED,
        officer.number,
        `执法人员执法证 ${officer.number} 在${facts.actDay}${problem}`,
        {
          certificateNumber: officer.number,
          day: facts.actDay,
          found: officer.certificate.found,
          status: officer.certificate.status,
          type: officer.certificate.type,
          holderAgency: officer.certificate.agencyCreditCode,
          caseAgency: facts.agencyCreditCode,
        },
      );
      if (out === null) out = [found];
      else out.push(found);
    }
    return out ?? NO_FINDINGS;
  },
};

/** Why a reviewer was not qualified on the review's day, or null when they were. */
function reviewerProblem(certificate: CertificateOnDay): string | null {
  if (!certificate.found) return '证号在执法证登记中不存在';
  if (!certificate.valid)
    return certificate.status === null
      ? '执法证尚未颁发'
      : `执法证状态为${CERTIFICATE_STATUS_LABELS[certificate.status]}`;
  if (!certificate.legalReviewer) return '未登记为法制审核人员';
  return null;
}

/**
 * 法制审核人员不具备资格: a 法制审核 recorded by someone who, on the review's day, was not a
 * registered legal reviewer with a valid certificate (国办发〔2018〕118号). One finding per reviewer
 * (keyed by certificate number), naming their first unqualified review.
 */
export const REVIEWER_NOT_QUALIFIED: CaseRule = {
  code: 'REVIEWER_NOT_QUALIFIED',
  version: 1,
  evaluate(facts) {
    if (facts.reviews.length === 0) return NO_FINDINGS;
    let out: Finding[] | null = null;
    for (const review of facts.reviews) {
      const problem = reviewerProblem(review.certificate);
      if (problem === null || out?.some((f) => f.key === review.reviewer)) continue;
      const found = finding(
        REVIEWER_NOT_QUALIFIED,
        review.reviewer,
        `${review.day}的法制审核由 ${review.reviewer || '(未写明证号)'} 作出, 该人员${problem}`,
        {
          reviewer: review.reviewer,
          day: review.day,
          opinion: review.opinion,
          found: review.certificate.found,
          status: review.certificate.status,
          legalReviewer: review.certificate.legalReviewer,
        },
      );
      if (out === null) out = [found];
      else out.push(found);
    }
    return out ?? NO_FINDINGS;
  },
};
