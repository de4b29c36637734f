// Where the demo declarations go and come from, and in which currencies, as
// weights: Chongqing's markets by rail and air (the US, Russia, Germany, the
// Belt and Road), the import origins of bonded goods, and the Dazu hardware
// market's buyers.

const weights = (spec: string) => spec.split(" ").map((p) => [p.slice(0, 2), Number(p.slice(3))] as const);
export const EXPORT_MARKETS = weights(
  "US:180 RU:80 DE:90 GB:60 JP:50 KR:40 VN:50 TH:40 MY:30 SG:30 ID:30 PH:20 AU:30 CA:30 MX:30 BR:30 NL:40 PL:40 FR:40 IT:30 ES:30 KZ:40 AE:30 SA:20 TR:20 IN:20 HU:20 CZ:10 UZ:20 CL:10 " +
    "HK:30 NZ:10 AR:10 CO:10 PE:10 SE:10 BE:10 CH:10 AT:10 GR:10 PT:10 IL:10 KW:10 QA:10 OM:10 KE:10 MA:10 DZ:10 GH:10 NG:10 ZA:10 EG:10 PK:10 BD:10 KH:10 LA:20 MM:10 MN:10 KG:10 TJ:10 " +
    "BY:10 RO:10 BG:5 RS:10 FI:5 DK:5 NO:5 IE:5 SK:5 SI:3 HR:3 LT:5 LV:3 EE:3 UA:3 GE:3 AZ:3 AM:3 TM:3 IQ:5 JO:3 LB:2 BH:3 LK:5 NP:3 EC:3 UY:3 PY:2 BO:2 PA:3 CR:3 GT:2 DO:2 JM:1 TZ:3 ET:3 UG:2 CI:2 SN:2 CM:2 AO:2 TN:2 MU:1 CY:1 MT:1 LU:1 IS:1 BN:1 MV:1 FJ:1",
);
export const IMPORT_ORIGINS = weights(
  "JP:14 KR:12 US:10 AU:10 DE:8 FR:8 NZ:6 IT:5 TH:4 GB:4 CH:3 NL:3 CA:3 ES:2 BE:2 DK:2 SE:2 MY:2 VN:2 SG:2 IE:1 AT:1 NO:1 CL:2 BR:1 IL:1 PT:1 FI:1",
);
export const PROCUREMENT_MARKETS = weights(
  "RU:14 KZ:10 UZ:8 VN:8 TH:6 ID:6 PH:5 MY:5 AE:6 SA:5 NG:4 KE:3 BR:4 MX:4 PK:4 BD:3 MM:3 KH:3 LA:3 KG:3 TJ:2 TM:1 MN:2 EG:3 DZ:2 MA:2 TZ:2 GH:2 ET:1 CL:2 PE:2 CO:2 IQ:2 TR:3 AZ:1 GE:1 BY:2",
);
export const EXPORT_CURRENCIES = weights("CN:35 US:50 EU:8 GB:2 JP:2 HK:1 AU:1 SG:1");
export const IMPORT_CURRENCIES = weights("CN:40 US:25 JP:10 EU:10 AU:8 GB:4 HK:3");
export const CURRENCY = {
  CN: "CNY",
  US: "USD",
  EU: "EUR",
  GB: "GBP",
  JP: "JPY",
  HK: "HKD",
  AU: "AUD",
  SG: "SGD",
  RU: "RUB",
} as Record<string, string>;
