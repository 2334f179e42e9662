/**
 * Articles the drafter is tested on for newsrooms whose conventions differ
 * (tests/core/draft-conventions.test.ts): numbers with a dot grouping thousands (Turkish, Syrian,
 * Indonesian sources and their English translations), their wrong neighbours (true decimals with
 * three digits after the dot), and family names with particles (al-, bin, van, von, da, bint).
 * Invented news, realistic in form.
 */

export const CONVENTIONS_ARTICLES: Record<string, string> = {
  // Dots group thousands; the comma is the decimal sign (2,5 مليار).
  'quake-ar': `زلزال يضرب ولاية ملاطية التركية ويخلف دماراً واسعاً

أنقرة - «وكالات»:
قالت إدارة الكوارث والطوارئ التركية إن الزلزال الذي ضرب ولاية ملاطية فجر الاثنين أودى بحياة 1.500 شخص وأصاب 12.350 آخرين، فيما انهار 3.200 مبنى في المدينة والقرى المحيطة بها.

وأضافت الإدارة أن عدد سكان الولاية يبلغ 812.580 نسمة، وأن الجيش نشر 6.000 جندي و450 متطوعاً للبحث عن ناجين تحت الأنقاض.

وقدّر البنك الدولي الخسائر الأولية بنحو 2,5 مليار دولار، مشيراً إلى أن إعادة الإعمار قد تستغرق ثلاث سنوات.

وقال وزير الداخلية التركي علي يرلي كايا إن الحكومة أرسلت 45.000 خيمة إلى العائلات التي فقدت منازلها في ملاطية وأديامان.
`,
  // Two dots in a number: the article groups thousands with dots.
  'census-ar': `المكتب المركزي للإحصاء: سكان حلب يتجاوزون المليونين

دمشق - «سانا»:
أعلن المكتب المركزي للإحصاء أن عدد سكان محافظة حلب بلغ 2.345.678 نسمة في نهاية عام 2024، بعد أن كان 1.980.000 نسمة قبل عشر سنوات.

وأوضح المكتب في تقريره السنوي أن المحافظة تضم 1.250 مدرسة و38 مستشفى، وأن عدد الطلاب المسجلين في مدارسها بلغ 412.600 طالب.

وقال مدير المكتب الدكتور عماد الأصيل إن نسبة النمو السكاني في حلب بلغت 1,4 في المئة سنوياً، وهي أعلى من المعدل الوطني.
`,
  // An English translation that keeps the dots of its Indonesian source, and a decimal comma.
  'floods-en': `Floods force thousands from their homes in Central Java

SEMARANG, Indonesia (Antara) -
Heavy rain flooded 14 districts of Central Java on Tuesday, forcing 1.200 residents of Demak to leave their homes, the National Disaster Management Agency said.

The agency said 3.450 houses were under water and 2.800 hectares of rice fields had been damaged. Rescuers evacuated 640 people by boat from the village of Karanganyar.

Governor Ahmad Luthfi said the province had sent 7.500 food parcels to the shelters. The Wulan river rose by 1,5 metres overnight, he said.
`,
  // Wrong neighbours: true decimals, some with three digits after the dot (1.250, 2.375).
  'lake-en': `Arctic lake cooled faster this winter, scientists say

OSLO (Reuters) -
Scientists at the University of Oslo said on Thursday that the surface of Lake Linne cooled by 1.250 degrees over the winter, faster than the 0.8 degrees they recorded a decade ago.

The team drilled 1.5 km into the ice and brought up a core holding 2.375 kg of sediment, lead researcher Ingrid Dahl said. The samples showed carbon levels 3.14 times higher than in 2015.

The project cost $4.5 million and involved 60 scientists from 12 countries, Dahl said.
`,
  'water-ar': `الحكومة تخصص 4.5 مليار دينار لمشاريع المياه

عمّان - (بترا):
أقرت الحكومة الأردنية خطة لمشاريع المياه بقيمة 4.5 مليار دينار تمتد حتى عام 2030، وفق ما أعلن وزير المياه والري رائد أبو السعود.

وأوضح أبو السعود أن نسبة الفاقد من المياه انخفضت إلى 38.5 في المئة، وأن سعر المتر المكعب للمنازل سيبقى 1.250 دينار.

وأضاف أن الوزارة حفرت 17 بئراً جديدة في محافظة المفرق خلال العام الماضي.
`,
  // Family names with particles; a body named after a country; a title before a verb.
  'summit-en': `Cairo hosts talks on rebuilding Gaza

CAIRO (Reuters) -
Egyptian President Abdel Fattah al-Sisi hosted European Commission President Ursula von der Leyen in Cairo on Sunday for talks on rebuilding Gaza, which the United Nations says will cost $53 billion.

Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom would pledge $2 billion, while Princess Reema bint Bandar joined the talks from Washington.

Health Canada, which oversees medical aid shipments, said it had sent 40 tonnes of medicine through the Rafah crossing.

Former Dutch coach Louis van Gaal, who chairs a charity for Gaza's children, said 300 footballs had been delivered. Brazilian President Luiz Inacio Lula da Silva sent a message of support.
`,
  'summit-ar': `السيسي يستقبل الرئيس البرازيلي في القاهرة

القاهرة - (أ ش أ):
استقبل الرئيس المصري عبد الفتاح السيسي نظيره البرازيلي لويس إيناسيو لولا دا سيلفا في قصر الاتحادية يوم الأحد، وبحث معه مشاريع تعاون بقيمة 3 مليارات دولار.

وشارك في اللقاء وزير الخارجية السعودي الأمير فيصل بن فرحان، الذي أعلن أن المملكة ستقدم 500 مليون دولار لإعادة إعمار غزة.

وفي الرياضة، قال المدرب الهولندي لويس فان غال إن اللاعب يملك موهبة كبيرة، وإن المنتخب المصري سيخوض 6 مباريات ودية قبل كأس الأمم الأفريقية.

وأعلن نادي الزمالك أن لاعبه أحمد سيد زيزو سجل 14 هدفاً في الموسم الماضي.
`,
}
