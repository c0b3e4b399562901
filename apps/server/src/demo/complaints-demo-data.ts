import type { ComplaintCategory, ComplaintRating } from '@jiandu/contracts/complaint-labels';

/*
 * The words of the complaints demo besides the scenarios: where things happen, how each channel
 * phrases a complaint, what complainants ask for, and what handlers write back.
 */

/** Streets, markets and neighbourhoods per city code, for {place}; a share of complaints per city. */
export const CITY_PLACES: Record<string, { weight: number; places: readonly string[] }> = {
  '210100': {
    weight: 26,
    places: [
      '中街步行街',
      '太原街',
      '五爱市场',
      '北行农贸市场',
      '西塔街',
      '三好街',
      '青年大街',
      '北二马路',
      '南京南街',
      '小河沿早市',
      '兴华北街',
      '重工街',
      '长白岛',
      '浑南全运路',
    ],
  },
  '210200': {
    weight: 22,
    places: [
      '天津街',
      '青泥洼桥',
      '西安路',
      '人民路',
      '长江路',
      '香炉礁',
      '黑石礁',
      '八一路',
      '华北路',
      '星海广场',
    ],
  },
  '210300': { weight: 8, places: ['胜利路', '二一九路', '站前街', '建国大道', '千山路'] },
  '210400': { weight: 5, places: ['东一路', '雷锋路', '新华大街', '将军桥'] },
  '210500': { weight: 3, places: ['解放北路', '河沿街', '小市镇', '峪明路'] },
  '210600': { weight: 5, places: ['锦山大街', '六纬路', '江城大街', '鸭绿江大桥附近'] },
  '210700': { weight: 5, places: ['中央大街', '解放路', '云飞街', '北镇鼓楼附近'] },
  '210800': { weight: 5, places: ['渤海大街', '鲅鱼圈海滨路', '青龙山大街', '学府路'] },
  '210900': { weight: 3, places: ['解放大街', '中华路', '矿工大街'] },
  '211000': { weight: 3, places: ['中华大街', '新运大街', '民主路'] },
  '211100': { weight: 4, places: ['兴隆台泰山路', '双台子渤海路', '大洼新立镇'] },
  '211200': { weight: 3, places: ['银州区广裕街', '南马路', '开原新华街'] },
  '211300': { weight: 4, places: ['朝阳大街', '新华路', '北票市中心路'] },
  '211400': { weight: 4, places: ['龙湾大街', '兴城古城', '连山大街'] },
};

/** How each city's 12345 centre starts its work-order numbers. */
export const CITY_ORDER_PREFIX: Record<string, string> = {
  '210100': 'SY',
  '210200': 'DL',
  '210300': 'AS',
  '210400': 'FS',
  '210500': 'BX',
  '210600': 'DD',
  '210700': 'JZ',
  '210800': 'YK',
  '210900': 'FX',
  '211000': 'LY',
  '211100': 'PJ',
  '211200': 'TL',
  '211300': 'CY',
  '211400': 'HLD',
};

export const SHOPS = [
  '便利店',
  '水果店',
  '小吃店',
  '烧烤店',
  '五金店',
  '服装店',
  '药店',
  '理发店',
  '小超市',
  '早餐店',
  '麻辣烫店',
  '粮油店',
] as const;

/** Industries for {company} names from the generator. */
export const INDUSTRIES = [
  '食品',
  '机械',
  '建材',
  '物流',
  '餐饮管理',
  '汽车维修',
  '商贸',
  '化工',
  '包装',
  '铸造',
];

/** How a complaint begins, per channel. */
export const OPENERS: Record<string, readonly string[]> = {
  web: ['', '本人实名反映: ', '我要投诉: '],
  phone: ['来电人反映: ', '群众来电称: '],
  letter: ['来信反映: ', '来信人称: '],
  visit: ['来访人称: ', '群众来访反映: '],
  petition: ['市信访局转来信访件, 信访人反映: ', '经信访部门转办, 信访人称: '],
  hotline_12345: ['市民来电反映: ', '12345热线工单, 来电人称: '],
};

/** Sentences people add in their own words; two of them go into each complaint. */
export const ASIDES = [
  '有关情况很多人都知道, 可以调查核实。',
  '我手机里有照片和视频, 需要的话可以提供。',
  '之前邻居也反映过类似问题。',
  '希望这次能有个明确的答复。',
  '我已经打过好几次电话, 每次都说会处理。',
  '这件事对我影响很大, 家里人也为此着急上火。',
  '我不是不配合, 只是希望依法办事。',
  '身边很多人对此意见都很大。',
  '事情过去这么久, 一直没有人给个说法。',
  '我查过相关规定, 觉得他们的做法不对。',
  '我反映的情况都是实事求是的。',
  '我的联系电话一直畅通, 可以随时联系我。',
  '这件事拖了很久, 实在没有办法才来反映。',
  '也找过其他部门, 都说不归自己管。',
  '我担心反映以后会被打击报复, 请为我保密。',
  '具体时间地点我都记录下来了。',
  '听说不止我一家遇到这种情况。',
  '希望领导重视, 不要再互相推诿。',
  '我是退休职工, 平时很少给政府添麻烦。',
  '请认真核实, 不要只听执法部门一面之词。',
];

