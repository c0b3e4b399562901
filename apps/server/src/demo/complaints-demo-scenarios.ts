import type { ComplaintCategory } from '@jiandu/contracts/complaint-labels';

/*
 * What people in Liaoning complain to the supervision offices about, as text with slots the demo
 * fills per complaint: {place} a street or market of the city, {date} a day before the complaint,
 * {shop} a small business, {company} an enterprise, {officer} an officer's name, {amount} a fine in
 * yuan, {agency} the unit complained about, {count} a number of visits. Two wordings of the facts
 * per scenario, so repeated scenarios read like different people wrote them.
 */

/** The field of an agency, which names the demo agency a scenario is about. */
export type DemoField = 'market' | 'environment' | 'transport' | 'emergency' | 'urban' | 'other';

/**
 * One kind of complaint. `agency` names the unit when the field has none in the demo tree;
 * `outOfScope` is why a supervision office declines it, when it usually does.
 */
export interface Scenario {
  category: ComplaintCategory;
  field: DemoField;
  agency?: string;
  outOfScope?: string;
  titles: readonly string[];
  facts: readonly [string, string];
  officer?: boolean;
  amounts?: readonly number[];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    category: 'abuse_of_power',
    field: 'market',
    titles: ['过期食品货值很小却被顶格罚款', '首次违法未从轻处罚, 罚款明显过重'],
    facts: [
      '我在{place}经营一家{shop}, {date}{agency}检查时发现货架上有两袋刚过期的饼干, 货值不到二十元, 已当场下架。随后被罚款{amount}元。我是第一次被查, 没有造成危害, 按规定应当从轻或者不予处罚。',
      '{date}, {agency}到我在{place}开的{shop}检查, 查出一箱过期一天的酸奶, 我马上全部销毁了。最后决定书罚了{amount}元, 相当于我两个月的收入, 裁量明显不当。',
    ],
    amounts: [5000, 10000, 20000],
  },
  {
    category: 'abuse_of_power',
    field: 'market',
    officer: true,
    titles: ['执法人员称"还差罚款任务", 涉嫌逐利执法', '为完成罚没指标对小店从严处罚'],
    facts: [
      '{date}{agency}执法人员{officer}到{place}我的{shop}检查, 称"今年罚款任务还差不少", 以价签不规范为由罚款{amount}元。同一条街其他店也都被罚, 明显是为了罚款而执法。',
      '{place}一带的商户反映, {date}前后{agency}集中上门检查, 执法人员{officer}私下说"任务压得紧"。我店因为明码标价不全被罚{amount}元, 没有先责令改正。',
    ],
    amounts: [2000, 3000, 5000],
  },
  {
    category: 'abuse_of_power',
    field: 'urban',
    titles: ['收缴摊贩三轮车未开清单', '城管暴力收缴流动摊点物品'],
    facts: [
      '{date}晚上我在{place}路边卖水果, 几名城管队员没有出示证件, 直接把我的三轮车和水果拉走, 没有开任何清单, 也不告诉我去哪里领。',
      '{date}下午在{place}, 城管执法人员把摆摊老人的推车连同货物一起扔上执法车, 老人要扣押单据被拒绝。请核查扣押是否合法。',
    ],
  },
  {
    category: 'procedure',
    field: 'urban',
    officer: true,
    titles: ['执法人员拒不出示执法证', '检查时未出示证件、未表明身份'],
    facts: [
      '{date}, 自称城管的执法人员{officer}到我在{place}的{shop}门前, 要求撤除门头灯箱, 我请他出示执法证, 他说"不用看", 随后开了一张限期整改通知书。',
      '{date}在{place}, 两名穿制服的人员对我的{shop}外摆进行检查, 我多次要求出示执法证件均被拒绝, 其中一人叫{officer}。不知道这样的检查是否合法。',
    ],
  },
  {
    category: 'inaction',
    field: 'urban',
    titles: ['小区违建多次举报无人处理', '一楼住户私扩门市房占绿地, 举报半年无结果'],
    facts: [
      '{place}附近的小区一楼住户私自打通外墙扩建门市房, 占用公共绿地。我从{date}起多次向{agency}举报, 只说"已转执法中队", 到现在一直没有拆除。',
      '我家楼下住户在{place}旁边的公共绿地上盖了两间彩钢房。{date}至今我打了多次电话, {agency}来看过一次就没有下文, 请督促依法处理。',
    ],
  },
  {
    category: 'inaction',
    field: 'environment',
    titles: ['饭店油烟直排扰民长期无人管', '烧烤店油烟噪声扰民, 反映多次未解决'],
    facts: [
      '{place}的一家{shop}油烟不经净化直排, 整栋楼的住户不敢开窗。自{date}起我们多次向{agency}反映, 执法人员来过后仍旧照常排放。',
      '我住在{place}, 楼下{shop}每天营业到凌晨, 排烟管道直接对着居民窗户。{date}向{agency}投诉后一直没有处理结果。',
    ],
  },
  {
    category: 'inaction',
    field: 'environment',
    titles: ['企业夜间偷排污水, 举报后不查处', '河道发黑发臭, 怀疑企业偷排'],
    facts: [
      '{company}每天夜里通过暗管往河里排放黑色污水, 气味刺鼻。{date}我向{agency}举报并提供了视频, 至今没有看到查处。',
      '{place}附近的河段近一个月发黑发臭, 我们发现{company}厂区后面有排水口。{date}反映后{agency}说会去查, 但一直没有回复。',
    ],
  },
  {
    category: 'inaction',
    field: 'environment',
    titles: ['夜间施工噪声扰民', '工地夜间打桩, 投诉后无人制止'],
    facts: [
      '{place}附近一处工地连续多日在夜里十一点以后打桩施工, 周边居民无法入睡。{date}起我们多次向{agency}反映, 夜间施工仍未停止。',
      '{company}承建的工地在{place}, 经常凌晨运渣土、打混凝土, 噪声很大。{date}投诉后没有人来制止, 也没有说明是否办理了夜间施工许可。',
    ],
  },
  {
    category: 'excessive_inspection',
    field: 'market',
    titles: ['一个月内被重复检查多次', '同一事项多个部门反复检查'],
    facts: [
      '我公司 ({company}) 自{date}以来一个月内接待{agency}等部门检查{count}次, 内容大多重复, 每次都要停下生产配合。希望落实"综合查一次", 减少重复检查。',
      '{company}在{place}经营多年, 近期{agency}以不同名义上门检查{count}次, 查的都是证照和台账, 严重影响正常经营。',
    ],
  },
  {
    category: 'excessive_inspection',
    field: 'emergency',
    titles: ['安全生产检查过于频繁影响生产', '应急部门检查频次明显超出计划'],
    facts: [
      '{company}是一家小型加工企业, {date}以后{agency}及其委托的第三方机构先后来检查{count}次, 每次都要求重新准备材料, 企业负担很重。',
      '我们企业位于{place}, 今年已接受{agency}安全检查{count}次, 其中多次没有检查计划, 也没有出具检查结果, 请核实检查是否合规。',
    ],
  },
  {
    category: 'conduct',
    field: 'transport',
    officer: true,
    titles: ['交通执法人员态度恶劣、言语辱骂', '执法人员拦车检查时态度蛮横'],
    facts: [
      '{date}我在{place}附近跑网约车, 被交通运输执法人员拦下检查, 执法人员{officer}态度蛮横, 出言辱骂, 还拍打车窗。我愿意配合检查, 但不能接受这样的态度。',
      '{date}, 我开货车经过{place}时被拦检, 执法人员{officer}对我大声呵斥, 不让我解释, 还威胁要扣车。希望对其执法作风进行调查。',
    ],
  },
  {
    category: 'abuse_of_power',
    field: 'transport',
    titles: ['网约车被扣车并重罚', '私家车顺风车被认定非法营运罚款'],
    facts: [
      '{date}我通过顺风车平台在{place}接了一单同路乘客, 被认定为非法营运, 车辆被扣押, 罚款{amount}元。我平时有正当职业, 只是顺路拼车, 认为定性和处罚都不当。',
      '我在{place}接送同事上下班, 分摊油费, {date}被交通运输执法人员扣车, 称是"黑车", 要罚款{amount}元。请核查是否滥用处罚权。',
    ],
    amounts: [10000, 20000, 30000],
  },
  {
    category: 'procedure',
    field: 'transport',
    titles: ['扣车未出具扣押决定书', '车辆被扣十多天未作出处理决定'],
    facts: [
      '{date}我的货车在{place}被交通运输执法人员扣押, 现场只给了一张手写条子, 没有扣押决定书。至今已过去十多天, 既不处理也不放车。',
      '{date}在{place}, 我的车被以超限为由扣押到停车场, 没有告知法律依据和救济途径, 停车费每天都在增加, 请督促依法处理。',
    ],
  },
  {
    category: 'procedure',
    field: 'market',
    titles: ['处罚前未告知陈述申辩权利', '未告知即作出处罚决定'],
    facts: [
      '{date}我收到{agency}的行政处罚决定书, 罚款{amount}元。之前没有收到过任何告知书, 也没有人听取我的陈述和申辩, 程序明显违法。',
      '我在{place}经营{shop}, {agency}检查后直接寄来了处罚决定书, 罚款{amount}元, 事先没有告知处罚的事实和理由, 也没有告诉我可以申辩。',
    ],
    amounts: [3000, 5000, 8000],
  },
  {
    category: 'procedure',
    field: 'market',
    titles: ['大额罚款未告知听证权利', '罚款数额较大却没有组织听证'],
    facts: [
      '{company}被{agency}罚款{amount}元, 已达到较大数额罚款的标准, 但处罚前没有告知我们有要求听证的权利, 直接作出了决定。',
      '{date}{agency}对我公司 ({company}) 作出罚款{amount}元的决定, 我们曾口头提出要听证, 执法人员说"没必要", 请核查程序是否合法。',
    ],
    amounts: [50000, 100000, 200000],
  },
  {
    category: 'conduct',
    field: 'market',
    officer: true,
    titles: ['执法人员检查时吃拿卡要', '执法人员多次向商户索要财物'],
    facts: [
      '{agency}执法人员{officer}每次到{place}检查, 都要从店里拿烟拿酒, 不给就说要"好好查查"。{date}又来了一次, 周边商户敢怒不敢言。',
      '我在{place}开{shop}, {date}前后执法人员{officer}暗示过节要"意思意思", 我没有给, 之后一个月被查了三次。请纪律部门核查。',
    ],
  },
  {
    category: 'abuse_of_power',
    field: 'emergency',
    titles: ['小微企业安全检查罚款畸重', '灭火器过期即被罚款数万元'],
    facts: [
      '{company}只有十几名员工, {date}{agency}检查发现两具灭火器过期、一处安全出口堆放杂物, 我们当场整改, 仍被罚款{amount}元, 远超企业承受能力。',
      '{date}, {agency}检查我们在{place}的小作坊, 以安全培训记录不全为由罚款{amount}元, 没有先责令限期改正, 处罚明显过重。',
    ],
    amounts: [20000, 30000, 50000],
  },
  {
    category: 'inaction',
    field: 'market',
    titles: ['举报商贩短斤少两无回音', '农贸市场缺斤短两问题长期存在'],
    facts: [
      '{place}的{shop}用作弊秤, 一斤只有八两多。{date}我向{agency}举报并提供了复称记录, 至今没有任何回复。',
      '{place}农贸市场多个摊位缺斤短两, 老年人经常上当。{date}我反映给{agency}, 对方说会去查, 但两个月过去了没有变化。',
    ],
  },
  {
    category: 'inaction',
    field: 'market',
    titles: ['健身房预付卡跑路, 举报后不处理', '美容店办卡后关门, 投诉无人受理'],
    facts: [
      '我在{company}办了三千多元的年卡, {date}门店突然关门, 老板联系不上。很多会员向{agency}投诉, 至今没有立案, 也没有说明处理情况。',
      '{place}的一家美容店{date}后停业, 我卡里还有两千多元。{agency}接到投诉后说属于民事纠纷, 不予处理, 请核实是否属于其监管职责。',
    ],
  },
  {
    category: 'inaction',
    field: 'market',
    titles: ['网购假冒商品投诉后不处理', '举报售假网店商家无回复'],
    facts: [
      '{date}我在本地商家{company}的网店买到假冒品牌运动鞋, 有鉴定结果。向{agency}举报后, 超过法定期限没有告知是否立案。',
      '我举报{place}一家店铺销售假冒名牌化妆品, 提交了购物凭证和照片。{date}至今{agency}没有任何反馈, 店铺仍在营业。',
    ],
  },
  {
    category: 'other',
    field: 'market',
    titles: ['查不到行政处罚决定公示信息', '处罚决定未按规定公示'],
    facts: [
      '我是{company}的竞争企业员工, 听说{agency}已对其作出行政处罚, 但在政府网站和信用网站上都查不到公示信息, 请督促依法公示。',
      '{date}{agency}在{place}查处了一批无证经营户, 但行政执法公示平台上一直没有公布处罚决定, 不符合执法公示制度的要求。',
    ],
  },
  {
    category: 'conduct',
    field: 'urban',
    titles: ['执法人员推搡摆摊老人', '城管执法过程中动手推人'],
    facts: [
      '{date}上午在{place}, 一位七十多岁的老人在路边卖自家种的菜, 城管队员驱赶时把老人推倒在地, 周围群众都看见了, 有视频为证。',
      '{date}我在{place}看到执法队员和商贩发生争执, 一名队员推搡商贩并抢夺手机, 执法记录仪全程没有打开。',
    ],
  },
  {
    category: 'procedure',
    field: 'emergency',
    titles: ['仅一名执法人员进行检查', '检查人员不足两人即作出处罚'],
    facts: [
      '{date}{agency}到{company}检查, 只来了一名执法人员, 另一人是没有执法证的协管员, 随后就根据这次检查作出了罚款{amount}元的决定。',
      '{date}在{place}, {agency}一名执法人员单独对我们进行安全检查并制作笔录, 笔录上另一名执法人员的签名是事后补签的。',
    ],
    amounts: [10000, 20000],
  },
  {
    category: 'abuse_of_power',
    field: 'urban',
    titles: ['强拆门头广告牌未依法告知', '未作决定即拆除商户招牌'],
    facts: [
      '{date}, {agency}在没有下达任何书面决定的情况下, 把{place}一排商户的门头招牌全部拆除, 我的{shop}招牌是经过审批的。',
      '我在{place}经营{shop}, 门头牌匾{date}被执法人员拆走, 事先只是口头通知, 没有限期改正通知书, 也没有告知申辩权利。',
    ],
  },
  {
    category: 'inaction',
    field: 'transport',
    titles: ['出租车拒载绕路投诉无结果', '出租车司机多收费用, 投诉后无人处理'],
    facts: [
      '{date}晚上我在{place}打出租车, 司机拒绝打表, 要价是正常价格的三倍。我记下了车牌号向{agency}投诉, 一个多月没有任何处理结果。',
      '{date}我从{place}乘出租车, 司机故意绕路多收了四十多元, 我保留了行程截图。投诉到{agency}后只回复"已转相关单位"。',
    ],
  },
  {
    category: 'excessive_inspection',
    field: 'environment',
    titles: ['环保检查重复扎堆', '同一周内多批次环保检查'],
    facts: [
      '{company}同一周内先后接待了{agency}、区里和街道的三批环保检查, 查的都是排污许可和台账, 请求统筹安排, 避免重复检查。',
      '我们是{place}的一家小型汽修厂, {date}以来环保方面已被检查{count}次, 每次都要求补交同样的材料, 企业难以正常经营。',
    ],
  },
  {
    category: 'abuse_of_power',
    field: 'environment',
    titles: ['环保检查"一刀切"责令全部停产', '未区分情况一律责令停产整改'],
    facts: [
      '{date}{agency}检查后, 要求{place}一带所有铸造企业全部停产, 不论是否达标排放。我公司 ({company}) 各项监测数据合格, 也被责令停产。',
      '{company}已取得排污许可证并按期监测, {date}仍被{agency}口头要求立即停产, 没有出具任何文书, 造成订单违约损失。',
    ],
  },
  {
    category: 'inaction',
    field: 'emergency',
    titles: ['居民楼下违规储存液化气罐', '小饭店违规使用液化气, 举报无人管'],
    facts: [
      '{place}的一家{shop}在居民楼一楼大量存放液化气罐, 存在重大安全隐患。{date}向{agency}举报后, 至今没有人来检查。',
      '{place}有人在车库里私设液化气充装点, 周围都是住宅。{date}反映给{agency}, 对方说不归他们管, 互相推诿。',
    ],
  },
  {
    category: 'abuse_of_power',
    field: 'other',
    agency: '自然资源局',
    titles: ['强拆农业大棚没有任何文书', '设施农用地大棚被认定违建拆除'],
    facts: [
      '我在{place}承包土地建了蔬菜大棚, 办过设施农用地备案。{date}{agency}认定为违法建筑, 未下达决定书就组织拆除。',
      '{date}, {agency}在{place}以"大棚房"整治为名拆除了我的养殖棚, 没有告知申辩和复议诉讼权利, 损失没有人负责。',
    ],
  },
  {
    category: 'procedure',
    field: 'other',
    agency: '农业农村局',
    titles: ['查扣农资未出具清单', '扣押化肥农药未开具扣押凭证'],
    facts: [
      '{date}{agency}到{place}我的农资店检查, 以涉嫌销售不合格化肥为由拉走了二十多袋化肥, 没有出具扣押清单, 也没有抽样检验报告。',
      '{agency}执法人员{date}在{place}扣押了我店里的农药, 说要送检, 至今一个多月没有检验结果, 也没有解除扣押。',
    ],
  },
  {
    category: 'other',
    field: 'other',
    agency: '卫生健康局',
    outOfScope:
      '您反映的是对具体行政处罚决定不服, 依法应通过行政复议或行政诉讼解决, 不属于本机关执法监督投诉的受理范围。请在收到处罚决定书之日起六十日内向作出决定机关的本级人民政府申请行政复议, 或在六个月内向人民法院提起诉讼。',
    titles: ['对行政处罚决定不服', '诊所被处罚, 不服处罚决定'],
    facts: [
      '我在{place}开办的诊所{date}被{agency}以超范围执业为由罚款{amount}元, 我认为事实认定错误, 希望司法局帮助撤销这个处罚。',
      '{date}{agency}对我的口腔诊所作出罚款{amount}元、没收违法所得的决定, 我不服, 请问应该向哪里申请复议, 能否由你们直接纠正。',
    ],
    amounts: [5000, 10000, 30000],
  },
  {
    category: 'other',
    field: 'other',
    agency: '住房和城乡建设局',
    outOfScope:
      '您反映的物业收费、交房问题属于平等主体之间的民事纠纷, 不属于行政执法监督的受理范围。建议通过与对方协商、向人民调解委员会申请调解或向人民法院起诉解决。',
    titles: ['物业收费纠纷请求处理', '开发商延期交房请求执法部门介入'],
    facts: [
      '我们小区 ({place}附近) 的物业公司{date}起擅自上调物业费, 业主多次协商未果, 请求执法监督部门责令物业公司退还多收的费用。',
      '{company}开发的楼盘合同约定{date}交房, 至今未交付, 业主要求{agency}处罚开发商, 但一直没有答复。',
    ],
  },
  {
    category: 'conduct',
    field: 'other',
    agency: '文化旅游和广播电视局',
    officer: true,
    titles: ['执法人员检查时酒后执法', '执法人员工作时间饮酒后进行检查'],
    facts: [
      '{date}晚上, {agency}执法人员{officer}带人到{place}的网吧检查, 身上明显有酒气, 说话蛮横, 还要求网吧老板"请客"。',
      '{date}{agency}执法人员{officer}到{place}的KTV检查, 酒后执法, 态度恶劣, 现场多名顾客可以作证。',
    ],
  },
];
