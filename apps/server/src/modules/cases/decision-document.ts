import type { CaseRefusal } from '@jiandu/contracts/case-handling';
import { shanghaiDay } from '@jiandu/contracts/case-labels';
import { CIRCUMSTANCE_LABELS, PENALTY_TYPE_LABELS } from '@jiandu/contracts/catalogue-labels';
import type { CaseRecord } from '@jiandu/contracts/exchange';
import type { DocParagraph } from '../../platform/files/docx.ts';
import { maskIdNumber, maskName } from '../../platform/masking.ts';

/** What the document is built from besides the record. */
export interface DecisionDocumentInput {
  record: CaseRecord;
  agencyName: string;
  /** False prints the person's name and ID number masked (a reader who is not handling the case). */
  revealPersonalData: boolean;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 2026年11月18日 → 二〇二六年十一月十八日, as official documents date themselves. */
export function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const small = (n: number) =>
    n < 10
      ? CHINESE_DIGITS[n]!
      : n === 10
        ? '十'
        : n < 20
          ? `十${CHINESE_DIGITS[n - 10]}`
          : `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  return `${[...String(y)].map((c) => CHINESE_DIGITS[Number(c)]).join('')}年${small(m)}月${small(d)}日`;
}

/** The elements 行政处罚法第五十九条 requires that the record does not have. */
export function missingElements(record: CaseRecord): string[] {
  const missing: string[] = [];
  const decision = record.decision;
  const decided = record.events.find((e) => e.type === 'decided');
  if (record.kind !== 'penalty' || !decided || !decision) return ['行政处罚决定 (本案尚未作出行政处罚决定)'];
  if (!record.party) missing.push('当事人');
  else if (!record.party.address) missing.push(record.party.type === 'person' ? '当事人住址' : '当事人住所');
  if (!decision.facts) missing.push('违法事实和证据');
  if (!decision.legalBasis) missing.push('处罚依据');
  if (!decision.penalties.length && decision.circumstance !== 'exempt') missing.push('处罚种类和数额');
  return missing;
}

/** Why a document cannot be generated, as a refusal naming Article 59. */
export function incompleteRefusal(missing: string[]): CaseRefusal {
  return {
    rule: 'DECISION_DOCUMENT_INCOMPLETE',
    basis: '行政处罚法第五十九条',
    message: `行政处罚决定书应当载明的事项缺失: ${missing.join('、')}`,
  };
}

function penaltyLine(type: string, amount?: number): string {
  if (type === 'fine')
    return `罚款人民币${(amount ?? 0).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`;
  return PENALTY_TYPE_LABELS[type as keyof typeof PENALTY_TYPE_LABELS] ?? type;
}

/**
 * The paragraphs of a 行政处罚决定书 with every element of 行政处罚法第五十九条: the party, the facts
 * and evidence, the penalty and its basis, how and by when to perform it, the remedies and their
 * periods, the organ and the date (the seal is affixed on paper).
 */
export function decisionDocument(input: DecisionDocumentInput): DocParagraph[] {
  const { record, agencyName, revealPersonalData } = input;
  const decision = record.decision!;
  const party = record.party!;
  const day = shanghaiDay(record.events.find((e) => e.type === 'decided')!.at)!;
  const partyLines =
    party.type === 'person'
      ? [
          `当事人: ${revealPersonalData ? party.name : maskName(party.name)}`,
          `身份证件号码: ${revealPersonalData ? party.idNumber : maskIdNumber(party.idNumber)}`,
          `住址: ${revealPersonalData ? party.address : '(已隐去)'}`,
        ]
      : [`当事人: ${party.name}`, `统一社会信用代码: ${party.creditCode}`, `住所: ${party.address}`];
  const penalties = decision.penalties.map((p, i) => `${i + 1}. ${penaltyLine(p.type, p.amount)}`);
  const fined = decision.penalties.some((p) => p.type === 'fine');
  return [
    { text: agencyName, style: 'title' },
    { text: '行政处罚决定书', style: 'title' },
    { text: decision.documentNumber ?? record.externalId, style: 'subtitle' },
    ...partyLines.map((text) => ({ text, style: 'body' as const })),
    { text: `案由: ${record.title ?? ''}`, style: 'body' },
    { text: '一、违法事实和证据', style: 'heading' },
    { text: decision.facts ?? '', style: 'body' },
    { text: '二、行政处罚的种类和依据', style: 'heading' },
    {
      text: `依据${decision.legalBasis}, 综合考虑本案情节 (${decision.circumstance ? CIRCUMSTANCE_LABELS[decision.circumstance] : '一般处罚'}), 本机关决定对当事人作出如下行政处罚:`,
      style: 'body',
    },
    ...penalties.map((text) => ({ text, style: 'body' as const })),
    { text: '三、履行方式和期限', style: 'heading' },
    {
      text: fined
        ? '当事人应当自收到本决定书之日起十五日内, 到指定的银行或者通过电子支付系统缴纳罚款。逾期不缴纳罚款的, 本机关将每日按罚款数额的百分之三加处罚款, 加处罚款的数额不超过罚款的数额, 并依法申请人民法院强制执行。'
        : '当事人应当自收到本决定书之日起履行本决定。',
      style: 'body',
    },
    { text: '四、申请行政复议或者提起行政诉讼的途径和期限', style: 'heading' },
    {
      text: '当事人对本决定不服的, 可以自收到本决定书之日起六十日内依法申请行政复议, 或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。行政复议和行政诉讼期间, 本决定不停止执行, 法律另有规定的除外。',
      style: 'body',
    },
    { text: agencyName, style: 'right' },
    { text: chineseDate(day), style: 'right' },
    { text: '(印章)', style: 'right' },
  ];
}
