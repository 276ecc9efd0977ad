/* test_verdicts.c: bilingual verdicts end to end (reader + compare through
 * zhen_check_pair), the shared vectors replayed, and the seeds article pair.
 *
 * A verdict is the one warning- or error-level finding a pair must give,
 * or none. Info findings (rounding further than written) are not verdicts. */
#include "internal.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CLEAN = -1 };
#define MAG ZHEN_F_MAGNITUDE
#define CUR ZHEN_F_CURRENCY
#define VAL ZHEN_F_VALUE
#define UNI ZHEN_F_UNIT
#define MIS ZHEN_F_MISSING
#define EXT ZHEN_F_EXTRA
#define SER ZHEN_F_SERIES

static const struct {
	const char *zh, *en;
	int want;
} verdicts[] = {
	/* ---- magnitudes ---- */
	{ "利润34亿元", "profit of RMB 3.4 billion", CLEAN },
	{ "利润34亿元", "profit of RMB 34 billion", MAG },
	{ "利润34亿元", "profit of RMB 340 million", MAG },
	{ "利潤34億元", "profit of RMB 3.4 billion", CLEAN },
	{ "利潤34億元", "profit of RMB 34 billion", MAG },
	{ "人口14亿", "a population of 1.4 billion", CLEAN },
	{ "人口14亿", "a population of 14 billion", MAG },
	{ "5.4万人", "54,000 people", CLEAN },
	{ "5.4万人", "540,000 people", MAG },
	{ "1.74亿", "174 million", CLEAN },
	{ "1.74亿", "1.74 billion", MAG },
	{ "接近11亿", "nearly 1.1 billion", CLEAN },
	{ "17.4亿元", "RMB 1.7 billion", CLEAN },
	{ "3亿", "300m", CLEAN },
	{ "3亿", "3bn", MAG },
	{ "新台币1兆元", "NT$1 trillion", CLEAN },
	/* ppt, bps, and basis points written as percent */
	{ "毛利率上升1.8个百分点至32.5%。", "Gross margin rose 1.8ppt to 32.5%.", CLEAN },
	{ "毛利率上升1.8个百分点至32.5%。", "Gross margin rose 8.1ppt to 32.5%.", VAL },
	{ "净息差同比下降18个基点。", "NIM was down 18bps year on year.", CLEAN },
	{ "净息差收窄25个基点。", "narrowing by 25% year on year.", UNI },
	{ "降息0.25个百分点", "a 25-basis-point cut", CLEAN },
	/* 元 in Traditional text is NT$ or HK$ as often as 人民币; in
	 * Simplified it is 人民币. ¥ is also the yen, $ also HK$ and NT$. */
	{ "每股盈餘為新台幣9.05元，去年同期為8.52元。", "EPS were NT$9.05, compared with NT$8.52 a year earlier.", CLEAN },
	{ "台積電股價收在580元。", "TSMC shares closed at NT$580.", CLEAN },
	{ "騰訊股價收報298.4元。", "Tencent shares closed at HK$298.4.", CLEAN },
	{ "營收為100元", "Revenue was EUR 100", CUR },
	{ "营收为100元", "Revenue was HK$100", CUR },
	{ "营收为100元", "Revenue was $100", CUR },
	{ "净利润为34亿元新台币。", "Net profit was NT$3.4 billion.", CLEAN },
	{ "该项目总投资约1.2万亿日元。", "The project costs about ¥1.2 trillion.", CLEAN },
	{ "该项目总投资约1.2万亿日元。", "The project costs about EUR 1.2 trillion.", CUR },
	{ "营收为100港元", "Revenue was $100", CLEAN },
	/* a short line whose script detection ties (幣 vs 台) */
	{ "新台幣100元", "NT$100", CLEAN },
	{ "新台幣100元", "RMB 100", CUR },
	{ "新台幣100元", "NT$100", CLEAN },
	{ "新台幣100元", "RMB 100", CUR },
	{ "新台幣1兆元", "NT$100 billion", MAG },
	{ "4.78万亿元", "RMB 4.78 trillion", CLEAN },
	{ "三万五千人", "35,000 people", CLEAN },
	{ "将近两亿四千颗陨石", "some 240 million meteorites", CLEAN },
	{ "将近兩億四千顆隕石", "approximately 24,000 meteorites", MAG },
	{ "两千六百人", "2,600 people", CLEAN },
	{ "5千4百万", "54 million", CLEAN },
	{ "5 千 4 百萬個帳戶", "54 million accounts", CLEAN },
	{ "10万人", "about 100,000 people", CLEAN },
	/* an English word figure pairs with Chinese digits only when left
	 * over beside them at a power-of-ten ratio: a magnitude slip */
	{ "200 年内", "within two decades", MAG },
	{ "当场有 300 人", "up to thirty people", MAG },
	{ "时速 110 公里", "at eleven kph", MAG },
	{ "约有一千亿份", "roughly ten million documents", MAG },
	{ "双方同意", "the two sides agreed", CLEAN },
	{ "300 人", "two people", MIS },
	{ "一家公司", "ten companies", CLEAN }, /* 一 stays an article */
	/* decades */
	{ "1960 年代", "in the 1960s", CLEAN },
	{ "1960 年代", "in the 1060s", VAL },
	/* rounding is not a lone digit far below the coarser precision (a
	 * hundredth of its unit: 10 万 ↔ 100,300 and 两万四千 ↔ 24,070 were
	 * value errors at a tenth, which made 126.06萬億 ↔ "126 trillion"
	 * one too; all three round to the precision written) */
	{ "5 百万独立读者", "5,000,002 unique visitors", VAL },
	{ "5 百万独立读者", "5,000,020 unique visitors", VAL },
	{ "约 10 万人", "about 100,300 people", CLEAN },
	{ "10 万人", "100,300 people", CLEAN },
	{ "两万四千颗", "24,070 meteorites", CLEAN },
	{ "两万四千颗", "24,700 meteorites", VAL },
	{ "中国2023年GDP为126.06万亿元", "China's GDP in 2023 was 126 trillion yuan", CLEAN },
	{ "负债为5.04亿元。", "Liabilities were RMB 540 million.", VAL },
	{ "營收為3.86億元。", "Revenue was RMB 368 million.", VAL },
	{ "支票金額為人民幣壹萬貳仟參佰肆拾伍元整。", "The cheque is for RMB 12,354.", VAL },
	{ "收入为8.76亿元。", "Revenue was nearly RMB900 million.", CLEAN },
	/* a rate with decimals rounds as reports round it */
	{ "淨利潤增長12.46%。", "Net profit rose 12.5%.", CLEAN },
	{ "淨利潤增長12.46%。", "Net profit rose 12%.", CLEAN },
	{ "淨利潤增長12.46%。", "Net profit rose 12.6%.", VAL },
	{ "增加1.25個百分點", "up 1.3 percentage points", CLEAN },
	{ "增长3.5%", "up 4%", VAL },
	{ "两万四千颗", "24,000 meteorites", CLEAN },
	{ "1.74亿元", "RMB 174.2 million", CLEAN },
	{ "123万人", "1,234,567 people", CLEAN },
	{ "二十年", "two decades", CLEAN },
	/* ---- currencies ---- */
	{ "60亿美元", "USD 6 billion", CLEAN },
	{ "60亿美元", "US$6 billion", CLEAN },
	{ "60亿美元", "$6 billion", CLEAN },
	{ "60亿美元", "RMB 6 billion", CUR },
	{ "60億港元", "USD 6 billion", CUR },
	{ "12亿港币", "HK$1.2 billion", CLEAN },
	{ "港幣12億元", "HK$1.2 billion", CLEAN },
	{ "30亿欧元", "€3 billion", CLEAN },
	{ "30亿欧元", "£3 billion", CUR },
	{ "2亿英镑", "£200 million", CLEAN },
	{ "100亿日元", "JPY 10 billion", CLEAN },
	{ "人民币100元", "100 yuan", CLEAN },
	{ "人民币100元", "100 dollars", CUR },
	{ "五元", "5 yuan", CLEAN },
	{ "5元3角", "5.3 yuan", CLEAN },
	{ "5元3角", "5.03 yuan", VAL },
	{ "壹万元整", "10,000 yuan", CLEAN },
	/* ---- conversions in parentheses ---- */
	{ "净亏损60.93亿元", "net loss of RMB 6.093 billion (USD 840 million)", CLEAN },
	{ "净亏损8.4亿美元", "net loss of RMB 6.093 billion (USD 840 million)", CLEAN },
	{ "净亏损60.93亿元", "net loss of RMB 6.093 billion (US$840 million)", CLEAN },
	{ "净亏损60.93亿元", "net loss of RMB 6.93 billion (USD 840 million)", VAL },
	/* ---- percent, points, basis points ---- */
	{ "同比增长21%", "up 21% year on year", CLEAN },
	{ "同比增長21%", "a 21% year-on-year increase", CLEAN },
	{ "同比增长21%", "up 12% year on year", VAL },
	{ "26.5%", "25.6%", VAL },
	{ "百分之二十一", "21 percent", CLEAN },
	{ "上升3.5个百分点", "up 3.5 percentage points", CLEAN },
	{ "上升3.5個百分點", "rose 3.5%", UNI },
	{ "下降三个百分点", "down three percentage points", CLEAN },
	{ "加息25个基点", "a 25 bps rise", CLEAN },
	{ "加息25个基点", "a 0.25 percentage point rise", CLEAN },
	{ "加息25个基点", "a 25 percentage point rise", MAG },
	{ "三成", "30%", CLEAN },
	{ "近三成", "nearly 30%", CLEAN },
	{ "三成", "3%", MAG },
	{ "打八折", "20% off", CLEAN },
	{ "打八折", "80% off", VAL },
	{ "千分之五", "0.5%", CLEAN },
	{ "10%至15%", "10% to 15%", CLEAN },
	{ "10%至15%", "10% to 16%", VAL },
	/* ---- units ---- */
	{ "200兆瓦", "200 MW", CLEAN },
	{ "5公里", "5 km", CLEAN },
	{ "5公里", "5 miles", UNI },
	{ "每小时 40 英里", "40 mph", CLEAN },
	{ "1万吨", "10,000 tonnes", CLEAN },
	{ "50公顷", "50 hectares", CLEAN },
	{ "3平方公里", "3 square kilometres", CLEAN },
	/* ---- words and digits ---- */
	{ "三年", "three years", CLEAN },
	{ "三年", "3 years", CLEAN },
	{ "六年", "a six-year period", CLEAN },
	{ "兩個", "two", CLEAN },
	{ "兩個", "three", VAL },
	{ "十年", "11 years", VAL },
	{ "一家公司", "a company", CLEAN },
	{ "一家日本报纸", "the game Six Days", CLEAN },
	{ "三分之一", "one-third", CLEAN },
	{ "三分之二", "two-thirds", CLEAN },
	{ "亿分之一", "one in a hundred million", CLEAN },
	{ "翻了一番", "doubled", CLEAN },
	{ "翻两番", "quadrupled", CLEAN },
	{ "翻两番", "doubled", VAL },
	{ "二三十分钟", "twenty or thirty minutes", CLEAN },
	{ "两倍", "twofold", CLEAN }, /* 倍 is a count: ambiguous ×2/×3 */
	/* ---- years, dates, times ---- */
	{ "2023年", "in 2023", CLEAN },
	{ "2023年", "in 2022", VAL },
	{ "2008 年", "in 6008", VAL },
	{ "2018-2023年", "from 2018 to 2023", CLEAN },
	{ "1995-96赛季", "the 1995-96 season", CLEAN },
	{ "10月22日", "October 22", CLEAN },
	/* the day left out is missing, not another date; a figure where
	 * the day goes is the day */
	{ "会议于10月20日举行。", "The meeting was held in October.", MIS },
	{ "会议于10月举行。", "The meeting was held on October 12.", EXT },
	{ "2019年10月20日举行。", "Held in October 2019.", MIS },
	{ "会议于10月20日举行。", "The meeting was held in November.", VAL },
	{ "10月1日14时开始。", "It began at 14:00 on October, 1.", CLEAN },
	{ "3月21日的枪击案", "the shootings of March 61", VAL },
	{ "10月22日", "22 October", CLEAN },
	{ "10月22日", "Oct. 22", CLEAN },
	{ "10月22日", "October 21", VAL },
	{ "2024年10月22日", "October 22, 2024", CLEAN },
	{ "今年 1 月", "in January this year", CLEAN },
	{ "今年 1 月", "in April this year", VAL },
	{ "上午9点30分", "at 9:30 am", CLEAN },
	{ "上午 9:30 左右", "at around 9:30 am", CLEAN },
	{ "上午 9:30 左右", "at around 9:32 am", VAL },
	{ "11 点刚过", "just after 11:00", CLEAN },
	{ "早上 5 点", "at about 5am", CLEAN },
	{ "早上 5 点", "at about 6am", VAL },
	{ "上午约十时", "at about 10 o'clock", CLEAN },
	{ "上午约十时", "at about 40 o'clock", VAL },
	{ "正值上午 8 点 46 分", "At exactly 8:46 a.m. a hush fell", CLEAN },
	{ "正值上午 8 点 46 分", "At exactly 8:96 a.m. a hush fell", VAL },
	{ "2008 年 11 月 26 日抵达", "arrived on November 26, 2008", CLEAN },
	{ "2008 年 11 月 34 日抵达", "arrived on November 26, 2008", VAL },
	{ "于 40 月 7 日", "on October 7", VAL },
	/* a small ordinal left beside the one written ordinal the other
	 * side has left, of one figure, is that ordinal translated wrong */
	{ "在该月的第一天开始发放。", "available on the 1st day of the month", CLEAN },
	{ "在该月的第一天开始发放。", "available on the 7st day of the month", VAL },
	{ "但第一架真正的望远镜是 世纪末才在欧洲被制造出来的。",
	  "However, the first true telescopes were made in the late 16th century.", EXT },
	/* a plural magnitude word is the band 数千/数十万 names */
	{ "数千桶原油外漏", "a spill of thousands of barrels of crude oil", CLEAN },
	{ "數千桶原油外漏", "a spill of thousands of barrels of crude oil", CLEAN },
	{ "数十万人", "hundreds of thousands of people", CLEAN },
	{ "几千年来", "for thousands and thousands of years", CLEAN },
	/* two vague bands 10^4 apart: a magnitude slip (was MIS while
	 * "billions" was not read) */
	{ "数十万美元的资产", "billions of US dollars", MAG },
	{ "数十亿美元的资产", "billions of US dollars", CLEAN },
	{ "数十亿欧元的资产", "billions of US dollars", CUR },
	/* 唯一一次 is "the only time", not 11 paired with the 160 left */
	{ "警方唯一一次检测到他的车速，是在他降到 公里/小时的时候。",
	  "the only time the police clocked him was at 160km/h.", EXT },
	/* a score in numerals */
	{ "在华盛顿以五比三击败亚特兰大的比赛中", "in Washington's 5-3 win over Atlanta", CLEAN },
	{ "在华盛顿以五比二击败亚特兰大的比赛中", "in Washington's 5-3 win over Atlanta", VAL },
	/* identifiers are compared literally, never as amounts */
	{ "股份代号：00020", "stock code 00020", CLEAN },
	{ "股份代号：00020", "stock code 00200", VAL },
	{ "腾讯（00700）", "Tencent (0700)", CLEAN },
	{ "00700.HK", "0700.HK", CLEAN },
	/* the code without its zeros is how English often writes it */
	{ "股份代号：00020", "stock code 20", CLEAN },
	{ "N+2 方案", "an N+2 package", CLEAN },
	{ "于2024-10-22公布", "announced on October 22, 2024", CLEAN },
	{ "于2024-10-22公布", "announced on October 23, 2024", VAL },
	{ "增长0.5%", "up .5 percent", CLEAN },
	{ "营收翻倍", "revenue doubled", CLEAN },
	{ "营收翻倍", "revenue tripled", VAL },
	{ "冰刀有双重刀刃", "the blade has a double edge", CLEAN }, /* a factor alone: no measure */
	/* below zero: 零下 and "minus" are minus signs */
	{ "气温零下5度", "temperatures of minus 5 degrees", CLEAN },
	{ "气温零下5度", "temperatures of -5C", CLEAN },
	{ "气温零下5度", "temperatures of 5 degrees", VAL },
	{ "气温降至零下5度。", "The temperature fell to 5 degrees below zero.", CLEAN },
	{ "气温降至零下10摄氏度。", "It fell to 10 degrees Celsius below freezing.", CLEAN },
	{ "10减5等于5。", "10 minus 5 equals 5.", CLEAN },
	{ "误差为±3%。", "an error of plus or minus 3%.", CLEAN },
	{ "二零一零下半年", "the second half of 2010", CLEAN },
	/* a Chinese decade without its century is of the century meant */
	{ "20年代", "the 2020s", CLEAN },
	{ "20年代", "the 1920s", CLEAN },
	{ "10年代智能手机普及", "smartphones spread in the 2010s", CLEAN },
	{ "七零年代", "the 1970s", CLEAN },
	{ "七零年代", "the 3970s", VAL },
	{ "90 年代", "the '90s", CLEAN },
	{ "90 年代", "the '80s", VAL },
	/* a month that is also a given name needs a month's context */
	{ "琼·卡特演唱了这首歌。", "June Carter sang the song.", CLEAN },
	{ "会议在6月举行。", "The meeting was held in June.", CLEAN },
	/* a date whose year one side leaves to context is the same day:
	 * the year is missing or extra, unless written apart or wrong */
	{ "2008 年 11 月 26 日，孟買遭到襲擊。", "On November 26, Mumbai was attacked.", MIS },
	{ "同年 11 月 26 日，孟買遭到襲擊。", "On November 26, 2008, Mumbai was attacked.", EXT },
	{ "2008 年，孟買在 11 月 26 日遭到襲擊。", "On November 26, 2008, Mumbai was attacked.", CLEAN },
	{ "2008 年 11 月 26 日，孟買遭到襲擊。", "In 2008, on November 26, Mumbai was attacked.", CLEAN },
	{ "2008 年 11 月 26 日", "November 27", VAL },
	{ "9007年9月17日，纳迪亚出生", "Nadia, born on September 17, 2007", VAL },
	/* days 10/20/30 and years ending in 0 (values with trailing zeros) */
	{ "2024年5月20日", "May 20", MIS },
	{ "2020年11月26日，他去世了。", "He died on November 26 in 2020.", CLEAN },
	{ "2020年，他于11月26日去世。", "He died on November 26, 2020.", CLEAN },
	{ "5月30日", "May 30, 2024", EXT },
	/* a count after a Chinese date is no year written wrong */
	{ "9月17日，1998人到场。", "On September 17, some 1,998 people attended.", CLEAN },
	{ "1998人到场。", "some 2,000 people attended.", CLEAN }, /* info: rounded */
	{ "2007年9月17日，纳迪亚出生", "Nadia, born on September 17, 9007", VAL },
	/* a small word figure alone is reported when it is plainly a
	 * figure: a range end, or an unhedged measure */
	{ "将在特伦顿以北 英里处渡河", "would cross the river nine miles north", EXT },
	{ "将在特伦顿以北 9 英里处渡河", "would cross the river nine miles north", CLEAN },
	{ "组建 4 到 人的旅行团", "form a group of four to six", EXT },
	{ "艾伦对武藏号 年的搜寻", "Allen's eight-year search", EXT },
	{ "艾伦对武藏号多年的搜寻", "Allen's search of about eight years", CLEAN },
	/* 五六个人, 两三天: five or six, not 56 */
	{ "五六个人受伤", "five or six people were hurt", CLEAN },
	{ "两三天后", "two or three days later", CLEAN },
	{ "五六个人受伤", "56 people were hurt", VAL },
	/* date ranges share the month and year written at one end */
	{ "会议于2024年3月5日至11日在北京举行。", "held in Beijing from 5 to 11 March 2024.", CLEAN },
	{ "会议于2024年3月5日至11日在北京举行。", "held in Beijing from 5 to 12 March 2024.", VAL },
	{ "比赛将于2024年7月26日至8月11日举行。", "from July 26 to August 11, 2024.", CLEAN },
	{ "公司今年1至9月营收增长12%。", "Revenue from January to September rose 12%.", CLEAN },
	{ "公司今年1至9月营收增长12%。", "Revenue from January to August rose 12%.", VAL },
	/* 90后: born in the 1990s */
	{ "她是一位90后设计师。", "She is a designer born in the 1990s.", CLEAN },
	{ "她是一位90后设计师。", "She is a designer born in the 1980s.", VAL },
	/* 1米85, 9秒83: hundredths after the unit */
	{ "他身高1米85。", "He is 1.85 metres tall.", CLEAN },
	{ "他在男子100米决赛中以9秒83夺冠。", "He won the men's 100 metres final in 9.83 seconds.", CLEAN },
	{ "他在男子100米决赛中以9秒83夺冠。", "He won the men's 100 metres final in 9.38 seconds.", VAL },
	/* 前三季度: the first three quarters, not the third */
	{ "2023年前三季度，公司实现营业收入325.6亿元。", "In the first three quarters of 2023, revenue was RMB 32.56 billion.", CLEAN },
	{ "前三季度营收增长", "revenue in the first two quarters rose", VAL },
	{ "第三季度净利润为18.6亿元。", "Net profit for the third quarter was RMB1.86 billion.", CLEAN },
	{ "每秒可以进行1000万亿次运算。", "It can perform 1 quadrillion operations per second.", CLEAN },
	/* versions, frequencies, negative */
	{ "该软件的最新版本为2.3.1。", "The latest version is 2.3.1.", CLEAN },
	{ "该软件的最新版本为2.3.1。", "The latest version is 2.3.2.", VAL },
	{ "主频为3.5兆赫。", "The clock speed is 3.5 MHz.", CLEAN },
	{ "主频为3.5GHz。", "a clock speed of 3.5MHz", UNI },
	{ "營收年增率為負3.2%。", "Revenue growth was negative 3.2% year on year.", CLEAN },
	/* words whose numerals count nothing, and plan names */
	{ "十四五规划强调高质量发展。", "The 14th Five-Year Plan emphasises high-quality development.", CLEAN },
	{ "十四五规划强调高质量发展。", "The 13th Five-Year Plan emphasises high-quality development.", VAL },
	{ "双十一购物节销售额创新高。", "Singles' Day sales hit a record.", CLEAN },
	{ "他不管三七二十一就冲了进去。", "He rushed in regardless.", CLEAN },
	{ "她一五一十地说了。", "She told everything.", CLEAN },
	{ "第三产业占比上升。", "The share of tertiary industry rose.", CLEAN },
	/* "100m" beside 100 米 is metres, not 100 million */
	{ "他在男子100米决赛中夺冠。", "He won the men's 100m final.", CLEAN },
	{ "塔高300米。", "The tower is 300m tall.", CLEAN },
	{ "塔高300米。", "The tower is 200m tall.", VAL },
	{ "观众达340万人。", "3.4m viewers watched.", CLEAN },
	/* weeks told in days */
	{ "他们坚持了一周。", "They held out for seven days.", CLEAN },
	{ "两周内完成", "done within 14 days", CLEAN },
	{ "两周内完成", "done within 10 days", EXT }, /* 两周 is a small word */
	/* Chinese small measures are idioms as often */
	{ "这两天天气很好。", "The weather has been nice lately.", CLEAN },
	{ "过两天再说吧。", "Let's talk about it later.", CLEAN },
	{ "这两年变化很大。", "Things have changed a lot recently.", CLEAN },
	{ "双方同意", "the two sides agreed", CLEAN },
	/* a digit pairs with a digit before a word: 一家 is no "1 ounce" */
	{ "在一家诊所出生，体重达17磅1盎司。", "born at a clinic, weighing 17 pounds 1 ounce.", CLEAN },
	{ "在一家诊所出生，体重达17磅1盎司。", "born at a clinic, weighing 17 pounds 3 ounces.", VAL },
	/* 12-hour dial, but a slipped hour is on none */
	{ "当地时间上午约十时，旅馆坍塌了。", "at about 10 o'clock this morning", CLEAN },
	{ "当地时间上午约十时，旅馆坍塌了。", "at about 70 o'clock this morning", VAL },
	/* an identifier's digits dropped, its plural kept */
	{ "俄羅斯短暫停飛了 Il-。", "Russia briefly grounded Il-76s.", EXT },
	{ "俄羅斯短暫停飛了 Il-76。", "Russia briefly grounded Il-76s.", CLEAN },
	/* a transliterated name's hyphen left with no figure after it */
	{ "伊尔- 自 1970 年代起即为俄罗斯军事的重要部分", "The Il-76 has been a major component since the 1970s", EXT },
	{ "伊尔-76 自 1970 年代起即为俄罗斯军事的重要部分", "The Il-76 has been a major component since the 1970s", CLEAN },
	{ "新冠病毒检测呈阳性", "tested positive for COVID-19", CLEAN },
	/* a figure pairs with a small ordinal word: 2楼 is the second floor */
	{ "他住在2楼。", "He lives on the second floor.", CLEAN },
	{ "得到了 2:2（二等二級學位）。", "earning a 2:2 (a lower second class degree).", CLEAN },
	/* 第三 and up are figures alone; 第一, 第二 are often words */
	{ "原为第四级飓风的费莉希亚", "Felicia, once a Category storm", MIS },
	{ "原为第四级飓风的费莉希亚", "Felicia, once a Category 4 storm", CLEAN },
	{ "包括第一和第三军团", "including the 1st and 3rd regiments", CLEAN },
	{ "第二天他就走了", "he left the next day", CLEAN },
	/* ---- ordinals, quarters, halves ---- */
	{ "十周年", "10th anniversary", CLEAN },
	{ "十週年", "11th anniversary", VAL },
	{ "第三季度", "third quarter", CLEAN },
	{ "第三季度", "Q3", CLEAN },
	/* a period is a figure, even spelled (was CLEAN: word ordinals were
	 * weak, so the wrong quarter went unseen) */
	{ "第三季度", "second quarter", VAL },
	{ "上半年净利润为18.6亿元。", "Net profit for the second half was RMB1.86 billion.", VAL },
	{ "2024年上半年财报显示", "the first-half report for 2024 showed", CLEAN },
	{ "该公司是全球第二大智能手机制造商。", "the world's third-largest smartphone maker.", VAL },
	{ "该公司是全球第二大智能手机制造商。", "the world's second-largest smartphone maker.", CLEAN },
	{ "上半年", "the first half", CLEAN },
	{ "上半年", "H1", CLEAN },
	{ "第3名", "3rd place", CLEAN },
	{ "第3名", "4th place", VAL },
	/* ---- identifiers ---- */
	{ "AI 2.0时代", "the AI 2.0 era", CLEAN },
	{ "向 2.0 升级", "to an AI 2.0 company", CLEAN },
	{ "伊尔-76", "the Il-76", CLEAN },
	{ "H5N1 禽流感", "H5N1 avian flu", CLEAN },
	{ "H5N1 禽流感", "H5N6 avian flu", VAL },
	{ "GPT-4模型", "the GPT-4 model", CLEAN },
	/* alone, an identifier is silent (named another way), unless the
	 * other side keeps its letters without its digits */
	{ "新冠病毒 (COVID-19) 疫情", "the coronavirus outbreak", CLEAN },
	{ "新冠病毒 (COVID-19) 疫情", "the COVID- outbreak", MIS },
	{ "新冠病毒 (COVID-19) 疫情", "the COVID outbreak", CLEAN },
	{ "A1GP 汽车大奖赛", "the AGP New Zealand team", MIS },
	{ "CG4684 航班", "Flight CG crashed", MIS },
	{ "HJR-3 修正案", "the HJR- amendment", MIS },
	{ "鹰狮战机坠毁", "a JAS 39C Gripen crashed", CLEAN },
	{ "JAS 战机", "a JAS 39C Gripen", CLEAN }, /* letters kept too */
	{ "鹰狮战机", "the CG4684 flight of CGX", CLEAN }, /* not a token */
	{ "4x4 越野车", "an x off-roader", CLEAN }, /* one letter */
	{ "5G 网络", "a G network", CLEAN },
	/* a translator's four-digit group is one figure: a x10 slip is a
	 * magnitude error, not a figure missing and another extra */
	{ "容纳 104,500 桶", "holding 104,5000 barrels", MAG },
	{ "每盎司 22,500 美元", "$22,5000 per ounce", MAG },
	{ "容纳 104,500 桶", "holding 104,500 barrels", CLEAN },
	/* an impossible day is a date value error, not missing + extra */
	{ "1759 年 9 月 24 日签署", "On September 34, 1759, he signed", VAL },
	{ "6 月 28 日，总督", "On June 88, the governor", VAL },
	{ "1965 年 3 月 18 日", "on March 38, 1965", VAL },
	{ "1965 年 3 月 18 日", "on March 18, 1965", CLEAN },
	/* figures of more than 18 digits: compared digit by digit (F) */
	{ "营收12345678901234567891元。", "Revenue was 12,345,678,901,234,567,891 yuan.", CLEAN },
	{ "营收12345678901234567891元。", "Revenue was 12345678901234567899 yuan.", VAL },
	{ "营收12345678901234567891元。", "Revenue was 22345678901234567891 yuan.", VAL },
	/* an event named by its day */
	{ "7.19强降雨致使河北多地受灾。", "The 719 heavy rainfall hit Hebei.", CLEAN },
	{ "去年“8·11”汇改之前。", "Before last year's \"8.11\" exchange reform.", CLEAN },
	{ "7.19强降雨致使河北多地受灾。", "The July 19 rainstorm hit Hebei.", CLEAN },
	{ "7.19强降雨致使河北多地受灾。", "The July 18 rainstorm hit Hebei.", VAL },
	{ "净利润增长7.19%。", "Net profit rose 7.19%.", CLEAN },
	/* 8.11 rounds to no 十 (十年, precision ten) */
	{ "去年汇改，十年间升值。", "Before the \"8.11\" reform, over the last 10 years.", EXT },
	/* ---- latent numerals: never reported, they explain a figure ---- */
	{ "全球十大零售商之一。", "One of the world's top 10 retailers.", CLEAN },
	{ "习近平三号视察了指挥中心。", "Xi Jinping inspected the centre on the 3rd.", CLEAN },
	{ "万名干部进万家。", "Ten thousand cadres visited 10,000 homes.", CLEAN },
	{ "一张照片胜过千言万语。", "A picture is worth a thousand words.", CLEAN },
	{ "三号楼已经完工。", "The building is finished.", CLEAN },
	{ "全球十大零售商之一。", "One of the world's top 12 retailers.", EXT },
	/* a latent numeral is a second mention of a figure the side reads:
	 * the English figure one more than the Chinese writes stays extra */
	{ "获得了 2: 学位（二等二学位）。", "earning a 2:2 (a lower second class degree).", EXT },
	/* ---- missing and extra ---- */
	{ "营收34亿元，增长21%", "revenue of RMB 3.4 billion", MIS },
	{ "营收34亿元", "revenue of RMB 3.4 billion, up 21%", EXT },
	{ "裁员3000人", "cut jobs", MIS },
	{ "3至4亿", "300-400 million", CLEAN },
	{ "三到四百万", "3-4 million", CLEAN },
	{ "三到四百万", "between 3 and 4 million", CLEAN },
	{ "三到四百万", "3-5 million", VAL },
	/* ---- reading gaps closed in round four ---- */
	{ "罚款 500 英镑", "a fine of 500 pounds sterling", CLEAN },
	{ "罚款 500 英镑", "a fine of 5,000 pounds sterling", MAG },
	{ "损失 500 万英镑", "a loss of 5 million pounds", CLEAN },
	{ "损失 500 万英镑", "a loss of 5 million dollars", CUR },
	{ "体重 20 磅", "weighs 20 pounds", CLEAN },
	{ "体重 20 磅", "weighs 200 pounds", MAG },
	{ "公元前 221 年", "in 221 BC", CLEAN },
	{ "公元前 221 年", "in 212 BC", VAL },
	{ "公元 79 年", "in AD 79", CLEAN },
	{ "约在西元前 1 千年", "about 1000 B.C.", CLEAN },
	{ "20 世纪 60 年代", "in the 1960s", CLEAN },
	{ "20 世纪 60 年代", "in the 1970s", VAL },
	{ "19 世纪 30 年代", "after the 1830s revolution", CLEAN },
	{ "20 世纪 年代", "in the 1960s", MIS },
	{ "二十世纪六十年代", "in the 1960s", CLEAN },
	/* a slipped decade: x10 on its figure is a magnitude slip, another
	 * figure a value */
	{ "20 世纪 600 年代，他回国", "In the 1960s he went home", MAG },
	{ "19 世纪 300 年代的革命", "after the 1830s revolution", MAG },
	{ "20 世纪 6 年代", "in the 1960s", MAG },
	{ "20 世纪 73 年代以来", "since the 1970s", VAL },
	{ "40 世纪 60 年代", "in the 1960s", VAL },
	{ "20 世纪 60 年代", "in the 3960s", VAL },
	{ "20 世纪 30 年代", "in the 1931s", VAL },
	{ "2010 年", "in 2001", VAL }, /* a year, no decade: no x10 */
	{ "俄罗斯短暂停飞了 Il-76。", "Russia briefly grounded Il-76s.", CLEAN },
	{ "俄罗斯短暂停飞了 Il-76。", "Russia briefly grounded Il-73s.", VAL },
	/* the transliterated 伊尔-76 reads as the figure -76 */
	{ "伊尔-76 自 1970 年代起", "The Il-76 has since the 1970s", CLEAN },
	{ "伊尔-760 自 1970 年代起", "The Il-76 has since the 1970s", MAG },
	{ "伊尔-56 自 1970 年代起", "The Il-76 has since the 1970s", VAL },
	{ "停飞了伊尔-760。", "grounded Il-76s.", MAG },
	{ "停飞了 76 架。", "grounded Il-62s.", MIS }, /* a count, no name */
	/* one figure left on each side is one figure translated wrong */
	{ "他跑了 17 公里。", "He ran eleven kilometres.", VAL },
	{ "他跑了 17 公里。", "He ran seventeen kilometres.", CLEAN },
	{ "有 16% 的人", "Eighteen percent of people", VAL },
	{ "有 300 人", "thirty people came", MAG },
	{ "双方在半决赛中较量。努萨以 11 分获胜。", "The two sides met and Noosa won by points.", MIS },
	/* both hedged "at least": one figure translated wrong (was MIS
	 * while 至少 was no approximator) */
	{ "至少有 3 人受伤", "at least five people were hurt", VAL },
	{ "至少有 100 位民眾參加", "At least people attended, a couple whose wedding", MIS },
	/* a small word left beside the lone figures is no rival to them */
	{ "直升机救出了 92 名船员，其中只有一人受伤。",
	  "Helicopters rescued the twelve crewmembers and one was hurt.", VAL },
	{ "约 3,000 万份文件", "roughly ten million documents", VAL },
	{ "将所有 55 张选举代表票都投给了他，这是第一次。",
	  "awarded all fifty of its delegates to him, for the first time.",
	  VAL },
	/* but an ordinal stays apart from a count, a word figure from digits
	 * 100 times off, and an amount with a currency from a bare figure */
	{ "有另一个能容纳桶的第二区", "a second area holding 104,500 barrels",
	  EXT },
	{ "藏匿了十亿美元", "hide fourteen", MIS },
	/* figures hedged alike, range ends, or one unit make a lone word
	 * and a lone figure one figure; two hedged words are not */
	{ "獨自待在太空船外剛好超過 17 分鐘。", "remaining outside for just over twelve minutes.", VAL },
	{ "獨自待在太空船外剛好超過 12 分鐘。", "remaining outside for just over twelve minutes.", CLEAN },
	/* more than 27 is more than two dozen: info, hedged alike and near */
	{ "這部節目獲得超過 27 座艾美獎", "The show has more than two-dozen Emmy awards", CLEAN },
	{ "這部節目獲得超過 37 座艾美獎", "The show has more than two-dozen Emmy awards", VAL },
	{ "超過兩名乘客需支付額外的費用", "a surcharge for more than 7 passengers", VAL },
	{ "组建 4 到 2 人的旅行团", "form a group of four to six", VAL },
	{ "组建 4 到 6 人的旅行团", "form a group of four to six", CLEAN },
	{ "串連了數十個觀光路跑供應商", "networks dozens of sightrunning providers", CLEAN },
	/* an ordinal pairs with the ordinal first: 18 洞 is "Eighteen
	 * holes", 第 18 洞 "the eighteenth", and 第 13 洞 differs */
	{ "一場標準比賽是 18 洞，然後在第 18 洞結束。", "Eighteen holes are played, finishing on the eighteenth.", CLEAN },
	{ "一場標準比賽是 18 洞，然後在第 13 洞結束。", "Eighteen holes are played, finishing on the eighteenth.", VAL },
	{ "一場標準比賽是 180 洞，然後在第 18 洞結束。", "Eighteen holes are played, finishing on the eighteenth.", MAG },
	{ "原為第四級颶風的費莉希亞", "Felicia, once a Category 7 storm", VAL },
	{ "两打鸡蛋", "two dozen eggs", CLEAN },
	{ "两打鸡蛋", "three dozen eggs", VAL },
	{ "价格是去年的两倍", "twice last year's price", CLEAN },
	{ "(UTC 0230)", "(0230 UTC)", CLEAN },
	{ "(UTC 0230)", "(0330 UTC)", VAL },
	{ "当地时间上午 9:30 (UTC 0230)", "9:30 am local time (0230 UTC)", CLEAN },
	{ "1995-96 赛季", "the 1995-96 season", CLEAN },
	{ "一百二十人", "a hundred and twenty people", CLEAN },
	{ "一百二十人", "one hundred and twenty people", CLEAN },
	{ "三分之二的人", "two-thirds of the people", CLEAN },
	{ "三分之一", "one-third", CLEAN },
	/* 数十 and "dozens" are two vague bands that agree (was EXT while
	 * hedged words never paired) */
	{ "数十名居民", "dozens of residents", CLEAN },
	{ "数百名居民", "dozens of residents", MIS },
	/* a band beside a hedged figure is loose, not wrong (info); a
	 * hedged word near a hedged figure too (近10 ↔ "nearly a dozen") */
	{ "超过3000人参加。", "Thousands of people attended.", CLEAN },
	{ "至少30人受伤。", "Dozens of people were injured.", CLEAN },
	{ "至少10人死亡，30多人受伤。", "At least 10 died and dozens were injured.", CLEAN },
	{ "近10人受伤。", "Nearly a dozen were hurt.", CLEAN },
	{ "在近五十座基地内", "in some four dozen bases", CLEAN },
	/* "a couple of thousand" is about 2,000, and 几千 a band from 1,000
	 * like 数千: two vague bands that agree (was MIS while "a couple
	 * of thousand" read as about 2) */
	{ "几千名工作人员", "a couple of thousand staff", CLEAN },
	{ "几百名工作人员", "a couple of thousand staff", MIS }, /* 20 times: two bands */
	{ "几年", "a couple of years", CLEAN },
	/* a bare magnitude after a hedge: 超过亿 is over 10^8 */
	{ "每年營業額超過 億歐元", "turns over 10 billion euros every year", MAG },
	{ "每年營業額超過 億歐元", "turns over 100 million euros every year", CLEAN },
	{ "营收破亿", "revenue passed 100 million", CLEAN },
	{ "营收破亿", "revenue passed 10 million", MAG },
	{ "员工上万人", "tens of thousands of staff", CLEAN },
	{ "营收超过万科", "revenue overtook Vanke's", CLEAN },
	/* a count of people or of times is a figure even alone */
	{ "超過兩名乘客需支付額外的費用", "a surcharge for more than passengers", MIS },
	{ "他進了兩球並有兩次助攻", "He had 2 goals and assists", MIS },
	{ "他進了兩球並有兩次助攻", "He had 2 goals and 2 assists", CLEAN },
	{ "三位专家出席", "Experts attended", MIS },
	{ "两名警察受伤", "Police officers were hurt", MIS },
	{ "两名警察受伤", "Two police officers were hurt", CLEAN },
	{ "这两天", "these days", CLEAN },
	{ "三家银行", "banks", CLEAN },
	{ "该产品市场占有率达三成五。", "The product's market share reached 35%.", CLEAN },
	{ "全場商品八折出售。", "All goods are sold at 20% off.", CLEAN },
	{ "全场商品打八折。", "Customers pay 80% of the list price.", CLEAN },
	{ "全场商品打八折。", "Customers pay 70% of the list price.", VAL },
	{ "净利润同比下降一半。", "Net profit fell by half year on year.", CLEAN },
	{ "净利润同比下降一半。", "Net profit fell by a third year on year.", VAL },
	{ "营收为人民币35亿元及美元2亿元。", "Revenue was RMB 3.5 billion and US$200 million.", CLEAN },
	{ "公司于2024年10月22日公布业绩。", "The company reported results on the 22nd of October 2024.", CLEAN },
	{ "会议于2024年3月5日至11日在北京举行。", "The meeting was held in Beijing from March 5 to 11, 2024.", CLEAN },
	{ "会议于2024年3月5日至11日在北京举行。", "The meeting was held in Beijing from March 5 to 12, 2024.", VAL },
	{ "该船航程5000海里。", "The ship has a range of 5,000 km.", UNI },
	{ "贵州茅台（600519）股价上涨1.5%。", "Kweichow Moutai (600519) rose 1.5%.", CLEAN },
	{ "数以万计的民众走上街头。", "Tens of thousands of people took to the streets.", CLEAN },
	{ "前三季累計每股盈餘為新台幣6.12元。", "Earnings per share for the first three quarters totalled NT$6.12.", CLEAN },
	{ "第三季營收成長12%", "Revenue grew 12% in the second quarter", VAL },
	{ "老人年逾九旬。", "The old man is over 90.", CLEAN },
	{ "该股市盈率约为15倍。", "The stock has a P/E ratio of about 15x.", CLEAN },
	{ "本公司112年度稅後純益為新台幣85億元。", "The company's net income after tax for 2023 was NT$8.5 billion.", CLEAN },
	/* a sentence too short to place in Taiwan: 112年度 is read as
	 * Taiwan's year only beside its Western year (was VAL when every
	 * Traditional text took it so; Hong Kong's 97年 is 1997) */
	{ "本公司112年度稅後純益為新台幣85億元。", "The company's net income after tax for 2022 was NT$8.5 billion.", MIS },
	{ "民國112年", "in 2023", CLEAN },
	{ "臺積電112年3月營收為新台幣1,454億元。", "TSMC's revenue for March 2023 was NT$145.4 billion.", CLEAN },
	{ "臺積電112年3月營收為新台幣1,454億元。", "TSMC's revenue for March 2022 was NT$145.4 billion.", MIS },
	{ "公司成立已有112年", "the company is 112 years old", CLEAN },
	{ "列车于上午9时15分抵达。", "The train arrived at 9.15am.", CLEAN },
	{ "列车于上午9时15分抵达。", "The train arrived at 9.45am.", VAL },
	{ "这款电动车的续航里程为600公里，百公里加速仅需3.8秒。", "The electric car has a range of 600 km and accelerates from 0 to 100 km/h in just 3.8 seconds.", CLEAN },
	{ "这款手机配备4800万像素摄像头。", "The phone has a 48-megapixel camera.", CLEAN },
	{ "这款手机配备4800万像素摄像头。", "The phone has a 50-megapixel camera.", VAL },
	{ "全长5公里", "5,000 metres long", CLEAN },
	{ "全长5公里", "500 metres long", MAG },
	{ "老人今年七十有三。", "The old man is 73 this year.", CLEAN },
	{ "营收为20.03亿元。", "Revenue was RMB 2 billion.", CLEAN },
	{ "GDP为1.998万亿元。", "GDP was RMB 2 trillion.", CLEAN },
	{ "增长0.46%。", "up 0.5%.", CLEAN },
	{ "增长1.5%", "up 2%", VAL },
	{ "该市新能源汽车销量增长2.5倍。", "Sales grew 3.5-fold.", CLEAN },
	{ "该市新能源汽车销量增长2.5倍。", "Sales grew sixfold.", VAL },
	{ "发行5亿美元债券", "issued US$0.5 bln of bonds", CLEAN },
	{ "公司实现两位数增长。", "The company achieved double-digit growth.", CLEAN },
	{ "1-9月", "in the first three quarters", CLEAN },
	{ "上半年", "January to June", CLEAN },
	/* a unit conversion the English adds in brackets is reported */
	{ "两地相距120公里。", "The two places are 120 km (75 miles) apart.", EXT },
	/* a fall written as a rise, the figure kept */
	{ "同比下降3.4%", "up 3.4% year on year", VAL },
	{ "同比下降3.4%", "down 3.4% year on year", CLEAN },
	{ "营收增长12%", "revenue fell 12%", VAL },
	{ "营收增长12%", "revenue rose 12%", CLEAN },
	{ "亏损5亿元", "a loss of RMB500 million", CLEAN },
	/* the last review (a bug hunt over this round's code) */
	{ "截至2024/06", "as of 2024", MIS },
	{ "两组样本量分别为1800/25", "The two samples had 1,800 and 25", CLEAN },
	{ "近3年半导体出口增长20%", "Semiconductor exports grew 20% in the past three years", CLEAN },
	{ "三天半岛之旅", "A three-day tour of the peninsula", CLEAN },
	{ "凌晨0点30分发生地震", "The earthquake struck at 12:30 a.m.", CLEAN },
	{ "中午1点举行午宴", "A lunch was held at 1 pm", CLEAN },
	{ "夜间2点发生火灾", "A fire broke out at 2 am", CLEAN },
	{ "晚上1点才下班", "left work at 1 am", CLEAN },
	{ "他在98年3月離開公司", "He left the company in March 1998", CLEAN },
	{ "公司市值比去年高出四分之一", "The company is worth a third more than last year", VAL },
	{ "四分之三的受访者表示支持", "the three quarters of respondents who said yes", CLEAN },
	{ "1999财年", "FY99", CLEAN },
	{ "1998年第四季度", "4Q98", CLEAN },
	{ "到了晚上万家灯火，十分热闹", "At night the city is ablaze with lights", CLEAN },
	{ "奥古斯塔12日举行比赛", "The race was held in Augusta on the 12th", CLEAN },
	{ "9名嫌疑人被捕", "Ten suspects were arrested", VAL },
	/* round two of the review, new problems */
	{ "臺積電112年營收為新臺幣2.16兆元。", "TSMC's 2023 revenue was NT$2.16 trillion.", CLEAN },
	{ "恒指下跌1.8%。", "The Hang Seng fell 1.8 points.", UNI },
	{ "项目耗时两年半。", "The project took 2.5 years.", CLEAN },
	{ "拥有过亿用户的平台", "platforms with more than 10 million users", MAG },
	{ "三位一体的发展战略", "an integrated development strategy", CLEAN },
	{ "会议定于10月1日召开。", "The meeting is set for Ocotber 1.", CLEAN },
	{ "美联储宣布降息25个基点。", "The Federal Reserve cut rates by a quarter point.", CLEAN },
	{ "美联储降息75个基点。", "The Fed cut by three-quarters of a percentage point.", CLEAN },
	{ "三个季度的营收分别为120亿元、150亿元和180亿元。", "Revenue in the three quarters was RMB 12 billion, RMB 15 billion and RMB 18 billion.", CLEAN },
	/* the part of the day, written on both sides, is compared */
	{ "會議於下午6點舉行。", "The meeting is at 6 am.", VAL },
	{ "會議於下午6點舉行。", "The meeting is at 6 pm.", CLEAN },
	{ "會議於下午6點舉行。", "The meeting is at 6:00.", CLEAN },
	{ "会议将于晚上8点举行。", "The meeting will be held at 8 pm.", CLEAN },
	{ "会议将于晚上8点举行。", "The meeting will be held at 8 am.", VAL },
	{ "恒生指数下跌18点，收报16,541点。", "The Hang Seng Index fell 18 points to close at 16,541.", CLEAN },
	{ "该应用拥有逾百万用户。", "The app has more than 10 million users.", MAG },
	{ "该应用拥有逾百万用户。", "The app has more than a million users.", CLEAN },
	/* metres: spaced "m" is metres, glued "m" after kilometres too */
	{ "他在比赛中跑完了5公里。", "He completed the 5,000 m in the race.", CLEAN },
	{ "这座大桥全长1.5公里。", "The bridge is 1,500m long.", CLEAN },
	{ "这座大桥全长1.5公里。", "The bridge is 2,500m long.", VAL },
	{ "融资6亿美元", "raised $600m", CLEAN },
	/* a minus on one side, a word of decline on the other */
	{ "淨利潤增長率為負百分之十二。", "Net profit fell 12%.", CLEAN },
	{ "一季度国内生产总值同比增长-6.8%。", "GDP contracted 6.8% year on year in the first quarter.", CLEAN },
	{ "一季度国内生产总值同比增长-6.8%。", "GDP grew 6.8% year on year in the first quarter.", VAL },
	{ "公司上半年净利润为-3.5亿元。", "The company posted a net loss of 350 million yuan in the first half.", CLEAN },
	/* three times as much is up 200%, not "rose 300%" */
	{ "净利润是去年的3倍。", "Net profit rose 300% from last year.", VAL },
	{ "净利润是去年的3倍。", "Net profit rose 200% from last year.", CLEAN },
	{ "净利润增长3倍。", "Net profit rose 300%.", CLEAN },
	{ "净利润是去年的3倍。", "Net profit was 300% of last year's.", CLEAN },
	/* round two of the review: regressions it found, now pinned */
	{ "价格分别为199，299，399元。", "Prices are 199, 299 and 399 yuan.", CLEAN },
	{ "该股连续5个交易日上涨", "the stock rose for a fifth straight session", CLEAN },
	{ "美联储年内第三次加息，幅度为25个基点。", "The Fed raised rates for a third time this year, by 25 basis points.", CLEAN },
	{ "贵州茅台（600519）股价上涨2%。", "Kweichow Moutai (600518) rose 2%.", VAL },
	{ "他身高1.8米。", "He is 5ft 11in tall.", MIS },
	{ "公司半年度利润增长5%。", "Half-year profit rose 5%.", CLEAN },
	{ "员工人数12,345人。", "The company has 12,435 employees.", VAL },
	/* a unit converted by the translation (dicts/conversions.tsv) */
	{ "两地相距约120公里。", "The two places are about 75 miles apart.", CLEAN },
	{ "两地相距约120公里。", "The two places are about 95 miles apart.", VAL },
	{ "两地相距约120公里。", "The two places are about 70 miles apart.", CLEAN },
	{ "两地相距120公里。", "The two places are 70 miles apart.", VAL },
	{ "今天最高气温28摄氏度。", "Today's high will be 82 degrees Fahrenheit.", CLEAN },
	{ "今天最高气温28摄氏度。", "Today's high will be 28 degrees Fahrenheit.", UNI },
	{ "该公园占地约300亩。", "The park covers about 20 hectares.", CLEAN },
	{ "该公园占地约300亩。", "The park covers about 200 hectares.", MAG },
	{ "该公园占地约300亩。", "The park covers about 30 hectares.", VAL },
	{ "身高6英尺", "he is 1.83 metres tall", CLEAN },
	/* a hedged word with a unit is a figure ("over five years") */
	{ "他工作了三年", "He worked for over five years", VAL },
	{ "超过三年", "over five years", VAL },
	{ "超过五年", "over five years", CLEAN },
	{ "二十多年", "some two dozen years", CLEAN },
	/* a day alone (8日) is in the month its Chinese context names: the
	 * dateline's, the next one for a day not yet past, the one before
	 * for a day after it; 上月8日 is another month's */
	{ "新华社北京9月10日电 会议于8日举行。", "BEIJING, Sept. 10 (Xinhua) -- The meeting was held on August 8.", VAL },
	{ "新華社北京9月10日電 會議於8日舉行。", "BEIJING, Sept. 10 (Xinhua) -- The meeting was held on August 8.", VAL },
	{ "新华社北京9月10日电 会议于8日举行。", "BEIJING, Sept. 10 (Xinhua) -- The meeting was held on September 8.", CLEAN },
	{ "新华社北京10月2日电 会议于30日举行。", "BEIJING, Oct. 2 (Xinhua) -- The meeting was held on September 30.", CLEAN },
	{ "新华社北京10月28日电 会议将于5日举行。", "BEIJING, Oct. 28 (Xinhua) -- The meeting will be held on November 5.", CLEAN },
	{ "新华社北京10月28日电 会议将于5日举行。", "BEIJING, Oct. 28 (Xinhua) -- The meeting will be held on December 5.", VAL },
	{ "9月的会议于8日举行。", "The September meeting was held on August 8.", VAL },
	{ "9月的会议于8日举行。", "The September meeting was held on the 8th.", CLEAN },
	{ "新华社北京9月10日电 会议于上月8日举行。", "BEIJING, Sept. 10 (Xinhua) -- The meeting was held on August 8.", CLEAN },
	{ "會議於上月8日舉行。", "The meeting was held on August 8.", CLEAN },
	/* lunar days in ordinal words, and 大年三十 (a latent lunar day) */
	{ "正月初一全家团聚。", "The family gathers on the first day of the first lunar month.", CLEAN },
	{ "正月初一全家團聚。", "The family gathers on the second day of the first lunar month.", VAL },
	{ "大年三十晚上吃饺子。", "We eat dumplings on Chinese New Year's Eve.", CLEAN },
	{ "大年三十晚上吃餃子。", "We eat dumplings on the 30th day of the 12th lunar month.", CLEAN },
	/* another thing counted: people (名, 位) against teams */
	{ "中国派出3名队员参赛。", "China sent three teams to the event.", UNI },
	{ "中國派出3名隊員參賽。", "China sent three teams to the event.", UNI },
	{ "中国派出3名队员参赛。", "China sent three players to the event.", CLEAN },
	{ "共有16支球队参赛。", "Sixteen teams took part.", CLEAN },
	{ "共有16支球隊參賽。", "Sixteen teams took part.", CLEAN },
	{ "共有16支球队参赛。", "Eighteen teams took part.", VAL },
	{ "两队球员握手致意。", "Players of the two teams shook hands.", CLEAN },
	/* the other way round, and people counted as people */
	{ "共有3支球队参赛。", "Three players took part.", UNI },
	{ "共有3支球隊參賽。", "Three players took part.", UNI },
	{ "中国派出3名队员参赛。", "China sent three players to the event.", CLEAN },
	{ "中國派出3名隊員參賽。", "China sent three players to the event.", CLEAN },
	/* a series title's ordinal (四论: the fourth commentary) */
	{ "这是四论中美关系。", "This is the fourth commentary on China-US relations.", CLEAN },
	{ "這是四論中美關係。", "This is the fifth commentary on China-US relations.", VAL },
	{ "这一论点很重要。", "This argument matters.", CLEAN },
	/* numerals in a title's brackets name it; its series ordinal counts */
	{ "我读了《一九八四》。", "I read Nineteen Eighty-Four.", CLEAN },
	{ "我讀了《一九八四》。", "I read 1984.", CLEAN },
	/* the title alone (a heading, a cell), or after no word the rule
	 * knows: the Chinese title's numeral reads the run of words */
	{ "《一九八四》", "Nineteen Eighty-Four", CLEAN },
	{ "《一九八四》（修訂版）", "Nineteen Eighty-Four (revised edition)", CLEAN },
	{ "推荐书目：《一九八四》、《动物庄园》", "Recommended: Nineteen Eighty-Four, Animal Farm", CLEAN },
	{ "推薦書目：《一九八四》、《動物莊園》", "Recommended: Nineteen Eighty-Four, Animal Farm", CLEAN },
	{ "推荐书目：《一九八四》", "Recommended: Nineteen Eighty-Five", EXT },
	{ "二十五", "Twenty-Five", CLEAN },
	{ "二十五", "Thirty", VAL },
	{ "他读了《十万个为什么》。", "He read the Why books.", CLEAN },
	{ "他讀了《十萬個為什麼》。", "He read One Hundred Thousand Whys.", CLEAN },
	{ "报纸名为《十二道河》。", "The paper is called Twelfth River.", CLEAN },
	{ "人民日报发表《三论中国经济》。", "The paper published its fourth commentary on the economy.", VAL },
	{ "該書《三體》賣了三百萬冊。", "The Three-Body Problem sold 3 million copies.", CLEAN },
	{ "该书《三体》卖了三百万册。", "The Three-Body Problem sold 300,000 copies.", MAG },
	/* a list written with ASCII commas: read as one grouped figure
	 * unless the other side writes its groups as items, in order */
	{ "售价249,289,299元。", "Priced at 249, 289 and 299 yuan.", CLEAN },
	{ "售價249,289,299元。", "Priced at 249, 289 and 299 yuan.", CLEAN },
	{ "售价249、289、299元。", "Priced at 249,289,299 yuan.", CLEAN },
	{ "售价249,289,299元。", "Priced at 249, 289 and 399 yuan.", VAL },
	{ "Priced at 249, 289 and 299 yuan.", "Priced at 249,289,299 yuan.", CLEAN },
	{ "价格为1,050元。", "It costs 1 and 50 yuan.", VAL },
	{ "人口为1,234,567。", "The population is 1,234,567.", CLEAN },
	/* a bare 元 after an amount in one of its currencies, in a list, is
	 * that currency; in Traditional text anywhere, 元 is ambiguous */
	{ "营收分别为新台币34亿元、50亿元。", "Revenue was NT$3.4 billion and NT$5 billion.", CLEAN },
	{ "營收分別為新台幣34億元、50億元。", "Revenue was NT$3.4 billion and NT$5 billion.", CLEAN },
	{ "营收为港币34亿元，净利润为5亿元。", "Revenue was HK$3.4 billion and net profit HK$500 million.", CLEAN },
	{ "营收为港币34亿元。净利润为5亿元。", "Revenue was HK$3.4 billion. Net profit was HK$500 million.", CUR },
	{ "营收分别为港币34亿元、50亿元。", "Revenue was HK$3.4 billion and HK$5 billion.", CLEAN },
	{ "营收分别为港币34亿元、50亿元。", "Revenue was HK$3.4 billion and RMB5 billion.", CUR },
	{ "該公司董事會宣佈派發末期股息每股1.31元。", "The board declared a final dividend of HK$1.31 per share.", CLEAN },
	{ "该公司董事会宣布派发末期股息每股1.31元。", "The board declared a final dividend of HK$1.31 per share.", CUR },
	/* a conversion in parentheses, hedged or introduced */
	{ "營收為人民幣60.93億元（約8.4億美元）。", "Revenue was USD 840 million.", CLEAN },
	{ "營收為人民幣60.93億元。", "Revenue was RMB 6.093 billion (about USD 840 million).", CLEAN },
	{ "营收为人民币60.93亿元（折合8.4亿美元）。", "Revenue was RMB 6.093 billion.", CLEAN },
	{ "營收為人民幣60.93億元。", "Revenue was RMB 6.093 billion (or about US$840 million).", CLEAN },
	/* hedged alike, digits ending at one place: a different figure */
	{ "营收为人民币60.93亿元（约8.4亿美元）。", "Revenue was RMB 6.093 billion (about USD 940 million).", VAL },
	{ "约3000人", "about 4,000 people", VAL },
	{ "约3000人", "about 3,100 people", CLEAN }, /* info: rounded further */
	/* units: area, energy, bandwidth */
	{ "總面積達3.5萬平方米。", "The total area is 35,000 square feet.", UNI },
	{ "总面积达3.5万平方米。", "The total area is 35,000 square metres.", CLEAN },
	{ "佔地 500 平方公尺", "covers 500 m²", CLEAN },
	{ "面積約2,000平方呎", "about 2,000 sq ft", CLEAN },
	{ "該機組發電量為3兆瓦時。", "The unit has a capacity of 3 MW.", UNI },
	{ "該機組發電量為3兆瓦時。", "The unit generated 3 MWh.", CLEAN },
	{ "带宽为100兆比特", "bandwidth of 100 megabits", CLEAN },
	/* the one Chinese count in digits and the one English count in
	 * words left over are one figure */
	{ "3名嫌疑人被捕。", "Four suspects were arrested.", VAL },
	{ "3名嫌疑人被捕。", "Three suspects were arrested.", CLEAN },
	{ "公司擁有3家工廠、12條生產線。", "The company has four plants and 12 production lines.", VAL },
	{ "公司在5个国家设有工厂。", "The company has plants in six countries.", VAL },
	{ "公司在5个国家设有工厂。", "The company has plants in a few countries.", MIS },
	/* negative percentages, English ranges, grouped full-width commas */
	{ "淨利潤增長率為負百分之十二。", "Net profit growth was 12%.", VAL },
	{ "淨利潤增長率為負百分之十二。", "Net profit growth was -12%.", CLEAN },
	{ "公司預計明年營收將達五至六億元。", "The company expects revenue of RMB 500-600 million next year.", CLEAN },
	{ "公司预计明年营收将达五至六亿元。", "The company expects revenue of RMB 5-6 million next year.", MAG },
	{ "分析师预计销售额为50亿至60亿美元。", "Analysts expect $5-6 billion in sales.", CLEAN },
	{ "门票分为80，180，380元三档", "Tickets come in three tiers: 80, 180 and 380 yuan", CLEAN },
	/* a year to date from January is the first N months */
	{ "今年1-6月，公司累计销量达到45.2万辆。", "In the first six months of this year, the company sold a cumulative 452,000 vehicles.", CLEAN },
	{ "1-11月份，全国房地产开发投资下降9.4%。", "In the first eleven months, national real estate development investment fell 9.4%.", CLEAN },
	{ "1-11月份，全国房地产开发投资下降9.4%。", "In the first ten months, national real estate development investment fell 9.4%.", VAL },
	{ "1至6月", "in the first half", CLEAN },
	{ "1-3月", "in the first quarter", CLEAN },
	{ "1-6月", "January to June", CLEAN },
	{ "下半年淨利潤下降8%。", "Net profit fell 8% in the first half.", VAL },
	{ "上半年淨利潤下降8%。", "Net profit fell 8% in the first half.", CLEAN },
	/* a table's unit header: 千元 is RMB'000, 百万元 RMB million */
	{ "（人民币千元）", "(RMB'000)", CLEAN },
	{ "（人民幣百萬元）", "(RMB'000)", MAG },
	{ "單位：新台幣千元", "Unit: NT$ thousand", CLEAN },
	{ "（港幣百萬元）", "(HK$ million)", CLEAN },
	{ "（港幣百萬元）", "(US$ million)", CUR },
	/* points beside a rate are percentage points; fractions of a unit */
	{ "毛利率上升1.8个百分点。", "Gross margin rose 1.8 pts.", CLEAN },
	{ "毛利率上升1.8个百分点。", "Gross margin rose 2.8 points.", VAL },
	{ "下调存款准备金率0.5个百分点", "cut the reserve requirement ratio by half a percentage point", CLEAN },
	{ "下调存款准备金率0.25个百分点", "cut the reserve requirement ratio by half a percentage point", VAL },
	{ "美联储降息25个基点", "The Fed made a quarter-point cut", CLEAN },
	{ "恒指下跌200点", "The Hang Seng fell 200 points", CLEAN },
	{ "约有五十万人", "about half a million people", CLEAN },
	{ "约有五百万人", "about half a million people", MAG },
	/* a multiple: the increase or the new total, never a percent of the
	 * same figure */
	{ "公司淨利潤同比增長1.5倍。", "Net profit rose 150% year on year.", CLEAN },
	{ "公司净利润同比增长1.5倍。", "Net profit rose 50% year on year.", CLEAN },
	{ "公司淨利潤同比增長1.5倍。", "Net profit rose 1.5% year on year.", UNI },
	{ "销量增长了两倍", "Sales tripled", CLEAN },
	{ "銷量增長了兩倍", "Sales tripled", CLEAN },
	{ "销量是去年的两倍", "Sales doubled", CLEAN },
	{ "销量是去年的两倍", "Sales tripled", VAL },
	{ "净利润同比增长超过一倍。", "Net profit more than doubled.", CLEAN },
	{ "净利润同比增长超过一倍。", "Net profit more than tripled.", VAL },
	{ "营收是去年的2.5倍", "revenue was 2.5 times last year's", CLEAN },
	{ "营收是去年的2.5倍", "revenue was 3.5 times last year's", VAL },
	/* analysts' period codes are the period written out */
	{ "2024年第一季度，公司收入同比增长12%。", "In 1Q24, the company's revenue grew 12% year on year.", CLEAN },
	{ "2024年第二季度，公司收入同比增长12%。", "In 1Q24, the company's revenue grew 12% year on year.", VAL },
	{ "2024年上半年，公司净利润为5亿元。", "In 1H24, the company's net profit was RMB500 million.", CLEAN },
	{ "2023财年，公司收入为120亿美元。", "In FY23, the company's revenue was US$12 billion.", CLEAN },
	{ "2023财年，公司收入为120亿美元。", "In FY2022, the company's revenue was US$12 billion.", VAL },
	{ "2023/24财年", "FY2023/24", CLEAN },
	/* currencies beyond the Chinese region's */
	{ "净利润为34亿澳门元。", "Net profit was MOP3.4 billion.", CLEAN },
	{ "净利润为34亿澳门元。", "Net profit was A$3.4 billion.", CUR },
	{ "售價為 300 新加坡元", "It costs S$300", CLEAN },
	{ "售價為 300 新加坡元", "It costs US$300", CUR },
	/* a long month misspelt by one letter is that month */
	{ "2008 年 11 月 26 日", "on Novemeber 26, 2008", CLEAN },
	{ "2008 年 11 月 26 日", "on Novemeber 27, 2008", VAL },
	/* ---- series ---- */
	{ "亏损分别为31亿元、47亿元、118亿元、165亿元、58亿美元和61亿美元",
	  "losses of RMB 3.1 billion, RMB 4.7 billion, RMB 11.8 billion, RMB 16.5 billion, USD 5.8 billion, and USD 6.1 billion",
	  SER },
	{ "亏损分别为34亿元、50亿元、122亿元",
	  "losses of RMB 3.4 billion, RMB 5 billion and RMB 12.2 billion", CLEAN },
	{ "收入分别为34亿元、50亿元、122万元",
	  "revenue of RMB 3.4 billion, RMB 5 billion and RMB 1.22 million", SER },
	{ "34亿元、50亿元", "RMB 3.4 billion, USD 5 billion", CUR },
};

