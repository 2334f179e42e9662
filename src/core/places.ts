/**
 * Countries and cities as news articles name them, in Arabic and English: the drafter finds places
 * with them, and the grader lets a country qualify a place (`كورسك الروسية`). Spellings are given
 * as written; every consumer folds them with its own normaliser. Alternatives are separated by `/`.
 */

export type Country = {
  ar: string[]
  en: string[]
  /** Nisba adjectives: masculine and feminine Arabic, English. */
  adjectives: string[]
  capital: { ar: string[]; en: string[] } | null
  /** Its currency's ISO 4217 code, when it is one of the quiz units (`SAR`); null otherwise. */
  currency: string | null
}

export type City = {
  ar: string[]
  en: string[]
  /** The country it lies in, by its first English name (`Iraq`); null when it is no one country's. */
  country: string | null
}

// name ar | name en | adjectives (ar m., ar f., en) | capital ar | capital en | currency (ISO 4217, when a quiz unit).
// The Latin names hold the French ones Maghrebi readers write where they differ (Irak, Liban, Maroc, Alger).
const COUNTRY_TABLE = `
الصين | China/Chine | صيني/صينية/Chinese | بكين/بيجين/بيجينغ | Beijing/Peking | CNY
روسيا/روسيا الاتحادية | Russia/Russie | روسي/روسية/Russian | موسكو | Moscow | RUB
اليابان | Japan/Japon | ياباني/يابانية/Japanese | طوكيو | Tokyo | JPY
أوكرانيا | Ukraine | أوكراني/أوكرانية/Ukrainian | كييف/كيف | Kyiv/Kiev | 
كوريا الشمالية | North Korea | كوري شمالي/كورية شمالية/North Korean | بيونغ يانغ/بيونغيانغ | Pyongyang | 
كوريا الجنوبية | South Korea | كوري جنوبي/كورية جنوبية/South Korean | سول/سيول | Seoul | 
مصر | Egypt/Égypte | مصري/مصرية/Egyptian | القاهرة | Cairo/Le Caire | EGP
السعودية/المملكة العربية السعودية | Saudi Arabia/Arabie saoudite | سعودي/سعودية/Saudi | الرياض | Riyadh | SAR
الإمارات/الإمارات العربية المتحدة | United Arab Emirates/UAE/Émirats arabes unis | إماراتي/إماراتية/Emirati | أبوظبي/أبو ظبي | Abu Dhabi | AED
قطر | Qatar | قطري/قطرية/Qatari | الدوحة | Doha | QAR
الكويت | Kuwait/Koweït | كويتي/كويتية/Kuwaiti | الكويت | Kuwait City | KWD
البحرين | Bahrain/Bahreïn | بحريني/بحرينية/Bahraini | المنامة | Manama | BHD
عمان/سلطنة عمان | Oman | عماني/عمانية/Omani | مسقط | Muscat | OMR
اليمن | Yemen/Yémen | يمني/يمنية/Yemeni | صنعاء | Sanaa/Sana'a | YER
العراق | Iraq/Irak | عراقي/عراقية/Iraqi | بغداد | Baghdad/Bagdad | IQD
سوريا/سورية | Syria/Syrie | سوري/سورية/Syrian | دمشق | Damascus/Damas | SYP
لبنان | Lebanon/Liban | لبناني/لبنانية/Lebanese | بيروت | Beirut/Beyrouth | LBP
الأردن | Jordan/Jordanie | أردني/أردنية/Jordanian | عمّان | Amman | JOD
فلسطين | Palestine | فلسطيني/فلسطينية/Palestinian | القدس/رام الله | Jerusalem/Ramallah | 
إسرائيل | Israel | إسرائيلي/إسرائيلية/Israeli | تل أبيب/القدس | Tel Aviv/Jerusalem | ILS
تركيا | Turkey/Türkiye/Turquie | تركي/تركية/Turkish | أنقرة | Ankara | TRY
إيران | Iran | إيراني/إيرانية/Iranian | طهران | Tehran | IRR
أفغانستان | Afghanistan | أفغاني/أفغانية/Afghan | كابل | Kabul | 
باكستان | Pakistan | باكستاني/باكستانية/Pakistani | إسلام آباد/إسلام أباد | Islamabad | PKR
الهند | India/Inde | هندي/هندية/Indian | نيودلهي/نيو دلهي | New Delhi | INR
بنغلاديش | Bangladesh | بنغلاديشي/بنغلاديشية/Bangladeshi | دكا | Dhaka | BDT
نيبال | Nepal | نيبالي/نيبالية/Nepalese/Nepali | كاتماندو | Kathmandu | NPR
سريلانكا/سري لانكا | Sri Lanka | سريلانكي/سريلانكية/Sri Lankan | كولومبو | Colombo | LKR
إندونيسيا | Indonesia | إندونيسي/إندونيسية/Indonesian | جاكرتا | Jakarta | 
ماليزيا | Malaysia | ماليزي/ماليزية/Malaysian | كوالالمبور/كوالا لمبور | Kuala Lumpur | 
الفلبين | Philippines | فلبيني/فلبينية/Filipino | مانيلا | Manila | 
فيتنام | Vietnam | فيتنامي/فيتنامية/Vietnamese | هانوي | Hanoi | 
تايلاند | Thailand | تايلاندي/تايلاندية/Thai | بانكوك | Bangkok | 
تايوان | Taiwan | تايواني/تايوانية/Taiwanese | تايبيه | Taipei | 
أستراليا | Australia | أسترالي/أسترالية/Australian | كانبرا | Canberra | AUD
نيوزيلندا | New Zealand | نيوزيلندي/نيوزيلندية/New Zealander | ولينغتون | Wellington | 
الولايات المتحدة/أمريكا/أميركا/الولايات المتحدة الأمريكية | United States/US/USA/America/États-Unis | أمريكي/أمريكية/أميركي/أميركية/American | واشنطن | Washington | USD
كندا | Canada | كندي/كندية/Canadian | أوتاوا | Ottawa | CAD
المكسيك | Mexico/Mexique | مكسيكي/مكسيكية/Mexican | مكسيكو سيتي | Mexico City | 
البرازيل | Brazil/Brésil | برازيلي/برازيلية/Brazilian | برازيليا | Brasilia | 
الأرجنتين | Argentina | أرجنتيني/أرجنتينية/Argentine/Argentinian | بوينس آيرس | Buenos Aires | 
تشيلي | Chile | تشيلي/تشيلية/Chilean | سانتياغو | Santiago | 
كولومبيا | Colombia | كولومبي/كولومبية/Colombian | بوغوتا | Bogota | 
فنزويلا | Venezuela | فنزويلي/فنزويلية/Venezuelan | كراكاس | Caracas | 
كوبا | Cuba | كوبي/كوبية/Cuban | هافانا | Havana | 
بريطانيا/المملكة المتحدة | Britain/United Kingdom/UK/Royaume-Uni | بريطاني/بريطانية/British | لندن | London | GBP
فرنسا | France | فرنسي/فرنسية/French | باريس | Paris | EUR
ألمانيا | Germany/Allemagne | ألماني/ألمانية/German | برلين | Berlin | EUR
إيطاليا | Italy/Italie | إيطالي/إيطالية/Italian | روما | Rome | EUR
إسبانيا | Spain/Espagne | إسباني/إسبانية/Spanish | مدريد | Madrid | EUR
البرتغال | Portugal | برتغالي/برتغالية/Portuguese | لشبونة | Lisbon | EUR
هولندا | Netherlands/Pays-Bas | هولندي/هولندية/Dutch | أمستردام | Amsterdam | EUR
بلجيكا | Belgium/Belgique | بلجيكي/بلجيكية/Belgian | بروكسل | Brussels | EUR
سويسرا | Switzerland/Suisse | سويسري/سويسرية/Swiss | برن | Bern | CHF
النمسا | Austria | نمساوي/نمساوية/Austrian | فيينا | Vienna | EUR
السويد | Sweden | سويدي/سويدية/Swedish | ستوكهولم | Stockholm | 
النرويج | Norway | نرويجي/نرويجية/Norwegian | أوسلو | Oslo | 
الدنمارك | Denmark | دنماركي/دنماركية/Danish | كوبنهاغن | Copenhagen | 
فنلندا | Finland | فنلندي/فنلندية/Finnish | هلسنكي | Helsinki | EUR
بولندا | Poland | بولندي/بولندية/Polish | وارسو | Warsaw | 
اليونان | Greece/Grèce | يوناني/يونانية/Greek | أثينا | Athens | EUR
أيرلندا | Ireland | أيرلندي/أيرلندية/Irish | دبلن | Dublin | EUR
المجر | Hungary | مجري/مجرية/Hungarian | بودابست | Budapest | 
رومانيا | Romania | روماني/رومانية/Romanian | بوخارست | Bucharest | 
صربيا | Serbia | صربي/صربية/Serbian | بلغراد | Belgrade | 
بيلاروسيا | Belarus | بيلاروسي/بيلاروسية/Belarusian | مينسك | Minsk | 
جورجيا | Georgia | جورجي/جورجية/Georgian | تبليسي | Tbilisi | 
أرمينيا | Armenia | أرميني/أرمينية/Armenian | يريفان | Yerevan | 
أذربيجان | Azerbaijan | أذربيجاني/أذربيجانية/Azerbaijani | باكو | Baku | 
كازاخستان | Kazakhstan | كازاخستاني/كازاخستانية/Kazakh | أستانا | Astana | 
أوزبكستان | Uzbekistan | أوزبكي/أوزبكية/Uzbek | طشقند | Tashkent | 
ليبيا | Libya/Libye | ليبي/ليبية/Libyan | طرابلس | Tripoli | LYD
تونس | Tunisia/Tunisie | تونسي/تونسية/Tunisian | تونس | Tunis | TND
الجزائر | Algeria/Algérie | جزائري/جزائرية/Algerian | الجزائر | Algiers/Alger | DZD
المغرب | Morocco/Maroc | مغربي/مغربية/Moroccan | الرباط | Rabat | MAD
موريتانيا | Mauritania/Mauritanie | موريتاني/موريتانية/Mauritanian | نواكشوط | Nouakchott | 
السودان | Sudan/Soudan | سوداني/سودانية/Sudanese | الخرطوم | Khartoum | SDG
جنوب السودان | South Sudan | جنوب سوداني/South Sudanese | جوبا | Juba | 
الصومال | Somalia/Somalie | صومالي/صومالية/Somali | مقديشو | Mogadishu | 
جيبوتي | Djibouti | جيبوتي/جيبوتية/Djiboutian | جيبوتي | Djibouti City | 
إثيوبيا | Ethiopia | إثيوبي/إثيوبية/Ethiopian | أديس أبابا | Addis Ababa | 
إريتريا | Eritrea | إريتري/إريترية/Eritrean | أسمرة | Asmara | 
كينيا | Kenya | كيني/كينية/Kenyan | نيروبي | Nairobi | KES
نيجيريا | Nigeria | نيجيري/نيجيرية/Nigerian | أبوجا | Abuja | 
جنوب أفريقيا/جنوب إفريقيا | South Africa | جنوب أفريقي/South African | بريتوريا | Pretoria | 
غانا | Ghana | غاني/غانية/Ghanaian | أكرا | Accra | GHS
السنغال | Senegal | سنغالي/سنغالية/Senegalese | داكار | Dakar | 
مالي | Mali | مالي/مالية/Malian | باماكو | Bamako | 
النيجر | Niger | نيجري/نيجرية/Nigerien | نيامي | Niamey | 
تشاد | Chad | تشادي/تشادية/Chadian | نجامينا | N'Djamena | 
الكاميرون | Cameroon | كاميروني/كاميرونية/Cameroonian | ياوندي | Yaounde | 
الكونغو | Congo | كونغولي/كونغولية/Congolese | كينشاسا | Kinshasa | 
تنزانيا | Tanzania | تنزاني/تنزانية/Tanzanian | دودوما | Dodoma | 
أوغندا | Uganda | أوغندي/أوغندية/Ugandan | كمبالا | Kampala | 
`

