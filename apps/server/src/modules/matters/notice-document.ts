import { NOTICE_KIND_LABELS, NOTICE_NUMBER_WORDS, type NoticeKind } from '@jiandu/contracts/matter-labels';
import { chineseDate } from '../../platform/calendar/dates.ts';
import type { DocParagraph } from '../../platform/files/docx.ts';

/** What a notice document says. */
export interface NoticeContent {
  kind: NoticeKind;
  number: string;
  issuerName: string;
  agencyName: string;
  matterNumber: string;
  matterTitle: string;
  openedOn: string;
  supervisors: readonly { name: string; certificateNumber: string }[];
  findings: string;
  basis: string;
  requirements: string;
  issuedOn: string;
  dueOn: string;
  objectionUntil: string;
  objectionWorkingDays: number;
}

/** The number of a notice: the issuer's short name, 执监, the kind's word, 〔year〕 and the sequence. */
export function noticeNumber(issuerShortName: string, kind: NoticeKind, year: number, seq: number): string {
  return `${issuerShortName}执监${NOTICE_NUMBER_WORDS[kind]}〔${year}〕${seq}号`;
}

const VERB: Record<NoticeKind, string> = {
  notification: '通知',
  recommendation: '提出如下建议',
  opinion: '提出如下监督意见',
  decision: '作出如下监督决定',
};

const REPORT: Record<NoticeKind, string> = {
  notification: '办理情况',
  recommendation: '采纳和落实情况',
  opinion: '自行纠正和整改情况',
  decision: '执行情况',
};

const paragraphs = (text: string): DocParagraph[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t }));

/**
 * The body of a supervision notice as paragraphs for DOCX and PDF alike: issuer and title, number,
 * addressee, how the matter came about and who investigated, the problems found, the basis, what
 * must be done and by when, how to object, the issuer and date.
 */
export function noticeParagraphs(c: NoticeContent): DocParagraph[] {
  const label = NOTICE_KIND_LABELS[c.kind];
  const investigators = c.supervisors.map((s) => `${s.name} (监督证号 ${s.certificateNumber})`).join('、');
  return [
    { text: c.issuerName, style: 'title' },
    { text: label, style: 'title' },
    { text: c.number, style: 'subtitle' },
    { text: `${c.agencyName}:`, style: 'plain' },
    {
      text: `本机关于${chineseDate(c.openedOn)}对你单位「${c.matterTitle}」立项监督 (事项编号 ${c.matterNumber}), 由行政执法监督人员${investigators}进行了调查。现依法${VERB[c.kind]}:`,
    },
    { text: '一、查明的问题', style: 'heading' },
    ...paragraphs(c.findings),
    { text: '二、依据', style: 'heading' },
    ...paragraphs(c.basis),
    { text: c.kind === 'decision' ? '三、监督决定' : '三、整改要求', style: 'heading' },
    ...paragraphs(c.requirements),
    {
      text: `请你单位于${chineseDate(c.dueOn)}前, 将${REPORT[c.kind]}通过行政执法协调监督平台书面报告本机关, 并附相关证明材料。逾期未报告的, 本机关将依规约谈或通报。`,
    },
    {
      text: `你单位如对本${label.replace('行政执法监督', '')}有异议, 可自收到之日起${c.objectionWorkingDays}个工作日内 (至${chineseDate(c.objectionUntil)}) 向本机关书面申请复查; 复查期间不停止执行。`,
    },
    { text: `${c.issuerName}\n${chineseDate(c.issuedOn)}`, style: 'right' },
  ];
}
