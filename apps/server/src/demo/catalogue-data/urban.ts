import { URBAN_2022 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import { benchmark, EXEMPT_MINOR, firstOffence, HEAVIER_USUAL, share, yuan } from './tiers.ts';

/*
 * 城市管理 — penalties the district 城市管理综合行政执法局 exercise as the 监督管理部门 the local
 * government designates: 大气污染防治法 arts. 118, 119 (checked against the 2018 text), 城市建筑垃圾
 * 管理规定 (建设部令第139号, in force 2005-06-01) arts. 23, 26 and 城市道路管理条例 arts. 27, 42.
 * unverified: the wording of 城市建筑垃圾管理规定 art. 23 and 城市道路管理条例 art. 27 (art. 26 and
 * art. 42 were checked).
 */

const AIR = '中华人民共和国大气污染防治法';
const DEBRIS = '城市建筑垃圾管理规定';
const FIRST = '依据相对集中行政处罚权范围编制城市管理综合行政执法事项清单';
const BENCHMARK_REASON = '依据国办发〔2022〕27号文件制定并公布裁量权基准';

const FUME = yuan(5000, 50_000);
const BARBECUE = yuan(500, 20_000);
const BURNING = yuan(500, 2000);
const DEBRIS_UNIT = yuan(5000, 50_000);
const ROAD = yuan(0, 20_000);

function urban(
  code: string,
  name: string,
  law: string,
  article: string,
  clause: string | null,
  text: string,
): ItemTemplate {
  return {
    code,
    holders: ['cgzf'],
    levels: ['district'],
    effectiveFrom: '2022-01-01',
    reason: FIRST,
    content: {
      name,
      kind: 'penalty',
      legalBases: [{ law, article, clause, text }],
      post: '执法大队',
      fields: ['urban'],
    },
  };
}

/** Urban management penalty items with benchmarks. */
export const URBAN_TEMPLATES: ItemTemplate[] = [
  {
    ...urban(
      'CG-CF-03118',
      '对排放油烟的餐饮服务业经营者未安装油烟净化设施或者超过排放标准排放油烟的行政处罚',
      AIR,
      '第一百一十八条',
      '第一款',
      '违反本法规定，排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，超过排放标准排放油烟的，由县级以上地方人民政府确定的监督管理部门责令改正，处五千元以上五万元以下的罚款；拒不改正的，责令停业整治。',
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-11-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          URBAN_2022,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: {
              when: '已安装油烟净化设施但未正常使用，营业面积较小且未引起投诉的',
              fine: share(FUME, 'lighter'),
            },
            general: { when: '未安装油烟净化设施或者超标排放油烟的', fine: share(FUME, 'general') },
            heavier: {
              when: '拒不改正（责令停业整治），或者造成周边居民多次投诉、两年内再次违法的',
              penalties: ['suspension'],
              fine: share(FUME, 'heavier'),
            },
          },
          [
            firstOffence(
              '餐饮服务业经营者不正常使用油烟净化设施',
              '初次违法，未造成周边居民投诉，且在责令改正期限内改正的',
            ),
          ],
        ),
      },
    ],
  },
  {
    ...urban(
      'CG-CF-03118-3',
      '对在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的行政处罚',
      AIR,
      '第一百一十八条',
      '第三款',
      '违反本法规定，在当地人民政府禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地的，由县级以上地方人民政府确定的监督管理部门责令改正，没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款。',
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-11-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          URBAN_2022,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: {
              when: '烧烤摊位一处，经劝阻后立即停止的',
              penalties: ['confiscation'],
              fine: share(BARBECUE, 'lighter'),
            },
            general: {
              when: '不具有从轻或者从重情节的',
              penalties: ['confiscation'],
              fine: share(BARBECUE, 'general'),
            },
            heavier: {
              when: `${HEAVIER_USUAL}；或者为多个露天烧烤摊位提供场地的`,
              penalties: ['confiscation'],
              fine: share(BARBECUE, 'heavier'),
            },
          },
          [
            firstOffence(
              '在禁止的时段和区域内露天烧烤食品',
              '初次违法，经劝阻后立即停止且未造成油烟扰民投诉的',
            ),
          ],
        ),
      },
    ],
  },
  {
    ...urban(
      'CG-CF-03119',
      '对在人口集中地区露天焚烧秸秆、落叶等产生烟尘污染的物质的行政处罚',
      AIR,
      '第一百一十九条',
      '第一款',
      '违反本法规定，在人口集中地区对树木、花草喷洒剧毒、高毒农药，或者露天焚烧秸秆、落叶等产生烟尘污染的物质的，由县级以上地方人民政府确定的监督管理部门责令改正，并可以处五百元以上二千元以下的罚款。',
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-11-01',
        reason: BENCHMARK_REASON,
        content: benchmark(URBAN_2022, {
          exempt: { when: EXEMPT_MINOR },
          lighter: { when: '焚烧量较小，经劝阻后立即熄灭的', fine: share(BURNING, 'lighter') },
          general: { when: '不具有从轻或者从重情节的', fine: share(BURNING, 'general') },
          heavier: {
            when: '在重污染天气预警期间焚烧，或者经劝阻拒不熄灭的',
            fine: share(BURNING, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    ...urban(
      'CG-CF-JZ26',
      '对单位随意倾倒、抛撒或者堆放建筑垃圾的行政处罚',
      DEBRIS,
      '第二十六条',
      null,
      '任何单位和个人随意倾倒、抛撒或者堆放建筑垃圾的，由城市人民政府市容环境卫生主管部门责令限期改正，给予警告，并对单位处5000元以上5万元以下罚款，对个人处200元以下罚款。',
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-11-01',
        reason: BENCHMARK_REASON,
        content: benchmark(URBAN_2022, {
          lighter: {
            when: '倾倒、堆放量在5立方米以下，并在限期内清理完毕的',
            penalties: ['warning'],
            fine: share(DEBRIS_UNIT, 'lighter'),
          },
          general: {
            when: '倾倒、堆放量在5立方米以上20立方米以下的',
            penalties: ['warning'],
            fine: share(DEBRIS_UNIT, 'general'),
          },
          heavier: {
            when: '倾倒、堆放量在20立方米以上，或者倾倒在河道、绿地等区域，或者逾期未清理的',
            penalties: ['warning'],
            fine: share(DEBRIS_UNIT, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    ...urban(
      'CG-CF-JZ23',
      '对处置建筑垃圾的单位在运输建筑垃圾过程中沿途丢弃、遗撒建筑垃圾的行政处罚',
      DEBRIS,
      '第二十三条',
      null,
      '处置建筑垃圾的单位在运输建筑垃圾过程中沿途丢弃、遗撒建筑垃圾的，由城市人民政府市容环境卫生主管部门责令限期改正，给予警告，处5000元以上5万元以下罚款。',
    ),
    benchmarks: [
      {
        effectiveFrom: '2022-11-01',
        reason: BENCHMARK_REASON,
        content: benchmark(URBAN_2022, {
          lighter: {
            when: '遗撒路段在100米以下，并立即清理的',
            penalties: ['warning'],
            fine: share(DEBRIS_UNIT, 'lighter'),
          },
          general: {
            when: '遗撒路段在100米以上500米以下的',
            penalties: ['warning'],
            fine: share(DEBRIS_UNIT, 'general'),
          },
          heavier: {
            when: '遗撒路段在500米以上，或者在主次干道、夜间故意沿途丢弃的',
            penalties: ['warning'],
            fine: share(DEBRIS_UNIT, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    code: 'CG-CF-DL42',
    holders: ['cgzf'],
    levels: ['district'],
    effectiveFrom: '2022-01-01',
    reason: FIRST,
    content: {
      name: '对擅自占用或者挖掘城市道路的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: '城市道路管理条例',
          article: '第二十七条',
          clause: '第一项',
          text: '城市道路范围内禁止下列行为：（一）擅自占用或者挖掘城市道路……',
        },
        {
          law: '城市道路管理条例',
          article: '第四十二条',
          text: '违反本条例第二十七条规定，或者有下列行为之一的，由市政工程行政主管部门或者其他有关部门责令限期改正，可以处以2万元以下的罚款；造成损失的，应当依法承担赔偿责任……',
        },
      ],
      post: '执法大队',
      fields: ['urban'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-11-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          URBAN_2022,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: { when: '占用面积在10平方米以下，并在限期内改正的', fine: share(ROAD, 'lighter') },
            general: {
              when: '占用面积在10平方米以上50平方米以下，或者擅自挖掘城市道路的',
              fine: share(ROAD, 'general'),
            },
            heavier: {
              when: '占用面积在50平方米以上，或者影响交通安全、造成道路损坏的',
              fine: share(ROAD, 'heavier'),
            },
          },
          [firstOffence('擅自占用城市道路摆摊设点', '初次违法，占用面积在5平方米以下，经责令当场改正的')],
        ),
      },
    ],
  },
];
