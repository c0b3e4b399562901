import { MARKET_2022 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import { benchmark, HEAVIER_USUAL, MITIGATED_STATUTORY, notPunished, share, times } from './tiers.ts';

/*
 * 市场监管 — food safety penalties under the 食品安全法 as amended on 2021-04-29 (arts. 122–125,
 * 136); article texts checked against the published law and abridged with ……
 */

const LAW = '中华人民共和国食品安全法';
const FIRST = '依据《中华人民共和国食品安全法》（2021年修正）编制市场监管领域行政执法事项清单';
const BENCHMARK_REASON = '依据国办发〔2022〕27号文件制定并公布裁量权基准';

const FOOD_122 = times('goodsValue', 10, 20, { below: 10_000, min: 50_000, max: 100_000 });
const FOOD_123 = times('goodsValue', 15, 30, { below: 10_000, min: 100_000, max: 150_000 });
const FOOD_124 = times('goodsValue', 10, 20, { below: 10_000, min: 50_000, max: 100_000 });
const FOOD_125 = times('goodsValue', 5, 10, { below: 10_000, min: 5000, max: 50_000 });

/** Food safety penalty items on unsafe food, held by the market regulators. */
export const MARKET_FOOD_TEMPLATES: ItemTemplate[] = [
  {
    code: 'SJ-CF-0122',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对未取得食品生产经营许可从事食品生产经营活动的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第一百二十二条',
          clause: '第一款',
          text: '违反本法规定，未取得食品生产经营许可从事食品生产经营活动……没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。',
        },
      ],
      post: '执法稽查科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(MARKET_2022, {
          mitigated: {
            when: `${MITIGATED_STATUTORY}，且货值金额不足五千元`,
            penalties: ['confiscation'],
            fine: times('goodsValue', 5, 10, { below: 10_000, min: 20_000, max: 50_000 }),
          },
          lighter: {
            when: '初次违法，违法生产经营时间不足一个月，未造成危害后果，且积极配合调查、主动停止违法行为的',
            penalties: ['confiscation'],
            fine: share(FOOD_122, 'lighter'),
          },
          general: {
            when: '不具有从轻、减轻或者从重情节的',
            penalties: ['confiscation'],
            fine: share(FOOD_122, 'general'),
          },
          heavier: {
            when: `${HEAVIER_USUAL}；或者被责令停止后继续从事食品生产经营活动的`,
            penalties: ['confiscation'],
            fine: share(FOOD_122, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    code: 'SJ-CF-0123',
    holders: ['scjg'],
    levels: ['province', 'city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对用非食品原料生产食品、在食品中添加非食用物质等违法行为的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第一百二十三条',
          clause: '第一款',
          text: '违反本法规定，有下列情形之一，尚不构成犯罪的……违法生产经营的食品货值金额不足一万元的，并处十万元以上十五万元以下罚款；货值金额一万元以上的，并处货值金额十五倍以上三十倍以下罚款；情节严重的，吊销许可证……（一）用非食品原料生产食品、在食品中添加食品添加剂以外的化学物质和其他可能危害人体健康的物质……',
        },
      ],
      post: '执法稽查科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(MARKET_2022, {
          lighter: {
            when: '货值金额不足三千元，主动停止销售并召回，未造成危害后果的',
            penalties: ['confiscation'],
            fine: share(FOOD_123, 'lighter'),
          },
          general: {
            when: '不具有从轻或者从重情节的',
            penalties: ['confiscation'],
            fine: share(FOOD_123, 'general'),
          },
          heavier: {
            when: '造成食源性疾病或者食品安全事故，或者生产经营对象为婴幼儿、老年人、病人等特定人群，或者两年内再次违法的',
            penalties: ['confiscation', 'revocation'],
            fine: share(FOOD_123, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    code: 'SJ-CF-0124',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对生产经营超过保质期、腐败变质或者超范围超限量使用食品添加剂的食品等违法行为的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第一百二十四条',
          clause: '第一款',
          text: '违反本法规定，有下列情形之一，尚不构成犯罪的……违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证……（三）生产经营超范围、超限量使用食品添加剂的食品；（四）生产经营腐败变质……的食品、食品添加剂；（五）生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂……',
        },
        {
          law: LAW,
          article: '第一百三十六条',
          text: '食品经营者履行了本法规定的进货查验等义务，有充分证据证明其不知道所采购的食品不符合食品安全标准，并能如实说明其进货来源的，可以免予处罚，但应当依法没收其不符合食品安全标准的食品……',
        },
      ],
      post: '执法稽查科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          MARKET_2022,
          {
            exempt: {
              when: '食品经营者履行了进货查验等义务，有充分证据证明其不知道所采购的食品不符合食品安全标准，并能如实说明进货来源的（依法没收不符合食品安全标准的食品）',
            },
            lighter: {
              when: '超过保质期的食品货值金额不足一千元且未售出，或者主动下架、召回，未造成危害后果的',
              penalties: ['confiscation'],
              fine: share(FOOD_124, 'lighter'),
            },
            general: {
              when: '不具有从轻或者从重情节的',
              penalties: ['confiscation'],
              fine: share(FOOD_124, 'general'),
            },
            heavier: {
              when: `${HEAVIER_USUAL}；或者涉及学校、托幼机构、养老机构食堂的`,
              penalties: ['confiscation', 'revocation'],
              fine: share(FOOD_124, 'heavier'),
            },
          },
          [
            notPunished(
              '食品经营者销售不符合食品安全标准的食品，已履行进货查验义务',
              '有充分证据证明其不知道所采购的食品不符合食品安全标准，并能如实说明进货来源的（食品安全法第一百三十六条）',
            ),
          ],
        ),
      },
    ],
  },
  {
    code: 'SJ-CF-0125',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对生产经营无标签的预包装食品或者标签、说明书不符合规定的食品等违法行为的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: LAW,
          article: '第一百二十五条',
          clause: '第一款',
          text: '违反本法规定，有下列情形之一的……违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五千元以上五万元以下罚款；货值金额一万元以上的，并处货值金额五倍以上十倍以下罚款；情节严重的，责令停产停业，直至吊销许可证……（二）生产经营无标签的预包装食品、食品添加剂或者标签、说明书不符合本法规定的食品、食品添加剂……',
        },
      ],
      post: '执法稽查科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(MARKET_2022, {
          lighter: {
            when: '货值金额较小，标签缺少的事项不涉及生产日期、保质期等安全信息，且主动改正的',
            penalties: ['confiscation'],
            fine: share(FOOD_125, 'lighter'),
          },
          general: {
            when: '不具有从轻或者从重情节的',
            penalties: ['confiscation'],
            fine: share(FOOD_125, 'general'),
          },
          heavier: {
            when: '标签虚假标注、误导消费者，或者两年内再次违法的',
            penalties: ['confiscation', 'suspension'],
            fine: share(FOOD_125, 'heavier'),
          },
        }),
      },
    ],
  },
];
