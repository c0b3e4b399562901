import type { Circumstance } from '@jiandu/contracts/catalogue-labels';
import { MARKET_2022, MARKET_2027 } from './documents.ts';
import type { ItemTemplate } from './index.ts';
import {
  benchmark,
  EXEMPT_MINOR,
  firstOffence,
  HEAVIER_USUAL,
  notPunished,
  type Step,
  share,
  times,
  yuan,
} from './tiers.ts';

/*
 * 市场监管 — product quality, price marking and advertising penalties: 产品质量法 (2018 amendment)
 * arts. 49, 50, 55; 价格法 art. 42; 广告法 (2021 amendment) arts. 55, 59. Texts checked against the
 * published laws. 广告法第五十五条 fines multiples of 广告费用, a base the benchmark model lacks, so
 * that item carries no benchmark.
 */

const QUALITY = '中华人民共和国产品质量法';
const FIRST = '依据现行法律法规编制市场监管领域行政执法事项清单';
const BENCHMARK_REASON = '依据国办发〔2022〕27号文件制定并公布裁量权基准';
const SELLER_EXCUSE = {
  law: QUALITY,
  article: '第五十五条',
  text: '销售者销售本法第四十九条至第五十三条规定禁止销售的产品，有充分证据证明其不知道该产品为禁止销售的产品并如实说明其进货来源的，可以从轻或者减轻处罚。',
};

const QUALITY_49 = times('goodsValue', 1, 3);
const QUALITY_50 = times('goodsValue', 0.5, 3);
const PRICE_42 = yuan(0, 5000);
const AD_59 = yuan(0, 100_000);

const priceTiers: Partial<Record<Circumstance, Step>> = {
  exempt: { when: EXEMPT_MINOR },
  lighter: {
    when: '标价要素缺失较少，未造成消费者多付价款，且在责令改正期限内改正的',
    penalties: ['confiscation'],
    fine: share(PRICE_42, 'lighter'),
  },
  general: {
    when: '不具有从轻或者从重情节的',
    penalties: ['confiscation'],
    fine: share(PRICE_42, 'general'),
  },
  heavier: {
    when: '在节假日、重大活动或者突发事件期间违反明码标价规定，或者两年内再次违法的',
    penalties: ['confiscation'],
    fine: share(PRICE_42, 'heavier'),
  },
};
const PRICE_FIRST = firstOffence(
  '经营者未按规定明码标价',
  '初次违法，未造成消费者多付价款，且在责令改正期限内改正的',
);

