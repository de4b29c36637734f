// Country and region names that differ from the i18n-iso-countries package.
//
// Chinese: the short names (简称) of GB/T 2659 "世界各国和地区名称代码" (GB/T 2659-2000, and GB/T 2659.1-2022
// for the codes added since), which the portal uses in every picker, list and map. Hong Kong, Macao and
// Taiwan are regions of China and are named 中国香港, 中国澳门 and 中国台湾. Every other code keeps the
// package's name.
//
// Checked on 2026-11-30 without the standard's own text (not reachable from here): "table" marks a name
// found in a third-party copy of the GB/T 2659-2000 table (numeric code, short name, full name), "lists"
// one found only in code lists that follow the standard, unnamed. Those marked "unconfirmed" differ
// between such copies, or came into ISO 3166-1 after 2000 (AX 2004, GG and JE 2006) and so are only in
// GB/T 2659.1-2022, of which no copy of the table was found: check them against the standard.
//
// English: the portal's display names where the package's first English name is not the one to show,
// with Hong Kong, Macao and Taiwan named as regions of China.

/** GB/T 2659 short Chinese names, by ISO 3166-1 alpha-2 code, where i18n-iso-countries differs. */
export const GBT2659_ZH: Readonly<Record<string, string>> = Object.freeze({
  HK: "中国香港", // package: 香港
  MO: "中国澳门", // package: 澳门
  TW: "中国台湾", // package: 中国台湾省
  EH: "西撒哈拉", // package: 阿拉伯撒哈拉民主共和国. Table
  ID: "印度尼西亚", // package: 印尼. Table
  FK: "马尔维纳斯群岛（福克兰）", // package: 福克兰群岛. Unconfirmed: the table copy reads 福克兰群岛（马尔维纳斯）
  AX: "奥兰群岛", // package: 奥兰. Lists; unconfirmed (GB/T 2659.1-2022 only)
  GG: "根西岛", // package: 根西. Unconfirmed (GB/T 2659.1-2022 only); lists also read 格恩西岛
  JE: "泽西岛", // package: 泽西. Lists; unconfirmed (GB/T 2659.1-2022 only)
  GS: "南乔治亚岛和南桑德韦奇岛", // package: 南乔治亚和南桑威奇群岛. Table
  HM: "赫德岛和麦克唐纳岛", // package: 赫德岛和麦克唐纳群岛. Table
  SJ: "斯瓦尔巴岛和扬马延岛", // package: 斯瓦尔巴和扬马延. Lists; unconfirmed: the table copy reads 斯瓦尔巴群岛
  MP: "北马里亚纳", // package: 北马里亚纳群岛. Table (full name 北马里亚纳自由联邦)
  PN: "皮特凯恩", // package: 皮特凯恩群岛. Lists; unconfirmed: the table copy reads 皮特凯恩群岛
});

/** English display names, by ISO 3166-1 alpha-2 code, where the package's first name is not the one to show. */
export const EN_NAMES: Readonly<Record<string, string>> = Object.freeze({
  CN: "China", // package: People's Republic of China
  HK: "Hong Kong, China", // package: Hong Kong
  MO: "Macao, China", // package: Macao
  TW: "Taiwan, China", // package: Taiwan, Province of China
  MK: "North Macedonia", // package: The Republic of North Macedonia
});
