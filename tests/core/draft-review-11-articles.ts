import type { Lang } from '../../src/core/quiz-schema.ts'

/**
 * Articles of kinds the other drafting tests lack, for the eleventh review (draft-review-11.test.ts): an Arabic league
 * match report (a score «2-1», goals by the minute «في الدقيقة 78», players with their clubs and nationalities, points and
 * a place in the table), an Arabic Iraqi provincial election (turnout, seats, a range «بين 35 و40 في المئة», bodies whose
 * first word has «ال»), an English space mission (distances in km and miles, speeds, a launch time with its time zones,
 * an asteroid's designation) and an English court report (ages, a sentence in years and months, fines, towns after
 * "in" that no table holds). Written for these tests; any likeness to real people is chance.
 */
export const REVIEW_11_ARTICLES: { name: string; lang: Lang; text: string }[] = [
  {
    name: 'league-eg',
    lang: 'ar',
    text: `الأهلي يهزم الإسماعيلي 2-1 ويقلص الفارق مع المتصدر

القاهرة - حقق الأهلي فوزاً صعباً على ضيفه الإسماعيلي بنتيجة 2-1، مساء الخميس، على استاد القاهرة الدولي، في إطار منافسات الأسبوع 27 من الدوري المصري الممتاز.

وتقدم الإسماعيلي بهدف مبكر سجله مهاجمه الغاني كوفي منساه في الدقيقة 9، قبل أن يدرك محمد عبد الرحمن التعادل للأهلي في الدقيقة 41 بتسديدة من خارج منطقة الجزاء.

وفي الدقيقة 78، أحرز البديل يوسف حمدي هدف الفوز برأسية إثر ركلة ركنية نفذها لاعب الوسط التونسي أيمن الطرابلسي، ليرفع رصيده إلى 11 هدفاً في صدارة ترتيب الهدافين.

وبهذا الفوز رفع الأهلي رصيده إلى 58 نقطة في المركز الثاني، بفارق 3 نقاط عن بيراميدز المتصدر، فيما تجمد رصيد الإسماعيلي عند 24 نقطة في المركز الخامس عشر.

وقال مدرب الأهلي البرتغالي جواو فيريرا إن فريقه عانى في الشوط الأول، مضيفاً أن لاعبيه استحقوا الفوز بعد أن سددوا 17 كرة على المرمى مقابل 6 للإسماعيلي، واستحوذوا على الكرة بنسبة 64%.

وحضر المباراة نحو 45 ألف متفرج، فيما أشهر الحكم شريف منير 5 بطاقات صفراء، وطرد مدافع الإسماعيلي عمر الكردي في الدقيقة 88 بعد حصوله على الإنذار الثاني.`,
  },
  {
    name: 'election-iq',
    lang: 'ar',
    text: `المفوضية تعلن النتائج الأولية لانتخابات مجالس المحافظات العراقية

بغداد - أعلنت المفوضية العليا المستقلة للانتخابات، الثلاثاء، أن نسبة المشاركة في انتخابات مجالس المحافظات بلغت 41 في المئة، بعد أن أدلى أكثر من 6.6 مليون ناخب بأصواتهم من أصل 16.1 مليون ناخب يحق لهم التصويت.

وقالت المتحدثة باسم المفوضية سلوى الجنابي في مؤتمر صحافي إن عدد المقاعد المتنافس عليها بلغ 285 مقعداً في 15 محافظة، خُصص 75 منها للنساء، وتنافس عليها 5906 مرشحين.

وتصدر تحالف البناء والتنمية النتائج بحصوله على 43 مقعداً، يليه ائتلاف دولة المواطن بـ35 مقعداً، ثم الحزب الديمقراطي الكردستاني بـ18 مقعداً.

وكانت استطلاعات للرأي أجراها المركز العراقي للدراسات الاستراتيجية قبل الاقتراع قد توقعت أن تراوح المشاركة بين 35 و40 في المئة، فيما رأى 62% من المستطلعين أن الانتخابات لن تغير أوضاعهم المعيشية.

وسجلت محافظة كركوك أعلى نسبة مشاركة بلغت 65%، بينما سجلت العاصمة بغداد أدنى نسبة بواقع 32%.

وبحسب الجهاز المركزي للإحصاء، يبلغ عدد سكان العراق نحو 46 مليون نسمة، فيما صرف البنك المركزي العراقي 300 مليار دينار لتمويل العملية الانتخابية على دفعتين.`,
  },
  {
    name: 'asteroid-en',
    lang: 'en',
    text: `Europe launches probe to asteroid that could one day threaten Earth

A European spacecraft has lifted off from French Guiana on a 1.2 billion km (746 million mile) journey to an asteroid that scientists say has a small chance of striking Earth later this century.

The 2,850kg Aurora probe blasted off on an Ariane 6 rocket from the Guiana Space Centre in Kourou at 10:14 local time (13:14 GMT) on Tuesday, after two earlier attempts were called off because of high winds.

Fifty-eight minutes after launch, the probe separated from the rocket's upper stage, and controllers at the European Space Operations Centre in Darmstadt received its first signal at 14:31 GMT.

The spacecraft will travel at up to 38,000 km/h (23,600mph) and is due to reach the asteroid, known as 2019 KR4, in October 2030. The asteroid is about 340 metres wide and passes within 7.5 million km (4.7 million miles) of Earth every 11 years.

The mission, which cost €780m, is led by the European Space Agency with contributions from 14 member states. "This is planetary defence in practice," said Dr Helena Varga, the agency's director of science.

Dr Tom Ashworth, a planetary scientist at the University of Leicester, said his team had spent nine years building the probe's main camera, which weighs just 4.2kg and was tested in Harwell.`,
  },
  {
    name: 'court-wales',
    lang: 'en',
    text: `Van driver jailed for killing cyclist while using his phone

A van driver who was looking at his phone when he hit and killed a cyclist on the A55 has been jailed for four years and six months.

Dylan Pritchard, 34, from Abergele, admitted causing death by dangerous driving at Mold Crown Court in February.

The court heard that Pritchard was driving at 62mph in a 50mph zone near Llanddulas at about 7.40am on 12 September last year when his van struck Gareth Evans, 58, a retired teacher from Colwyn Bay.

Prosecutor Sian Roberts said phone records showed Pritchard had sent three messages in the 90 seconds before the crash. Mr Evans died at Glan Clwyd Hospital in Bodelwyddan two days later.

Judge Elen Parry banned Pritchard from driving for seven years and ordered him to pay a £187 victim surcharge.

In a separate case at the same court, Chloe Jenkins, 19, from Rhyl, was fined £1,250 and ordered to do 200 hours of unpaid work after she admitted assaulting a police officer in Prestatyn on New Year's Eve.

North Wales Police said 11 people had died on roads in the region in the first six months of the year, up from seven in the same period of 2024.`,
  },
]
