import type { ReferralOrigin, ReferralOutcome, ReferralTarget } from '@jiandu/contracts/referral-labels';
import type { ReferralMaterial } from '@jiandu/contracts/referrals';

/*
 * The leads the Liaoning demo refers (线索移送): most to the police as suspected crimes found in
 * enforcement (规定 2020), some to 纪检监察 about officers, a few to the procuratorate. In the text,
 * {subject} is the party (a case's party when the lead came from a case), {agency} the agency of
 * the matter a lead came from, {officer} the officer of the complaint it came from, and {year} the
 * year of the receiving body's document. `org` '{complaint office}' is the office that handled it.
 */

/** How far a referral has gone by today. */
export type ReferralEnd = 'draft' | 'submitted' | 'approved' | 'sent' | 'received' | 'answered' | 'closed';

/** One referral of the demo. `ago`: days before today it was drafted. */
export interface ReferralStory {
  org: string;
  target: ReferralTarget;
  targetName: string;
  title: string;
  /** The suspect; a case's party instead when the lead came from a case. */
  subject: string;
  /** For a lead from a case: what the case's title must show to fit the facts (else `subject`, no case). */
  caseLike?: RegExp;
  offence: string;
  facts: string;
  origin: ReferralOrigin;
  materials: Pick<ReferralMaterial, 'kind' | 'title' | 'pages'>[];
  ago: number;
  end: ReferralEnd;
  /** The head's refusal, when the head refused. */
  refusal?: string;
  outcome?: { kind: ReferralOutcome; number?: string; reasons?: string };
  /** A reconsideration the org asked for after the police refused to file, and how it ended. */
  review?: {
    request: string;
    reasons: string;
    result: 'filed' | 'upheld';
    number: string;
    answer?: string;
  };
  conclusion?: string;
}

const REPORT = (pages: number) => ({
  kind: 'investigation_report' as const,
  title: '涉嫌犯罪案件情况的调查报告',
  pages,
});
const ITEMS = { kind: 'items_list' as const, title: '涉案物品清单', pages: 2 };
const FILE = (pages: number) => ({ kind: 'case_file' as const, title: '行政执法案卷 (复印件)', pages });
const TEST = (title: string) => ({ kind: 'inspection_report' as const, title, pages: 4 });
const EVIDENCE = { kind: 'evidence_list' as const, title: '证据材料清单', pages: 3 };
const FILED = '依法立案侦查, 涉案物品及有关材料已移交公安机关, 本次移送办结。';

