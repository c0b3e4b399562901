import { makeResidentId } from '@jiandu/contracts/codes';
import type { ParticipationKind, SupervisorCategory } from '@jiandu/contracts/people';

/*
 * The people of the Liaoning demo as data: invited supervisors and their activities here, experts
 * and talents in people-demo-pools.ts. people-demo.ts loads them through the services.
 */

/** A valid demo ID number: region, birth date (YYYYMMDD), sequence with the gender digit last. */
export const idNumber = (region: string, birth: string, seq: number) =>
  makeResidentId(`${region}${birth}${String(seq).padStart(3, '0')}`);

export type SupervisorSeed = [
  org: string,
  name: string,
  birth: string,
  seq: number,
  category: SupervisorCategory,
  employer: string,
  title: string,
  phone: string,
];

export const TERM = { termNumber: 3, termStart: '2024-01-01', termEnd: '2028-12-31' } as const;

export const SUPERVISORS: SupervisorSeed[] = [
  [
    'province',
    '孙立新',
    '19680312',
    117,
    'npc_deputy',
    '鞍钢集团有限公司',
    '辽宁省人大代表、工会副主席',
    '13904001268',
  ],
  [
    'province',
    '周晓梅',
    '19720825',
    226,
    'cppcc_member',
    '辽宁省工商业联合会',
    '辽宁省政协委员、副主席',
    '13940128835',
  ],
  ['province', '高振宇', '19790506', 415, 'journalist', '辽宁日报社', '政法新闻部主任', '13889126604'],
  ['province', '韩雪', '19810119', 328, 'expert', '辽宁大学法学院', '教授、博士生导师', '13504053371'],
  ['shenyang', '刘德明', '19750923', 513, 'lawyer', '辽宁恒信律师事务所', '高级合伙人', '13609881452'],
  [
    'shenyang',
    '王淑芬',
    '19700402',
    624,
    'public_representative',
    '和平区南湖街道三好社区',
    '社区居委会主任',
    '13516061870',
  ],
  [
    'shenyang',
    '赵国庆',
    '19660718',
    731,
    'npc_deputy',
    '沈阳鼓风机集团股份有限公司',
    '沈阳市人大代表、高级工程师',
    '13998208817',
  ],
  ['shenyang', '李春燕', '19850211', 842, 'journalist', '沈阳日报社', '首席记者', '15840163329'],
  [
    'shenyang',
    '马建军',
    '19770630',
    951,
    'public_representative',
    '沈河区个体劳动者协会',
    '副会长',
    '13386834670',
  ],
  ['dalian', '陈海波', '19740815', 153, 'lawyer', '辽宁海瑞律师事务所', '主任', '13332240096'],
  ['dalian', '杨丽娜', '19830927', 264, 'expert', '大连海事大学法学院', '副教授', '13842698715'],
  ['dalian', '徐东', '19690104', 375, 'npc_deputy', '大连港集团有限公司', '大连市人大代表', '13700424485'],
  ['dalian', '于洋', '19900612', 486, 'cppcc_member', '大连市中山区政协', '政协委员、企业家', '18641152271'],
];

export const REGION_OF: Record<string, string> = { province: '210102', shenyang: '210103', dalian: '210202' };

export const ACTIVITIES: [ParticipationKind, string, number | null][] = [
  ['case_review', '参加年度行政执法案卷集中评查, 评查市场监管领域行政处罚案卷12卷', 6],
  ['campaign', '参加涉企行政检查专项监督, 赴区市场监督管理局实地核查检查计划执行情况', 4],
  ['research', '参加"行政执法三项制度"落实情况专题调研, 提交书面意见', 3],
  ['meeting', '参加特邀行政执法监督员年度工作座谈会, 就执法公示提出建议', 2],
  ['complaint_review', '督办民心网转办的城市管理执法投诉件, 跟踪答复情况', 2],
  ['case_review', '参加生态环境领域行政处罚案卷交叉评查, 评查案卷8卷', 5],
  ['campaign', '参加"乱收费、乱罚款、乱检查、乱查封"专项整治监督检查', 4],
  ['other', '旁听行政复议案件听证会', 2],
];

export const PARTICIPATION_DATES = [
  '2025-03-18',
  '2025-05-22',
  '2025-07-09',
  '2025-09-16',
  '2025-11-20',
  '2026-03-12',
  '2026-05-27',
  '2026-08-19',
  '2026-10-15',
];
