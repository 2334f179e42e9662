/** Two articles on power and energy (tests/core/units-power.test.ts): a solar plant and peak demand in Arabic, a grid record in English. */
export const POWER_ARTICLES = [
  {
    name: 'power-ar',
    text: `مصر تفتتح محطة شمسية جديدة وسط ارتفاع قياسي في الطلب على الكهرباء

القاهرة - افتتحت وزارة الكهرباء المصرية يوم الأحد محطة شمسية بقدرة 8 ميغاواط في محافظة أسوان، ضمن خطة لرفع حصة الطاقة المتجددة إلى 42 في المئة من إنتاج الكهرباء بحلول عام 2030.

وقال وزير الكهرباء إن الأحمال على الشبكة بلغت 38 ألف ميجاوات يوم السبت، وهو رقم قياسي جديد، مع ارتفاع درجات الحرارة إلى 45 درجة مئوية في الصعيد.

وأضاف أن المحطة الجديدة مزودة ببطاريات تخزن 500 كيلوواط ساعة، تكفي لتشغيل المحطة ساعتين بعد غروب الشمس، وأن تكلفتها بلغت 6 ملايين دولار.

وتنتج محطة بنبان القريبة، وهي من أكبر محطات الطاقة الشمسية في العالم، نحو 3,800 غيغاواط ساعة سنويًا من 32 محطة متجاورة.

وأشار الوزير إلى أن سعر الكيلوواط ساعة للمنازل سيبقى دون تغيير حتى نهاية العام، وأن الوزارة تعمل على ربط 1,500 قرية جديدة بالشبكة.
`,
  },
  {
    name: 'power-en',
    text: `Texas grid sets demand record as heat wave bakes the state

AUSTIN, Texas, Aug 20 (Reuters) - Power demand in Texas hit a record 85,508 megawatts on Tuesday as a heat wave pushed temperatures above 40 degrees Celsius across much of the state, the Electric Reliability Council of Texas said.

The grid operator said solar farms supplied 9,000 MW at the afternoon peak, while batteries added another 4.2 GW in the evening as the sun set. One megawatt can power about 200 homes on a hot day.

ERCOT said the state now has 12,000 MW of battery storage, able to deliver about 15,000 megawatt-hours, up from almost none five years ago.

Texas used 475 TWh of electricity last year, more than any other US state, according to the Energy Information Administration. Wholesale prices briefly rose to $2,500 per megawatt-hour.

Analyst Doug Lewin said a new 500 kWh battery at a school in Houston showed how small projects were spreading. "Every home and school can help," he said.
`,
  },
]
