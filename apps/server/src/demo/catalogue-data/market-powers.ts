import type { ItemTemplate } from './index.ts';

/*
 * 市场监管 — licences, inspections and coercive measures: 食品安全法 arts. 35, 110; 市场主体登记管理条例
 * art. 38; 无证无照经营查处办法 art. 11. Texts checked against the published laws.
 */

const FOOD = '中华人民共和国食品安全法';
const FIRST = '依据现行法律法规编制市场监管领域行政执法事项清单';

/** Licence, inspection and coercion items of the market regulators. */
export const MARKET_POWER_TEMPLATES: ItemTemplate[] = [
  {
    code: 'SJ-XK-0035',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '食品经营许可',
      kind: 'license',
      legalBases: [
        {
          law: FOOD,
          article: '第三十五条',
          clause: '第一款',
          text: '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售预包装食品的，不需要取得许可。仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。',
        },
      ],
      post: '行政审批科',
      fields: ['market'],
    },
  },
  {
    code: 'SJ-XK-0039',
    holders: ['scjg'],
    levels: ['province'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '食品添加剂生产许可',
      kind: 'license',
      legalBases: [
        {
          law: FOOD,
          article: '第三十九条',
          clause: '第一款',
          text: '国家对食品添加剂生产实行许可制度。从事食品添加剂生产，应当具有与所生产食品添加剂品种相适应的场所、生产设备或者设施、专业技术人员和管理制度，并依照本法第三十五条第二款规定的程序，取得食品添加剂生产许可。',
        },
      ],
      post: '食品生产安全监督管理处',
      fields: ['market'],
    },
  },
  {
    code: 'SJ-JC-0110',
    holders: ['scjg'],
    levels: ['province', 'city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '对食品生产经营者遵守食品安全法律法规情况的监督检查',
      kind: 'inspection',
      legalBases: [
        {
          law: FOOD,
          article: '第一百一十条',
          clause: '第一项至第三项',
          text: '县级以上人民政府食品安全监督管理部门履行食品安全监督管理职责，有权采取下列措施，对生产经营者遵守本法的情况进行监督检查：（一）进入生产经营场所实施现场检查；（二）对生产经营的食品、食品添加剂、食品相关产品进行抽样检验；（三）查阅、复制有关合同、票据、账簿以及其他有关资料……',
        },
      ],
      post: '食品经营安全监督管理科',
      fields: ['market'],
    },
  },
  {
    code: 'SJ-QZ-0110',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2021-10-15',
    reason: FIRST,
    content: {
      name: '查封、扣押不符合食品安全标准或者存在安全隐患的食品，查封违法从事食品生产经营活动的场所',
      kind: 'coercion',
      legalBases: [
        {
          law: FOOD,
          article: '第一百一十条',
          clause: '第四项、第五项',
          text: '……（四）查封、扣押有证据证明不符合食品安全标准或者有证据证明存在安全隐患以及用于违法生产经营的食品、食品添加剂、食品相关产品；（五）查封违法从事生产经营活动的场所。',
        },
      ],
      post: '执法稽查科',
      fields: ['market'],
    },
  },
  {
    code: 'SJ-JC-0038',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2022-03-01',
    reason: '《中华人民共和国市场主体登记管理条例》施行，编制登记注册领域行政执法事项',
    content: {
      name: '对市场主体登记事项的“双随机、一公开”监督检查',
      kind: 'inspection',
      legalBases: [
        {
          law: '中华人民共和国市场主体登记管理条例',
          article: '第三十八条',
          clause: '第二款',
          text: '登记机关应当采取随机抽取检查对象、随机选派执法检查人员的方式，对市场主体登记事项进行监督检查，并及时向社会公开监督检查结果。',
        },
      ],
      post: '信用监督管理科',
      fields: ['market'],
    },
  },
  {
    code: 'SJ-QZ-0011',
    holders: ['scjg'],
    levels: ['city', 'district'],
    effectiveFrom: '2018-03-01',
    reason: '依据《无证无照经营查处办法》编制行政执法事项清单',
    content: {
      name: '查封涉嫌从事无照经营的场所，查封、扣押涉嫌用于无照经营的工具、设备、原材料、产品（商品）等物品',
      kind: 'coercion',
      legalBases: [
        {
          law: '无证无照经营查处办法',
          article: '第十一条',
          clause: '第二款',
          text: '对涉嫌从事无照经营的场所，可以予以查封；对涉嫌用于无照经营的工具、设备、原材料、产品（商品）等物品，可以予以查封、扣押。',
        },
      ],
      post: '执法稽查科',
      fields: ['market'],
    },
  },
];