static int verdict_of(const zhen_findings *f, size_t *count)
{
	int v = CLEAN;
	*count = 0;
	for (size_t i = 0; i < zhen_findings_count(f); i++) {
		const zhen_finding *x = zhen_findings_get(f, i);
		if (x->severity == ZHEN_SEV_INFO)
			continue;
		if (v == CLEAN)
			v = (int)x->type;
		(*count)++;
	}
	return v;
}

static int check_pair(zhen_ctx *ctx, const char *zh, const char *en,
                      size_t *count)
{
	zhen_findings *f = NULL;
	ck_assert_int_eq(zhen_check_pair(&f, ctx, zh, strlen(zh), 0, en,
	                                 strlen(en), 0, NULL), 0);
	int v = verdict_of(f, count);
	zhen_findings_free(f);
	return v;
}

START_TEST(verdict_table)
{
	zhen_ctx *ctx;
	size_t n;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	int v = check_pair(ctx, verdicts[_i].zh, verdicts[_i].en, &n);
	ck_assert_msg(v == verdicts[_i].want,
	              "%s | %s: verdict %s, want %s", verdicts[_i].zh,
	              verdicts[_i].en, v == CLEAN ? "clean" : zhen_ftype_name(
	                      (zhen_ftype)v),
	              verdicts[_i].want == CLEAN ? "clean"
	                      : zhen_ftype_name((zhen_ftype)verdicts[_i].want));
	ck_assert_msg(n <= 2, "%s: %zu findings", verdicts[_i].zh, n);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- the shared vectors ---- */

static FILE *open_shared(const char *rel)
{
	const char *dir = getenv("ZHEN_SHARED");
	char path[4096];
	if (!dir)
		return NULL;
	snprintf(path, sizeof path, "%s/%s", dir, rel);
	return fopen(path, "r");
}

/* Split a TSV line in place; returns the number of fields. */
static int split_tsv(char *line, char **f, int max)
{
	int n = 0;
	line[strcspn(line, "\r\n")] = 0;
	for (char *p = line; n < max;) {
		f[n++] = p;
		char *t = strchr(p, '\t');
		if (!t)
			break;
		*t = 0;
		p = t + 1;
	}
	return n;
}

/* All 46 verdicts must pass: MATCH is no warning or error, MISMATCH is at
 * least one. */
START_TEST(vectors_pairs)
{
	FILE *fp = open_shared("vectors/zh_en_number_pairs.tsv");
	char line[2048];
	int total = 0, pass = 0;
	zhen_ctx *ctx;
	if (!fp) {
		fprintf(stderr, "vectors: zh_en_number_pairs.tsv absent, skipped\n");
		return;
	}
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	bool header = true;
	while (fgets(line, sizeof line, fp)) {
		char *f[4];
		if (header) {
			header = false;
			continue;
		}
		if (split_tsv(line, f, 4) < 3)
			continue;
		size_t n;
		bool match = !strcmp(f[2], "MATCH");
		int v = check_pair(ctx, f[0], f[1], &n);
		total++;
		if ((v == CLEAN) == match)
			pass++;
		else
			fprintf(stderr, "vectors: FAIL %s | %s (%s)\n", f[0], f[1],
			        f[2]);
	}
	fclose(fp);
	zhen_ctx_free(ctx);
	printf("zh_en_number_pairs.tsv: %d of %d verdicts pass\n", pass, total);
	ck_assert_int_eq(total, 46);
	ck_assert_int_eq(pass, total);
}
END_TEST

/*
 * Extraction vectors: a row passes when a quantity covering exactly its
 * span (after width folding) has its value. Counted, not asserted: the
 * disagreements are by design —
 *  - Recognizers reads a lone 一/两 ("一点两小时", "两百点两") and bare
 *    English words like "one" anywhere; zhen needs a measure word or a
 *    figure (一些, 统一 and "no one" are not figures);
 *  - Recognizers resolves 六个百分点 to 6%: zhen keeps percentage points;
 *  - Recognizers' ranges ("大于二十的同时小于等于三十五", "larger than
 *    twenty") are comparison phrases, which zhen reads as their two ends;
 *  - relative ordinals ("last", "next", "antepenultimate") are no figures;
 *  - chinese2digits reads 万三 as 0.0003 and 百四 as 4%; zhen does not
 *    read a numeral that starts with a magnitude (万一 is "in case")
 *    except a bare one after a hedge (过亿, 超过万人);
 *  - words-to-numbers reads "nineteen eighty four" and fuzzy spellings;
 *    zhen reads two figures and no misspelt number words (only a long
 *    month name misspelt by one letter, "Novemeber");
 *  - currency rows with Finnish markka and other units not in
 *    dicts/currencies.tsv (add them with --dict currencies.tsv).
 */
static const char *const extraction_files[] = {
	"vectors/recognizers_Chinese_NumberModel.tsv",
	"vectors/recognizers_Chinese_PercentModel.tsv",
	"vectors/recognizers_Chinese_OrdinalModel.tsv",
	"vectors/recognizers_Chinese_NumberRangeModel.tsv",
	"vectors/recognizers_unit_Chinese_CurrencyModel.tsv",
	"vectors/recognizers_English_NumberModel.tsv",
	"vectors/recognizers_English_PercentModel.tsv",
	"vectors/recognizers_English_OrdinalModel.tsv",
	"vectors/recognizers_English_NumberRangeModel.tsv",
	"vectors/recognizers_unit_English_CurrencyModel.tsv",
};

/* Floors: what passes today, so a regression fails the suite. */
static const int extraction_floor[] = { 230, 105, 10, 0, 30, 95, 14, 0, 0, 155 };

static bool value_matches(const zhen_quantity *q, const char *want)
{
	char v[128];
	char w[128];
	size_t n = strcspn(want, "%");
	if (n >= sizeof w)
		return false;
	memcpy(w, want, n);
	w[n] = 0;
	zhen_decimal_format(v, sizeof v, q->value, 0);
	return !strcmp(v, w);
}

START_TEST(vectors_extraction)
{
	FILE *fp = open_shared(extraction_files[_i]);
	char line[4096];
	int total = 0, pass = 0;
	zhen_ctx *ctx;
	zhen_lang lang = strstr(extraction_files[_i], "Chinese") ? ZHEN_LANG_ZH
	                                                        : ZHEN_LANG_EN;
	if (!fp) {
		fprintf(stderr, "vectors: %s absent, skipped\n",
		        extraction_files[_i]);
		return;
	}
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	bool header = true;
	while (fgets(line, sizeof line, fp)) {
		char *f[7];
		if (header) {
			header = false;
			continue;
		}
		if (split_tsv(line, f, 7) < 4 || !f[1][0])
			continue;
		zhen_quantities *qs;
		total++;
		ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, lang,
		                                      ZHEN_CONVERT_NONE, f[0],
		                                      strlen(f[0]), 0), 0);
		for (size_t k = 0; k < zhen_quantities_count(qs); k++) {
			const zhen_quantity *q = zhen_quantities_get(qs, k);
			if (value_matches(q, f[2])) {
				pass++;
				break;
			}
		}
		zhen_quantities_free(qs);
	}
	fclose(fp);
	zhen_ctx_free(ctx);
	printf("%s: %d of %d spans read with their value\n",
	       extraction_files[_i], pass, total);
	ck_assert_int_ge(pass, extraction_floor[_i]);
}
END_TEST

