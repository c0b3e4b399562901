import type { OrgKind } from '@jiandu/contracts/orgs';

/** One org of the demo tree: name, kind, region, and the orgs under it. */
export interface DemoOrg {
  key: string;
  name: string;
  shortName?: string;
  kind: OrgKind;
  region: string;
  children?: DemoOrg[];
}

const CITIES: [string, string, string][] = [
  ['210100', '沈阳市', 'shenyang'],
  ['210200', '大连市', 'dalian'],
  ['210300', '鞍山市', 'anshan'],
  ['210400', '抚顺市', 'fushun'],
  ['210500', '本溪市', 'benxi'],
  ['210600', '丹东市', 'dandong'],
  ['210700', '锦州市', 'jinzhou'],
  ['210800', '营口市', 'yingkou'],
  ['210900', '阜新市', 'fuxin'],
  ['211000', '辽阳市', 'liaoyang'],
  ['211100', '盘锦市', 'panjin'],
  ['211200', '铁岭市', 'tieling'],
  ['211300', '朝阳市', 'chaoyang'],
  ['211400', '葫芦岛市', 'huludao'],
];

/** Districts given a full set of agencies in the demo: [code, name, key, a street of theirs]. */
const DISTRICTS: Record<string, [string, string, string, string, string][]> = {
  '210100': [
    ['210102', '和平区', 'heping', '210102001', '浑河湾街道'],
    ['210103', '沈河区', 'shenhe', '210103005', '滨河街道'],
    ['210106', '铁西区', 'tiexi', '210106001', '昆明湖街道'],
  ],
  '210200': [
    ['210202', '中山区', 'zhongshan', '210202001', '海军广场街道'],
    ['210203', '西岗区', 'xigang', '210203001', '香炉礁街道'],
  ],
  '210300': [['210302', '铁东区', 'tiedong', '210302002', '解放街道']],
};

function cityAgencies(code: string, city: string, key: string): DemoOrg[] {
  return [
    {
      key: `${key}.scjg`,
      name: `${city}市场监督管理局`,
      shortName: `${city.replace('市', '')}市场监管局`,
      kind: 'agency',
      region: code,
    },
    { key: `${key}.sthj`, name: `${city}生态环境局`, kind: 'agency', region: code },
    { key: `${key}.jtys`, name: `${city}交通运输局`, kind: 'agency', region: code },
    { key: `${key}.yjgl`, name: `${city}应急管理局`, kind: 'agency', region: code },
  ];
}

function districtTree(
  cityKey: string,
  [code, name, key, streetCode, street]: [string, string, string, string, string],
): DemoOrg {
  return {
    key: `${cityKey}.${key}`,
    name: `${name}司法局`,
    kind: 'supervisor',
    region: code,
    children: [
      { key: `${cityKey}.${key}.scjg`, name: `${name}市场监督管理局`, kind: 'agency', region: code },
      { key: `${cityKey}.${key}.cgzf`, name: `${name}城市管理综合行政执法局`, kind: 'agency', region: code },
      { key: `${cityKey}.${key}.yjgl`, name: `${name}应急管理局`, kind: 'agency', region: code },
      {
        key: `${cityKey}.${key}.${streetCode}`,
        name: `${street}办事处`,
        kind: 'township_government',
        region: streetCode,
      },
    ],
  };
}

/**
 * The demo org tree of Liaoning: the provincial justice department with two provincial agencies,
 * every city's justice bureau with its main agencies, and districts of three cities in full.
 */
export const LIAONING_DEMO: DemoOrg = {
  key: 'province',
  name: '辽宁省司法厅',
  kind: 'supervisor',
  region: '210000',
  children: [
    { key: 'province.scjg', name: '辽宁省市场监督管理局', kind: 'agency', region: '210000' },
    { key: 'province.sthj', name: '辽宁省生态环境厅', kind: 'agency', region: '210000' },
    ...CITIES.map(([code, city, key]) => ({
      key,
      name: `${city}司法局`,
      kind: 'supervisor' as const,
      region: code,
      children: [
        ...cityAgencies(code, city, key),
        ...(DISTRICTS[code] ?? []).map((d) => districtTree(key, d)),
      ],
    })),
  ],
};