/** Product quality, price and advertising items of the market regulators. */
export const MARKET_TEMPLATES: ItemTemplate[] = [
  {
    code: 'SJ-CF-0249',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: QUALITY,
          article: '第四十九条',
          text: '生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的，责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品（包括已售出和未售出的产品，下同）货值金额等值以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照……',
        },
        SELLER_EXCUSE,
      ],
      post: '产品质量安全监督管理科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(MARKET_2022, {
          mitigated: {
            when: '销售者有充分证据证明其不知道该产品为禁止销售的产品并如实说明其进货来源的（产品质量法第五十五条）',
            penalties: ['confiscation'],
            fine: times('goodsValue', 0.3, 1),
          },
          lighter: {
            when: '货值金额不足一万元，主动召回或者停止销售，未造成危害后果的',
            penalties: ['confiscation'],
            fine: share(QUALITY_49, 'lighter'),
          },
          general: {
            when: '不具有从轻、减轻或者从重情节的',
            penalties: ['confiscation'],
            fine: share(QUALITY_49, 'general'),
          },
          heavier: {
            when: `${HEAVIER_USUAL}；或者产品涉及儿童用品、电动自行车等重点产品的`,
            penalties: ['confiscation', 'revocation'],
            fine: share(QUALITY_49, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    code: 'SJ-CF-0250',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: QUALITY,
          article: '第五十条',
          text: '在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品的，责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照……',
        },
        SELLER_EXCUSE,
      ],
      post: '产品质量安全监督管理科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(MARKET_2022, {
          mitigated: {
            when: '销售者有充分证据证明其不知道该产品为禁止销售的产品并如实说明其进货来源的（产品质量法第五十五条）',
            penalties: ['confiscation'],
            fine: times('goodsValue', 0.2, 0.5),
          },
          lighter: {
            when: '货值金额不足五千元，初次违法且主动停止销售的',
            penalties: ['confiscation'],
            fine: share(QUALITY_50, 'lighter'),
          },
          general: {
            when: '不具有从轻、减轻或者从重情节的',
            penalties: ['confiscation'],
            fine: share(QUALITY_50, 'general'),
          },
          heavier: {
            when: `${HEAVIER_USUAL}；或者以假充真的产品涉及农资、建材等影响生产安全的产品的`,
            penalties: ['confiscation', 'revocation'],
            fine: share(QUALITY_50, 'heavier'),
          },
        }),
      },
    ],
  },
  {
    code: 'SJ-CF-0342',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对经营者违反明码标价规定的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: '中华人民共和国价格法',
          article: '第四十二条',
          text: '经营者违反明码标价规定的，责令改正，没收违法所得，可以并处五千元以下的罚款。',
        },
      ],
      post: '价格监督检查和反不正当竞争科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(MARKET_2022, priceTiers, [PRICE_FIRST]),
      },
      {
        effectiveFrom: '2027-01-01',
        reason: '新版裁量权基准提前公布，自2027年1月1日起施行，扩充首违不罚清单',
        content: benchmark(MARKET_2027, priceTiers, [
          PRICE_FIRST,
          firstOffence(
            '经营者未按规定公示服务项目、收费标准等有关情况',
            '初次违法，未造成消费者多付价款，且在责令改正期限内改正的',
          ),
          notPunished('网络交易经营者价格标示不规范', '因平台系统原因导致，经营者不存在主观过错并及时改正的'),
        ]),
      },
    ],
  },
  {
    code: 'SJ-CF-0555',
    holders: ['scjg'],
    levels: ['province', 'city'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对发布虚假广告的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: '中华人民共和国广告法',
          article: '第五十五条',
          clause: '第一款',
          text: '违反本法规定，发布虚假广告的，由市场监督管理部门责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款；两年内有三次以上违法行为或者有其他严重情节的，处广告费用五倍以上十倍以下的罚款……可以吊销营业执照……',
        },
      ],
      post: '广告监督管理科',
      fields: ['market'],
    },
  },
  {
    code: 'SJ-CF-0559',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对广告内容表述不准确、引证内容不符合规定或者贬低其他生产经营者的商品或者服务的行政处罚',
      kind: 'penalty',
      legalBases: [
        {
          law: '中华人民共和国广告法',
          article: '第五十九条',
          clause: '第一款',
          text: '有下列行为之一的，由市场监督管理部门责令停止发布广告，对广告主处十万元以下的罚款：（一）广告内容违反本法第八条规定的；（二）广告引证内容违反本法第十一条规定的；（三）涉及专利的广告违反本法第十二条规定的；（四）违反本法第十三条规定，广告贬低其他生产经营者的商品或者服务的。',
        },
      ],
      post: '广告监督管理科',
      fields: ['market'],
    },
    benchmarks: [
      {
        effectiveFrom: '2022-10-01',
        reason: BENCHMARK_REASON,
        content: benchmark(
          MARKET_2022,
          {
            exempt: { when: EXEMPT_MINOR },
            lighter: { when: '发布范围较小、持续时间较短，未造成危害后果的', fine: share(AD_59, 'lighter') },
            general: { when: '不具有从轻或者从重情节的', fine: share(AD_59, 'general') },
            heavier: {
              when: '通过大众传播媒介发布，或者造成消费者损失、两年内再次违法的',
              fine: share(AD_59, 'heavier'),
            },
          },
          [
            firstOffence(
              '广告引证内容未表明出处',
              '初次违法，在经营场所或者自有网站发布，持续时间短、影响范围小，并及时改正的',
            ),
          ],
        ),
      },
    ],
  },
];
