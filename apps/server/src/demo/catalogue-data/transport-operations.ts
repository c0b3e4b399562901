import type { ItemContent } from '@jiandu/contracts/catalogue';
import { TRANSPORT_2021 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import { benchmark, EXEMPT_MINOR, firstOffence, HEAVIER_USUAL, share, yuan } from './tiers.ts';

/*
 * 交通运输 — road transport operations (道路运输条例 arts. 60, 62, 64, 66, 68–70 of the 2019 text, as
 * renumbered in 2023). The 2023 amendment deleted
 * the fine for not carrying the 车辆营运证 (old art. 68), so that item is withdrawn, and moved the
 * vehicle maintenance fine from art. 70 to art. 69. Texts checked against the published regulations.
 */

const REGULATION = '中华人民共和国道路运输条例';
const FIRST = '依据《中华人民共和国道路运输条例》编制交通运输领域行政执法事项清单';
const BENCHMARK_REASON = '制定并公布交通运输行政处罚裁量权基准';

const DRIVER = yuan(200, 2000);
const MAINTENANCE = yuan(1000, 5000);

function maintenance(article: string, authority: string): ItemContent {
  return {
    name: '对客运经营者、货运经营者不按规定维护和检测运输车辆的行政处罚',
    kind: 'penalty',
    legalBases: [
      {
        law: REGULATION,
        article,
        clause: '第一款',
        text: `违反本条例的规定，客运经营者、货运经营者不按规定维护和检测运输车辆的，由${authority}责令改正，处1000元以上5000元以下的罚款。`,
      },
    ],
    post: '道路运输执法科',
    fields: ['transport'],
  };
}

/** Road transport operation items: drivers, permits, the 营运证 and vehicle maintenance. */
export const TRANSPORT_OPERATION_TEMPLATES: ItemTemplate[] = [
  {
    code: 'JT-CF-0064',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: FIRST,
    content: {
      name: '对不符合规定条件的人员驾驶道路运输经营车辆的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: REGULATION,
          article: '第六十四条',
          text: '不符合本条例第九条、第二十二条规定条件的人员驾驶道路运输经营车辆的，由县级以上地方人民政府交通运输主管部门责令改正，处200元以上2000元以下的罚款；构成犯罪的，依法追究刑事责任。',
        },
      ],
      post: '道路运输执法科',
      fields: ['transport'],
    },
    benchmarks: [
      {
        effectiveFrom: '2021-06-01',
        reason: BENCHMARK_REASON,
        content: benchmark(TRANSPORT_2021, {
          lighter: {
            when: '从业资格证件超过有效期未满三个月，或者驾驶员年龄超过60周岁未满三个月的',
            fine: share(DRIVER, 'lighter'),
          },
          general: { when: '未取得相应从业资格驾驶道路运输经营车辆的', fine: share(DRIVER, 'general') },
          heavier: {
            when: `${HEAVIER_USUAL}；或者驾驶客运车辆、危险货物运输车辆的`,
            fine: share(DRIVER, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    code: 'JT-CF-0066',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: FIRST,
    content: {
      name: '对非法转让、出租道路运输许可证件的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: REGULATION,
          article: '第六十六条',
          text: '违反本条例的规定，客运经营者、货运经营者、道路运输相关业务经营者非法转让、出租道路运输许可证件的，由县级以上地方人民政府交通运输主管部门责令停止违法行为，收缴有关证件，处2000元以上1万元以下的罚款；有违法所得的，没收违法所得。',
        },
      ],
      post: '道路运输执法科',
      fields: ['transport'],
    },
  },
  {
    code: 'JT-CF-0068',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: FIRST,
    content: {
      name: '对客运经营者、货运经营者不按照规定携带车辆营运证的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: REGULATION,
          article: '第六十八条',
          text: '违反本条例的规定，客运经营者、货运经营者不按照规定携带车辆营运证的，由县级以上道路运输管理机构责令改正，处警告或者20元以上200元以下的罚款。',
        },
      ],
      post: '道路运输执法科',
      fields: ['transport'],
    },
    withdrawn: {
      effectiveDate: '2023-07-20',
      reason:
        '《国务院关于修改和废止部分行政法规的决定》（2023年）删除不按照规定携带车辆营运证的罚则，本事项取消',
    },
  },
  {
    code: 'JT-CF-0069',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: FIRST,
    content: maintenance('第七十条', '县级以上道路运输管理机构'),
    revisions: [
      {
        effectiveFrom: '2023-07-20',
        reason: '道路运输条例修改后条文序号调整，执法依据由第七十条改为第六十九条',
        content: maintenance('第六十九条', '县级以上地方人民政府交通运输主管部门'),
      },
    ],
    benchmarks: [
      {
        effectiveFrom: '2021-06-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          TRANSPORT_2021,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: {
              when: '超过规定维护周期不足一个月，车辆技术状况良好的',
              fine: share(MAINTENANCE, 'lighter'),
            },
            general: { when: '未按规定进行二级维护或者检测的', fine: share(MAINTENANCE, 'general') },
            heavier: {
              when: '涉及客运车辆、危险货物运输车辆，或者车辆存在安全隐患的',
              fine: share(MAINTENANCE, 'heavier'),
            },
          },
          [
            firstOffence(
              '货运经营者未按规定维护和检测运输车辆',
              '初次违法，超过维护周期不足一个月，且在责令改正期限内完成维护、检测的',
            ),
          ],
        ),
      },
    ],
  },
];
