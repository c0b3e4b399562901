import { makeResidentId } from '@jiandu/contracts/codes';
import type { EnforcementField } from '@jiandu/contracts/fields';
import type {
  ExpertAvailability,
  ParticipationKind,
  SupervisorCategory,
  TalentLevel,
  TalentSource,
} from '@jiandu/contracts/people';
import type { Services } from '../context.ts';
import { demoActor } from './demo-actor.ts';

/** A valid demo ID number: region, birth date (YYYYMMDD), sequence with the gender digit last. */
const idNumber = (region: string, birth: string, seq: number) =>
  makeResidentId(`${region}${birth}${String(seq).padStart(3, '0')}`);

type SupervisorSeed = [
  org: string,
  name: string,
  birth: string,
  seq: number,
  category: SupervisorCategory,
  employer: string,
  title: string,
  phone: string,
];

const TERM = { termNumber: 3, termStart: '2024-01-01', termEnd: '2028-12-31' } as const;

const SUPERVISORS: SupervisorSeed[] = [
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

const REGION_OF: Record<string, string> = { province: '210102', shenyang: '210103', dalian: '210202' };

const ACTIVITIES: [ParticipationKind, string, number | null][] = [
  ['case_review', '参加年度行政执法案卷集中评查, 评查市场监管领域行政处罚案卷12卷', 6],
  ['campaign', '参加涉企行政检查专项监督, 赴区市场监督管理局实地核查检查计划执行情况', 4],
  ['research', '参加"行政执法三项制度"落实情况专题调研, 提交书面意见', 3],
  ['meeting', '参加特邀行政执法监督员年度工作座谈会, 就执法公示提出建议', 2],
  ['complaint_review', '督办民心网转办的城市管理执法投诉件, 跟踪答复情况', 2],
  ['case_review', '参加生态环境领域行政处罚案卷交叉评查, 评查案卷8卷', 5],
  ['campaign', '参加"乱收费、乱罚款、乱检查、乱查封"专项整治监督检查', 4],
  ['other', '旁听行政复议案件听证会', 2],
];

const PARTICIPATION_DATES = [
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

type ExpertSeed = [
  org: string,
  name: string,
  employer: string,
  title: string,
  fields: EnforcementField[],
  specialty: string,
  availability: ExpertAvailability,
];

const EXPERTS: ExpertSeed[] = [
  [
    'province',
    '王立军',
    '辽宁大学法学院',
    '教授',
    ['supervision', 'market'],
    '行政法学、行政处罚程序',
    'available',
  ],
  [
    'province',
    '郑慧敏',
    '东北大学文法学院',
    '副教授',
    ['supervision', 'other'],
    '行政复议与行政诉讼',
    'available',
  ],
  [
    'province',
    '曹志刚',
    '辽宁省环境科学研究院',
    '研究员',
    ['environment'],
    '大气污染源监测与排污许可',
    'available',
  ],
  [
    'province',
    '林晓东',
    '中国医科大学公共卫生学院',
    '教授',
    ['health'],
    '公共卫生监督与传染病防治执法',
    'available',
  ],
  [
    'province',
    '宋佳',
    '沈阳农业大学',
    '副教授',
    ['agriculture', 'forestry'],
    '农产品质量安全、种子执法',
    'available',
  ],
  [
    'province',
    '谭明',
    '辽宁省交通规划设计院有限责任公司',
    '正高级工程师',
    ['transport'],
    '道路运输安全与超限治理',
    'busy',
  ],
  [
    'province',
    '吕红',
    '沈阳建筑大学',
    '教授',
    ['housing', 'urban'],
    '建筑市场监管、城市管理执法',
    'available',
  ],
  [
    'province',
    '冯建华',
    '辽宁省消防救援总队 (退休)',
    '高级工程师',
    ['fire', 'emergency'],
    '消防监督检查与火灾调查',
    'unavailable',
  ],
  [
    'shenyang',
    '邓卫国',
    '辽宁恒信律师事务所',
    '一级律师',
    ['market', 'supervision'],
    '食品药品行政处罚案件代理',
    'available',
  ],
  [
    'shenyang',
    '许静',
    '沈阳师范大学法学院',
    '副教授',
    ['supervision', 'education'],
    '教育行政执法与行政规范性文件审查',
    'available',
  ],
  [
    'shenyang',
    '贾宏伟',
    '沈阳市应急管理事务服务中心',
    '高级工程师',
    ['emergency'],
    '危险化学品安全生产监管',
    'available',
  ],
  [
    'shenyang',
    '段丽',
    '辽宁正大会计师事务所',
    '注册会计师',
    ['tax', 'market'],
    '罚没款收缴与财务审计',
    'available',
  ],
  [
    'shenyang',
    '石磊',
    '沈阳市规划设计研究院',
    '高级工程师',
    ['natural_resources', 'urban'],
    '国土空间规划与违法用地查处',
    'available',
  ],
  [
    'shenyang',
    '常乐',
    '辽宁文化艺术职业学院',
    '副教授',
    ['culture'],
    '文化市场综合执法、网络出版监管',
    'available',
  ],
  [
    'dalian',
    '孟凡成',
    '大连海事大学法学院',
    '教授',
    ['transport', 'supervision'],
    '海事行政执法、港口监管',
    'available',
  ],
  [
    'dalian',
    '白雪松',
    '大连理工大学化工学院',
    '教授',
    ['emergency', 'environment'],
    '化工园区安全与环境风险评估',
    'available',
  ],
  [
    'dalian',
    '范立新',
    '辽宁海瑞律师事务所',
    '律师',
    ['market', 'human_resources'],
    '劳动保障监察与市场主体登记',
    'available',
  ],
  ['dalian', '欧阳静', '大连医科大学', '副教授', ['health'], '医疗机构依法执业监督', 'available'],
  [
    'dalian',
    '侯建平',
    '大连市水务事务服务中心',
    '高级工程师',
    ['water'],
    '河道管理与水资源执法',
    'available',
  ],
  [
    'dalian',
    '秦雨',
    '东北财经大学法学院',
    '讲师',
    ['tax', 'supervision'],
    '税务行政处罚与行政执法监督理论',
    'available',
  ],
];

const CONFLICTS: [expert: string, org: string, reason: string, since: string][] = [
  ['曹志刚', 'province.sthj', '所在单位承担该厅委托的技术服务项目', '2024-06-01'],
  ['邓卫国', 'shenyang.scjg', '担任该局常年法律顾问', '2023-01-01'],
  ['孟凡成', 'dalian.jtys', '近亲属在该局执法支队任职', '2025-02-15'],
  ['白雪松', 'dalian.yjgl', '参与该局安全生产标准化评审, 存在利害关系', '2025-08-01'],
];

type TalentSeed = [
  org: string,
  name: string,
  fields: EnforcementField[],
  skills: string,
  source: TalentSource,
  level: TalentLevel,
  entryDate: string,
];

const TALENTS: TalentSeed[] = [
  [
    'province.scjg',
    '赵婧',
    ['market'],
    '熟悉食品安全抽检与案件查办, 全省市场监管执法办案能手',
    'competition',
    'provincial',
    '2024-11-08',
  ],
  [
    'province.sthj',
    '钱卫东',
    ['environment'],
    '在线监测数据造假案件调查取证, 无人机执法',
    'training',
    'provincial',
    '2025-04-20',
  ],
  [
    'shenyang.scjg',
    '孙浩',
    ['market'],
    '价格违法与不正当竞争案件办理, 电子证据固定',
    'exam',
    'city',
    '2024-06-30',
  ],
  [
    'shenyang.jtys',
    '李明辉',
    ['transport'],
    '网约车与非法营运整治, 执法文书制作规范',
    'recommendation',
    'city',
    '2025-03-15',
  ],
  [
    'shenyang.heping.scjg',
    '周雅',
    ['market'],
    '特种设备安全监察, 执法记录仪规范使用培训讲师',
    'training',
    'county',
    '2025-09-10',
  ],
  [
    'shenyang.heping.cgzf',
    '吴强',
    ['urban'],
    '违法建设查处与强制拆除程序',
    'competition',
    'county',
    '2024-12-02',
  ],
  [
    'shenyang.tiexi.yjgl',
    '郑凯',
    ['emergency'],
    '工贸企业安全生产执法检查, 事故调查',
    'exam',
    'county',
    '2025-06-18',
  ],
  [
    'dalian.sthj',
    '王丹',
    ['environment'],
    '海洋生态环境执法与危险废物监管',
    'recommendation',
    'city',
    '2024-08-26',
  ],
  [
    'dalian.zhongshan.scjg',
    '冯晓',
    ['market'],
    '网络交易监管, 直播带货违法行为查处',
    'training',
    'county',
    '2026-01-12',
  ],
  [
    'dalian.yjgl',
    '陈刚',
    ['emergency', 'fire'],
    '危险化学品重大危险源监管',
    'competition',
    'city',
    '2025-10-30',
  ],
  [
    'shenyang.sthj',
    '褚丽娜',
    ['environment'],
    '排污许可证后监管, 行政处罚裁量基准适用',
    'exam',
    'city',
    '2023-12-20',
  ],
];

/**
 * The supervision people of the Liaoning demo: invited supervisors of the province, Shenyang and
 * Dalian (third term, 2024–2028; one term ended early, one dismissed) with their 2025–2026
 * participation, an expert pool across fields with conflicts, and a talent pool.
 */
export async function seedPeopleDemo(
  services: Services,
  orgIds: Map<string, string>,
  onProgress: (line: string) => void = () => {},
): Promise<void> {
  const actor = demoActor();
  const org = (key: string) => {
    const id = orgIds.get(key);
    if (!id) throw new Error(`演示单位不存在: ${key}`);
    return id;
  };
  const limits = services.invitedSupervisors.ageLimits;
  await limits.set(actor, '210000', { minAge: 18, maxAge: 60 });
  await limits.set(actor, '210200', { minAge: 18, maxAge: 65 });

  const ids: string[] = [];
  let participations = 0;
  for (const [index, [key, name, birth, seq, category, employer, title, phone]] of SUPERVISORS.entries()) {
    const supervisor = await services.invitedSupervisors.create(actor, {
      orgId: org(key),
      name,
      idNumber: idNumber(REGION_OF[key]!, birth, seq),
      phone,
      category,
      employer,
      title,
      ...TERM,
      appointmentNumber: `${{ province: '辽', shenyang: '沈', dalian: '连' }[key]}司特监〔2024〕${String(index + 1).padStart(3, '0')}号`,
    });
    ids.push(supervisor.id);
    const endedOn = name === '李春燕' ? '2025-06-30' : name === '马建军' ? '2025-09-15' : null;
    const count = 3 + (index % 5);
    for (let n = 0; n < count; n++) {
      const date = PARTICIPATION_DATES[(index + n * 2) % PARTICIPATION_DATES.length]!;
      if (endedOn && date > endedOn) continue;
      const [kind, description, hours] = ACTIVITIES[(index + n) % ACTIVITIES.length]!;
      await services.invitedSupervisors.participations.add(actor, supervisor.id, {
        date,
        kind,
        description,
        hours: n % 3 === 2 ? null : hours,
      });
      participations += 1;
    }
    if (name === '李春燕')
      await services.invitedSupervisors.changeStatus(actor, supervisor.id, {
        status: 'ended',
        effectiveDate: '2025-06-30',
        reason: '本人因工作调动申请辞去特邀行政执法监督员职务, 经研究同意',
      });
    if (name === '马建军')
      await services.invitedSupervisors.changeStatus(actor, supervisor.id, {
        status: 'dismissed',
        effectiveDate: '2025-09-15',
        reason: '连续两次无正当理由不参加监督活动, 经局务会研究决定解聘',
      });
  }
  onProgress(`  特邀行政执法监督员: ${ids.length} 人, 履职记录 ${participations} 条`);

  const expertIds = new Map<string, string>();
  for (const [index, [key, name, employer, title, fields, specialty, availability]] of EXPERTS.entries()) {
    const expert = await services.expertPool.create(actor, {
      orgId: org(key),
      name,
      idNumber:
        index % 3 === 0
          ? idNumber('210104', `19${62 + (index % 30)}0${1 + (index % 9)}1${index % 10}`, 300 + index)
          : null,
      phone: `139${String(40_000_000 + index * 7_919_311).slice(0, 8)}`,
      employer,
      title,
      fields,
      specialty,
      availability,
      busyUntil: availability === 'busy' ? '2027-03-31' : null,
    });
    expertIds.set(name, expert.id);
  }
  for (const [name, orgKey, reason, since] of CONFLICTS)
    await services.expertPool.addConflict(actor, expertIds.get(name)!, { orgId: org(orgKey), reason, since });
  onProgress(`  专家库: ${EXPERTS.length} 人, 回避登记 ${CONFLICTS.length} 条`);

  for (const [key, name, fields, skills, source, level, entryDate] of TALENTS)
    await services.talentPool.create(actor, {
      orgId: org(key),
      name,
      fields,
      skills,
      source,
      level,
      entryDate,
      status: name === '褚丽娜' ? 'withdrawn' : 'active',
      note: name === '褚丽娜' ? '2026年调离执法岗位, 退出人才库' : null,
    });
  onProgress(`  人才库: ${TALENTS.length} 人`);
}