// name ar | name en | the country it lies in (its first English name above; empty for a city-state, or a city
// two countries have: رفح, طرابلس of Libya and Lebanon, a city one country holds and another claims).
const CITY_TABLE = `
مكة/مكة المكرمة | Mecca/Makkah | Saudi Arabia
المدينة المنورة | Medina/Madinah/Al Madinah/Al-Madinah | Saudi Arabia
جدة | Jeddah | Saudi Arabia
الدمام | Dammam | Saudi Arabia
دبي | Dubai | United Arab Emirates
الشارقة | Sharjah | United Arab Emirates
عجمان | Ajman | United Arab Emirates
الإسكندرية | Alexandria | Egypt
الأقصر | Luxor | Egypt
أسوان | Aswan | Egypt
حلب | Aleppo | Syria
حمص | Homs | Syria
الموصل | Mosul | Iraq
البصرة | Basra | Iraq
أربيل | Erbil | Iraq
دهوك | Duhok/Dohuk/Dahuk | Iraq
كركوك | Kirkuk | Iraq
النجف | Najaf | Iraq
كربلاء | Karbala | Iraq
السليمانية | Sulaymaniyah | Iraq
إربد/اربد | Irbid | Jordan
الكرك | Karak/Kerak | Jordan
الطفيلة | Tafilah/Tafila | Jordan
مادبا | Madaba | Jordan
عجلون | Ajloun/Ajlun | Jordan
جرش | Jerash | Jordan
غزة | Gaza | Palestine
الضفة الغربية | West Bank | Palestine
رفح | Rafah | 
خان يونس | Khan Younis | Palestine
الخليل | Hebron | Palestine
نابلس | Nablus | Palestine
جنين | Jenin | Palestine
طرابلس | Tripoli | 
بنغازي | Benghazi | Libya
الدار البيضاء | Casablanca | Morocco
مراكش | Marrakesh/Marrakech | Morocco
فاس | Fez/Fes | Morocco
وجدة | Oujda | Morocco
أكادير/أغادير | Agadir | Morocco
قفصة | Gafsa | Tunisia
قابس | Gabes | Tunisia
القيروان | Kairouan | Tunisia
ورقلة | Ouargla | Algeria
سطيف | Setif | Algeria
باتنة | Batna | Algeria
تلمسان | Tlemcen | Algeria
عنابة | Annaba | Algeria
طنجة | Tangier/Tanger | Morocco
وهران | Oran | Algeria
صفاقس | Sfax | Tunisia
إسطنبول/اسطنبول | Istanbul | Turkey
عدن | Aden | Yemen
الحديدة | Hodeidah | Yemen
أم درمان | Omdurman | Sudan
بورتسودان/بورت سودان | Port Sudan | Sudan
دارفور | Darfur | Sudan
كورسك | Kursk | Russia
خاركيف | Kharkiv | Ukraine
أوديسا | Odesa/Odessa | Ukraine
دونيتسك | Donetsk | 
شنغهاي | Shanghai | China
هونغ كونغ | Hong Kong | 
سان بطرسبرغ | Saint Petersburg/St Petersburg | Russia
نيويورك | New York | United States
لوس أنجلوس | Los Angeles | United States
شيكاغو | Chicago | United States
سان فرانسيسكو | San Francisco | United States
ميامي | Miami | United States
هيوستن | Houston | United States
تورنتو | Toronto | Canada
مونتريال | Montreal/Montréal | Canada
لافال | Laval | Canada
فانكوفر | Vancouver | Canada
كالغاري | Calgary | Canada
إدمونتون | Edmonton | Canada
وينيبيغ | Winnipeg | Canada
هاليفاكس | Halifax | Canada
ريو دي جانيرو | Rio de Janeiro | Brazil
ساو باولو | Sao Paulo | Brazil
مانشستر | Manchester | Britain
كامبريدج | Cambridge | Britain
ليفربول | Liverpool | Britain
برشلونة | Barcelona | Spain
الجزيرة الخضراء | Algeciras/Algésiras | Spain
ميلانو | Milan | Italy
ميونخ | Munich | Germany
جنيف | Geneva | Switzerland
زيورخ | Zurich | Switzerland
دافوس | Davos | Switzerland
مومباي | Mumbai | India
كراتشي | Karachi | Pakistan
لاهور | Lahore | Pakistan
سنغافورة | Singapore | 
سيدني | Sydney | Australia
ملبورن | Melbourne | Australia
بريسبان | Brisbane | Australia
أديلايد | Adelaide | Australia
لاغوس | Lagos | Nigeria
`

