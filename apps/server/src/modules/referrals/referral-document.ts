import { REFERRAL_MATERIAL_LABELS, type ReferralTarget } from '@jiandu/contracts/referral-labels';
import type { ReferralMaterial } from '@jiandu/contracts/referrals';
import { chineseDate } from '../../platform/calendar/dates.ts';
import type { DocParagraph } from '../../platform/files/docx.ts';

/** What a 移送书 says. */
export interface ReferralContent {
  targetKind: ReferralTarget;
  number: string;
  orgName: string;
  targetName: string;
  title: string;
  subjectName: string;
  suspectedOffence: string;
  facts: string;
  handlers: readonly { name: string; certificateNumber: string }[];
  materials: readonly ReferralMaterial[];
  approvedOn: string;
  sentOn: string;
}

/** The number of a referral document: the org's short name, 移, 〔year〕 and the sequence. */
export function referralNumber(orgShortName: string, year: number, seq: number): string {
  return `${orgShortName}移〔${year}〕${seq}号`;
}

/** The document's title by where it goes. */
export function documentTitle(target: ReferralTarget): string {
  return target === 'police' ? '涉嫌犯罪案件移送书' : '问题线索移送书';
}

const paragraphs = (text: string): DocParagraph[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t }));

/**
 * The body of a referral document as paragraphs for DOCX and PDF alike: org and title, number,
 * addressee, the lead and its subject, the facts, who handled it, the materials enclosed and a
 * request to acknowledge receipt and reply, the org and date.
 */
export function referralParagraphs(c: ReferralContent): DocParagraph[] {
  const criminal = c.targetKind === 'police';
  const handlers = c.handlers.map((h) => `${h.name} (执法证号 ${h.certificateNumber})`).join('、');
  return [
    { text: c.orgName, style: 'title' },
    { text: documentTitle(c.targetKind), style: 'title' },
    { text: c.number, style: 'subtitle' },
    { text: `${c.targetName}:`, style: 'plain' },
    {
      text: criminal
        ? `本机关在依法查处「${c.title}」过程中, 发现${c.subjectName}涉嫌${c.suspectedOffence}。经本机关负责人于${chineseDate(c.approvedOn)}批准, 根据《行政执法机关移送涉嫌犯罪案件的规定》第三条、第五条的规定, 现将该案移送你局依法处理。`
        : `本机关在工作中发现「${c.title}」的问题线索, 涉及${c.subjectName}, 涉嫌${c.suspectedOffence}。经本机关负责人于${chineseDate(c.approvedOn)}批准, 现将该线索移送你单位依规依纪依法处理。`,
    },
    { text: '一、涉嫌事实', style: 'heading' },
    ...paragraphs(c.facts),
    { text: '二、承办人员', style: 'heading' },
    { text: handlers },
    { text: '三、随附材料', style: 'heading' },
    ...c.materials.map((m, i) => ({
      text: `${i + 1}. ${m.title} (${REFERRAL_MATERIAL_LABELS[m.kind]}) ${m.copies}份${m.pages ? `, ${m.pages}页` : ''}`,
    })),
    {
      text: criminal
        ? '请你局在移送书回执上签字后退回本机关, 并自接受之日起3日内作出立案或者不予立案的决定, 书面告知本机关。'
        : '请在回执上签字后退回本机关, 并将处理结果及时反馈本机关。',
    },
    { text: `${c.orgName}\n${chineseDate(c.sentOn)}`, style: 'right' },
  ];
}
