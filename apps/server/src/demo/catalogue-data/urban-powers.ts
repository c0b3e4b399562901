import type { ItemTemplate } from './index.ts';

/*
 * 城市管理 — penalties whose amounts the national text leaves to local rules or splits by subject,
 * so they carry no benchmark here, and the coercive demolition of 城市市容和环境卫生管理条例 art. 37.
 * Texts checked against 大气污染防治法 (2018), 固体废物污染环境防治法 (2020) and 城市市容和环境卫生
 * 管理条例 (2017 revision).
 */

const FIRST = '依据相对集中行政处罚权范围编制城市管理综合行政执法事项清单';
const CITYSCAPE = '城市市容和环境卫生管理条例';

function item(
  code: string,
  name: string,
  kind: 'penalty' | 'coercion',
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
      kind,
      legalBases: [{ law, article, clause, text }],
      post: '执法大队',
      fields: ['urban'],
    },
  };
}

/** Urban management items without benchmarks. */
export const URBAN_POWER_TEMPLATES: ItemTemplate[] = [
  item(
    'CG-CF-03119-2',
    '对在人口集中地区焚烧沥青、油毡、橡胶、塑料、皮革、垃圾等产生有毒有害烟尘和恶臭气体的物质的行政处罚',
    'penalty',
    '中华人民共和国大气污染防治法',
    '第一百一十九条',
    '第二款',
    '违反本法规定，在人口集中地区和其他依法需要特殊保护的区域内，焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质的，由县级人民政府确定的监督管理部门责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元以下的罚款。',
  ),
  item(
    'CG-CF-GF111',
    '对随意倾倒、抛撒、堆放或者焚烧生活垃圾的行政处罚',
    'penalty',
    '中华人民共和国固体废物污染环境防治法',
    '第一百一十一条',
    '第一款第一项、第二款',
    '违反本法规定，有下列行为之一，由县级以上地方人民政府环境卫生主管部门责令改正，处以罚款，没收违法所得：（一）随意倾倒、抛撒、堆放或者焚烧生活垃圾的……单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款……个人有前款第一项、第五项、第七项行为之一，处一百元以上五百元以下的罚款。',
  ),
  item(
    'CG-CF-SR34',
    '对在城市建筑物、设施以及树木上涂写、刻画或者未经批准张挂、张贴宣传品的行政处罚',
    'penalty',
    CITYSCAPE,
    '第三十四条',
    '第二项',
    '有下列行为之一者，城市人民政府市容环境卫生行政主管部门或者其委托的单位除责令其纠正违法行为、采取补救措施外，可以并处警告、罚款……（二）在城市建筑物、设施以及树木上涂写、刻画或者未经批准张挂、张贴宣传品等的……',
  ),
  item(
    'CG-CF-SR36',
    '对未经批准擅自在街道两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施的行政处罚',
    'penalty',
    CITYSCAPE,
    '第三十六条',
    '第二项',
    '有下列行为之一者，由城市人民政府市容环境卫生行政主管部门或者其委托的单位责令其停止违法行为，限期清理、拆除或者采取其他补救措施，并可处以罚款……（二）未经城市人民政府市容环境卫生行政主管部门批准，擅自在街道两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施，影响市容的……',
  ),
  item(
    'CG-QZ-SR37',
    '对逾期未改造或者未拆除的不符合城市容貌标准、环境卫生标准的建筑物或者设施组织强制拆除',
    'coercion',
    CITYSCAPE,
    '第三十七条',
    null,
    '凡不符合城市容貌标准、环境卫生标准的建筑物或者设施，由城市人民政府市容环境卫生行政主管部门会同城市规划行政主管部门，责令有关单位和个人限期改造或者拆除；逾期未改造或者未拆除的，经县级以上人民政府批准，由城市人民政府市容环境卫生行政主管部门或者城市规划行政主管部门组织强制拆除，并可处以罚款。',
  ),
];