// name ar | name en | adjectives (ar m., ar f., en) | the country it is part of (its first English name above).
// The nations of the United Kingdom and the provinces and states of federations whose money is the country's: a place
// with a currency (pounds in an article about Fife, Scotland are sterling; dollars in one about Ontario, Canadian), which
// the drafter counts for its country's currency. Not «إنجليزي»/English, the language's name as often as England's.
const REGION_TABLE = `
إنجلترا/انجلترا/إنكلترا | England | | Britain
اسكتلندا/إسكتلندا/أسكتلندا | Scotland | اسكتلندي/اسكتلندية/Scottish | Britain
ويلز | Wales | ويلزي/ويلزية/Welsh | Britain
أيرلندا الشمالية/ايرلندا الشمالية | Northern Ireland | Northern Irish | Britain
أونتاريو/اونتاريو | Ontario | Ontarian | Canada
كيبيك/كيبك | Quebec/Québec | Quebecer/Québécois | Canada
كولومبيا البريطانية | British Columbia | | Canada
ألبرتا | Alberta | Albertan | Canada
مانيتوبا | Manitoba | Manitoban | Canada
ساسكاتشوان | Saskatchewan | | Canada
نوفا سكوشا/نوفا سكوتيا | Nova Scotia | Nova Scotian | Canada
نيو برونزويك | New Brunswick | | Canada
نيوفاوندلاند | Newfoundland/Newfoundland and Labrador | | Canada
جزيرة الأمير إدوارد | Prince Edward Island | | Canada
نيو ساوث ويلز | New South Wales | | Australia
كوينزلاند | Queensland | | Australia
`

