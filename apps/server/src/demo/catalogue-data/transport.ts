import type { ItemContent } from '@jiandu/contracts/catalogue';
import { TRANSPORT_2021, TRANSPORT_2023 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import { benchmark, HEAVIER_USUAL, share, times } from './tiers.ts';

/*
 * 交通运输 — unlicensed road transport under 道路运输条例 art. 63. The 2023 amendment (《国务院关于
 * 修改和废止部分行政法规的决定》, 2023-07-20) split art. 63 and lowered the fines for ordinary goods
 * transport from 违法所得2倍以上10倍以下 / 3万–10万元 to 1倍以上5倍以下 / 3000元–1万元 (1万–5万元 when
 * serious), and the floor for passenger transport from 3万 to 1万元: the real case of 从旧兼从轻.
 * Texts checked against the 2019 and 2023 texts of the regulation.
 * unverified: the amendment's order number (国务院令第764号) and that it took effect on publication
 * (2023-07-20); the new versions and benchmarks below start on that date.
 */

const REGULATION = '中华人民共和国道路运输条例';
const FIRST = '依据《中华人民共和国道路运输条例》编制交通运输领域行政执法事项清单';
const AMENDED = '2023-07-20';
const AMENDMENT =
  '《国务院关于修改和废止部分行政法规的决定》（2023年）修改道路运输条例第六十三条，分别规定未取得许可擅自从事道路普通货物运输、客运经营的罚款';
const OLD_63 =
  '违反本条例的规定，未取得道路运输经营许可，擅自从事道路运输经营的，由县级以上道路运输管理机构责令停止经营；有违法所得的，没收违法所得，处违法所得2倍以上10倍以下的罚款；没有违法所得或者违法所得不足2万元的，处3万元以上10万元以下的罚款；构成犯罪的，依法追究刑事责任。';
const NEW_63 =
  '违反本条例的规定，有下列情形之一的，由县级以上地方人民政府交通运输主管部门责令停止经营，并处罚款；构成犯罪的，依法追究刑事责任：';

const UNLICENSED_OLD = times('illegalGains', 2, 10, { below: 20_000, min: 30_000, max: 100_000 });
const GOODS_NEW = times('illegalGains', 1, 5, { below: 10_000, min: 3000, max: 10_000 });
const PASSENGER_NEW = times('illegalGains', 2, 10, { below: 20_000, min: 10_000, max: 100_000 });

const LIGHTER = '初次被查处，经营时间较短、车辆一辆，且如实陈述违法事实、主动停止经营的';
const GENERAL = '不具有从轻或者从重情节的';
const HEAVIER = `${HEAVIER_USUAL}；或者使用报废、擅自改装车辆从事经营的`;

function unlicensed(name: string, clause: string, text: string): ItemContent {
  return {
    name,
    kind: 'penalty',
    legalBases: [{ law: REGULATION, article: '第六十三条', clause, text }],
    post: '道路运输执法科',
    fields: ['transport'],
  };
}

/** Unlicensed road transport: two item versions and two benchmarks each. */
export const TRANSPORT_TEMPLATES: ItemTemplate[] = [
  {
    code: 'JT-CF-0063-1',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: FIRST,
    content: unlicensed('对未取得道路运输经营许可擅自从事道路普通货物运输经营的行政处罚', '', OLD_63),
    revisions: [
      {
        effectiveFrom: AMENDED,
        reason: AMENDMENT,
        content: unlicensed(
          '对未取得道路运输经营许可擅自从事道路普通货物运输经营的行政处罚',
          '第一项',
          `${NEW_63}（一）未取得道路运输经营许可，擅自从事道路普通货物运输经营，违法所得超过1万元的，没收违法所得，处违法所得1倍以上5倍以下的罚款；没有违法所得或者违法所得不足1万元的，处3000元以上1万元以下的罚款，情节严重的，处1万元以上5万元以下的罚款……`,
        ),
      },
    ],
    benchmarks: [
      {
        effectiveFrom: '2021-06-01',
        reason: '制定并公布交通运输行政处罚裁量权基准',
        content: benchmark(TRANSPORT_2021, {
          lighter: { when: LIGHTER, penalties: ['confiscation'], fine: share(UNLICENSED_OLD, 'lighter') },
          general: { when: GENERAL, penalties: ['confiscation'], fine: share(UNLICENSED_OLD, 'general') },
          heavier: { when: HEAVIER, penalties: ['confiscation'], fine: share(UNLICENSED_OLD, 'heavier') },
        }),
      },
      {
        effectiveFrom: AMENDED,
        reason: '道路运输条例修改，按修改后的第六十三条第一项重新确定裁量阶次，罚款幅度相应降低',
        content: benchmark(TRANSPORT_2023, {
          lighter: { when: LIGHTER, penalties: ['confiscation'], fine: share(GOODS_NEW, 'lighter') },
          general: { when: GENERAL, penalties: ['confiscation'], fine: share(GOODS_NEW, 'general') },
          heavier: {
            when: `情节严重：${HEAVIER}`,
            penalties: ['confiscation'],
            fine: times('illegalGains', 3.8, 5, { below: 10_000, min: 10_000, max: 50_000 }),
          },
        }),
      },
    ],
  },
  {
    code: 'JT-CF-0063-2',
    holders: ['jtys'],
    levels: ['city'],
    effectiveFrom: '2021-03-01',
    reason: FIRST,
    content: unlicensed('对未取得道路运输经营许可擅自从事道路客运经营的行政处罚', '', OLD_63),
    revisions: [
      {
        effectiveFrom: AMENDED,
        reason: AMENDMENT,
        content: unlicensed(
          '对未取得道路运输经营许可擅自从事道路客运经营的行政处罚',
          '第二项',
          `${NEW_63}……（二）未取得道路运输经营许可，擅自从事道路客运经营，违法所得超过2万元的，没收违法所得，处违法所得2倍以上10倍以下的罚款；没有违法所得或者违法所得不足2万元的，处1万元以上10万元以下的罚款……`,
        ),
      },
    ],
    benchmarks: [
      {
        effectiveFrom: '2021-06-01',
        reason: '制定并公布交通运输行政处罚裁量权基准',
        content: benchmark(TRANSPORT_2021, {
          lighter: { when: LIGHTER, penalties: ['confiscation'], fine: share(UNLICENSED_OLD, 'lighter') },
          general: { when: GENERAL, penalties: ['confiscation'], fine: share(UNLICENSED_OLD, 'general') },
          heavier: {
            when: `${HEAVIER}；或者利用网络平台招揽旅客、跨省市非法营运的`,
            penalties: ['confiscation'],
            fine: share(UNLICENSED_OLD, 'heavier'),
          },
        }),
      },
      {
        effectiveFrom: AMENDED,
        reason: '道路运输条例修改，按修改后的第六十三条第二项调整没有违法所得时的罚款下限',
        content: benchmark(TRANSPORT_2023, {
          lighter: { when: LIGHTER, penalties: ['confiscation'], fine: share(PASSENGER_NEW, 'lighter') },
          general: { when: GENERAL, penalties: ['confiscation'], fine: share(PASSENGER_NEW, 'general') },
          heavier: {
            when: `${HEAVIER}；或者利用网络平台招揽旅客、跨省市非法营运的`,
            penalties: ['confiscation'],
            fine: share(PASSENGER_NEW, 'heavier'),
          },
        }),
      },
    ],
  },
];
