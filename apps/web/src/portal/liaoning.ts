/** Liaoning's cities (GB/T 2260), for the portal's region filter and labels. */
export const LIAONING_CITIES: [code: string, name: string][] = [
  ['2101', '沈阳市'],
  ['2102', '大连市'],
  ['2103', '鞍山市'],
  ['2104', '抚顺市'],
  ['2105', '本溪市'],
  ['2106', '丹东市'],
  ['2107', '锦州市'],
  ['2108', '营口市'],
  ['2109', '阜新市'],
  ['2110', '辽阳市'],
  ['2111', '盘锦市'],
  ['2112', '铁岭市'],
  ['2113', '朝阳市'],
  ['2114', '葫芦岛市'],
];

/** A readable place for a region code: the province, a city, or a county under its city. */
export function regionLabel(code: string, provinceLabel: string): string {
  if (/^21(0000)?$/.test(code)) return provinceLabel;
  const city = LIAONING_CITIES.find(([prefix]) => code.startsWith(prefix));
  if (!city) return code;
  return code.endsWith('00') ? city[1] : `${city[1]} (${code})`;
}