const split = (cell: string | undefined) =>
  (cell ?? '')
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)

function rows(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
}

export const COUNTRIES: readonly Country[] = rows(COUNTRY_TABLE).map(([ar, en, adjectives, capitalAr, capitalEn, currency]) => ({
  ar: split(ar),
  en: split(en),
  adjectives: split(adjectives),
  capital: capitalAr ? { ar: split(capitalAr), en: split(capitalEn) } : null,
  currency: currency || null,
}))

/**
 * Places whose own money is called a dollar though it is no quiz unit, by first English name: «دولار» in an
 * article about them is not the US dollar (the drafter keys it as written).
 */
export const OTHER_DOLLAR_PLACES: readonly string[] = ['Taiwan', 'New Zealand', 'Hong Kong', 'Singapore']

/** A nation of a union or a province of a federation, whose money is its country's (Scotland, Ontario). */
export type Region = { ar: string[]; en: string[]; adjectives: string[]; country: string }

export const REGIONS: readonly Region[] = rows(REGION_TABLE).map(([ar, en, adjectives, country]) => ({
  ar: split(ar),
  en: split(en),
  adjectives: split(adjectives),
  country: country!,
}))

export const CITIES: readonly City[] = [
  ...rows(CITY_TABLE).map(([ar, en, country]) => ({ ar: split(ar), en: split(en), country: country || null })),
  ...COUNTRIES.flatMap((c) => (c.capital ? [{ ...c.capital, country: c.en[0]! }] : [])),
]