/* English words to numbers: one quantity with the value. */
START_TEST(vectors_en_words)
{
	FILE *fp = open_shared("vectors/en_words_to_numbers.tsv");
	char line[1024];
	int total = 0, pass = 0;
	zhen_ctx *ctx;
	if (!fp) {
		fprintf(stderr, "vectors: en_words_to_numbers.tsv absent, skipped\n");
		return;
	}
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	bool header = true;
	while (fgets(line, sizeof line, fp)) {
		char *f[3];
		if (header) {
			header = false;
			continue;
		}
		if (split_tsv(line, f, 3) < 2)
			continue;
		zhen_quantities *qs;
		total++;
		ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, ZHEN_LANG_EN,
		                                      ZHEN_CONVERT_NONE, f[0],
		                                      strlen(f[0]), 0), 0);
		if (zhen_quantities_count(qs) == 1 &&
		    value_matches(zhen_quantities_get(qs, 0), f[1]))
			pass++;
		zhen_quantities_free(qs);
	}
	fclose(fp);
	zhen_ctx_free(ctx);
	printf("en_words_to_numbers.tsv: %d of %d rows pass\n", pass, total);
	ck_assert_int_ge(pass, 29);
}
END_TEST

/* ---- the seeds: the real article pair ---- */

static char *slurp(const char *pattern_dir, const char *prefix, size_t *len)
{
	char path[4096];
	char cmd[4200];
	snprintf(cmd, sizeof cmd, "ls %s/%s* 2>/dev/null", pattern_dir, prefix);
	FILE *ls = popen(cmd, "r");
	if (!ls)
		return NULL;
	if (!fgets(path, sizeof path, ls)) {
		pclose(ls);
		return NULL;
	}
	pclose(ls);
	path[strcspn(path, "\n")] = 0;
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *b = malloc((size_t)n + 1);
	if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
		free(b);
		b = NULL;
	}
	fclose(f);
	*len = (size_t)n;
	return b;
}

