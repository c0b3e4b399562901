import type { ItemTemplate } from './index.ts';

/*
 * 应急管理 — further work safety penalties without benchmarks and the inspection and coercion powers
 * of 安全生产法 art. 65 (2021 amendment). Texts checked against the published law.
 */

const LAW = '中华人民共和国安全生产法';
const FIRST = '依据《中华人民共和国安全生产法》（2021年修正）编制应急管理领域行政执法事项清单';

/** Work safety items without benchmarks, inspections and coercive measures. */
export const EMERGENCY_POWER_TEMPLATES: ItemTemplate[] = [
  {
    code: 'YJ-CF-0099-8',
    holders: ['yjgl'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第九十九条',
          clause: '第八项',
          text: '生产经营单位有下列行为之一的，责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款……（八）餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置的。',
        },
      ],
      post: '安全生产执法监察科',
      fields: ['emergency'],
    },
  },
  {
    code: 'YJ-CF-0108',
    holders: ['yjgl'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对生产经营单位拒绝、阻碍负有安全生产监督管理职责的部门依法实施监督检查的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第一百零八条',
          text: '违反本法规定，生产经营单位拒绝、阻碍负有安全生产监督管理职责的部门依法实施监督检查的，责令改正；拒不改正的，处二万元以上二十万元以下的罚款；对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款；构成犯罪的，依照刑法有关规定追究刑事责任。',
        },
      ],
      post: '安全生产执法监察科',
      fields: ['emergency'],
    },
  },
  {
    code: 'YJ-JC-0065',
    holders: ['yjgl'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对生产经营单位执行安全生产法律、法规和国家标准或者行业标准情况的监督检查',
      kind: 'inspection',
      legalBases: [
        {
          law: LAW,
          article: '第六十五条',
          clause: '第一款第一项至第三项',
          text: '应急管理部门和其他负有安全生产监督管理职责的部门依法开展安全生产行政执法工作，对生产经营单位执行有关安全生产的法律、法规和国家标准或者行业标准的情况进行监督检查，行使以下职权：（一）进入生产经营单位进行检查，调阅有关资料，向有关单位和人员了解情况；（二）对检查中发现的安全生产违法行为，当场予以纠正或者要求限期改正……（三）对检查中发现的事故隐患，应当责令立即排除……',
        },
      ],
      post: '安全生产执法监察科',
      fields: ['emergency'],
    },
  },
  {
    code: 'YJ-QZ-0065',
    holders: ['yjgl'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '查封、扣押不符合保障安全生产的国家标准或者行业标准的设施、设备、器材以及违法生产、储存、使用、经营、运输的危险物品',
      kind: 'coercion',
      legalBases: [
        {
          law: LAW,
          article: '第六十五条',
          clause: '第一款第四项',
          text: '……（四）对有根据认为不符合保障安全生产的国家标准或者行业标准的设施、设备、器材以及违法生产、储存、使用、经营、运输的危险物品予以查封或者扣押，对违法生产、储存、使用、经营危险物品的作业场所予以查封，并依法作出处理决定。',
        },
      ],
      post: '安全生产执法监察科',
      fields: ['emergency'],
    },
  },
];
