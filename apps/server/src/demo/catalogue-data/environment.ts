import { ENVIRONMENT_2021, ENVIRONMENT_2025 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import {
  benchmark,
  EXEMPT_MINOR,
  firstOffence,
  HEAVIER_USUAL,
  MITIGATED_STATUTORY,
  share,
  yuan,
} from './tiers.ts';

/*
 * 生态环境 — 大气污染防治法 (2018 amendment) arts. 99, 108, 117; 水污染防治法 (2017 amendment)
 * art. 83; 固体废物污染环境防治法 (2020 revision, in force 2020-09-01) art. 102. Texts checked
 * against the published laws; the other environment items are in environment-powers.ts.
 */

const AIR = '中华人民共和国大气污染防治法';
const WATER = '中华人民共和国水污染防治法';
const WASTE = '中华人民共和国固体废物污染环境防治法';
const FIRST = '依据现行生态环境法律法规编制生态环境领域行政执法事项清单';
const BENCHMARK_REASON = '制定并公布生态环境行政处罚裁量基准';

const DISCHARGE = yuan(100_000, 1_000_000);
const VOC = yuan(20_000, 200_000);
const DUST = yuan(10_000, 100_000);
const LEDGER = yuan(50_000, 200_000);

const dischargeSteps = (what: string) => ({
  mitigated: { when: MITIGATED_STATUTORY, fine: yuan(50_000, 100_000) },
  lighter: {
    when: `${what}，超标倍数在0.5倍以下或者持续时间不足24小时，且主动停止排放、及时整改的`,
    fine: share(DISCHARGE, 'lighter'),
  },
  general: { when: '不具有从轻、减轻或者从重情节的', fine: share(DISCHARGE, 'general') },
  heavier: {
    when: `${HEAVIER_USUAL}；或者在重污染天气预警期间、饮用水水源保护区内违法排放的`,
    penalties: ['suspension' as const],
    fine: share(DISCHARGE, 'heavier'),
  },
});

const dustSteps2021 = {
  lighter: { when: '物料堆放面积较小，未造成扬尘污染投诉，且当场整改的', fine: share(DUST, 'lighter') },
  general: { when: '不具有从轻或者从重情节的', fine: share(DUST, 'general') },
  heavier: { when: `${HEAVIER_USUAL}；或者在重污染天气预警期间违法的`, fine: share(DUST, 'heavier') },
};

/** Environmental penalty items with benchmarks. */
export const ENVIRONMENT_TEMPLATES: ItemTemplate[] = [
  {
    code: 'ST-CF-0399',
    holders: ['sthj'],
    levels: ['province', 'city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对未依法取得排污许可证、超标或者通过逃避监管的方式排放大气污染物的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: AIR,
          article: '第九十九条',
          text: '违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正或者限制生产、停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭：（一）未依法取得排污许可证排放大气污染物的；（二）超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物的；（三）通过逃避监管的方式排放大气污染物的。',
        },
      ],
      post: '生态环境保护综合行政执法支队',
      fields: ['environment'],
    },
    benchmarks: [
      {
        effectiveFrom: '2021-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(ENVIRONMENT_2021, dischargeSteps('超标排放大气污染物')),
      },
    ],
  },
  {
    code: 'ST-CF-03108',
    holders: ['sthj'],
    levels: ['city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对产生含挥发性有机物废气的生产和服务活动未在密闭空间或者设备中进行、未按规定安装使用污染防治设施的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: AIR,
          article: '第一百零八条',
          clause: '第一项',
          text: '违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正，处二万元以上二十万元以下的罚款；拒不改正的，责令停产整治：（一）产生含挥发性有机物废气的生产和服务活动，未在密闭空间或者设备中进行，未按照规定安装、使用污染防治设施，或者未采取减少废气排放措施的……',
        },
      ],
      post: '生态环境保护综合行政执法支队',
      fields: ['environment'],
    },
    benchmarks: [
      {
        effectiveFrom: '2021-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(ENVIRONMENT_2021, {
          lighter: {
            when: '污染防治设施已安装但未正常使用，持续时间较短并当场恢复运行的',
            fine: share(VOC, 'lighter'),
          },
          general: { when: '不具有从轻或者从重情节的', fine: share(VOC, 'general') },
          heavier: {
            when: `${HEAVIER_USUAL}；或者位于居民集中区、造成周边群众投诉的`,
            fine: share(VOC, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    code: 'ST-CF-03117',
    holders: ['sthj'],
    levels: ['city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对未密闭易产生扬尘的物料或者未采取有效覆盖措施防治扬尘污染等违法行为的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: AIR,
          article: '第一百一十七条',
          clause: '第一项至第三项',
          text: '违反本法规定，有下列行为之一的，由县级以上人民政府生态环境等主管部门按照职责责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治或者停业整治：（一）未密闭煤炭、煤矸石、煤渣、煤灰、水泥、石灰、石膏、砂土等易产生扬尘的物料的；（二）对不能密闭的易产生扬尘的物料，未设置不低于堆放物高度的严密围挡，或者未采取有效覆盖措施防治扬尘污染的；（三）装卸物料未采取密闭或者喷淋等方式控制扬尘排放的……',
        },
      ],
      post: '生态环境保护综合行政执法支队',
      fields: ['environment'],
    },
    benchmarks: [
      {
        effectiveFrom: '2021-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(ENVIRONMENT_2021, dustSteps2021),
      },
      {
        effectiveFrom: '2025-03-01',
        reason: '依据《生态环境行政处罚办法》修订裁量基准：增设不予处罚情形，细化从重情形',
        content: benchmark(
          ENVIRONMENT_2025,
          {
            exempt: { when: EXEMPT_MINOR },
            ...dustSteps2021,
            heavier: {
              when: `${HEAVIER_USUAL}；或者在重污染天气预警期间、距居民区一百米以内违法的`,
              fine: share(DUST, 'heavier'),
            },
          },
          [
            firstOffence(
              '对不能密闭的易产生扬尘的物料未采取有效覆盖措施',
              '初次违法，物料堆放量不超过一百立方米，未造成扬尘污染，且当场或者在责令期限内改正的',
            ),
          ],
        ),
      },
    ],
  },
  {
    code: 'ST-CF-0483',
    holders: ['sthj'],
    levels: ['province', 'city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对未依法取得排污许可证、超标或者通过逃避监管的方式排放水污染物的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: WATER,
          article: '第八十三条',
          text: '违反本法规定，有下列行为之一的，由县级以上人民政府环境保护主管部门责令改正或者责令限制生产、停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭：（一）未依法取得排污许可证排放水污染物的；（二）超过水污染物排放标准或者超过重点水污染物排放总量控制指标排放水污染物的；（三）利用渗井、渗坑、裂隙、溶洞，私设暗管，篡改、伪造监测数据，或者不正常运行水污染防治设施等逃避监管的方式排放水污染物的……',
        },
      ],
      post: '生态环境保护综合行政执法支队',
      fields: ['environment'],
    },
    benchmarks: [
      {
        effectiveFrom: '2021-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(ENVIRONMENT_2021, dischargeSteps('超标排放水污染物')),
      },
    ],
  },
  {
    code: 'ST-CF-05102',
    holders: ['sthj'],
    levels: ['city'],
    effectiveFrom: '2021-09-15',
    reason: FIRST,
    content: {
      name: '对产生工业固体废物的单位未建立固体废物管理台账并如实记录的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: WASTE,
          article: '第一百零二条',
          clause: '第一款第八项、第二款',
          text: '违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得……（八）产生工业固体废物的单位未建立固体废物管理台账并如实记录的……有前款第一项、第八项行为之一，处五万元以上二十万元以下的罚款……',
        },
      ],
      post: '固体废物与化学品管理科',
      fields: ['environment'],
    },
    benchmarks: [
      {
        effectiveFrom: '2021-12-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          ENVIRONMENT_2021,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: { when: '已建立台账但记录不完整，及时补正的', fine: share(LEDGER, 'lighter') },
            general: { when: '未建立台账的', fine: share(LEDGER, 'general') },
            heavier: {
              when: '未建立台账且无法说明固体废物去向，或者两年内再次违法的',
              fine: share(LEDGER, 'heavier'),
            },
          },
          [
            firstOffence(
              '产生工业固体废物的单位固体废物管理台账记录不完整',
              '初次违法，固体废物去向清楚，且在责令改正期限内补正的',
            ),
          ],
        ),
      },
    ],
  },
];
