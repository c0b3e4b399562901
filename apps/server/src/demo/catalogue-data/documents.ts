/*
 * The benchmark documents the demo catalogue cites. The names follow how Liaoning departments title
 * their 行政裁量权基准; the 文号 are plausible demo values, not numbers of real documents.
 */

/** 市场监管: the 2022 benchmark, its 2024 revision and the 2027 edition published in advance. */
export const MARKET_2022 = {
  name: '辽宁省市场监督管理行政处罚裁量权基准（2022年版）',
  number: '辽市监发〔2022〕41号',
};
export const MARKET_2024 = {
  name: '辽宁省市场监督管理行政处罚裁量权基准（2024年修订）',
  number: '辽市监发〔2024〕17号',
};
export const MARKET_2027 = {
  name: '辽宁省市场监督管理行政处罚裁量权基准（2027年版）',
  number: '辽市监发〔2026〕52号',
};

/** 生态环境: the 2021 benchmark and its 2025 revision. */
export const ENVIRONMENT_2021 = { name: '辽宁省生态环境行政处罚裁量基准规定', number: '辽环发〔2021〕19号' };
export const ENVIRONMENT_2025 = {
  name: '辽宁省生态环境行政处罚裁量基准规定（2025年修订）',
  number: '辽环发〔2025〕6号',
};

/** 交通运输: the 2021 benchmark and the 2023 revision after the 道路运输条例 amendment. */
export const TRANSPORT_2021 = { name: '辽宁省交通运输行政处罚裁量权基准', number: '辽交规发〔2021〕8号' };
export const TRANSPORT_2023 = {
  name: '辽宁省交通运输行政处罚裁量权基准（2023年修订）',
  number: '辽交规发〔2023〕5号',
};

/** 应急管理 (安全生产). */
export const EMERGENCY_2022 = { name: '辽宁省应急管理行政处罚裁量权基准', number: '辽应急发〔2022〕33号' };

/** 城市管理综合行政执法. */
export const URBAN_2022 = {
  name: '辽宁省城市管理综合行政执法行政处罚裁量权基准',
  number: '辽住建发〔2022〕36号',
};
