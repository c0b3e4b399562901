import {
  MATTER_ORIGIN_LABELS,
  MATTER_PROBLEM_LABELS,
  NOTICE_KIND_LABELS,
} from '@jiandu/contracts/matter-labels';
import { type PlanFigures, TASK_STATUS_LABELS, type TaskStatus } from '@jiandu/contracts/supervision-plans';
import { chineseDate } from '../../platform/calendar/dates.ts';
import type { DocParagraph } from '../../platform/files/docx.ts';

/** What the year-end summary says. */
export interface PlanReportContent {
  orgName: string;
  year: number;
  title: string;
  conclusion: string;
  figures: PlanFigures;
  tasks: readonly { seq: number; title: string; status: TaskStatus; progressNote: string | null }[];
  concludedOn: string;
}

function listing(counts: Record<string, number>, labels: Record<string, string>): string {
  const parts = Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${labels[k] ?? k}${n}件`);
  return parts.length ? parts.join('、') : '无';
}

/**
 * The year-end summary of a supervision plan (年度行政执法监督工作总结) as paragraphs for DOCX and PDF:
 * the bureau's own conclusion, then the year's figures drawn from the platform (matters, notices,
 * warnings, campaigns) and each planned task with where it ended.
 */
export function planReportParagraphs(c: PlanReportContent): DocParagraph[] {
  const f = c.figures;
  const paragraphs = (text: string): DocParagraph[] =>
    text
      .split(/\n+/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => ({ text: t }));
  return [
    { text: c.orgName, style: 'title' },
    { text: `${c.year}年度行政执法监督工作总结`, style: 'title' },
    { text: `(${c.title})`, style: 'subtitle' },
    { text: '一、总体情况', style: 'heading' },
    ...paragraphs(c.conclusion),
    { text: '二、主要数据', style: 'heading' },
    {
      text: `全年立项监督事项${f.matters.opened}件, 办结${f.matters.closed}件, 年末在办${f.matters.open}件 (其中逾期未整改${f.matters.overdue}件)。按来源: ${listing(f.matters.byOrigin, MATTER_ORIGIN_LABELS)}。按问题类型: ${listing(f.matters.byProblem, MATTER_PROBLEM_LABELS)}。`,
    },
    {
      text: `制发监督文书${f.notices.issued}份 (${listing(f.notices.byKind, NOTICE_KIND_LABELS).replace(/件/g, '份')}), 其中整改经核查通过${f.notices.accepted}份; 执法机关申请复查${f.notices.objections}次; 约谈、通报等升级督办${f.notices.escalations}次。`,
    },
    {
      text: `监督预警发现问题${f.warnings.found}条, 其中执法机关自行纠正后解除${f.warnings.resolved}条, 转为监督事项${f.warnings.toMatters}条, 核实后排除${f.warnings.dismissed}条。${
        f.warnings.topRules.length
          ? `发现较多的问题依次为: ${f.warnings.topRules.map((r) => `${r.name}(${r.count}条)`).join('、')}。`
          : ''
      }`,
    },
    {
      text: `开展专项监督${f.campaigns.held}项, 形成检查记录${f.campaigns.findings}条, 发现问题${f.campaigns.problems}个。`,
    },
    { text: '三、年度监督计划任务完成情况', style: 'heading' },
    {
      text: `年度计划任务${f.tasks.total}项, 已完成${f.tasks.done}项, 取消${f.tasks.dropped}项。`,
    },
    ...c.tasks.map((t) => ({
      text: `${t.seq}. ${t.title}: ${TASK_STATUS_LABELS[t.status]}${t.progressNote ? `。${t.progressNote}` : ''}`,
    })),
    { text: `${c.orgName}\n${chineseDate(c.concludedOn)}`, style: 'right' },
  ];
}