export const REFERRAL_STORIES: readonly ReferralStory[] = [
  {
    org: '沈阳市市场监督管理局',
    target: 'police',
    targetName: '沈阳市公安局食品药品与环境犯罪侦查支队',
    title: '{subject}涉嫌生产、销售伪劣产品案',
    subject: '沈阳金源粮油食品有限公司',
    caseLike: /粮油|油脂|食用油|调味/,
    offence: '生产、销售伪劣产品罪',
    facts:
      '经查, {subject}在生产的小磨香油中掺入大豆油和香精, 以次充好对外销售, 经检验酸价和过氧化值不合格。现场查获成品及半成品一批, 已销售部分货值金额经核算超过五万元, 达到刑事立案追诉标准。',
    origin: 'case',
    materials: [REPORT(14), ITEMS, TEST('检验报告 (小磨香油)'), FILE(86)],
    ago: 310,
    end: 'closed',
    outcome: { kind: 'filed', number: '沈公食药环立字〔{year}〕27号' },
    conclusion: FILED,
  },
  {
    org: '和平区市场监督管理局',
    target: 'police',
    targetName: '沈阳市公安局和平分局',
    title: '{subject}涉嫌销售假冒注册商标的商品案',
    subject: '和平区鑫达烟酒商行',
    caseLike: /酒|商贸|超市|商店|商行/,
    offence: '销售假冒注册商标的商品罪',
    facts:
      '经查, {subject}在其经营场所销售假冒"茅台""五粮液"注册商标的白酒, 经商标权利人鉴定均为假冒产品, 现场查扣二百余瓶, 销售账册显示违法销售金额约十二万元。',
    origin: 'case',
    materials: [REPORT(11), ITEMS, TEST('商标权利人出具的鉴定证明'), FILE(64)],
    ago: 262,
    end: 'closed',
    outcome: { kind: 'filed', number: '沈公和立字〔{year}〕113号' },
    conclusion: FILED,
  },
  {
    org: '大连市生态环境局',
    target: 'police',
    targetName: '大连市公安局食品药品与环境犯罪侦查支队',
    title: '{subject}涉嫌污染环境案',
    subject: '大连华泰电镀有限公司',
    caseLike: /(电镀|金属|化工|机械|钢铁).*水污染物/,
    offence: '污染环境罪',
    facts:
      '经查, {subject}私设暗管, 将未经处理的含镍、含铬电镀废水直接排入市政雨水管网, 经监测外排废水总镍浓度超过国家排放标准三倍以上, 涉嫌构成污染环境罪。',
    origin: 'case',
    materials: [REPORT(12), TEST('环境监测报告'), EVIDENCE, FILE(95)],
    ago: 188,
    end: 'closed',
    outcome: { kind: 'filed', number: '大公食药环立字〔{year}〕19号' },
    conclusion: FILED,
  },
  {
    org: '鞍山市生态环境局',
    target: 'police',
    targetName: '鞍山市公安局',
    title: '{subject}涉嫌非法倾倒危险废物案',
    subject: '鞍山恒通汽车维修有限公司',
    caseLike: /危险废物/,
    offence: '污染环境罪',
    facts:
      '经查, {subject}将生产中产生的废矿物油约八吨交由无危险废物经营许可证的个人处置, 该个人将其倾倒于千山区一处废弃采石坑内。非法处置危险废物三吨以上, 涉嫌构成污染环境罪。',
    origin: 'case',
    materials: [REPORT(10), TEST('危险废物属性鉴定意见'), ITEMS, FILE(78)],
    ago: 160,
    end: 'closed',
    outcome: {
      kind: 'not_filed',
      number: '鞍公不立字〔{year}〕6号',
      reasons: '现有证据不能证明倾倒物为该公司所产生, 不符合立案条件。',
    },
    review: {
      request: '鞍环移复〔{year}〕1号',
      result: 'filed',
      number: '鞍公复字〔{year}〕3号',
      reasons:
        '危险废物转移联单、运输车辆轨迹和司机证言能够证明倾倒的废矿物油来自该公司, 不予立案理由不能成立。',
      answer: '经复议, 撤销不予立案决定, 依法立案侦查。',
    },
    conclusion: '经提请复议, 公安机关已立案侦查, 涉案物品及材料已移交, 本次移送办结。',
  },
  {
    org: '铁西区城市管理综合行政执法局',
    target: 'police',
    targetName: '沈阳市公安局铁西分局',
    title: '{subject}涉嫌非法占用农用地案',
    subject: '沈阳宏远物流有限公司',
    offence: '非法占用农用地罪',
    facts:
      '经查, {subject}未经批准在铁西区大潘街道占用基本农田建设货场和仓库, 经测绘非法占用耕地十二亩, 种植条件已严重毁坏, 涉嫌构成非法占用农用地罪。',
    origin: 'manual',
    materials: [REPORT(9), TEST('勘测定界报告及耕地破坏程度鉴定'), FILE(58)],
    ago: 143,
    end: 'closed',
    outcome: { kind: 'filed', number: '沈公铁立字〔{year}〕88号' },
    conclusion: FILED,
  },
  {
    org: '营口市应急管理局',
    target: 'police',
    targetName: '营口市公安局',
    title: '{subject}涉嫌非法储存经营危险化学品案',
    subject: '营口兴隆化工商贸有限公司',
    offence: '非法经营罪; 危险作业罪',
    facts:
      '经查, {subject}未取得危险化学品经营许可证, 在鲅鱼圈区一处民房仓库内储存甲醇、丙酮等易燃液体约二十吨并对外销售, 仓库紧邻居民区, 存在发生重大伤亡事故的现实危险。',
    origin: 'manual',
    materials: [REPORT(8), ITEMS, FILE(47)],
    ago: 121,
    end: 'closed',
    outcome: {
      kind: 'not_filed',
      number: '营公不立字〔{year}〕11号',
      reasons: '经审查, 现有证据不足以证明经营数额达到非法经营罪的追诉标准, 且未发生实际危害后果。',
    },
    conclusion: '公安机关不予立案, 经研究不再提请复议; 已依法作出行政处罚, 本次移送办结。',
  },
  {
    org: '沈河区市场监督管理局',
    target: 'police',
    targetName: '沈阳市公安局沈河分局',
    title: '{subject}涉嫌生产、销售不符合安全标准的食品案',
    subject: '沈河区王记熟食店',
    caseLike: /食品|熟食|餐饮|小吃|肉/,
    offence: '生产、销售不符合安全标准的食品罪',
    facts:
      '经查, {subject}在其加工的卤肉制品中超范围使用亚硝酸盐, 经抽检亚硝酸盐残留量超过食品安全国家标准十余倍, 足以造成严重食物中毒事故。',
    origin: 'case',
    materials: [REPORT(7), TEST('食品抽样检验报告'), FILE(40)],
    ago: 96,
    end: 'closed',
    outcome: {
      kind: 'returned',
      number: '沈公沈退字〔{year}〕2号',
      reasons: '移送材料中缺少检验机构的资质证明和抽样记录, 请补充后另行移送。',
    },
    conclusion: '公安机关退回, 已补充检验机构资质证明和抽样记录, 另行移送。',
  },
  {
    org: '抚顺市生态环境局',
    target: 'police',
    targetName: '抚顺市公安局',
    title: '{subject}涉嫌篡改自动监测数据污染环境案',
    subject: '抚顺宏达热电有限公司',
    caseLike: /(热电|钢铁|化工|水泥|建材|混凝土).*大气污染物/,
    offence: '污染环境罪',
    facts:
      '经查, {subject}人为干扰烟气自动监测设备采样, 篡改二氧化硫、氮氧化物监测数据, 期间实际排放浓度超过排放标准, 涉嫌构成污染环境罪。',
    origin: 'case',
    materials: [REPORT(9), TEST('自动监测数据分析报告'), EVIDENCE, FILE(66)],
    ago: 36,
    end: 'answered',
    outcome: { kind: 'filed', number: '抚公立字〔{year}〕96号' },
  },
  {
    org: '丹东市市场监督管理局',
    target: 'police',
    targetName: '丹东市公安局',
    title: '{subject}涉嫌销售假冒注册商标的化妆品案',
    subject: '丹东佳悦商贸有限公司',
    offence: '销售假冒注册商标的商品罪',
    facts:
      '经查, {subject}通过网店和实体店销售假冒国际知名品牌的口红、香水, 现场查获假冒商品一千二百余件, 经权利人鉴定均为假冒, 违法销售金额约八万元。',
    origin: 'manual',
    materials: [REPORT(8), ITEMS, TEST('商标权利人出具的鉴定证明')],
    ago: 12,
    end: 'received',
  },
  {
    org: '和平区应急管理局',
    target: 'police',
    targetName: '沈阳市公安局和平分局',
    title: '{subject}涉嫌危险作业案',
    subject: '沈阳金源燃气器具经销有限公司',
    offence: '危险作业罪',
    facts:
      '经查, {subject}在未取得燃气经营许可的情况下, 于居民楼底商内违规充装、储存液化石油气钢瓶八十余只, 经责令停止后仍继续经营, 具有发生重大伤亡事故的现实危险。',
    origin: 'manual',
    materials: [REPORT(6), ITEMS, FILE(31)],
    ago: 5,
    end: 'sent',
  },
  {
    org: '西岗区市场监督管理局',
    target: 'police',
    targetName: '大连市公安局西岗分局',
    title: '{subject}涉嫌非法经营药品案',
    subject: '西岗区益民保健品店',
    offence: '非法经营罪',
    facts: '经查, {subject}未取得药品经营许可证, 销售处方药二十余种, 经营数额约三万元。',
    origin: 'manual',
    materials: [REPORT(5), ITEMS],
    ago: 74,
    end: 'closed',
    refusal: '经营数额未达到非法经营罪的追诉标准, 且当事人系初次违法, 依法给予行政处罚即可, 不予移送。',
    conclusion: '负责人不予批准移送, 已依法给予没收违法所得并处罚款的行政处罚。',
  },
  {
    org: '中山区市场监督管理局',
    target: 'police',
    targetName: '大连市公安局中山分局',
    title: '{subject}涉嫌生产、销售伪劣产品案',
    subject: '中山区恒通电动车商行',
    caseLike: /电动车|电器|五金|商贸/,
    offence: '生产、销售伪劣产品罪',
    facts:
      '经查, {subject}以回收旧电动车电池翻新后冒充新电池销售, 销售金额经核算约九万元, 涉嫌构成生产、销售伪劣产品罪。',
    origin: 'case',
    materials: [REPORT(7), ITEMS, TEST('蓄电池产品质量检验报告')],
    ago: 1,
    end: 'submitted',
  },
  {
    org: '铁东区市场监督管理局',
    target: 'police',
    targetName: '鞍山市公安局铁东分局',
    title: '{subject}涉嫌销售不符合标准的医用器材案',
    subject: '鞍山康达医疗器械有限公司',
    offence: '销售不符合标准的医用器材罪',
    facts:
      '经查, {subject}向多家诊所销售无产品注册证的一次性注射器, 经检验无菌项目不合格, 足以严重危害人体健康。',
    origin: 'manual',
    materials: [REPORT(6), TEST('医疗器械检验报告')],
    ago: 0,
    end: 'draft',
  },
  {
    org: '沈阳市交通运输局',
    target: 'police',
    targetName: '沈阳市公安局交通警察支队',
    title: '{subject}涉嫌危险作业案',
    subject: '沈阳通达危货运输有限公司',
    offence: '危险作业罪',
    facts:
      '经查, {subject}在道路运输经营许可被吊销后, 仍使用未经检验的罐车从事液氨运输, 多次在城区主干道行驶, 具有发生重大伤亡事故的现实危险。',
    origin: 'manual',
    materials: [REPORT(7), EVIDENCE, FILE(35)],
    ago: 4,
    end: 'approved',
  },
  {
    org: '{complaint office}',
    target: 'discipline',
    targetName: '{complaint office discipline}',
    title: '执法人员{officer}涉嫌收受管理服务对象财物问题线索',
    subject: '{officer}',
    offence: '涉嫌违反廉洁纪律, 收受管理服务对象财物',
    facts:
      '在办理群众投诉过程中发现, {officer}在执法检查中多次收受商户烟酒等财物, 并以"重点检查"相要挟, 有关商户证言和现场视频可以印证, 相关问题线索依规移送纪检监察机关处理。',
    origin: 'complaint',
    materials: [{ kind: 'other', title: '投诉材料及调查核实情况报告', pages: 6 }, EVIDENCE],
    ago: 105,
    end: 'closed',
    outcome: { kind: 'filed', number: '纪立〔{year}〕32号', reasons: '' },
    conclusion: '纪检监察机关已立案审查, 本次移送办结。',
  },
  {
    org: '沈阳市司法局',
    target: 'discipline',
    targetName: '沈阳市纪委监委驻市司法局纪检监察组',
    title: '执法案件中有关人员违规说情干预问题线索',
    subject: '{agency}有关工作人员',
    offence: '涉嫌违规干预和插手行政执法活动',
    facts:
      '在开展监督事项调查中发现, 涉案罚款决定作出前, {agency}有关工作人员曾为当事人说情并要求减轻处罚, 执法人员作了记录。相关问题线索依规移送纪检监察机关。',
    origin: 'matter',
    materials: [{ kind: 'other', title: '监督事项调查情况报告', pages: 5 }],
    ago: 8,
    end: 'received',
  },
  {
    org: '大连市司法局',
    target: 'discipline',
    targetName: '大连市纪委监委',
    title: '行政执法人员违规异地执法问题线索',
    subject: '大连市某区执法人员',
    offence: '涉嫌滥用职权, 违规异地执法',
    facts:
      '在处理企业投诉中发现, 有关执法人员跨区域到企业住所地检查并扣押财物, 扣押物品去向不明, 相关问题线索依规移送纪检监察机关。',
    origin: 'manual',
    materials: [{ kind: 'other', title: '企业投诉材料及核查情况', pages: 7 }],
    ago: 84,
    end: 'closed',
    outcome: {
      kind: 'not_filed',
      reasons: '经初步核实, 扣押物品已依法登记保管, 未发现公职人员违纪违法问题, 予以了结。',
    },
    conclusion: '纪检监察机关初核后予以了结, 本次移送办结。',
  },
  {
    org: '辽宁省生态环境厅',
    target: 'procuratorate',
    targetName: '辽宁省人民检察院',
    title: '{subject}非法采砂破坏河道生态公益诉讼线索',
    subject: '铁岭市清河区某采砂场',
    offence: '破坏生态环境, 损害社会公共利益',
    facts:
      '在专项检查中发现, {subject}在清河河道内超范围采砂, 致河床下切、护岸损毁, 生态环境损害持续扩大, 相关线索移送检察机关依法开展公益诉讼。',
    origin: 'manual',
    materials: [{ kind: 'case_file', title: '现场检查笔录及航拍图片', pages: 22 }, EVIDENCE],
    ago: 205,
    end: 'closed',
    outcome: { kind: 'filed', number: '辽检行公立〔{year}〕7号' },
    conclusion: '检察机关已作为公益诉讼案件立案, 本次移送办结。',
  },
  {
    org: '和平区司法局',
    target: 'procuratorate',
    targetName: '沈阳市和平区人民检察院',
    title: '{agency}怠于履行监管职责行政检察监督线索',
    subject: '{agency}',
    offence: '怠于履行法定监管职责',
    facts:
      '在开展监督事项调查中发现, {agency}对监督中指出的问题整改不到位, 群众反映的违法行为持续存在, 相关线索移送检察机关开展行政检察监督。',
    origin: 'matter',
    materials: [{ kind: 'other', title: '监督事项调查情况报告', pages: 4 }, EVIDENCE],
    ago: 26,
    end: 'received',
  },
];