/* The loss list switches from 元 to 美元 for its last two years in both
 * languages: one series warning there, and no error anywhere. */
START_TEST(seeds_pair)
{
	const char *dir = getenv("ZHEN_SHARED");
	char sdir[4096];
	size_t zl = 0, el = 0;
	if (!dir) {
		fprintf(stderr, "seeds: ZHEN_SHARED not set, skipped\n");
		return;
	}
	snprintf(sdir, sizeof sdir, "%s/seeds", dir);
	char *zb = slurp(sdir, "003_", &zl), *eb = slurp(sdir, "000_", &el);
	if (!zb || !eb) {
		fprintf(stderr, "seeds: 003/000 absent, skipped\n");
		free(zb);
		free(eb);
		return;
	}
	zhen_ctx *ctx;
	zhen_doc *zd, *ed;
	zhen_result *r;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&zd, ctx, zb, zl), 0);
	ck_assert_int_eq(zhen_doc_from_bytes(&ed, ctx, eb, el), 0);
	ck_assert_int_eq(zhen_check_documents(&r, ctx, zd, ed, NULL), 0);
	const zhen_findings *f = zhen_result_findings(r);
	int series = 0, errors = 0;
	for (size_t i = 0; i < zhen_findings_count(f); i++) {
		const zhen_finding *x = zhen_findings_get(f, i);
		if (x->type == ZHEN_F_SERIES && x->has_zh &&
		    x->zh.kind == ZHEN_Q_MONEY && !strcmp(x->zh.currency, "USD"))
			series++;
		if (x->severity == ZHEN_SEV_ERROR) {
			errors++;
			fprintf(stderr, "seeds: error %s at zh %zu / en %zu\n",
			        zhen_ftype_name(x->type), x->zh.start, x->en.start);
		}
	}
	printf("seeds: %d series warning(s), %d error(s)\n", series, errors);
	ck_assert_int_eq(series, 1);
	ck_assert_int_eq(errors, 0);
	zhen_result_free(r);
	zhen_doc_free(zd);
	zhen_doc_free(ed);
	zhen_ctx_free(ctx);
	free(zb);
	free(eb);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("verdicts");
	TCase *tc = tcase_create("table");
	int nf;

	tcase_add_loop_test(tc, verdict_table, 0,
	                    (int)(sizeof verdicts / sizeof verdicts[0]));
	suite_add_tcase(s, tc);
	TCase *tv = tcase_create("vectors");
	tcase_set_timeout(tv, 120);
	tcase_add_test(tv, vectors_pairs);
	tcase_add_loop_test(tv, vectors_extraction, 0,
	                    (int)(sizeof extraction_files /
	                          sizeof extraction_files[0]));
	tcase_add_test(tv, vectors_en_words);
	tcase_add_test(tv, seeds_pair);
	suite_add_tcase(s, tv);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	nf = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
