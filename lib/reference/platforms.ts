// The 32 cross-border e-commerce platforms used as seed reference data: the
// ones named for the Xiyong park (Taobao, Tmall International, eBay, ...), the
// ones common in Chongqing, and other well-known marketplaces and B2B sites.

export type PlatformRef = {
  /** kebab-case, e.g. "tmall-global" */
  code: string;
  nameEn: string;
  nameZh: string;
  website: string;
};

export const PLATFORMS: readonly PlatformRef[] = Object.freeze(
  (
    [
      ["taobao", "Taobao", "淘宝", "https://www.taobao.com"],
      ["tmall-global", "Tmall Global (Tmall International)", "天猫国际", "https://www.tmall.hk"],
      ["ebay", "eBay", "eBay（易贝）", "https://www.ebay.com"],
      ["aliexpress", "AliExpress", "全球速卖通", "https://www.aliexpress.com"],
      ["amazon", "Amazon", "亚马逊", "https://www.amazon.com"],
      ["alibaba-com", "Alibaba.com", "阿里巴巴国际站", "https://www.alibaba.com"],
      ["shopee", "Shopee", "Shopee（虾皮）", "https://shopee.com"],
      ["lazada", "Lazada", "来赞达（Lazada）", "https://www.lazada.com"],
      ["tiktok-shop", "TikTok Shop", "TikTok Shop", "https://shop.tiktok.com"],
      ["temu", "Temu", "Temu", "https://www.temu.com"],
      ["shein", "SHEIN", "希音（SHEIN）", "https://www.shein.com"],
      ["jd-worldwide", "JD Worldwide", "京东国际", "https://www.jd.hk"],
      ["ozon", "Ozon", "Ozon", "https://www.ozon.ru"],
      ["walmart", "Walmart Marketplace", "沃尔玛电商平台", "https://marketplace.walmart.com"],
      ["mercado-libre", "Mercado Libre", "美客多", "https://www.mercadolibre.com"],
      ["wish", "Wish", "Wish", "https://www.wish.com"],
      ["etsy", "Etsy", "Etsy", "https://www.etsy.com"],
      ["rakuten", "Rakuten Ichiba", "乐天市场", "https://www.rakuten.co.jp"],
      ["coupang", "Coupang", "酷澎（Coupang）", "https://www.coupang.com"],
      ["allegro", "Allegro", "Allegro", "https://allegro.pl"],
      ["cdiscount", "Cdiscount", "Cdiscount", "https://www.cdiscount.com"],
      ["noon", "noon", "noon", "https://www.noon.com"],
      ["jumia", "Jumia", "Jumia", "https://www.jumia.com"],
      ["wildberries", "Wildberries", "Wildberries", "https://www.wildberries.ru"],
      ["joom", "Joom", "Joom", "https://www.joom.com"],
      ["dhgate", "DHgate", "敦煌网", "https://www.dhgate.com"],
      ["made-in-china", "Made-in-China.com", "中国制造网", "https://www.made-in-china.com"],
      ["global-sources", "Global Sources", "环球资源网", "https://www.globalsources.com"],
      ["newegg", "Newegg", "新蛋（Newegg）", "https://www.newegg.com"],
      ["zalando", "Zalando", "Zalando", "https://www.zalando.com"],
      ["shopify", "Shopify (independent stores)", "Shopify（独立站）", "https://www.shopify.com"],
      ["kaola", "Kaola", "考拉海购", "https://www.kaola.com"],
    ] as const
  ).map(([code, nameEn, nameZh, website]) => Object.freeze({ code, nameEn, nameZh, website })),
);
