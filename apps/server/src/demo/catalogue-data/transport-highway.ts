import { TRANSPORT_2021 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import { benchmark, yuan } from './tiers.ts';

/*
 * 交通运输 — overloading and highway protection (公路安全保护条例 arts. 64, 69, 72, in force
 * 2011-07-01) and the inspection and coercion powers of the 道路运输条例 (arts. 60, 62). Texts
 * checked against the published regulations. The overloading benchmark follows the per-tonne
 * scale of 超限运输车辆行驶公路管理规定 art. 43 rather than the 30/70 split.
 * unverified: the wording of 超限运输车辆行驶公路管理规定 art. 43 (交通运输部令2016年第62号) quoted
 * in the pending revision.
 */

const REGULATION = '中华人民共和国道路运输条例';
const HIGHWAY = '公路安全保护条例';
const FIRST = '依据《公路安全保护条例》编制交通运输领域行政执法事项清单';
const TRANSPORT_FIRST = '依据《中华人民共和国道路运输条例》编制交通运输领域行政执法事项清单';

const overloadBasis = {
  law: HIGHWAY,
  article: '第六十四条',
  text: '违反本条例的规定，在公路上行驶的车辆，车货总体的外廓尺寸、轴荷或者总质量超过公路、公路桥梁、公路隧道、汽车渡船限定标准的，由公路管理机构责令改正，可以处3万元以下的罚款。',
};

/** Overloading, highway protection, inspection and coercion items. */
export const TRANSPORT_HIGHWAY_TEMPLATES: ItemTemplate[] = [
  {
    code: 'JT-CF-GL64',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: FIRST,
    content: {
      name: '对车辆违法超限运输的行政处罚',
      kind: 'penalty',
      legalBases: [overloadBasis],
      post: '路政执法科',
      fields: ['transport'],
    },
    benchmarks: [
      {
        effectiveFrom: '2021-06-01',
        reason: '制定并公布交通运输行政处罚裁量权基准',
        content: benchmark(TRANSPORT_2021, {
          lighter: { when: '车货总质量超过限定标准，但未超过1000千克的（予以警告）', penalties: ['warning'] },
          general: {
            when: '车货总质量超过限定标准1000千克以上、10吨以下的，每超1000千克罚款500元',
            fine: yuan(500, 5000),
          },
          heavier: {
            when: '车货总质量超过限定标准10吨以上的，每超1000千克罚款500元，最高不超过3万元；或者一年内违法超限运输超过3次的',
            fine: yuan(5000, 30_000),
          },
        }),
      },
    ],
    pendingRevision: {
      reason: '补充《超限运输车辆行驶公路管理规定》第四十三条作为处罚依据，明确按超限质量计算罚款',
      submitted: false,
      content: {
        name: '对车辆违法超限运输的行政处罚',
        kind: 'penalty',
        legalBases: [
          overloadBasis,
          {
            law: '超限运输车辆行驶公路管理规定',
            article: '第四十三条',
            clause: '第一款第二项',
            text: '车货总质量超过本规定第三条第一款第四项至第八项规定的限定标准，但未超过1000千克的，予以警告；超过1000千克的，每超1000千克罚款500元，最高不得超过30000元。',
          },
        ],
        post: '路政执法科',
        fields: ['transport'],
      },
    },
  },
  {
    code: 'JT-CF-GL69',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: FIRST,
    content: {
      name: '对车辆装载物触地拖行、掉落、遗洒或者飘散造成公路路面损坏、污染的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: HIGHWAY,
          article: '第六十九条',
          text: '车辆装载物触地拖行、掉落、遗洒或者飘散，造成公路路面损坏、污染的，由公路管理机构责令改正，处5000元以下的罚款。',
        },
      ],
      post: '路政执法科',
      fields: ['transport'],
    },
  },
  {
    code: 'JT-QZ-GL72',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: FIRST,
    content: {
      name: '扣留造成公路、公路附属设施损坏且拒不接受现场调查处理的车辆、工具',
      kind: 'coercion',
      legalBases: [
        {
          law: HIGHWAY,
          article: '第七十二条',
          clause: '第一款',
          text: '造成公路、公路附属设施损坏，拒不接受公路管理机构现场调查处理的，公路管理机构可以扣留车辆、工具。',
        },
      ],
      post: '路政执法科',
      fields: ['transport'],
    },
  },
  {
    code: 'JT-JC-0060',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: TRANSPORT_FIRST,
    content: {
      name: '对道路运输及相关业务经营活动的监督检查',
      kind: 'inspection',
      legalBases: [
        {
          law: REGULATION,
          article: '第六十条',
          text: '县级以上人民政府交通运输主管部门的工作人员实施监督检查时，可以向有关单位和个人了解情况，查阅、复制有关资料。但是，应当保守被调查单位和个人的商业秘密。被监督检查的单位和个人应当接受依法实施的监督检查，如实提供有关资料或者情况。',
        },
      ],
      post: '道路运输执法科',
      fields: ['transport'],
    },
  },
  {
    code: 'JT-QZ-0062',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: TRANSPORT_FIRST,
    content: {
      name: '暂扣没有车辆营运证又无法当场提供其他有效证明的车辆',
      kind: 'coercion',
      legalBases: [
        {
          law: REGULATION,
          article: '第六十二条',
          text: '县级以上人民政府交通运输主管部门的工作人员在实施道路运输监督检查过程中，对没有车辆营运证又无法当场提供其他有效证明的车辆予以暂扣的，应当妥善保管，不得使用，不得收取或者变相收取保管费用。',
        },
      ],
      post: '道路运输执法科',
      fields: ['transport'],
    },
  },
];