/** What the complainant asks for. */
export const DEMANDS = [
  '请求依法纠正并给予答复。',
  '希望上级监督部门调查处理。',
  '请求撤销不当的处罚决定。',
  '请督促有关部门依法履职。',
  '希望追究相关执法人员的责任。',
  '请尽快处理并告知结果。',
  '',
];

/** A remedy a handler can report, per category, when the complaint was well founded. */
export const REMEDIES: Record<ComplaintCategory, readonly string[]> = {
  abuse_of_power: [
    '已依法撤销原处罚决定并重新作出处理',
    '已依法变更为从轻处罚, 多收的罚款已经退还',
    '已对同类案件开展自查, 纠正裁量不当的问题',
  ],
  inaction: [
    '已立案调查, 并对当事人下达了限期整改通知',
    '已依法查处, 违法行为已经停止',
    '已明确办理时限和责任人, 正在依法处理',
  ],
  procedure: [
    '已补正程序, 重新履行告知义务并听取了陈述申辩',
    '已撤销程序违法的决定, 依法重新办理',
    '已完善执法文书, 要求执法人员一律亮证执法',
  ],
  conduct: [
    '已对涉事执法人员进行诫勉谈话, 并暂停其执法工作',
    '已责令涉事执法人员作出书面检查, 并向您当面道歉',
    '已将涉事执法人员的问题线索移送纪检监察机关处理',
  ],
  excessive_inspection: [
    '已将贵企业纳入"综合查一次"名单, 同类检查合并进行',
    '已承诺严格按年度检查计划实施检查, 计划外检查须经批准',
    '已与有关部门建立联合检查机制, 年内不再重复检查同类事项',
  ],
  other: ['已依法公示有关信息', '已向您说明有关情况'],
};

/** The body of an answer, by finding; {agency} and {remedy} are filled in. */
export const ANSWERS = {
  founded: [
    '经调查核实, 您反映的问题基本属实。{agency}{remedy}。我局已督促其举一反三, 规范执法行为。',
    '经调阅执法案卷、执法记录仪视频并询问相关人员, 您反映的情况属实。{agency}{remedy}, 并已书面报告整改情况。',
  ],
  partly: [
    '经调查, 您反映的问题部分属实。针对属实部分, {agency}{remedy}; 其余情况经核查不属实, 已由{agency}向您作出说明。',
  ],
  unfounded: [
    '经调阅执法案卷和执法记录仪视频, {agency}的执法行为事实清楚、程序合法, 处罚在裁量基准范围之内, 您反映的问题不属实。承办人员已当面向您解释有关法律规定。',
    '经核查, {agency}已依法履行职责, 相关情况已处理完毕。对您反映的其他问题, 我们已向您说明有关政策和救济途径。',
  ],
} as const;

/**
 * Complaints a supervision office declines though they are about enforcement: what the complaint
 * adds to say so, and the written reason ({agency} is the unit complained about).
 */
export const DECLINE_REASONS: readonly [string, string][] = [
  [
    '我已就此向人民法院提起行政诉讼, 法院已经立案。',
    '您反映的事项已进入行政诉讼程序, 依法应由人民法院审理, 本机关不再受理。',
  ],
  [
    '我已经申请了行政复议, 目前还没有结果。',
    '您反映的事项已申请行政复议, 正在复议机关审理中, 依法由复议机关处理, 本机关不再受理。',
  ],
  ['', '经核实, 您反映的问题{agency}已依法处理并书面答复, 此次投诉未提出新的事实和理由, 不再重复受理。'],
];

/** Why a complaint is passed to the office of the place it happened. */
export const TRANSFER_REASON = '被投诉单位{agency}在{org}的监督范围内, 按照属地管理原则转{org}办理。';

/** Why a handler asks for more time. */
export const EXTENSION_REASONS = [
  '案情涉及多个执法部门, 需调取执法记录仪视频并组织当事人对质, 在原期限内难以办结。',
  '需委托第三方机构对涉案产品重新检验, 检验周期较长。',
  '被投诉单位正在开展整改, 需待整改完成后实地核查。',
];

/** Why a complainant asks for the complaint to be handled again. */
export const REOPEN_REASONS = [
  '答复只说已批评教育, 没有解决实际问题, 多收的罚款至今没有退还。',
  '答复说问题已经处理, 但违法建筑仍然存在, 请实地查看。',
  '答复内容与事实不符, 执法记录仪视频没有给我看过, 请重新调查。',
];

/** What complainants write with their rating. */
export const RATING_COMMENTS: Record<ComplaintRating, readonly string[]> = {
  satisfied: ['处理及时, 态度很好, 谢谢。', '问题已经解决, 很满意。', '回复详细, 感谢监督部门。', ''],
  basically: ['问题基本解决, 但办理时间有点长。', '处理结果可以接受, 希望以后加强监管。', ''],
  unsatisfied: ['答复避重就轻, 问题没有根本解决。', '对处理结果不满意。'],
};

/** What the handler notes when closing a complaint the complainant did not rate. */
export const UNRATED_CLOSE_NOTE = '答复后投诉人在规定期限内未作评价, 经电话回访无异议, 予以办结。';

/** Mobile prefixes of the three carriers. */
export const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '176',
  '177',
  '180',
  '182',
  '185',
  '186',
  '187',
  '189',
  '199',
];
