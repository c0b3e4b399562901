import type { EnforcementField } from '@jiandu/contracts/fields';
import { PROVINCE } from './regions.ts';

/*
 * The kinds of enforcement agency the generator builds, one per field: how each is named at the
 * provincial, city and county level (after the 2018–2019 institutional reform in Liaoning, with
 * county environment bureaus as 分局 of the city bureau), how busy it is, and who its parties are.
 */

/** Where an agency sits. */
export type AgencyLevel = 'province' | 'city' | 'county';

/** The place an agency is named after. */
export interface Place {
  level: AgencyLevel;
  code: string;
  /** 沈阳市 or 和平区; 辽宁省 for the province. */
  name: string;
  /** The city of a county (沈阳市), for 分局 names. */
  cityName: string;
  /** 和平 for 和平区. */
  short: string;
  district: boolean;
}

/** One kind of agency. */
export interface FieldProfile {
  field: EnforcementField;
  /** Item code prefix, as in the catalogue's 'SJ-CF-0122'. */
  prefix: string;
  /** Relative number of cases per officer. */
  weight: number;
  /** Share of penalty parties who are natural persons. */
  personShare: number;
  levels: readonly AgencyLevel[];
  name: (place: Place) => string;
  /** Business lines of the companies it deals with ("餐饮管理"). */
  industries: readonly string[];
  /** Kinds of 个体工商户 it deals with ("小吃店"). */
  shops: readonly string[];
}

const ALL: readonly AgencyLevel[] = ['province', 'city', 'county'];

function named(provincial: string, local: string, county = local) {
  return (place: Place) =>
    place.level === 'province'
      ? PROVINCE.name + provincial
      : place.name + (place.level === 'city' ? local : county);
}

/** Every field the generator knows, most active first. */
export const FIELD_PROFILES: readonly FieldProfile[] = [
  {
    field: 'market',
    prefix: 'SJ',
    weight: 3,
    personShare: 0.35,
    levels: ALL,
    name: named('市场监督管理局', '市场监督管理局'),
    industries: ['餐饮管理', '食品', '商贸', '超市', '医药连锁', '服饰', '电子商务', '电梯工程'],
    shops: ['小吃店', '饭店', '超市', '便利店', '水果店', '烧烤店', '药店', '熟食店'],
  },
  {
    field: 'urban',
    prefix: 'CG',
    weight: 2.5,
    personShare: 0.5,
    levels: ['city', 'county'],
    name: (place) =>
      place.name +
      (place.level === 'county' && !place.district ? '综合行政执法局' : '城市管理综合行政执法局'),
    industries: ['餐饮管理', '建筑工程', '渣土运输', '广告传媒', '物业管理', '市政工程'],
    shops: ['烧烤店', '饭店', '小吃店', '广告部', '装饰部'],
  },
  {
    field: 'transport',
    prefix: 'JT',
    weight: 2,
    personShare: 0.45,
    levels: ALL,
    name: named('交通运输厅', '交通运输局'),
    industries: ['物流', '运输', '客运', '汽车租赁', '公路工程', '出租汽车'],
    shops: ['货运部', '汽车修理厂', '汽车修理部'],
  },
  {
    field: 'emergency',
    prefix: 'YJ',
    weight: 1.5,
    personShare: 0.05,
    levels: ALL,
    name: named('应急管理厅', '应急管理局'),
    industries: ['化工', '矿业', '建筑工程', '燃气', '冶金', '机械制造', '烟花爆竹'],
    shops: ['饭店', '五金店', '烟花爆竹零售店'],
  },
  {
    field: 'environment',
    prefix: 'ST',
    weight: 1.5,
    personShare: 0.05,
    levels: ALL,
    name: (place) =>
      place.level === 'province'
        ? `${PROVINCE.name}生态环境厅`
        : place.level === 'city'
          ? `${place.name}生态环境局`
          : `${place.cityName}生态环境局${place.short}分局`,
    industries: ['化工', '机械制造', '热电', '建材', '钢铁', '制药', '汽车维修', '混凝土'],
    shops: ['汽车修理部', '洗车店', '干洗店'],
  },
  {
    field: 'health',
    prefix: 'WJ',
    weight: 1,
    personShare: 0.2,
    levels: ALL,
    name: named('卫生健康委员会', '卫生健康委员会', '卫生健康局'),
    industries: ['医院管理', '医疗美容', '口腔医疗', '养老服务', '酒店管理', '洗浴'],
    shops: ['诊所', '美容店', '理发店', '浴池', '旅馆', '口腔诊所'],
  },
  {
    field: 'culture',
    prefix: 'WH',
    weight: 0.8,
    personShare: 0.2,
    levels: ALL,
    name: named('文化和旅游厅', '文化旅游和广播电视局'),
    industries: ['文化传媒', '旅行社', '网络科技', '娱乐', '演艺'],
    shops: ['网吧', '歌厅', '书店', '游艺厅'],
  },
  {
    field: 'agriculture',
    prefix: 'NY',
    weight: 0.8,
    personShare: 0.35,
    levels: ALL,
    name: named('农业农村厅', '农业农村局'),
    industries: ['农资', '种业', '饲料', '牧业', '农业机械', '生物科技'],
    shops: ['农资店', '兽药店', '种子门市部', '养殖场'],
  },
  {
    field: 'housing',
    prefix: 'ZJ',
    weight: 0.8,
    personShare: 0.1,
    levels: ALL,
    name: named('住房和城乡建设厅', '住房和城乡建设局'),
    industries: ['建筑工程', '房地产开发', '物业服务', '建材', '工程监理'],
    shops: ['装饰部', '建材商店'],
  },
  {
    field: 'natural_resources',
    prefix: 'ZR',
    weight: 0.6,
    personShare: 0.45,
    levels: ALL,
    name: (place) =>
      place.level === 'province'
        ? `${PROVINCE.name}自然资源厅`
        : place.level === 'county' && place.district
          ? `${place.cityName}自然资源局${place.short}分局`
          : `${place.name}自然资源局`,
    industries: ['矿业', '房地产开发', '砂石', '测绘', '石材'],
    shops: ['采石场', '砂场'],
  },
  {
    field: 'human_resources',
    prefix: 'RS',
    weight: 0.6,
    personShare: 0.02,
    levels: ALL,
    name: named('人力资源和社会保障厅', '人力资源和社会保障局'),
    industries: ['劳务派遣', '人力资源服务', '建筑劳务', '餐饮管理', '保安服务'],
    shops: ['饭店', '超市'],
  },
  {
    field: 'water',
    prefix: 'SL',
    weight: 0.4,
    personShare: 0.4,
    levels: ALL,
    name: named('水利厅', '水利局'),
    industries: ['砂石', '水务', '水利工程', '建筑工程'],
    shops: ['砂场', '洗车店'],
  },
];

const BY_FIELD = new Map(FIELD_PROFILES.map((profile) => [profile.field, profile]));

/** The profile of a field; fields the generator has no profile for are treated like 市场监管's parties. */
export function profileOf(field: EnforcementField): FieldProfile {
  return BY_FIELD.get(field) ?? FIELD_PROFILES[0]!;
}
