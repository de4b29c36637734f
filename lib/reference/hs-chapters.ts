// The 97 chapters of the Harmonized System (HS 2022), with English titles as
// published by the WCO and Chinese titles as in China's customs import and
// export tariff (中华人民共和国进出口税则). Chapter 77 is reserved.
// Merchants' main product categories are stored as these 2-digit codes.

export type HsChapter = {
  /** "01".."97" */
  code: string;
  nameEn: string;
  nameZh: string;
};

export const HS_CHAPTERS: readonly HsChapter[] = Object.freeze(
  (
    [
      ["01", "Live animals", "活动物"],
      ["02", "Meat and edible meat offal", "肉及食用杂碎"],
      [
        "03",
        "Fish and crustaceans, molluscs and other aquatic invertebrates",
        "鱼、甲壳动物、软体动物及其他水生无脊椎动物",
      ],
      [
        "04",
        "Dairy produce; birds' eggs; natural honey; edible products of animal origin, not elsewhere specified or included",
        "乳品；蛋品；天然蜂蜜；其他食用动物产品",
      ],
      ["05", "Products of animal origin, not elsewhere specified or included", "其他动物产品"],
      [
        "06",
        "Live trees and other plants; bulbs, roots and the like; cut flowers and ornamental foliage",
        "活树及其他活植物；鳞茎、根及类似品；插花及装饰用簇叶",
      ],
      ["07", "Edible vegetables and certain roots and tubers", "食用蔬菜、根及块茎"],
      ["08", "Edible fruit and nuts; peel of citrus fruit or melons", "食用水果及坚果；柑橘属水果或甜瓜的果皮"],
      ["09", "Coffee, tea, maté and spices", "咖啡、茶、马黛茶及调味香料"],
      ["10", "Cereals", "谷物"],
      [
        "11",
        "Products of the milling industry; malt; starches; inulin; wheat gluten",
        "制粉工业产品；麦芽；淀粉；菊粉；面筋",
      ],
      [
        "12",
        "Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit; industrial or medicinal plants; straw and fodder",
        "含油子仁及果实；杂项子仁及果实；工业用或药用植物；稻草、秸秆及饲料",
      ],
      ["13", "Lac; gums, resins and other vegetable saps and extracts", "虫胶；树胶、树脂及其他植物液、汁"],
      [
        "14",
        "Vegetable plaiting materials; vegetable products not elsewhere specified or included",
        "编结用植物材料；其他植物产品",
      ],
      [
        "15",
        "Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes",
        "动、植物或微生物油、脂及其分解产品；精制的食用油脂；动、植物蜡",
      ],
      [
        "16",
        "Preparations of meat, of fish, of crustaceans, molluscs or other aquatic invertebrates, or of insects",
        "肉、鱼、甲壳动物、软体动物、其他水生无脊椎动物或昆虫的制品",
      ],
      ["17", "Sugars and sugar confectionery", "糖及糖食"],
      ["18", "Cocoa and cocoa preparations", "可可及可可制品"],
      [
        "19",
        "Preparations of cereals, flour, starch or milk; pastrycooks' products",
        "谷物、粮食粉、淀粉或乳的制品；糕饼点心",
      ],
      [
        "20",
        "Preparations of vegetables, fruit, nuts or other parts of plants",
        "蔬菜、水果、坚果或植物其他部分的制品",
      ],
      ["21", "Miscellaneous edible preparations", "杂项食品"],
      ["22", "Beverages, spirits and vinegar", "饮料、酒及醋"],
      [
        "23",
        "Residues and waste from the food industries; prepared animal fodder",
        "食品工业的残渣及废料；配制的动物饲料",
      ],
      [
        "24",
        "Tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body",
        "烟草、烟草及烟草代用品的制品；非经燃烧吸用的产品，不论是否含有尼古丁；其他供人体摄入尼古丁的含尼古丁的产品",
      ],
      [
        "25",
        "Salt; sulphur; earths and stone; plastering materials, lime and cement",
        "盐；硫磺；泥土及石料；石膏料、石灰及水泥",
      ],
      ["26", "Ores, slag and ash", "矿砂、矿渣及矿灰"],
      [
        "27",
        "Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes",
        "矿物燃料、矿物油及其蒸馏产品；沥青物质；矿物蜡",
      ],
      [
        "28",
        "Inorganic chemicals; organic or inorganic compounds of precious metals, of rare-earth metals, of radioactive elements or of isotopes",
        "无机化学品；贵金属、稀土金属、放射性元素及其同位素的有机及无机化合物",
      ],
      ["29", "Organic chemicals", "有机化学品"],
      ["30", "Pharmaceutical products", "药品"],
      ["31", "Fertilisers", "肥料"],
      [
        "32",
        "Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints and varnishes; putty and other mastics; inks",
        "鞣料浸膏及染料浸膏；鞣酸及其衍生物；染料、颜料及其他着色料；油漆及清漆；油灰及其他类似胶粘剂；墨水、油墨",
      ],
      [
        "33",
        "Essential oils and resinoids; perfumery, cosmetic or toilet preparations",
        "精油及香膏；芳香料制品及化妆盥洗品",
      ],
      [
        "34",
        'Soap, organic surface-active agents, washing preparations, lubricating preparations, artificial waxes, prepared waxes, polishing or scouring preparations, candles and similar articles, modelling pastes, "dental waxes" and dental preparations with a basis of plaster',
        "肥皂、有机表面活性剂、洗涤剂、润滑剂、人造蜡、调制蜡、光洁剂、蜡烛及类似品、塑型用膏、“牙科用蜡”及牙科用熟石膏制剂",
      ],
      ["35", "Albuminoidal substances; modified starches; glues; enzymes", "蛋白类物质；改性淀粉；胶；酶"],
      [
        "36",
        "Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations",
        "炸药；烟火制品；火柴；引火合金；易燃材料制品",
      ],
      ["37", "Photographic or cinematographic goods", "照相及电影用品"],
      ["38", "Miscellaneous chemical products", "杂项化学产品"],
      ["39", "Plastics and articles thereof", "塑料及其制品"],
      ["40", "Rubber and articles thereof", "橡胶及其制品"],
      ["41", "Raw hides and skins (other than furskins) and leather", "生皮（毛皮除外）及皮革"],
      [
        "42",
        "Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)",
        "皮革制品；鞍具及挽具；旅行用品、手提包及类似容器；动物肠线（蚕胶丝除外）制品",
      ],
      ["43", "Furskins and artificial fur; manufactures thereof", "毛皮、人造毛皮及其制品"],
      ["44", "Wood and articles of wood; wood charcoal", "木及木制品；木炭"],
      ["45", "Cork and articles of cork", "软木及软木制品"],
      [
        "46",
        "Manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork",
        "稻草、秸秆、针茅或其他编结材料制品；篮筐及柳条编结品",
      ],
      [
        "47",
        "Pulp of wood or of other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard",
        "木浆及其他纤维状纤维素浆；回收（废碎）纸或纸板",
      ],
      ["48", "Paper and paperboard; articles of paper pulp, of paper or of paperboard", "纸及纸板；纸浆、纸或纸板制品"],
      [
        "49",
        "Printed books, newspapers, pictures and other products of the printing industry; manuscripts, typescripts and plans",
        "书籍、报纸、印刷图画及其他印刷品；手稿、打字稿及设计图纸",
      ],
      ["50", "Silk", "蚕丝"],
      [
        "51",
        "Wool, fine or coarse animal hair; horsehair yarn and woven fabric",
        "羊毛、动物细毛或粗毛；马毛纱线及其机织物",
      ],
      ["52", "Cotton", "棉花"],
      [
        "53",
        "Other vegetable textile fibres; paper yarn and woven fabrics of paper yarn",
        "其他植物纺织纤维；纸纱线及其机织物",
      ],
      [
        "54",
        "Man-made filaments; strip and the like of man-made textile materials",
        "化学纤维长丝；化学纤维纺织材料制扁条及类似品",
      ],
      ["55", "Man-made staple fibres", "化学纤维短纤"],
      [
        "56",
        "Wadding, felt and nonwovens; special yarns; twine, cordage, ropes and cables and articles thereof",
        "絮胎、毡呢及无纺织物；特种纱线；线、绳、索、缆及其制品",
      ],
      ["57", "Carpets and other textile floor coverings", "地毯及纺织材料的其他铺地制品"],
      [
        "58",
        "Special woven fabrics; tufted textile fabrics; lace; tapestries; trimmings; embroidery",
        "特种机织物；簇绒织物；花边；装饰毯；装饰带；刺绣品",
      ],
      [
        "59",
        "Impregnated, coated, covered or laminated textile fabrics; textile articles of a kind suitable for industrial use",
        "浸渍、涂布、包覆或层压的纺织物；工业用纺织制品",
      ],
      ["60", "Knitted or crocheted fabrics", "针织物及钩编织物"],
      ["61", "Articles of apparel and clothing accessories, knitted or crocheted", "针织或钩编的服装及衣着附件"],
      [
        "62",
        "Articles of apparel and clothing accessories, not knitted or crocheted",
        "非针织或非钩编的服装及衣着附件",
      ],
      [
        "63",
        "Other made up textile articles; sets; worn clothing and worn textile articles; rags",
        "其他纺织制成品；成套物品；旧衣着及旧纺织品；碎织物",
      ],
      ["64", "Footwear, gaiters and the like; parts of such articles", "鞋靴、护腿和类似品及其零件"],
      ["65", "Headgear and parts thereof", "帽类及其零件"],
      [
        "66",
        "Umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops and parts thereof",
        "雨伞、阳伞、手杖、鞭子、马鞭及其零件",
      ],
      [
        "67",
        "Prepared feathers and down and articles made of feathers or of down; artificial flowers; articles of human hair",
        "已加工羽毛、羽绒及其制品；人造花；人发制品",
      ],
      [
        "68",
        "Articles of stone, plaster, cement, asbestos, mica or similar materials",
        "石料、石膏、水泥、石棉、云母及类似材料的制品",
      ],
      ["69", "Ceramic products", "陶瓷产品"],
      ["70", "Glass and glassware", "玻璃及其制品"],
      [
        "71",
        "Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin",
        "天然或养殖珍珠、宝石或半宝石、贵金属、包贵金属及其制品；仿首饰；硬币",
      ],
      ["72", "Iron and steel", "钢铁"],
      ["73", "Articles of iron or steel", "钢铁制品"],
      ["74", "Copper and articles thereof", "铜及其制品"],
      ["75", "Nickel and articles thereof", "镍及其制品"],
      ["76", "Aluminium and articles thereof", "铝及其制品"],
      ["77", "(Reserved for possible future use in the Harmonized System)", "（保留为税则将来所用）"],
      ["78", "Lead and articles thereof", "铅及其制品"],
      ["79", "Zinc and articles thereof", "锌及其制品"],
      ["80", "Tin and articles thereof", "锡及其制品"],
      ["81", "Other base metals; cermets; articles thereof", "其他贱金属、金属陶瓷及其制品"],
      [
        "82",
        "Tools, implements, cutlery, spoons and forks, of base metal; parts thereof of base metal",
        "贱金属工具、器具、利口器、餐匙、餐叉及其零件",
      ],
      ["83", "Miscellaneous articles of base metal", "贱金属杂项制品"],
      [
        "84",
        "Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof",
        "核反应堆、锅炉、机器、机械器具及其零件",
      ],
      [
        "85",
        "Electrical machinery and equipment and parts thereof; sound recorders and reproducers, television image and sound recorders and reproducers, and parts and accessories of such articles",
        "电机、电气设备及其零件；录音机及放声机、电视图像、声音的录制和重放设备及其零件、附件",
      ],
      [
        "86",
        "Railway or tramway locomotives, rolling stock and parts thereof; railway or tramway track fixtures and fittings and parts thereof; mechanical (including electro-mechanical) traffic signalling equipment of all kinds",
        "铁道及电车道机车、车辆及其零件；铁道及电车道轨道固定装置及其零件、附件；各种机械（包括电动机械）交通信号设备",
      ],
      [
        "87",
        "Vehicles other than railway or tramway rolling stock, and parts and accessories thereof",
        "车辆及其零件、附件，但铁道及电车道车辆除外",
      ],
      ["88", "Aircraft, spacecraft, and parts thereof", "航空器、航天器及其零件"],
      ["89", "Ships, boats and floating structures", "船舶及浮动结构体"],
      [
        "90",
        "Optical, photographic, cinematographic, measuring, checking, precision, medical or surgical instruments and apparatus; parts and accessories thereof",
        "光学、照相、电影、计量、检验、医疗或外科用仪器及设备、精密仪器及设备；上述物品的零件、附件",
      ],
      ["91", "Clocks and watches and parts thereof", "钟表及其零件"],
      ["92", "Musical instruments; parts and accessories of such articles", "乐器及其零件、附件"],
      ["93", "Arms and ammunition; parts and accessories thereof", "武器、弹药及其零件、附件"],
      [
        "94",
        "Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; luminaires and lighting fittings, not elsewhere specified or included; illuminated signs, illuminated name-plates and the like; prefabricated buildings",
        "家具；寝具、褥垫、弹簧床垫、软坐垫及类似的填充制品；未列名灯具及照明装置；发光标志、发光铭牌及类似品；活动房屋",
      ],
      [
        "95",
        "Toys, games and sports requisites; parts and accessories thereof",
        "玩具、游戏品、运动用品及其零件、附件",
      ],
      ["96", "Miscellaneous manufactured articles", "杂项制品"],
      ["97", "Works of art, collectors' pieces and antiques", "艺术品、收藏品及古物"],
    ] as const
  ).map(([code, nameEn, nameZh]) => Object.freeze({ code, nameEn, nameZh })),
);

const byCode: ReadonlyMap<string, HsChapter> = new Map(HS_CHAPTERS.map((c) => [c.code, c]));

/** True for the 2-digit chapter codes "01".."97" (including the reserved chapter 77). */
export function isHsChapter(code: string): boolean {
  return byCode.has(code);
}

/** A chapter goods can be classified under: any chapter but the reserved 77. */
export function isUsableHsChapter(code: string): boolean {
  return code !== "77" && isHsChapter(code);
}

/** The usable chapters as choices, labelled "85 <title>" in the given locale. */
export function hsChapterOptions(locale: "zh-CN" | "en"): { value: string; label: string }[] {
  return HS_CHAPTERS.filter((c) => isUsableHsChapter(c.code)).map((c) => ({
    value: c.code,
    label: `${c.code} ${locale === "zh-CN" ? c.nameZh : c.nameEn}`,
  }));
}

/** The chapter's title in the given locale, or undefined for an unknown code. */
export function hsChapterName(code: string, locale: "zh-CN" | "en"): string | undefined {
  const chapter = byCode.get(code);
  if (!chapter) return undefined;
  return locale === "zh-CN" ? chapter.nameZh : chapter.nameEn;
}
