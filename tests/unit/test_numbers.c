/* test_numbers.c: the number reader, table-driven. */
#include "internal.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { A = ZHEN_QF_APPROX, W = ZHEN_QF_WORDS, M = ZHEN_QF_MAGNITUDE,
       X = ZHEN_QF_CUR_AMBIGUOUS, R = ZHEN_QF_RANGE, D = ZHEN_QF_DECADE,
       NM = ZHEN_QF_NAME, V = ZHEN_QF_VAGUE, CT = ZHEN_QF_COUNT,
       INC = ZHEN_QF_INCREASE, DY = ZHEN_QF_DAY, DF = ZHEN_QF_DEFINITE,
       RM = ZHEN_QF_REMAINDER, LU = ZHEN_QF_LUNAR, WD = ZHEN_QF_WIDE,
       LG = ZHEN_QF_LONG };
enum { NUM = ZHEN_Q_NUMBER, MON = ZHEN_Q_MONEY, PCT = ZHEN_Q_PERCENT,
       PTS = ZHEN_Q_POINTS, ORD = ZHEN_Q_ORDINAL, YR = ZHEN_Q_YEAR,
       DT = ZHEN_Q_DATE, ID = ZHEN_Q_IDENT, TM = ZHEN_Q_TIME };

struct xq {
	const char *span;   /* the bytes the quantity covers */
	int kind;
	const char *value;  /* zhen_decimal_format, no grouping */
	const char *cur;
	const char *unit;
	unsigned flags;     /* compared exactly */
};

struct xcase {
	int lang;
	const char *text;
	struct xq q[5];
};

#define ZH ZHEN_LANG_ZH
#define EN ZHEN_LANG_EN
#define Q(s, k, v, c, u, f) { s, k, v, c, u, f }
#define NONE_ { NULL, 0, NULL, NULL, NULL, 0 }

static const struct xcase cases[] = {
	/* ---- Chinese: Arabic figures, separators, magnitudes ---- */
	{ ZH, "营收34亿元", { Q("34亿元", MON, "3400000000", "CNY", "", M) } },
	{ ZH, "營收34億元", { Q("34億元", MON, "3400000000", "CNY", "", M) } },
	{ ZH, "1.7亿", { Q("1.7亿", NUM, "170000000", "", "", M) } },
	{ ZH, "1.7億", { Q("1.7億", NUM, "170000000", "", "", M) } },
	{ ZH, "1.74亿", { Q("1.74亿", NUM, "174000000", "", "", M) } },
	{ ZH, "5千4百万", { Q("5千4百万", NUM, "54000000", "", "", M) } },
	{ ZH, "5千4百萬", { Q("5千4百萬", NUM, "54000000", "", "", M) } },
	{ ZH, "共1,234,567人", { Q("1,234,567", NUM, "1234567", "", "", 0) } },
	{ ZH, "共1，234人", { Q("1", NUM, "1", "", "", 0), Q("234", NUM, "234", "", "", 0) } },
	{ ZH, "共１，２３４人", { Q("１，２３４", NUM, "1234", "", "", 0) } },
	{ ZH, "100，200", { Q("100", NUM, "100", "", "", 0), Q("200", NUM, "200", "", "", 0) } },
	/* a group after the comma that starts with 0 is no list item */
	{ ZH, "已有5，000多年", { Q("5，000", NUM, "5000", "", "", A) } },
	{ ZH, "售价1，050元", { Q("1，050元", MON, "1050", "CNY", "", 0) } },
	{ ZH, "售价80，180元", { Q("80", NUM, "80", "", "", 0), Q("180元", MON, "180", "CNY", "", 0) } },
	{ ZH, "１２３４５", { Q("１２３４５", NUM, "12345", "", "", 0) } },
	{ ZH, "３．４億元", { Q("３．４億元", MON, "340000000", "CNY", "", M) } },
	{ ZH, "约12.5万", { Q("12.5万", NUM, "125000", "", "", A | M) } },
	{ ZH, "100万三千", { Q("100万三千", NUM, "1003000", "", "", M) } },
	{ ZH, "1万600", { Q("1万600", NUM, "10600", "", "", M) } },
	{ ZH, "3萬5", { Q("3萬5", NUM, "35000", "", "", M) } },
	{ ZH, "2亿5", { Q("2亿5", NUM, "250000000", "", "", M) } },
	{ ZH, "4.78万亿", { Q("4.78万亿", NUM, "4780000000000", "", "", M) } },
	{ ZH, "10.1万", { Q("10.1万", NUM, "101000", "", "", M) } },
	{ ZH, "0.5", { Q("0.5", NUM, "0.5", "", "", 0) } },
	{ ZH, "35.1亿", { Q("35.1亿", NUM, "3510000000", "", "", M) } },
	/* ---- Chinese numerals ---- */
	{ ZH, "三万五", { Q("三万五", NUM, "35000", "", "", W | M) } },
	/* 万 left unsaid below 亿, unless 零 marks the gap */
	{ ZH, "两亿四千颗", { Q("两亿四千", NUM, "240000000", "", "", W | M) } },
	{ ZH, "兩億四千顆", { Q("兩億四千", NUM, "240000000", "", "", W | M) } },
	{ ZH, "两亿零四千", { Q("两亿零四千", NUM, "200004000", "", "", W | M) } },
	{ ZH, "一亿五千万", { Q("一亿五千万", NUM, "150000000", "", "", W | M) } },
	{ ZH, "两万四千", { Q("两万四千", NUM, "24000", "", "", W | M) } },
	{ ZH, "两千六", { Q("两千六", NUM, "2600", "", "", W) } },
	{ ZH, "兩千六", { Q("兩千六", NUM, "2600", "", "", W) } },
	{ ZH, "一百二", { Q("一百二", NUM, "120", "", "", W) } },
	{ ZH, "十五", { Q("十五", NUM, "15", "", "", W) } },
	{ ZH, "二十一", { Q("二十一", NUM, "21", "", "", W) } },
	{ ZH, "一百零五", { Q("一百零五", NUM, "105", "", "", W) } },
	{ ZH, "一千零十", { Q("一千零十", NUM, "1010", "", "", W) } },
	{ ZH, "一万零一", { Q("一万零一", NUM, "10001", "", "", W | M) } },
	{ ZH, "十万零一千", { Q("十万零一千", NUM, "101000", "", "", W | M) } },
	{ ZH, "一亿五千万", { Q("一亿五千万", NUM, "150000000", "", "", W | M) } },
	{ ZH, "一亿五千万零六千三百五十五",
	  { Q("一亿五千万零六千三百五十五", NUM, "150006355", "", "", W | M) } },
	{ ZH, "一百二十万三", { Q("一百二十万三", NUM, "1203000", "", "", W | M) } },
	{ ZH, "一千一百一十一万一千一百一十一亿",
	  { Q("一千一百一十一万一千一百一十一亿", NUM, "1111111100000000", "",
	      "", W | M) } },
	{ ZH, "十万亿", { Q("十万亿", NUM, "10000000000000", "", "", W | M) } },
	{ ZH, "一百六十八萬五千兩百四十五",
	  { Q("一百六十八萬五千兩百四十五", NUM, "1685245", "", "", W | M) } },
	{ ZH, "壹佰壹拾壹", { Q("壹佰壹拾壹", NUM, "111", "", "", W) } },
	{ ZH, "玖仟陆佰陆拾伍", { Q("玖仟陆佰陆拾伍", NUM, "9665", "", "", W) } },
	{ ZH, "零点五", { Q("零点五", NUM, "0.5", "", "", W) } },
	{ ZH, "三点一四", { Q("三点一四", NUM, "3.14", "", "", W) } },
	{ ZH, "一点五亿", { Q("一点五亿", NUM, "150000000", "", "", W | M) } },
	{ ZH, "一百点123", { Q("一百点123", NUM, "100.123", "", "", 0) } },
	{ ZH, "负十一", { Q("负十一", NUM, "-11", "", "", W) } },
	{ ZH, "負十一", { Q("負十一", NUM, "-11", "", "", W) } },
	{ ZH, "十三万五", { Q("十三万五", NUM, "135000", "", "", W | M) } },
	{ ZH, "8千3万", { Q("8千3万", NUM, "83000000", "", "", M) } },
	{ ZH, "-10.1万", { Q("-10.1万", NUM, "-101000", "", "", M) } },
	{ ZH, "亏损-5", { Q("-5", NUM, "-5", "", "", 0) } },
	{ ZH, "十一十二", { Q("十一", NUM, "11", "", "", W), Q("十二", NUM, "12", "", "", W) } },
	{ ZH, "第一百", { Q("第一百", ORD, "100", "", "", W) } },
	{ ZH, "约 1,000 万份", { Q("1,000 万", NUM, "10000000", "", "", A | M) } },
	{ ZH, "在 2016 年春季", { Q("2016 年", YR, "2016", "", "", 0) } },
	{ ZH, "10 月 22 日", { Q("10 月 22 日", DT, "1022", "", "", 0) } },
	{ ZH, "147 亿美元", { Q("147 亿美元", MON, "14700000000", "USD", "", M) } },
	{ ZH, "300 美元", { Q("300 美元", MON, "300", "USD", "", 0) } },
	{ ZH, "一二三", { Q("一二三", NUM, "123", "", "", W) } },
	{ ZH, "三个", { Q("三", NUM, "3", "", "", W) } },
	{ ZH, "三年", { Q("三年", NUM, "3", "", "year", W) } },
	{ ZH, "两个", { Q("两", NUM, "2", "", "", W) } },
	{ ZH, "兩家", { Q("兩", NUM, "2", "", "", W) } },
	{ ZH, "十年", { Q("十年", NUM, "10", "", "year", W) } },
	{ ZH, "一家公司", { Q("一", NUM, "1", "", "", W) } },
	{ ZH, "百万美元", { Q("百万美元", MON, "1000000", "USD", "", W | M) } },
	{ ZH, "上千人", { Q("千", NUM, "1000", "", "", A | W) } },
	{ ZH, "十多万人", { Q("十多万", NUM, "100000", "", "", A | W | M) } },
	{ ZH, "100多人", { Q("100", NUM, "100", "", "", A) } },
	{ ZH, "三年多", { Q("三年", NUM, "3", "", "year", W) } },
	{ ZH, "50人左右", { Q("50", NUM, "50", "", "", 0) } },
	{ ZH, "50左右", { Q("50", NUM, "50", "", "", A) } },
	/* ---- hedges inside an amount (issue B2): the magnitude after the
	 * hedge belongs to the figure ---- */
	{ ZH, "1850多万元", { Q("1850多万元", MON, "18500000", "CNY", "", A | M) } },
	{ ZH, "1850多萬元", { Q("1850多萬元", MON, "18500000", "CNY", "", A | M) } },
	{ ZH, "3300余万元", { Q("3300余万元", MON, "33000000", "CNY", "", A | M) } },
	{ ZH, "370 多亿美元", { Q("370 多亿美元", MON, "37000000000", "USD", "", A | M) } },
	{ ZH, "30多亿人口", { Q("30多亿", NUM, "3000000000", "", "", A | M) } },
	{ ZH, "30多億人口", { Q("30多億", NUM, "3000000000", "", "", A | M) } },
	{ ZH, "１６００多万", { Q("１６００多万", NUM, "16000000", "", "", A | M) } },
	{ ZH, "4个亿", { Q("4个亿", NUM, "400000000", "", "", M) } },
	{ ZH, "两個億", { Q("两個億", NUM, "200000000", "", "", W | M) } },
	/* the measure word counts what follows: 20 projects of 亿元 each */
	{ ZH, "20个亿元以上项目", { Q("20", NUM, "20", "", "", 0) } },
	/* ---- ages, market units, 两 inside a digit run (issue B2) ---- */
	{ ZH, "64周岁", { Q("64", NUM, "64", "", "", 0) } },
	{ ZH, "64週歲", { Q("64", NUM, "64", "", "", 0) } },
	{ ZH, "虚岁十八", { Q("十八", NUM, "18", "", "", W) } },
	{ ZH, "10斤装", { Q("10斤", NUM, "10", "", "jin", 0) } },
	{ ZH, "29寸电视", { Q("29寸", NUM, "29", "", "in", 0) } },
	{ ZH, "万里长城", { NONE_ } },
	/* 两 里 尺 丈 are units after digits only (units.tsv zh-digits) */
	{ ZH, "3两茶叶", { Q("3两茶叶", NUM, "3", "", "liang", 0) } },
	{ ZH, "3兩茶葉", { Q("3兩茶葉", NUM, "3", "", "liang", 0) } },
	{ ZH, "走了10里路", { Q("10里路", NUM, "10", "", "li", 0) } },
	{ ZH, "高5尺", { Q("5尺", NUM, "5", "", "chi", 0) } },
	{ ZH, "高3丈", { Q("3丈", NUM, "3", "", "zhang", 0) } },
	{ ZH, "火冒三丈", { NONE_ } },
	{ ZH, "走了十里路", { Q("十里路", NUM, "10", "", "li", W) } },
	{ ZH, "行万里路", { NONE_ } },
	{ ZH, "千里之外", { NONE_ } },
	{ ZH, "500克", { Q("500克", NUM, "500", "", "g", 0) } },
	{ ZH, "陆克文说", { NONE_ } },
	{ ZH, "3克拉钻石", { Q("3克拉", NUM, "3", "", "carat", 0) } },
	{ EN, "500g of rice", { Q("500g", NUM, "500", "", "g", 0) } },
	{ EN, "150 grams", { Q("150 grams", NUM, "150", "", "g", 0) } },
	{ EN, "a 5 G network", { Q("5", NUM, "5", "", "", 0) } },
	{ ZH, "周六两场比赛", { Q("两", NUM, "2", "", "", W) } },
	{ ZH, "两三天", { Q("两", NUM, "2", "", "day", W | R), Q("三天", NUM, "3", "", "day", W | R) } },
	/* 三两: the band written upper end first; before a weight's noun,
	 * three taels */
	{ ZH, "三两天后", { Q("三", NUM, "3", "", "day", W | R), Q("两天", NUM, "2", "", "day", W | R) } },
	{ ZH, "三兩天後", { Q("三", NUM, "3", "", "day", W | R), Q("兩天", NUM, "2", "", "day", W | R) } },
	{ ZH, "三两人参加", { Q("三", NUM, "3", "", "", W | R), Q("两", NUM, "2", "", "", W | R) } },
	{ ZH, "买了三两黄金", { Q("三两黄金", NUM, "3", "", "liang", W) } },
	{ ZH, "買了三兩黃金", { Q("三兩黃金", NUM, "3", "", "liang", W) } },
	{ ZH, "五两白酒", { Q("五两白酒", NUM, "5", "", "liang", W) } },
	{ EN, "three taels of gold", { Q("three taels", NUM, "3", "", "liang", W) } },
	/* ---- idioms and names that count nothing ---- */
	{ ZH, "技惊四座", { NONE_ } },
	{ ZH, "技驚四座", { NONE_ } },
	{ ZH, "第三方支付", { NONE_ } },
	{ ZH, "三元锂电池", { NONE_ } },
	{ ZH, "三元鋰電池", { NONE_ } },
	{ ZH, "进入四分之一决赛", { NONE_ } },
	{ ZH, "双11当天", { NONE_ } },
	{ ZH, "雙11當天", { NONE_ } },
	{ ZH, "这两天很忙", { NONE_ } },
	{ ZH, "退一万步说", { NONE_ } },
	{ EN, "rose 8 percent points", { Q("8 percent points", PTS, "8", "", "", 0) } },
	{ EN, "rose 3.6 percentage from", { Q("3.6 percentage", PTS, "3.6", "", "", 0) } },
	/* ---- a half and fractions, hyphenated magnitudes, a typed space
	 * after the point (issue B2) ---- */
	{ EN, "two and a half years", { Q("two and a half years", NUM, "2.5", "", "year", W) } },
	{ EN, "a three-and-a-half-year term", { Q("three-and-a-half-year", NUM, "3.5", "", "year", W) } },
	{ EN, "one year and a half", { Q("one year and a half", NUM, "1.5", "", "year", W) } },
	{ EN, "two and a half million", { Q("two and a half million", NUM, "2500000", "", "", W | M) } },
	{ EN, "for 2½ years", { Q("2½ years", NUM, "2.5", "", "year", 0) } },
	{ EN, "a $394-million deal", { Q("$394-million", MON, "394000000", "USD", "", M | X) } },
	{ EN, "a 110-million-year-old fossil", { Q("110-million-year", NUM, "110000000", "", "year", M) } },
	{ EN, "rose to 84. 32% in", { Q("84. 32%", PCT, "84.32", "", "", 0) } },
	{ EN, "in 2019. 3 people", { Q("2019", YR, "2019", "", "", 0), Q("3", NUM, "3", "", "", 0) } },
	{ ZH, "两个半小时", { Q("两个半小时", NUM, "2.5", "", "hour", W) } },
	{ ZH, "三个半月", { Q("三个半月", NUM, "3.5", "", "month", W) } },
	{ ZH, "三个半岛", { Q("三", NUM, "3", "", "", W) } },
	{ ZH, "以14½-13½险胜", { Q("14½", NUM, "14.5", "", "", R), Q("13½", NUM, "13.5", "", "", R) } },
	/* ---- a day alone, ranges and lists of days (issue B2) ---- */
	{ ZH, "他说10日上午开会", { Q("10日", DT, "10", "", "", DY) } },
	{ ZH, "他說10日上午開會", { Q("10日", DT, "10", "", "", DY) } },
	{ ZH, "3日内完成", { Q("3", NUM, "3", "", "", 0) } },
	{ ZH, "一日游", { NONE_ } },
	{ ZH, "3号线", { Q("3", NUM, "3", "", "", 0) } },
	{ ZH, "10月2号", { Q("10月2号", DT, "1002", "", "", 0) } },
	{ ZH, "9月26-28日举行", { Q("9月26", DT, "926", "", "", R), Q("28日", DT, "928", "", "", R) } },
	{ ZH, "10月1及2日放假", { Q("10月1", DT, "1001", "", "", 0), Q("2日", DT, "2", "", "", DY) } },
	{ ZH, "这两位拳手", { Q("两", NUM, "2", "", "", W | CT | DF) } },
	{ ZH, "這兩位拳手", { Q("兩", NUM, "2", "", "", W | CT | DF) } },
	{ EN, "and other three ministries", { Q("three", NUM, "3", "", "", W | RM) } },
	{ EN, "Anhui and six other provinces", { Q("six", NUM, "6", "", "", W | RM) } },
	{ ZH, "售价60元（美元，下同），成本四元", { Q("60元", MON, "60", "USD", "", 0), Q("四元", MON, "4", "USD", "", W) } },
	{ ZH, "单位：港元 收入100元", { Q("100元", MON, "100", "HKD", "", 0) } },
	{ ZH, "当月27日举行", { Q("27日", DT, "27", "", "", DY) } },
	/* another month's day is latent (compare's days.c must not put it
	 * in the context's month), and no plain 8 either */
	{ ZH, "上月8日举行", { NONE_ } },
	/* 大年三十 names a lunar day: latent, no 30 */
	{ ZH, "大年三十晚上", { NONE_ } },
	{ ZH, "大年初一早上", { NONE_ } },
	/* the lunar calendar rendered in ordinal words, "first" too */
	{ EN, "on the first day of the first lunar month", { Q("first day of the first lunar month", DT, "101", "", "", W | LU) } },
	{ EN, "on the first day of school", { NONE_ } },
	/* a month that is also a word, before "to" and another month */
	{ EN, "March to May is the rainy season", { Q("March", DT, "300", "", "", R), Q("May", DT, "500", "", "", R) } },
	{ EN, "March to the sea", { NONE_ } },
	/* a count of teams is told from one of people */
	{ ZH, "16支球队参赛", { Q("16支球队", NUM, "16", "", "team", 0) } },
	{ ZH, "16支球隊參賽", { Q("16支球隊", NUM, "16", "", "team", 0) } },
	{ EN, "sixteen teams took part", { Q("sixteen teams", NUM, "16", "", "team", W) } },
	/* ... and an English count of people from one of other things */
	{ EN, "three players scored", { Q("three players", NUM, "3", "", "person", W) } },
	{ EN, "12 students passed", { Q("12 students", NUM, "12", "", "person", 0) } },
	/* "one in five children" is a fraction, the people counted its base */
	{ EN, "one in five children", { Q("one in five children", NUM, "0.2", "", "", W) } },
	{ ZH, "四论中美关系", { Q("四论", ORD, "4", "", "", W) } },
	{ ZH, "四論中美關係", { Q("四論", ORD, "4", "", "", W) } },
	{ ZH, "下月3日舉行", { NONE_ } },
	{ ZH, "大会二号在北京开幕", { Q("二号", DT, "2", "", "", W | DY) } },
	{ ZH, "汪洋一号下午会见", { Q("一号", DT, "1", "", "", W | DY) } },
	{ ZH, "乘坐一号线", { NONE_ } },
	{ ZH, "海军陆战队一号）", { NONE_ } },
	{ ZH, "农历十月十五", { Q("农历十月十五", DT, "1015", "", "", W | LU) } },
	{ ZH, "農曆八月十五日", { Q("農曆八月十五日", DT, "815", "", "", W | LU) } },
	{ ZH, "正月初一", { Q("正月初一", DT, "101", "", "", W | LU) } },
	{ ZH, "腊月二十三", { Q("腊月二十三", DT, "1223", "", "", W | LU) } },
	{ ZH, "十月十五日", { Q("十月十五日", DT, "1015", "", "", W) } },
	{ EN, "on October 15 of the lunar calendar", { Q("October 15", DT, "1015", "", "", LU) } },
	{ EN, "the 14th day of the 10th month of the lunar calendar", { Q("14th day of the 10th month", DT, "1014", "", "", LU) } },
	{ EN, "the 15th day of ninth lunar month", { Q("15th day of ninth lunar month", DT, "915", "", "", LU) } },
	{ ZH, "每日9时和21时", { Q("9时", TM, "900", "", "", 0), Q("21时", TM, "2100", "", "", 0) } },
	{ ZH, "一时难以决定", { NONE_ } },
	{ EN, "at 11 o’clock", { Q("11 o’clock", TM, "1100", "", "", 0) } },
	{ ZH, "成千上万的人", { Q("成千上万", NUM, "1000", "", "", A | W | V | WD) } },
	{ ZH, "千千萬萬的家庭", { Q("千千萬萬", NUM, "1000", "", "", A | W | V | WD) } },
	{ ZH, "成百上千", { Q("成百上千", NUM, "100", "", "", A | W | V | WD) } },
	/* neighbouring numerals: a band, or a list whose ends are a range */
	{ ZH, "百分之七八十的居民", { Q("百分之七", PCT, "70", "", "", W | R),
	                          Q("八十", PCT, "80", "", "", W | R) } },
	{ ZH, "三四五六年级的学生", { Q("三", NUM, "3", "", "", W | R),
	                          Q("六", NUM, "6", "", "", W | R) } },
	{ ZH, "二十世纪六七十年代", { Q("二十世纪六", YR, "1960", "", "", W | D | R),
	                          Q("七十年代", YR, "1970", "", "", W | D | R) } },
	{ ZH, "五六十年代的老歌", { Q("五", NUM, "50", "", "", W | D | R),
	                         Q("六十年代", NUM, "60", "", "", W | D | R) } },
	{ EN, "70 or 80 percent of them", { Q("70", PCT, "70", "", "", R),
	                                     Q("80 percent", PCT, "80", "", "", R) } },
	{ EN, "15 per million people", { Q("15", NUM, "15", "", "", 0),
	                                  Q("per million", NUM, "1000000", "", "", W | M) } },
	/* an event named by its day; without the event word, a decimal */
	{ ZH, "7.19强降雨致使", { Q("7.19", DT, "719", "", "", NM) } },
	{ ZH, "“8·11”汇改", { Q("8·11", DT, "811", "", "", NM) } },
	{ ZH, "增长7.19亿元", { Q("7.19亿元", MON, "719000000", "CNY", "", M) } },
	/* 级 is a measure word (wind force, grades); 一级, 二级 are classes */
	{ ZH, "东北风六七级", { Q("六", NUM, "6", "", "", W | R),
	                       Q("七", NUM, "7", "", "", W | R) } },
	{ ZH, "一级方程式赛车", { NONE_ } },
	{ ZH, "里氏六点一级地震", { Q("六点一", NUM, "6.1", "", "", W) } },
	/* durations in parts: a race time is minutes and seconds, no clock */
	{ ZH, "用时1分57秒79", { Q("1分", NUM, "1", "", "minute", 0),
	                         Q("57秒79", NUM, "57.79", "", "second", 0) } },
	{ ZH, "全程2小时30分", { Q("2小时", NUM, "2", "", "hour", 0),
	                        Q("30分", NUM, "30", "", "minute", 0) } },
	{ ZH, "得了3分", { Q("3", NUM, "3", "", "", 0) } },
	{ EN, "swam it in 1:57.79", { Q("1", NUM, "1", "", "minute", 0),
	                               Q("57.79", NUM, "57.79", "", "second", 0) } },
	{ EN, "won in 2:01:39.5", { Q("2", NUM, "2", "", "hour", 0),
	                             Q("01", NUM, "1", "", "minute", 0),
	                             Q("39.5", NUM, "39.5", "", "second", 0) } },
	{ EN, "met at 9:30", { Q("9:30", TM, "930", "", "", 0) } },
	/* a height in feet and inches; digits around a prime that make no
	 * height are no figure (with --latent: latent) */
	{ EN, "she is 5'2\" tall", { Q("5", NUM, "5", "", "ft", 0),
	                            Q("2", NUM, "2", "", "in", 0) } },
	{ EN, "6\u2032 6\u2033", { Q("6", NUM, "6", "", "", 0),
	                          Q("6", NUM, "6", "", "", 0) } },
	{ EN, "won in 22'85", { NONE_ } },
	{ EN, "the 1990's", { Q("1990", YR, "1990", "", "", 0) } },
	/* seconds past 59: no race time */
	{ EN, "a ratio of 3:75.5", { Q("3", NUM, "3", "", "", 0),
	                              Q("75.5", NUM, "75.5", "", "", 0) } },
	{ ZH, "12至14日", { Q("12", DT, "12", "", "", DY | R), Q("14日", DT, "14", "", "", DY | R) } },
	{ EN, "on December 25 and 26, 2017.", { Q("December 25", DT, "20171225", "", "", 0), Q("26, 2017", DT, "20171226", "", "", 0) } },
	{ EN, "on March 5 and 10 people", { Q("March 5", DT, "305", "", "", 0), Q("10", NUM, "10", "", "", 0) } },
	/* ---- negatives: 一 in words, idioms ---- */
	{ ZH, "一些人参与统一", { NONE_ } },
	/* numerals in a title's brackets are a name's (latent), its
	 * ordinal still one; outside the brackets the same words count */
	{ ZH, "我读了《十万个为什么》和《一九八四》", { NONE_ } },
	{ ZH, "我讀了《十萬個為什麼》和《一九八四》", { NONE_ } },
	{ ZH, "〈三个火枪手〉", { NONE_ } },
	{ ZH, "卖了十万本《十万个为什么》", { Q("十万", NUM, "100000", "", "", W | M) } },
	{ ZH, "《三论中国》", { Q("三论", ORD, "3", "", "", W) } },
	{ ZH, "《第三次浪潮》", { Q("第三", ORD, "3", "", "", W | CT) } },
	{ ZH, "《2012》", { Q("2012", NUM, "2012", "", "", 0) } },
	{ EN, "The Three-Body Problem sold", { Q("Three", NUM, "3", "", "", W | NM) } },
	{ EN, "I read Nineteen Eighty-Four.", { Q("Nineteen", NUM, "19", "", "", W | NM), Q("Eighty-Four", NUM, "84", "", "", W | NM) } },
	/* a title standing alone: two runs of number words on a line of
	 * nothing else are no figure; one run alone still is */
	{ EN, "Nineteen Eighty-Four", { Q("Nineteen", NUM, "19", "", "", W | NM), Q("Eighty-Four", NUM, "84", "", "", W | NM) } },
	{ EN, "\"Nineteen Eighty-Four.\"", { Q("Nineteen", NUM, "19", "", "", W | NM), Q("Eighty-Four", NUM, "84", "", "", W | NM) } },
	{ EN, "Twenty-Five", { Q("Twenty-Five", NUM, "25", "", "", W) } },
	{ EN, "Nineteen Eighty-Four pages", { Q("Nineteen", NUM, "19", "", "", W), Q("Eighty-Four", NUM, "84", "", "", W) } },
	{ ZH, "一样", { NONE_ } },
	{ ZH, "万一下雨", { NONE_ } },
	{ ZH, "之一", { NONE_ } },
	{ ZH, "唯一的", { NONE_ } },
	{ ZH, "十分重要", { NONE_ } },
	{ ZH, "千方百计", { NONE_ } },
	{ ZH, "千万不要", { NONE_ } },
	{ ZH, "零售", { NONE_ } },
	{ ZH, "两岸关系", { NONE_ } },
	{ ZH, "三星电子", { NONE_ } },
	{ ZH, "一带一路", { NONE_ } },
	{ ZH, "参与", { NONE_ } },
	{ ZH, "十四五规划", { Q("十四五", ORD, "14", "", "", W) } },
	{ ZH, "双十一购物节", { NONE_ } },
	{ ZH, "不管三七二十一", { NONE_ } },
	{ EN, "the 14th Five-Year Plan", { Q("14th", ORD, "14", "", "", 0), Q("Five-Year", NUM, "5", "", "year", W | NM) } },
	/* 比 between two numerals is a score: both figures */
	/* percentage points and basis points in the financial shorthand */
	{ EN, "rose 1.8ppt to 32.5%", { Q("1.8ppt", PTS, "1.8", "", "", 0), Q("32.5%", PCT, "32.5", "", "", 0) } },
	{ EN, "rose 1.8 ppt", { Q("1.8 ppt", PTS, "1.8", "", "", 0) } },
	{ EN, "down 18bps year on year", { Q("18bps", PTS, "0.18", "", "", 0) } },
	{ EN, "a 25-basis-point cut", { Q("25-basis-point", PTS, "0.25", "", "", 0) } },
	{ ZH, "于2024年3月5日至11日举行", { Q("2024年3月5日", DT, "20240305", "", "", R), Q("11日", DT, "20240311", "", "", R) } },
	{ EN, "from 5 to 11 March 2024", { Q("5", DT, "20240305", "", "", R), Q("11 March 2024", DT, "20240311", "", "", R) } },
	{ EN, "from July 26 to August 11, 2024", { Q("July 26", DT, "20240726", "", "", R), Q("August 11, 2024", DT, "20240811", "", "", R) } },
	{ ZH, "一位90后设计师", { Q("一", NUM, "1", "", "", W | CT), Q("90后", NUM, "90", "", "", D) } },
	{ ZH, "3天后", { Q("3天", NUM, "3", "", "day", 0) } },
	{ ZH, "他身高1米85。", { Q("1米85", NUM, "1.85", "", "m", 0) } },
	{ ZH, "以9秒83夺冠", { Q("9秒83", NUM, "9.83", "", "second", 0) } },
	{ ZH, "前三季度营收", { Q("三季度", NUM, "3", "", "quarter", W) } },
	{ EN, "in the first three quarters", { Q("three quarters", NUM, "3", "", "quarter", W) } },
	{ EN, "three quarters of them", { Q("three quarters", NUM, "0.75", "", "", W) } },
	{ EN, "The latest version is 2.3.1.", { Q("2.3.1", ID, "2.3", "", "2.3.1", 0) } },
	{ EN, "a 3.5GHz chip", { Q("3.5GHz", NUM, "3.5", "", "GHz", 0) } },
	{ ZH, "主频为3.5兆赫", { Q("3.5兆赫", NUM, "3.5", "", "MHz", 0) } },
	{ EN, "growth was negative 3.2%", { Q("negative 3.2%", PCT, "-3.2", "", "", 0) } },
	{ EN, "ran it in 10s flat", { Q("10s", ID, "10", "", "10s", 0) } }, /* seconds, not a decade */
	{ EN, "in the '10s", { Q("'10s", NUM, "10", "", "", A | D) } },
	{ EN, "extended in 2019 by 5 km.", { Q("2019", YR, "2019", "", "", 0), Q("5 km", NUM, "5", "", "km", 0) } },
	{ ZH, "涨幅达5%比三大股指都高", { Q("5%", PCT, "5", "", "", 0) } },
	{ ZH, "以五比三击败对手", { Q("五", NUM, "5", "", "", W), Q("三", NUM, "3", "", "", W) } },
	{ ZH, "比例为三比二", { Q("三", NUM, "3", "", "", W), Q("二", NUM, "2", "", "", W) } },
	{ ZH, "一比较", { NONE_ } },
	{ ZH, "比三", { NONE_ } },
	/* 一折 alone is one fold (一摺); with 打 it is 90% off */
	{ ZH, "每次只能一折的折纸", { NONE_ } },
	{ ZH, "全场打一折", { Q("一折", PCT, "90", "", "off", W) } },
	{ ZH, "他进了两球", { Q("两", NUM, "2", "", "", W) } },
	/* 零下 is a minus, as 负 (it read 5: 零 then 下 5) */
	{ ZH, "气温零下5度", { Q("零下5", NUM, "-5", "", "", 0) } },
	{ ZH, "零下 12 度", { Q("零下 12", NUM, "-12", "", "", 0) } },
	{ ZH, "零下五度的低温", { Q("零下五", NUM, "-5", "", "", W) } },
	{ ZH, "负 3.5%", { Q("负 3.5%", PCT, "-3.5", "", "", 0) } },
	/* the forms that were not read: .5, ISO dates, codes with
	 * leading zeros and formulas as identifiers, renminbi before */
	{ EN, ".5 percent", { Q(".5 percent", PCT, "0.5", "", "", 0) } },
	{ EN, "a .25 point rise", { Q(".25 point", NUM, "0.25", "", "pt", 0) } },
	{ EN, "sentence.5 people", { Q("5", NUM, "5", "", "", 0) } },
	{ EN, "on 2024-10-22, the", { Q("2024-10-22", DT, "20241022", "", "", 0) } },
	{ ZH, "于2024-10-22公布", { Q("2024-10-22", DT, "20241022", "", "", 0) } },
	{ EN, "2018-2023", { Q("2018", YR, "2018", "", "", R), Q("2023", YR, "2023", "", "", R) } },
	{ EN, "stock code 00020", { Q("00020", ID, "20", "", "00020", 0) } },
	{ ZH, "股份代号：00020", { Q("00020", ID, "20", "", "00020", 0) } },
	{ EN, "0700.HK", { Q("0700.HK", ID, "700", "", "0700.HK", 0) } },
	{ EN, "N+2 days", { Q("N+2", ID, "2", "", "N+2", 0) } },
	{ ZH, "T+1 交收", { Q("T+1", ID, "1", "", "T+1", 0) } },
	{ EN, "renminbi 3 billion", { Q("renminbi 3 billion", MON, "3000000000", "CNY", "", M) } },
	{ EN, "sales will double", { Q("double", NUM, "2", "", "x", W) } },
	{ EN, "a double-digit rise", { NONE_ } },
	{ ZH, "营收翻倍", { Q("翻倍", NUM, "2", "", "x", W) } },
	/* the typographic minus U+2212, as financial reports set it */
	{ EN, "margin of \u22125%", { Q("\u22125%", PCT, "-5", "", "", 0) } },
	{ EN, "(\u221212.5)", { Q("\u221212.5", NUM, "-12.5", "", "", 0) } },
	{ EN, "x\u22123", { Q("3", NUM, "3", "", "", 0) } },
	{ ZH, "下降\u22125%", { Q("\u22125%", PCT, "-5", "", "", 0) } },
	{ EN, "temperatures of minus 5 degrees", { Q("minus 5", NUM, "-5", "", "", 0) } },
	{ EN, "minus five degrees", { Q("minus five", NUM, "-5", "", "", W) } },
	{ EN, "laminus 5", { Q("5", NUM, "5", "", "", 0) } },
	/* minus as an operator, and below zero after the figure */
	{ EN, "10 minus 5 equals 5", { Q("10", NUM, "10", "", "", 0), Q("5", NUM, "5", "", "", 0), Q("5", NUM, "5", "", "", 0) } },
	{ EN, "plus or minus 3%", { Q("3%", PCT, "3", "", "", 0) } },
	{ EN, "fell to 5 degrees below zero.", { Q("5 degrees below zero", NUM, "-5", "", "", 0) } },
	{ EN, "10 degrees Celsius below freezing", { Q("10 degrees Celsius below freezing", NUM, "-10", "", "C", 0) } },
	{ EN, "5 below the line", { Q("5", NUM, "5", "", "", 0) } },
	/* 零下 inside a numeral is 零 then 下; 清零 and 归零 count nothing */
	{ ZH, "二零一零下半年", { Q("二零一零", NUM, "2010", "", "", W), Q("下半年", ORD, "2", "", "half", W) } },
	{ ZH, "社会面清零下三个区解封", { Q("三", NUM, "3", "", "", W) } },
	{ ZH, "比分归零下一局开始", { NONE_ } },
	/* 参/參 is 3 beside the financial capitals only (it was never read,
	 * so 壹佰貳拾參元 was 120 and 參拾萬元 100,000) */
	{ ZH, "壹佰貳拾參元", { Q("壹佰貳拾參元", MON, "123", "CNY", "", W) } },
	{ ZH, "壹佰贰拾参元", { Q("壹佰贰拾参元", MON, "123", "CNY", "", W) } },
	{ ZH, "參拾萬元", { Q("參拾萬元", MON, "300000", "CNY", "", W | M) } },
	{ ZH, "人民币参万元整", { Q("人民币参万元整", MON, "30000", "CNY", "", W | M) } },
	{ ZH, "壹仟零參元", { Q("壹仟零參元", MON, "1003", "CNY", "", W) } },
	{ ZH, "參加了會議", { NONE_ } },
	{ ZH, "人参十分贵", { NONE_ } },
	{ ZH, "丹参壹两", { NONE_ } },
	/* two neighbouring digits before a measure word: five or six */
	{ ZH, "五六个人受伤", { Q("五", NUM, "5", "", "", W | R), Q("六", NUM, "6", "", "", W | R) } },
	{ ZH, "两三天后", { Q("两", NUM, "2", "", "day", W | R), Q("三天", NUM, "3", "", "day", W | R) } },
	{ ZH, "人参元素", { NONE_ } },
	/* 参 after 海 is no capital 3; 拾斤 is ten jin (斤, a market unit) */
	{ ZH, "海参拾斤", { Q("拾斤", NUM, "10", "", "jin", W) } },
	{ ZH, "野山参万元一支", { Q("一", NUM, "1", "", "", W) } },
	{ ZH, "金额：参万元整", { Q("参万元整", MON, "30000", "CNY", "", W | M) } },
	{ ZH, "亿元", { NONE_ } },
	{ ZH, "十月", { Q("十月", DT, "1000", "", "", W) } },
	{ ZH, "大陆", { NONE_ } },
	{ ZH, "", { NONE_ } },
	/* ---- currencies (Simplified, and Traditional via the numeral
	 * table only: 元 reads the same in both) ---- */
	{ ZH, "人民币34亿元", { Q("人民币34亿元", MON, "3400000000", "CNY", "", M) } },
	{ ZH, "港币12亿元", { Q("港币12亿元", MON, "1200000000", "HKD", "", M) } },
	{ ZH, "60亿美元", { Q("60亿美元", MON, "6000000000", "USD", "", M) } },
	{ ZH, "60億美元", { Q("60億美元", MON, "6000000000", "USD", "", M) } },
	{ ZH, "12亿港元", { Q("12亿港元", MON, "1200000000", "HKD", "", M) } },
	{ ZH, "5亿美金", { Q("5亿美金", MON, "500000000", "USD", "", M) } },
	{ ZH, "新台币1兆元", { Q("新台币1兆元", MON, "1000000000000", "TWD", "", M) } },
	{ ZH, "征兆", { NONE_ } },
	{ ZH, "新台币100亿元", { Q("新台币100亿元", MON, "10000000000", "TWD", "", M) } },
	{ ZH, "30亿欧元", { Q("30亿欧元", MON, "3000000000", "EUR", "", M) } },
	{ ZH, "2亿英镑", { Q("2亿英镑", MON, "200000000", "GBP", "", M) } },
	{ ZH, "100亿日元", { Q("100亿日元", MON, "10000000000", "JPY", "", M) } },
	{ ZH, "100亿日圆", { Q("100亿日圆", MON, "10000000000", "JPY", "", M) } },
	{ ZH, "人民币100元", { Q("人民币100元", MON, "100", "CNY", "", 0) } },
	{ ZH, "US$1.2bn", { Q("US$1.2bn", MON, "1200000000", "USD", "", M) } },
	{ ZH, "约34亿元", { Q("34亿元", MON, "3400000000", "CNY", "", A | M) } },
	{ ZH, "超过60亿美元", { Q("60亿美元", MON, "6000000000", "USD", "", A | M) } },
	{ ZH, "逾百亿元", { Q("百亿元", MON, "10000000000", "CNY", "", A | W | M) } },
	{ ZH, "近三成", { Q("三成", PCT, "30", "", "", W) } },
	{ ZH, "五元", { Q("五元", MON, "5", "CNY", "", W) } },
	{ ZH, "¥100", { Q("¥100", MON, "100", "CNY", "", X) } },
	{ ZH, "$5", { Q("$5", MON, "5", "USD", "", X) } },
	/* ---- percent and points ---- */
	{ ZH, "同比增长21%", { Q("21%", PCT, "21", "", "", 0) } },
	{ ZH, "增长２１％", { Q("２１％", PCT, "21", "", "", 0) } },
	{ ZH, "百分之二十一", { Q("百分之二十一", PCT, "21", "", "", W) } },
	{ ZH, "百分之百", { Q("百分之百", PCT, "100", "", "", W) } },
	{ ZH, "百分之3.5", { Q("百分之3.5", PCT, "3.5", "", "", 0) } },
	{ ZH, "上升3.5个百分点", { Q("3.5个百分点", PTS, "3.5", "", "", 0) } },
	{ ZH, "下降三个百分点", { Q("三个百分点", PTS, "3", "", "", W) } },
	{ ZH, "上升3.5百分点", { Q("3.5百分点", PTS, "3.5", "", "", 0) } },
	{ ZH, "10%至15%", { Q("10%", PCT, "10", "", "", R), Q("15%", PCT, "15", "", "", R) } },
	{ ZH, "10至15%", { Q("10", PCT, "10", "", "", R), Q("15%", PCT, "15", "", "", R) } },
	{ ZH, "7.7%", { Q("7.7%", PCT, "7.7", "", "", 0) } },
	/* ---- years, dates, ranges ---- */
	{ ZH, "2024年", { Q("2024年", YR, "2024", "", "", 0) } },
	{ ZH, "二〇二四年", { Q("二〇二四年", YR, "2024", "", "", W) } },
	{ ZH, "二零二四年", { Q("二零二四年", YR, "2024", "", "", W) } },
	{ ZH, "10月22日", { Q("10月22日", DT, "1022", "", "", 0) } },
	{ ZH, "十月二十二日", { Q("十月二十二日", DT, "1022", "", "", W) } },
	{ ZH, "3月5号", { Q("3月5号", DT, "305", "", "", 0) } },
	{ ZH, "2024年10月22日", { Q("2024年10月22日", DT, "20241022", "", "", 0) } },
	{ ZH, "2018-2023年", { Q("2018", YR, "2018", "", "", R), Q("2023年", YR, "2023", "", "", R) } },
	{ ZH, "2018年至2023年", { Q("2018年", YR, "2018", "", "", R), Q("2023年", YR, "2023", "", "", R) } },
	{ ZH, "2018–2023年", { Q("2018", YR, "2018", "", "", R), Q("2023年", YR, "2023", "", "", R) } },
	{ ZH, "1000年", { Q("1000年", YR, "1000", "", "", 0) } },
	{ ZH, "一千年", { Q("一千", NUM, "1000", "", "", W) } },
	{ ZH, "3到5年", { Q("3", NUM, "3", "", "year", R), Q("5年", NUM, "5", "", "year", R) } },
	/* ---- ordinals ---- */
	{ ZH, "第三", { Q("第三", ORD, "3", "", "", W) } },
	{ ZH, "第3季度", { Q("第3季度", ORD, "3", "", "quarter", 0) } },
	/* spaced digits (FLORES, Taiwan news) are spaced from 第 too */
	{ ZH, "在第 13 洞結束", { Q("第 13", ORD, "13", "", "", 0) } },
	{ ZH, "第 7 天", { Q("第 7", ORD, "7", "", "", 0) } },
	{ ZH, "第十一届", { Q("第十一", ORD, "11", "", "", W) } },
	{ ZH, "第一", { Q("第一", ORD, "1", "", "", W) } },
	{ ZH, "十周年", { Q("十周年", ORD, "10", "", "", W) } },
	{ ZH, "10周年", { Q("10周年", ORD, "10", "", "", 0) } },
	/* ---- units ---- */
	{ ZH, "200兆瓦", { Q("200兆瓦", NUM, "200", "", "MW", 0) } },
	{ ZH, "5公里", { Q("5公里", NUM, "5", "", "km", 0) } },
	{ ZH, "3千米", { Q("3千米", NUM, "3", "", "km", 0) } },
	{ ZH, "1万吨", { Q("1万吨", NUM, "10000", "", "t", M) } },
	{ ZH, "10kg", { Q("10kg", NUM, "10", "", "kg", 0) } },
	{ ZH, "50千瓦", { Q("50千瓦", NUM, "50", "", "kW", 0) } },
	{ ZH, "3平方公里", { Q("3平方公里", NUM, "3", "", "km2", 0) } },
	{ ZH, "占地5公顷", { Q("5公顷", NUM, "5", "", "ha", 0) } },
	{ ZH, "佔地5公頃", { Q("5公頃", NUM, "5", "", "ha", 0) } },
	/* ---- identifiers ---- */
	{ ZH, "AI 2.0时代", { Q("AI 2.0", ID, "2", "", "AI 2.0", 0) } },
	{ ZH, "GPT-4模型", { Q("GPT-4", ID, "4", "", "GPT-4", 0) } },
	{ ZH, "A100芯片", { Q("A100", ID, "100", "", "A100", 0) } },
	{ ZH, "5G网络", { Q("5G", ID, "5", "", "5G", 0) } },
	{ ZH, "COVID-19疫情", { Q("COVID-19", ID, "19", "", "COVID-19", 0) } },
	/* ---- sentences ---- */
	{ ZH, "三年内研发支出分别为34亿元、50亿元",
	  { Q("三年", NUM, "3", "", "year", W), Q("34亿元", MON, "3400000000", "CNY", "", M),
	    Q("50亿元", MON, "5000000000", "CNY", "", M) } },
	{ ZH, "管理费用减少6.5%至5.21亿元。",
	  { Q("6.5%", PCT, "6.5", "", "", 0), Q("5.21亿元", MON, "521000000", "CNY", "", M) } },
	{ ZH, "从10月22日开始，裁员3000人",
	  { Q("10月22日", DT, "1022", "", "", 0), Q("3000", NUM, "3000", "", "", 0) } },
	{ ZH, "2023年营收为34亿元，同比增长21%，净利润1.7亿元。",
	  { Q("2023年", YR, "2023", "", "", 0), Q("34亿元", MON, "3400000000", "CNY", "", M),
	    Q("21%", PCT, "21", "", "", 0), Q("1.7亿元", MON, "170000000", "CNY", "", M) } },

	/* ---- English: figures and magnitudes ---- */
	{ EN, "RMB 3.4 billion", { Q("RMB 3.4 billion", MON, "3400000000", "CNY", "", M) } },
	{ EN, "RMB 34 billion", { Q("RMB 34 billion", MON, "34000000000", "CNY", "", M) } },
	{ EN, "RMB3.4bn", { Q("RMB3.4bn", MON, "3400000000", "CNY", "", M) } },
	/* a no-break space between the figure and its word (typeset text,
	 * XLIFF's &#160;) or grouping digits is a space */
	{ EN, "RMB 12.5\u00a0billion", { Q("RMB 12.5\u00a0billion", MON, "12500000000", "CNY", "", M) } },
	{ EN, "RMB\u00a012.5 billion", { Q("RMB\u00a012.5 billion", MON, "12500000000", "CNY", "", M) } },
	{ EN, "3\u00a0million people", { Q("3\u00a0million", NUM, "3000000", "", "", M) } },
	{ EN, "1\u00a0250\u00a0000 yuan", { Q("1\u00a0250\u00a0000 yuan", MON, "1250000", "CNY", "", 0) } },
	{ EN, "3.4 billion yuan", { Q("3.4 billion yuan", MON, "3400000000", "CNY", "", M) } },
	{ EN, "3.4 billion renminbi", { Q("3.4 billion renminbi", MON, "3400000000", "CNY", "", M) } },
	{ EN, "CNY 100", { Q("CNY 100", MON, "100", "CNY", "", 0) } },
	{ EN, "6 billion US dollars", { Q("6 billion US dollars", MON, "6000000000", "USD", "", M) } },
	{ EN, "USD 6.4 billion", { Q("USD 6.4 billion", MON, "6400000000", "USD", "", M) } },
	{ EN, "US$1.2bn", { Q("US$1.2bn", MON, "1200000000", "USD", "", M) } },
	{ EN, "US$ 1.2 bn", { Q("US$ 1.2 bn", MON, "1200000000", "USD", "", M) } },
	{ EN, "$600m", { Q("$600m", MON, "600000000", "USD", "", M | X) } },
	{ EN, "$6 billion", { Q("$6 billion", MON, "6000000000", "USD", "", M | X) } },
	{ EN, "HK$1.2 billion", { Q("HK$1.2 billion", MON, "1200000000", "HKD", "", M) } },
	{ EN, "HKD 5 million", { Q("HKD 5 million", MON, "5000000", "HKD", "", M) } },
	{ EN, "NT$1 trillion", { Q("NT$1 trillion", MON, "1000000000000", "TWD", "", M) } },
	{ EN, "€5m", { Q("€5m", MON, "5000000", "EUR", "", M) } },
	{ EN, "£20 million", { Q("£20 million", MON, "20000000", "GBP", "", M) } },
	{ EN, "¥100", { Q("¥100", MON, "100", "CNY", "", X) } },
	{ EN, "JPY 1 billion", { Q("JPY 1 billion", MON, "1000000000", "JPY", "", M) } },
	{ EN, "100 euros", { Q("100 euros", MON, "100", "EUR", "", 0) } },
	{ EN, "5 million dollars", { Q("5 million dollars", MON, "5000000", "USD", "", M | X) } },
	{ EN, "0.054 million", { Q("0.054 million", NUM, "54000", "", "", M) } },
	{ EN, "1.1bn", { Q("1.1bn", NUM, "1100000000", "", "", M) } },
	{ EN, "1.1 bn", { Q("1.1 bn", NUM, "1100000000", "", "", M) } },
	{ EN, "174 million", { Q("174 million", NUM, "174000000", "", "", M) } },
	{ EN, "3 trillion", { Q("3 trillion", NUM, "3000000000000", "", "", M) } },
	{ EN, "5 thousand", { Q("5 thousand", NUM, "5000", "", "", M) } },
	{ EN, "20k", { Q("20k", NUM, "20000", "", "", M) } },
	{ EN, "3.5tn", { Q("3.5tn", NUM, "3500000000000", "", "", M) } },
	{ EN, "5mn", { Q("5mn", NUM, "5000000", "", "", M) } },
	{ EN, "1,234,567", { Q("1,234,567", NUM, "1234567", "", "", 0) } },
	{ EN, "1,234,567.89", { Q("1,234,567.89", NUM, "1234567.89", "", "", 0) } },
	/* a day no month has is still a date beside a year or after "On"
	 * with a comma; elsewhere the figure is a count */
	{ EN, "September 34, 1759", { Q("September 34, 1759", DT, "17590934", "", "", 0) } },
	{ EN, "On June 88, Marshal", { Q("June 88", DT, "688", "", "", 0) } },
	{ EN, "in March 50 people", { Q("March", DT, "300", "", "", 0), Q("50", NUM, "50", "", "", 0) } },
	{ EN, "On July 88 people", { Q("July", DT, "700", "", "", 0), Q("88", NUM, "88", "", "", 0) } },
	{ EN, "Moon July 88, x", { Q("July", DT, "700", "", "", 0), Q("88", NUM, "88", "", "", 0) } },
	/* June, April, August are given names too: a month in context only */
	{ EN, "June Carter sang", { NONE_ } },
	{ EN, "at its June meeting", { NONE_ } },
	{ EN, "since early June", { Q("June", DT, "600", "", "", 0) } },
	{ EN, "September 24, 1759", { Q("September 24, 1759", DT, "17590924", "", "", 0) } },
	/* a last group of four is a grouping slip: one figure */
	{ EN, "104,5000", { Q("104,5000", NUM, "1045000", "", "", 0) } },
	{ EN, "1,000,0000", { Q("1,000,0000", NUM, "10000000", "", "", 0) } },
	{ EN, "7,5000.", { Q("7,5000", NUM, "75000", "", "", 0) } },
	{ EN, "12,34567", { Q("12", NUM, "12", "", "", 0), Q("34567", NUM, "34567", "", "", 0) } },
	{ EN, "2018,2019", { Q("2018", YR, "2018", "", "", 0), Q("2019", YR, "2019", "", "", 0) } },
	{ EN, "1\xe2\x80\x89" "234", { Q("1\xe2\x80\x89" "234", NUM, "1234", "", "", 0) } },
	{ EN, "1\xe2\x80\xaf" "234\xe2\x80\xaf" "567", { Q("1\xe2\x80\xaf" "234\xe2\x80\xaf" "567", NUM, "1234567", "", "", 0) } },
	{ EN, "0.5", { Q("0.5", NUM, "0.5", "", "", 0) } },
	{ EN, "-5 degrees", { Q("-5", NUM, "-5", "", "", 0) } },
	{ EN, "1, 2, 3", { Q("1", NUM, "1", "", "", 0), Q("2", NUM, "2", "", "", 0), Q("3", NUM, "3", "", "", 0) } },
	{ EN, "１２３", { Q("１２３", NUM, "123", "", "", 0) } },
	/* ---- approximators ---- */
	{ EN, "about 100 people", { Q("100", NUM, "100", "", "", A) } },
	{ EN, "around 5%", { Q("5%", PCT, "5", "", "", A) } },
	{ EN, "nearly RMB 3 billion", { Q("RMB 3 billion", MON, "3000000000", "CNY", "", A | M) } },
	{ EN, "more than RMB 3 billion", { Q("RMB 3 billion", MON, "3000000000", "CNY", "", A | M) } },
	{ EN, "over 600 staff", { Q("600", NUM, "600", "", "", A) } },
	{ EN, "some 20 firms", { Q("20", NUM, "20", "", "", A) } },
	{ EN, "approximately 3 million", { Q("3 million", NUM, "3000000", "", "", A | M) } },
	{ EN, "handsome 20", { Q("20", NUM, "20", "", "", 0) } },
	/* ---- percent, points ---- */
	{ EN, "up 21%", { Q("21%", PCT, "21", "", "", 0) } },
	{ EN, "21 percent", { Q("21 percent", PCT, "21", "", "", 0) } },
	{ EN, "21 per cent", { Q("21 per cent", PCT, "21", "", "", 0) } },
	{ EN, "a 21% year-on-year increase", { Q("21%", PCT, "21", "", "", 0) } },
	{ EN, "up 3.5 percentage points", { Q("3.5 percentage points", PTS, "3.5", "", "", 0) } },
	{ EN, "1 percentage point", { Q("1 percentage point", PTS, "1", "", "", 0) } },
	{ EN, "10%-15%", { Q("10%", PCT, "10", "", "", R), Q("15%", PCT, "15", "", "", R) } },
	{ EN, "10-15%", { Q("10", PCT, "10", "", "", R), Q("15%", PCT, "15", "", "", R) } },
	{ EN, "10% to 15%", { Q("10%", PCT, "10", "", "", R), Q("15%", PCT, "15", "", "", R) } },
	{ EN, "three percent", { Q("three percent", PCT, "3", "", "", W) } },
	/* ---- years, dates ---- */
	{ EN, "in 2024 the firm", { Q("2024", YR, "2024", "", "", 0) } },
	{ EN, "since 1949", { Q("1949", YR, "1949", "", "", 0) } },
	{ EN, "2,024 people", { Q("2,024", NUM, "2024", "", "", 0) } },
	{ EN, "2024 yuan", { Q("2024 yuan", MON, "2024", "CNY", "", 0) } },
	{ EN, "2024%", { Q("2024%", PCT, "2024", "", "", 0) } },
	{ EN, "3000 staff", { Q("3000", NUM, "3000", "", "", 0) } },
	{ EN, "2018-2023", { Q("2018", YR, "2018", "", "", R), Q("2023", YR, "2023", "", "", R) } },
	{ EN, "2018\xe2\x80\x93" "2023", { Q("2018", YR, "2018", "", "", R), Q("2023", YR, "2023", "", "", R) } },
	{ EN, "October 22", { Q("October 22", DT, "1022", "", "", 0) } },
	{ EN, "22 October", { Q("22 October", DT, "1022", "", "", 0) } },
	{ EN, "Oct. 22", { Q("Oct. 22", DT, "1022", "", "", 0) } },
	{ EN, "Oct 22", { Q("Oct 22", DT, "1022", "", "", 0) } },
	{ EN, "October 22, 2024", { Q("October 22, 2024", DT, "20241022", "", "", 0) } },
	{ EN, "22 October 2024", { Q("22 October 2024", DT, "20241022", "", "", 0) } },
	{ EN, "March 5th", { Q("March 5th", DT, "305", "", "", 0) } },
	{ EN, "you may 5", { Q("5", NUM, "5", "", "", 0) } },
	/* ---- ordinals ---- */
	{ EN, "10th anniversary", { Q("10th", ORD, "10", "", "", 0) } },
	{ EN, "the 1st", { Q("1st", ORD, "1", "", "", 0) } },
	{ EN, "22nd", { Q("22nd", ORD, "22", "", "", 0) } },
	{ EN, "the tenth", { Q("tenth", ORD, "10", "", "", W) } },
	{ EN, "third quarter", { Q("third quarter", ORD, "3", "", "quarter", W) } },
	{ EN, "twenty-first century", { Q("twenty-first", ORD, "21", "", "", W) } },
	/* ---- words ---- */
	{ EN, "three years", { Q("three years", NUM, "3", "", "year", W) } },
	{ EN, "six-year", { Q("six-year", NUM, "6", "", "year", W) } },
	{ EN, "two", { Q("two", NUM, "2", "", "", W) } },
	{ EN, "Two firms", { Q("Two", NUM, "2", "", "", W) } },
	{ EN, "twenty-one", { Q("twenty-one", NUM, "21", "", "", W) } },
	{ EN, "ninety nine", { Q("ninety nine", NUM, "99", "", "", W) } },
	{ EN, "one hundred and five", { Q("one hundred and five", NUM, "105", "", "", W) } },
	{ EN, "three hundred", { Q("three hundred", NUM, "300", "", "", W) } },
	{ EN, "three million", { Q("three million", NUM, "3000000", "", "", W | M) } },
	{ EN, "two thousand", { Q("two thousand", NUM, "2000", "", "", W | M) } },
	{ EN, "ten", { Q("ten", NUM, "10", "", "", W) } },
	{ EN, "one company", { Q("one", NUM, "1", "", "", W) } },
	{ EN, "no one came", { NONE_ } },
	{ EN, "one of them", { NONE_ } },
	{ EN, "the one", { NONE_ } },
	{ EN, "someone", { NONE_ } },
	{ EN, "often", { NONE_ } },
	{ EN, "one two", { Q("one", NUM, "1", "", "", W), Q("two", NUM, "2", "", "", W) } },
	{ EN, "", { NONE_ } },
	{ EN, "no numbers here", { NONE_ } },
	/* ---- units ---- */
	{ EN, "5km", { Q("5km", NUM, "5", "", "km", 0) } },
	{ EN, "5 km", { Q("5 km", NUM, "5", "", "km", 0) } },
	{ EN, "200 MW", { Q("200 MW", NUM, "200", "", "MW", 0) } },
	{ EN, "3 tonnes", { Q("3 tonnes", NUM, "3", "", "t", 0) } },
	{ EN, "10 million tonnes", { Q("10 million tonnes", NUM, "10000000", "", "t", M) } },
	{ EN, "50 square kilometres", { Q("50 square kilometres", NUM, "50", "", "km2", 0) } },
	{ EN, "covers 5 hectares", { Q("5 hectares", NUM, "5", "", "ha", 0) } },
	{ EN, "covers 1 hectare", { Q("1 hectare", NUM, "1", "", "ha", 0) } },
	/* ---- identifiers ---- */
	{ EN, "the AI 2.0 era", { Q("AI 2.0", ID, "2", "", "AI 2.0", 0) } },
	{ EN, "GPT-4", { Q("GPT-4", ID, "4", "", "GPT-4", 0) } },
	{ EN, "A100 chips", { Q("A100", ID, "100", "", "A100", 0) } },
	{ EN, "COVID-19", { Q("COVID-19", ID, "19", "", "COVID-19", 0) } },
	{ EN, "5G networks", { Q("5G", ID, "5", "", "5G", 0) } },
	{ EN, "3D printing", { Q("3D", ID, "3", "", "3D", 0) } },
	/* pounds: money beside a magnitude word or another sign of GBP in
	 * the sentence, else a weight */
	{ EN, "He paid 20 pounds sterling.", { Q("20 pounds sterling", MON, "20", "GBP", "", 0) } },
	{ EN, "It cost 5 million pounds.", { Q("5 million pounds", MON, "5000000", "GBP", "", M) } },
	{ EN, "5 million pounds of beef", { Q("5 million pounds", NUM, "5000000", "", "lb", M) } },
	{ EN, "The dog weighs 20 pounds.", { Q("20 pounds", NUM, "20", "", "lb", 0) } },
	{ EN, "It cost \xc2\xa3" "5 and 20 pounds.", { Q("\xc2\xa3" "5", MON, "5", "GBP", "", 0), Q("20 pounds", MON, "20", "GBP", "", 0) } },
	{ EN, "a fine of 500 pounds, paid in sterling", { Q("500 pounds", MON, "500", "GBP", "", 0) } },
	{ EN, "1 pound of flour", { Q("1 pound", NUM, "1", "", "lb", 0) } },
	{ ZH, "20磅", { Q("20磅", NUM, "20", "", "lb", 0) } },
	/* eras: 公元/AD years of any length, 公元前/BC negative */
	{ ZH, "公元79年", { Q("79年", YR, "79", "", "", 0) } },
	{ ZH, "西元 79 年", { Q("79 年", YR, "79", "", "", 0) } },
	{ ZH, "公元前221年", { Q("公元前221年", YR, "-221", "", "", 0) } },
	{ ZH, "約在西元前 1 千年", { Q("西元前 1 千年", YR, "-1000", "", "", 0) } },
	{ ZH, "公元前三千年", { Q("公元前三千年", YR, "-3000", "", "", W) } },
	{ ZH, "79年", { Q("79年", NUM, "79", "", "year", 0) } },
	{ EN, "in 221 BC the", { Q("221 BC", YR, "-221", "", "", 0) } },
	{ EN, "by 221 B.C., Qin", { Q("221 B.C.", YR, "-221", "", "", 0) } },
	{ EN, "in 79 AD", { Q("79 AD", YR, "79", "", "", 0) } },
	{ EN, "in AD 1066 and", { Q("AD 1066", YR, "1066", "", "", 0) } },
	{ EN, "3 ad slots", { Q("3", NUM, "3", "", "", 0) } },
	{ EN, "Mad 79", { Q("79", NUM, "79", "", "", 0) } },
	/* decades: 世纪 … 年代 is the decade named by its first year */
	{ ZH, "20 世纪 60 年代，", { Q("20 世纪 60 年代", YR, "1960", "", "", D) } },
	{ ZH, "十九世纪三十年代", { Q("十九世纪三十年代", YR, "1830", "", "", W | D) } },
	{ ZH, "20世紀00年代", { Q("20世紀00年代", YR, "1900", "", "", D) } },
	{ ZH, "20 世纪", { Q("20", NUM, "20", "", "", 0) } },
	/* a slipped decade is still one (compare.c names the slip) */
	{ ZH, "20 世纪 65 年代", { Q("20 世纪 65 年代", YR, "1965", "", "", D) } },
	{ ZH, "40 世纪 60 年代", { Q("40 世纪 60 年代", YR, "3960", "", "", D) } },
	{ ZH, "20 世纪 600 年代", { Q("20 世纪 600 年代", YR, "2500", "", "", D) } },
	{ ZH, "20 世纪 6 年代", { Q("20 世纪 6 年代", YR, "1906", "", "", D) } },
	/* vague and factor words, dozens, a hundred and …, zone times */
	{ EN, "a couple of days", { Q("a couple", NUM, "2", "", "", A | W | V) } },
	/* a capitalised number word inside a sentence before a capitalised
	 * word is read, marked as likely part of a name */
	{ EN, "the game Six Days in Fallujah", { Q("Six Days", NUM, "6", "", "day", W | NM) } },
	{ EN, "the Thirty Years' War", { Q("Thirty Years", NUM, "30", "", "year", W | NM) } },
	{ EN, "Six Days later", { Q("Six Days", NUM, "6", "", "day", W) } },
	{ EN, "A couple of thousand staff", { Q("A couple of thousand", NUM, "2000", "", "", A | W | M | V) } },
	{ EN, "a couple of million dollars", { Q("a couple of million dollars", MON, "2000000", "USD", "", A | W | M | X | V) } },
	{ ZH, "几千名工作人员", { Q("千", NUM, "1000", "", "", A | W | V | CT) } },
	{ ZH, "幾千名工作人員", { Q("千", NUM, "1000", "", "", A | W | V | CT) } },
	{ EN, "dozens of people", { Q("dozens", NUM, "24", "", "", A | W | V) } },
	/* score is most often a noun: a figure only before "of" and a noun,
	 * then read as "a dozen" (a count) and "dozens" (a band) are */
	{ EN, "a score of people", { Q("a score", NUM, "20", "", "", W) } },
	{ EN, "A score of villagers", { Q("A score", NUM, "20", "", "", W) } },
	{ EN, "Scores of protesters gathered", { Q("Scores", NUM, "20", "", "", A | W | V) } },
	{ EN, "killing scores of civilians", { Q("scores", NUM, "20", "", "", A | W | V) } },
	{ EN, "half a score of men", { Q("half a score", NUM, "10", "", "", W) } },
	{ EN, "a score of 95", { Q("95", NUM, "95", "", "", 0) } },
	{ EN, "a score of about 90", { Q("90", NUM, "90", "", "", A) } },
	{ EN, "the scores of the two sides", { Q("two", NUM, "2", "", "", W) } },
	{ EN, "the first score of the season", { NONE_ } },
	{ EN, "kept the 2-1 score to the end", { Q("2", NUM, "2", "", "", R), Q("1", NUM, "1", "", "", R) } },
	{ EN, "two score years", { Q("two", NUM, "2", "", "", W) } },
	{ EN, "a score", { NONE_ } },
	{ EN, "test scores rose", { NONE_ } },
	{ EN, "twice as many", { Q("twice", NUM, "2", "", "x", W) } },
	{ EN, "a hundred and twenty people", { Q("a hundred and twenty", NUM, "120", "", "", W) } },
	{ EN, "a hundred and one", { Q("a hundred and one", NUM, "101", "", "", W) } },
	{ EN, "a hundred people", { Q("a hundred", NUM, "100", "", "", W) } },
	{ EN, "one-third of them", { Q("one-third", NUM, "0.333333", "", "", W) } },
	{ EN, "two-thirds", { Q("two-thirds", NUM, "0.666667", "", "", W) } },
	{ EN, "At 0230 UTC the", { Q("0230 UTC", TM, "230", "", "", 0) } },
	{ EN, "at 2330 GMT", { Q("2330 GMT", TM, "2330", "", "", 0) } },
	/* a zone word makes four digits a time even off the clock (was a
	 * bare figure): the slip shows as a value error beside a time */
	{ EN, "2460 UTC", { Q("2460 UTC", TM, "2460", "", "", 0) } },
	{ EN, "1400 hours", { Q("1400 hours", NUM, "1400", "", "hour", 0) } },
	{ EN, "the 1995-96 season", { Q("1995", YR, "1995", "", "", R), Q("96", YR, "1996", "", "", R) } },
	{ ZH, "(UTC 0230)", { Q("UTC 0230", TM, "230", "", "", 0) } },
	{ ZH, "(UTC 0280)", { Q("UTC 0280", TM, "280", "", "", 0) } },
	{ EN, "at 2380 GMT", { Q("2380 GMT", TM, "2380", "", "", 0) } },
	{ EN, "in 2380 there", { Q("2380", NUM, "2380", "", "", 0) } }, /* no zone: no time */
	/* slipped clock times and calendar figures stay times and dates
	 * (a value error beside the other side's), where nothing else reads */
	{ EN, "At exactly 8:96 a.m. a hush", { Q("8:96 a.m.", TM, "896", "", "", 0) } },
	{ EN, "the score was 2:96 at the", { Q("2", NUM, "2", "", "", 0), Q("96", NUM, "96", "", "", 0) } },
	{ EN, "at about 40 o'clock this", { Q("40 o'clock", TM, "4000", "", "", 0) } },
	{ EN, "the 25 PM and", { Q("25", NUM, "25", "", "", 0) } },
	{ ZH, "2008 年 11 月 34 日", { Q("2008 年 11 月 34 日", DT, "20081134", "", "", 0) } },
	{ ZH, "每年 40 月前后", { Q("40 月", DT, "4000", "", "", 0) } },
	{ ZH, "体重达17磅1盎司。", { Q("17磅", NUM, "17", "", "lb", 0), Q("1盎司", NUM, "1", "", "oz", 0) } },
	{ EN, "17 pounds 1 ounce", { Q("17 pounds", NUM, "17", "", "lb", 0), Q("1 ounce", NUM, "1", "", "oz", 0) } },
	/* bounds are hedges: 至少, at least, up to */
	{ ZH, "至少有 3 人受伤", { Q("3", NUM, "3", "", "", A) } },
	{ EN, "at least five people", { Q("five", NUM, "5", "", "", W | A) } },
	{ EN, "up to 40 km", { Q("40 km", NUM, "40", "", "km", A) } },
	{ ZH, "十三月", { Q("十三", NUM, "13", "", "", W) } }, /* numerals keep to the calendar */
	{ ZH, "發生於 0 月 10 日", { Q("0 月 10 日", DT, "10", "", "", 0) } },
	{ ZH, "今年 0 月，法官", { Q("0", NUM, "0", "", "", 0) } }, /* 0 月 alone: no month */
	{ ZH, "61 点 29 分左右", { Q("61 点 29 分", TM, "6129", "", "", 0) } },
	{ ZH, "61 點 29 分左右", { Q("61 點 29 分", TM, "6129", "", "", 0) } },
	{ ZH, "31 点刚过", { Q("31", NUM, "31", "", "", 0) } }, /* without 分: points */
	/* plural magnitude words: a vague band from its lower end, as 数千 */
	{ EN, "a spill of thousands of barrels", { Q("thousands", NUM, "1000", "", "", W | A | V) } },
	{ EN, "thousands and thousands of years", { Q("thousands", NUM, "1000", "", "", W | A | V) } },
	{ EN, "tens of thousands of people", { Q("tens of thousands", NUM, "10000", "", "", W | A | V) } },
	{ EN, "hundreds of millions of", { Q("hundreds of millions", NUM, "100000000", "", "", W | A | V) } },
	{ EN, "millions of hundreds", { Q("millions", NUM, "1000000", "", "", W | A | V), Q("hundreds", NUM, "100", "", "", W | A | V) } },
	/* 唯一 ends in a numeral that counts nothing */
	{ ZH, "唯一一个字母表", { Q("一", NUM, "1", "", "", W) } },
	{ ZH, "唯一的办法", { NONE_ } },
	{ ZH, "兩打雞蛋", { Q("兩打", NUM, "24", "", "", W) } },
	{ ZH, "2打", { Q("2打", NUM, "24", "", "", 0) } },
	{ ZH, "打八折", { Q("八折", PCT, "20", "", "off", W) } },
	{ ZH, "增长3倍", { Q("3倍", NUM, "3", "", "x", INC) } },
	{ ZH, "增长了超过1.5倍", { Q("1.5倍", NUM, "1.5", "", "x", A | INC) } },
	{ ZH, "是去年的两倍", { Q("两倍", NUM, "2", "", "x", W) } },
	{ EN, "2.5 times last year's", { Q("2.5 times", NUM, "2.5", "", "x", 0) } },
	{ ZH, "1995-96赛季", { Q("1995", YR, "1995", "", "", R), Q("96", YR, "1996", "", "", R) } },
	/* a digit run of more than 18 significant digits is read (issue F:
	 * never silently dropped, as runs over 40 digits were), flagged
	 * LONG: its value holds the first 18 digits and the figure's size,
	 * .digits the rest, so that compare tells every digit */
	{ ZH, "帳號123456789012345678901234567890123456789012345。",
	  { Q("123456789012345678901234567890123456789012345", NUM,
	      "123456789012345678000000000000000000000000000", "", "", LG) } },
	{ ZH, "账号123456789012345678901234567890123456789012345,678和5人",
	  { Q("123456789012345678901234567890123456789012345", NUM,
	      "123456789012345678000000000000000000000000000", "", "", LG),
	    Q("678", NUM, "678", "", "", 0), Q("5", NUM, "5", "", "", 0) } },
	{ EN, "Account 123456789012345678901234567890123456789012345.",
	  { Q("123456789012345678901234567890123456789012345", NUM,
	      "123456789012345678000000000000000000000000000", "", "", LG) } },
	{ EN, "No. 123456789012345678901234567890123456789012345.5 and 7",
	  { Q("123456789012345678901234567890123456789012345.5", NUM,
	      "123456789012345678000000000000000000000000000", "", "", LG),
	    Q("7", NUM, "7", "", "", 0) } },
	/* decades: the first year, slipped ones too; thousands from 3000
	 * up stay a name */
	{ EN, "In the 1960s he left.", { Q("1960s", YR, "1960", "", "", D) } },
	{ EN, "since the 1970s,", { Q("1970s", YR, "1970", "", "", D) } },
	{ EN, "the 1965s", { Q("1965s", YR, "1965", "", "", D) } },
	{ EN, "in the 3960s", { Q("3960s", YR, "3960", "", "", D) } },
	{ EN, "the 5000s", { Q("5000s", ID, "5000", "", "5000s", 0) } },
	{ ZH, "在 1960 年代", { Q("1960 年", YR, "1960", "", "", 0) } },
	/* a capitalised month alone is a month, unless it is also a word or
	 * a name (May, March, Jan), which needs a context; a dash between
	 * two months is a range of months */
	{ EN, "at its October meeting", { Q("October", DT, "1000", "", "", 0) } },
	{ EN, "the October Revolution", { Q("October", DT, "1000", "", "", 0) } },
	{ EN, "after the rains in around April.", { Q("April", DT, "400", "", "", 0) } },
	{ EN, "on 1 Jan.", { Q("1 Jan.", DT, "101", "", "", 0) } },
	{ EN, "Sept figures", { Q("Sept", DT, "900", "", "", 0) } },
	{ EN, "the october figures", { NONE_ } },
	{ EN, "May I come?", { NONE_ } },
	{ EN, "March on, soldiers", { NONE_ } },
	{ EN, "Jan went home", { NONE_ } },
	{ EN, "Mar del Plata", { NONE_ } },
	{ EN, "late May rains", { Q("May", DT, "500", "", "", 0) } },
	{ EN, "since Jan, sales", { Q("Jan", DT, "100", "", "", 0) } },
	{ EN, "in summer Nov-Feb, and", { Q("Nov", DT, "1100", "", "", R), Q("Feb", DT, "200", "", "", R) } },
	{ EN, "Nov\xe2\x80\x93" "Feb", { Q("Nov", DT, "1100", "", "", R), Q("Feb", DT, "200", "", "", R) } },
	{ EN, "November-February", { Q("November", DT, "1100", "", "", R), Q("February", DT, "200", "", "", R) } },
	{ EN, "Mar-May", { Q("Mar", DT, "300", "", "", R), Q("May", DT, "500", "", "", R) } },
	{ EN, "Mar-Plata", { NONE_ } },
	{ ZH, "11 月到 2 月", { Q("11 月", DT, "1100", "", "", R), Q("2 月", DT, "200", "", "", R) } },
	{ ZH, "十一月至二月", { Q("十一月", DT, "1100", "", "", W | R), Q("二月", DT, "200", "", "", W | R) } },
	/* a figure of tens in the plural: ten years from it, a band */
	{ EN, "temperatures in the 90s.", { Q("90s", NUM, "90", "", "", A | D) } },
	{ EN, "the '90s", { Q("'90s", NUM, "90", "", "", A | D) } },
	{ EN, "the \xe2\x80\x99" "90s", { Q("\xe2\x80\x99" "90s", NUM, "90", "", "", A | D) } },
	{ EN, "the 90's", { Q("90's", NUM, "90", "", "", A | D) } },
	{ EN, "in their 20s", { Q("20s", NUM, "20", "", "", A | D) } },
	{ EN, "in their twenties", { Q("twenties", NUM, "20", "", "", W | A | D) } },
	{ EN, "the Nineties", { Q("Nineties", NUM, "90", "", "", W | A | D) } },
	{ EN, "the 95s", { Q("95s", ID, "95", "", "95s", 0) } },
	{ EN, "the 100s", { Q("100s", ID, "100", "", "100s", 0) } },
	{ ZH, "七零年代", { Q("七零年代", NUM, "70", "", "", W | D) } },
	{ ZH, "八〇年代", { Q("八〇年代", NUM, "80", "", "", W | D) } },
	{ ZH, "七十年代", { Q("七十年代", NUM, "70", "", "", W | D) } },
	{ ZH, "在 70 年代，", { Q("70 年代", NUM, "70", "", "", D) } },
	/* a decade without its century, as "the '90s" (was the year 1990,
	 * which made 20年代 ↔ "the 2020s" an error) */
	{ ZH, "90年代", { Q("90年代", NUM, "90", "", "", D) } },
	{ ZH, "00 年代", { Q("00 年代", NUM, "0", "", "", D) } },
	{ ZH, "75 年代", { Q("75", NUM, "75", "", "", 0) } },
	{ ZH, "二十世纪七零年代", { Q("二十世纪七零年代", YR, "1970", "", "", W | D) } },
	/* 几, 多, 来 after a figure: approximate (来 only before a measure
	 * word: 一来 alone is a verb); a space may sit after digits */
	{ ZH, "华氏 90 几度", { Q("90", NUM, "90", "", "", A) } },
	{ ZH, "華氏 90 幾度", { Q("90", NUM, "90", "", "", A) } },
	{ ZH, "温度 90 多华氏度高", { Q("90 多华氏度", NUM, "90", "", "F", A) } },
	{ ZH, "長 1,600 多公里", { Q("1,600 多公里", NUM, "1600", "", "km", A) } },
	{ ZH, "有 20 多种语言", { Q("20", NUM, "20", "", "", A) } },
	{ ZH, "20 来岁的", { Q("20", NUM, "20", "", "", A) } },
	{ ZH, "二十多岁", { Q("二十", NUM, "20", "", "", W | A) } },
	{ ZH, "十几万人", { Q("十几万", NUM, "100000", "", "", W | A | M) } },
	{ ZH, "十幾萬人", { Q("十幾萬", NUM, "100000", "", "", W | A | M) } },
	{ ZH, "这样一来，", { NONE_ } },
	{ ZH, "从10来", { Q("10", NUM, "10", "", "", 0) } },
	/* a vague plural magnitude of a currency is an amount: millions
	 * of euros is 数百万欧元 (not "thousands of pounds", as often a
	 * weight) */
	{ EN, "millions of euros", { Q("millions of euros", MON, "1000000", "EUR", "", W | A | V) } },
	{ EN, "tens of millions of dollars", { Q("tens of millions of dollars", MON, "10000000", "USD", "", W | A | X | V) } },
	{ EN, "thousands of pounds of rice", { Q("thousands", NUM, "1000", "", "", W | A | V) } },
	{ EN, "thousands of people", { Q("thousands", NUM, "1000", "", "", W | A | V) } },
	/* vague plural magnitudes past nine digits; 数 before a magnitude
	 * is the band from it: billions of US dollars is 数十亿美元 */
	{ EN, "billions of US dollars", { Q("billions of US dollars", MON, "1000000000", "USD", "", W | A | V) } },
	{ EN, "trillions of stars", { Q("trillions", NUM, "1000000000000", "", "", W | A | V) } },
	{ EN, "hundreds of billions of", { Q("hundreds of billions", NUM, "100000000000", "", "", W | A | V) } },
	{ ZH, "數十億美元", { Q("十億美元", MON, "1000000000", "USD", "", W | A | M | V) } },
	{ ZH, "数十亿美元", { Q("十亿美元", MON, "1000000000", "USD", "", W | A | M | V) } },
	{ ZH, "數十萬美元", { Q("十萬美元", MON, "100000", "USD", "", W | A | M | V) } },
	{ ZH, "数十万美元", { Q("十万美元", MON, "100000", "USD", "", W | A | M | V) } },
	{ ZH, "數億人", { Q("億", NUM, "100000000", "", "", W | A | M | V) } },
	{ ZH, "数亿人", { Q("亿", NUM, "100000000", "", "", W | A | M | V) } },
	{ ZH, "數百萬人", { Q("百萬", NUM, "1000000", "", "", W | A | M | V) } },
	{ ZH, "数百万人", { Q("百万", NUM, "1000000", "", "", W | A | M | V) } },
	{ ZH, "数亿", { NONE_ } },
	{ ZH, "民國112年", { Q("民國112年", YR, "2023", "", "", 0) } },
	{ ZH, "老人今年七十有三", { Q("七十有三", NUM, "73", "", "", W) } },
	{ ZH, "十有八九", { NONE_ } },
	{ EN, "arrived at 9.15am", { Q("9.15am", TM, "915", "", "", 0) } },
	{ EN, "9.15 percent", { Q("9.15 percent", PCT, "9.15", "", "", 0) } },
	{ ZH, "数以万计的民众", { Q("万", NUM, "10000", "", "", W | A | M | V) } },
	{ ZH, "前三季累计每股盈余", { Q("三季", NUM, "3", "", "quarter", W) } },
	{ ZH, "第三季营收", { Q("第三季", ORD, "3", "", "quarter", W) } },
	{ ZH, "老人年逾九旬", { Q("九旬", NUM, "90", "", "", W) } },
	{ ZH, "亿元", { NONE_ } },
	{ ZH, "少数百姓", { NONE_ } },
	/* a range's lower end takes the currency or unit of the upper,
	 * across a range word only (not 和, 、 or a bare "and") */
	{ ZH, "11,000 到 22,500 美元", { Q("11,000", MON, "11000", "USD", "", R), Q("22,500 美元", MON, "22500", "USD", "", R) } },
	{ ZH, "10 至 15 公里", { Q("10", NUM, "10", "", "km", R), Q("15 公里", NUM, "15", "", "km", R) } },
	{ ZH, "4 到 6 人", { Q("4", NUM, "4", "", "", R), Q("6", NUM, "6", "", "", R) } },
	{ ZH, "3 到 4 百萬美元", { Q("3", MON, "3000000", "USD", "", R | M), Q("4 百萬美元", MON, "4000000", "USD", "", R | M) } },
	{ ZH, "1000-2000 美元", { Q("1000", MON, "1000", "USD", "", R), Q("2000 美元", MON, "2000", "USD", "", R) } },
	{ ZH, "3、4 公里", { Q("3", NUM, "3", "", "", 0), Q("4 公里", NUM, "4", "", "km", 0) } },
	{ ZH, "3 和 4 公里", { Q("3", NUM, "3", "", "", 0), Q("4 公里", NUM, "4", "", "km", 0) } },
	{ EN, "11,000 to 22,500 dollars", { Q("11,000", MON, "11000", "USD", "", R | X), Q("22,500 dollars", MON, "22500", "USD", "", R | X) } },
	{ EN, "5-10 km", { Q("5", NUM, "5", "", "km", R), Q("10 km", NUM, "10", "", "km", R) } },
	{ EN, "between 3 and 4 km", { Q("3", NUM, "3", "", "km", R), Q("4 km", NUM, "4", "", "km", R) } },
	{ EN, "3 and 4 km", { Q("3", NUM, "3", "", "", 0), Q("4 km", NUM, "4", "", "km", 0) } },
	/* dimensions: each figure in the unit after the last; without a
	 * unit right after it an identifier stays one */
	{ ZH, "36x24mm 底片", { Q("36", NUM, "36", "", "mm", 0), Q("24mm", NUM, "24", "", "mm", 0) } },
	{ ZH, "6x6cm", { Q("6", NUM, "6", "", "cm", 0), Q("6cm", NUM, "6", "", "cm", 0) } },
	{ ZH, "56×56 毫米", { Q("56", NUM, "56", "", "mm", 0), Q("56 毫米", NUM, "56", "", "mm", 0) } },
	{ ZH, "10 x 20 x 30 厘米", { Q("10", NUM, "10", "", "cm", 0), Q("20", NUM, "20", "", "cm", 0), Q("30 厘米", NUM, "30", "", "cm", 0) } },
	{ ZH, "4x4 越野车", { Q("4x4", ID, "4", "", "4x4", 0) } },
	{ EN, "a 36x24mm frame", { Q("36", NUM, "36", "", "mm", 0), Q("24mm", NUM, "24", "", "mm", 0) } },
	{ EN, "56\xc3\x97" "56 mm", { Q("56", NUM, "56", "", "mm", 0), Q("56 mm", NUM, "56", "", "mm", 0) } },
	{ EN, "36 by 24 mm", { Q("36", NUM, "36", "", "mm", 0), Q("24 mm", NUM, "24", "", "mm", 0) } },
	{ EN, "6 x 6 cm", { Q("6", NUM, "6", "", "cm", 0), Q("6 cm", NUM, "6", "", "cm", 0) } },
	{ EN, "a 4x4 vehicle", { Q("4x4", ID, "4", "", "4x4", 0) } },
	/* was an identifier: a glued x is "times" (市盈率15倍 <-> "15x") */
	{ EN, "2x faster", { Q("2x", NUM, "2", "", "x", 0) } },
	{ EN, "3 x 4", { Q("3", NUM, "3", "", "", 0), Q("4", NUM, "4", "", "", 0) } },
	{ EN, "3 by 4 people", { Q("3", NUM, "3", "", "", 0), Q("4", NUM, "4", "", "", 0) } },
	{ EN, "A4x5mm", { Q("A4x5mm", ID, "4", "", "A4x5mm", 0) } },
	/* durations carry a unit both languages share; a calendar year,
	 * an ordinal day, a school grade and a decade do not */
	{ ZH, "6 个月", { Q("6 个月", NUM, "6", "", "month", 0) } },
	{ ZH, "3 小时", { Q("3 小时", NUM, "3", "", "hour", 0) } },
	{ ZH, "17 年后", { Q("17 年", NUM, "17", "", "year", 0) } },
	{ ZH, "17 分钟", { Q("17 分钟", NUM, "17", "", "minute", 0) } },
	{ ZH, "两周", { Q("两周", NUM, "2", "", "week", W) } },
	{ ZH, "30 秒", { Q("30 秒", NUM, "30", "", "second", 0) } },
	{ ZH, "第三天", { Q("第三", ORD, "3", "", "", W) } },
	{ ZH, "2024 年", { Q("2024 年", YR, "2024", "", "", 0) } },
	{ ZH, "9008 年", { Q("9008", NUM, "9008", "", "", 0) } },
	{ ZH, "3 年级", { Q("3", NUM, "3", "", "", 0) } },
	{ ZH, "75 年代", { Q("75", NUM, "75", "", "", 0) } },
	{ EN, "6 months", { Q("6 months", NUM, "6", "", "month", 0) } },
	{ EN, "three hours", { Q("three hours", NUM, "3", "", "hour", W) } },
	{ EN, "ten years later", { Q("ten years", NUM, "10", "", "year", W) } },
	{ EN, "an eight-year plan", { Q("eight-year", NUM, "8", "", "year", W) } },
	{ EN, "twelve minutes", { Q("twelve minutes", NUM, "12", "", "minute", W) } },
	{ EN, "a 10-km walk", { Q("10-km", NUM, "10", "", "km", 0) } },
	{ EN, "the third day", { Q("third", ORD, "3", "", "", W) } },
	{ EN, "a year", { NONE_ } },
	{ EN, "9008 years", { Q("9008", NUM, "9008", "", "", 0) } },
	/* ---- sentences ---- */
	{ EN, "Revenue was RMB 3.4 billion, up 21% year on year.",
	  { Q("RMB 3.4 billion", MON, "3400000000", "CNY", "", M), Q("21%", PCT, "21", "", "", 0) } },
	{ EN, "Operating losses were RMB 3.4 billion, RMB 5 billion and US$6.4 billion.",
	  { Q("RMB 3.4 billion", MON, "3400000000", "CNY", "", M),
	    Q("RMB 5 billion", MON, "5000000000", "CNY", "", M),
	    Q("US$6.4 billion", MON, "6400000000", "USD", "", M) } },
	{ EN, "From 2018 to 2023, it cut 3,000 jobs.",
	  { Q("2018", YR, "2018", "", "", R), Q("2023", YR, "2023", "", "", R),
	    Q("3,000", NUM, "3000", "", "", 0) } },
	{ EN, "Huachang marked its 10th anniversary on October 22.",
	  { Q("10th", ORD, "10", "", "", 0), Q("October 22", DT, "1022", "", "", 0) } },
	/* ---- a bare magnitude or 百/千 after a hedge is one of it ---- */
	{ ZH, "每年营业额超过亿欧元", { Q("亿欧元", MON, "100000000", "EUR", "", A | W | M) } },
	{ ZH, "营收破亿", { Q("亿", NUM, "100000000", "", "", A | W | M) } },
	{ ZH, "票房过亿。", { Q("亿", NUM, "100000000", "", "", A | W | M) } },
	{ ZH, "员工上万人", { Q("万", NUM, "10000", "", "", A | W | M) } },
	{ ZH, "逾亿元", { Q("亿元", MON, "100000000", "CNY", "", A | W | M) } },
	{ ZH, "近亿元", { Q("亿元", MON, "100000000", "CNY", "", A | W | M) } },
	{ ZH, "用户逾百万。", { Q("百万", NUM, "1000000", "", "", A | W | M) } },
	{ ZH, "用戶逾百萬", { Q("百萬", NUM, "1000000", "", "", A | W | M) } },
	/* the hedge needs a figure: a name, an adverb, a word ending in 过 */
	{ ZH, "营收超过万科", { NONE_ } },
	{ ZH, "最近千万别去", { NONE_ } },
	{ ZH, "不过万一下雨", { NONE_ } },
	{ ZH, "通过万达广场", { NONE_ } },
	{ ZH, "过5年再说", { Q("5年", NUM, "5", "", "year", 0) } },
	{ ZH, "亿元", { NONE_ } },
	/* a count of people or of times is a figure even alone */
	{ ZH, "两名乘客", { Q("两", NUM, "2", "", "", W | CT) } },
	{ ZH, "兩次助攻", { Q("兩", NUM, "2", "", "", W | CT) } },
	{ ZH, "三位专家", { Q("三", NUM, "3", "", "", W | CT) } },
	{ ZH, "三家银行", { Q("三", NUM, "3", "", "", W) } },
	{ EN, "on the 22nd of October 2024", { Q("22nd of October 2024", DT, "20241022", "", "", 0) } },
	{ EN, "from March 5 to 11, 2024, then 7", { Q("March 5", DT, "20240305", "", "", R), Q("11, 2024", DT, "20240311", "", "", R), Q("7", NUM, "7", "", "", 0) } },
	{ ZH, "贵州茅台（600519）股价", { Q("600519", ID, "600519", "", "600519", 0) } },
	{ ZH, "航程5000海里", { Q("5000海里", NUM, "5000", "", "nmi", 0) } },
	/* 成 with a next digit, 折 before a sale word, hedges after the unit,
	 * stock codes by exchange, product versions */
	{ ZH, "三成五的用户", { Q("三成五", PCT, "35", "", "", W) } },
	{ ZH, "全场商品八折出售", { Q("八折", PCT, "20", "", "off", W) } },
	{ ZH, "约有5000人参加", { Q("5000", NUM, "5000", "", "", A) } },
	{ ZH, "投资额在5亿元左右", { Q("5亿元", MON, "500000000", "CNY", "", A | M) } },
	{ ZH, "增长率在30%左右", { Q("30%", PCT, "30", "", "", A) } },
	{ ZH, "贵州茅台(600519.SH)", { Q("600519.SH", ID, "600519", "", "600519.SH", 0) } },
	{ EN, "iOS 17.2 and iPhone 15", { Q("iOS 17.2", ID, "17.2", "", "iOS 17.2", 0), Q("iPhone 15", ID, "15", "", "iPhone 15", 0) } },
	{ EN, "SH 5", { Q("5", NUM, "5", "", "", 0) } },
	/* 负 before 百分之; ranges share currency and magnitude; ， groups
	 * ASCII digits only twice or more */
	{ ZH, "增长率为负百分之十二", { Q("负百分之十二", PCT, "-12", "", "", W) } },
	{ ZH, "负百分之三点四", { Q("负百分之三点四", PCT, "-3.4", "", "", W) } },
	{ EN, "revenue of RMB 500-600 million", { Q("RMB 500", MON, "500000000", "CNY", "", M | R), Q("600 million", MON, "600000000", "CNY", "", M | R) } },
	{ EN, "$5-6 billion in sales", { Q("$5", MON, "5000000000", "USD", "", X | M | R), Q("6 billion", MON, "6000000000", "USD", "", X | M | R) } },
	{ EN, "from $10 to 20", { Q("$10", MON, "10", "USD", "", X | R), Q("20", MON, "20", "USD", "", X | R) } },
	/* ， between ASCII digits lists them (tried grouping 12，345，678:
	 * it read price lists 80，180，380元 as one figure) */
	{ ZH, "门票分为80，180，380元", { Q("80", NUM, "80", "", "", 0), Q("180", NUM, "180", "", "", 0), Q("380元", MON, "380", "CNY", "", 0) } },
	/* "the first half" is a period, "the first one" no figure of it */
	{ EN, "in the first half of 2024", { Q("first half", ORD, "1", "", "half", W), Q("2024", YR, "2024", "", "", 0) } },
	{ EN, "the first quarter", { Q("first quarter", ORD, "1", "", "quarter", W) } },
	{ EN, "for the first time", { NONE_ } },
	/* a table's unit header is an amount of no figure */
	{ EN, "(RMB'000)", { Q("RMB'000", MON, "1000", "CNY", "", M) } },
	{ EN, "HK$ '000", { Q("HK$ '000", MON, "1000", "HKD", "", M) } },
	{ EN, "Unit: NT$ thousand", { Q("NT$ thousand", MON, "1000", "TWD", "", M) } },
	{ EN, "(US$ million)", { Q("US$ million", MON, "1000000", "USD", "", M) } },
	{ EN, "3 RMB million", { Q("3 RMB", MON, "3", "CNY", "", 0) } },
	{ EN, "3'000 feet", { Q("3", NUM, "3", "", "", 0), Q("000 feet", NUM, "0", "", "ft", 0) } },
	{ ZH, "（人民币千元）", { Q("人民币千元", MON, "1000", "CNY", "", W) } },
	/* a fraction of a magnitude or a unit; points beside a rate */
	{ EN, "half a million people", { Q("half a million", NUM, "500000", "", "", W | M) } },
	{ EN, "half a billion dollars", { Q("half a billion dollars", MON, "500000000", "USD", "", W | M | X) } },
	{ EN, "half a dozen eggs", { Q("half a dozen", NUM, "6", "", "", W) } },
	{ EN, "by half a percentage point", { Q("half a percentage point", PTS, "0.5", "", "", W) } },
	{ EN, "by a quarter of a percentage point", { Q("a quarter of a percentage point", PTS, "0.25", "", "", W) } },
	{ EN, "a quarter-point cut", { Q("a quarter-point", NUM, "0.25", "", "pt", W) } },
	{ EN, "half a percent", { Q("half a percent", PCT, "0.5", "", "", W) } },
	{ EN, "Gross margin rose 1.8 pts", { Q("1.8 pts", NUM, "1.8", "", "pt", 0) } },
	{ EN, "the eastern half of the island", { NONE_ } },
	{ EN, "half of them", { Q("half", NUM, "0.5", "", "", W) } },
	{ EN, "nearly half of the votes", { Q("half", NUM, "0.5", "", "", W | A) } },
	{ EN, "fell by half", { Q("half", NUM, "0.5", "", "", W) } },
	{ ZH, "净利润下降一半", { Q("一半", NUM, "0.5", "", "", W) } },
	{ ZH, "一点半", { Q("一点半", TM, "130", "", "", W) } },
	/* analysts' period codes and split (fiscal) years */
	{ EN, "In 1Q24, revenue grew", { Q("1Q", ORD, "1", "", "quarter", 0), Q("24", YR, "2024", "", "", 0) } },
	{ EN, "In 2H2023", { Q("2H", ORD, "2", "", "half", 0), Q("2023", YR, "2023", "", "", 0) } },
	{ EN, "In FY23, revenue", { Q("FY23", YR, "2023", "", "", 0) } },
	{ EN, "In FY2023 revenue", { Q("FY2023", YR, "2023", "", "", 0) } },
	{ EN, "3QFY24", { Q("3Q", ORD, "3", "", "quarter", 0), Q("24", YR, "2024", "", "", 0) } },
	{ EN, "FY2023/24", { Q("FY2023", YR, "2023", "", "", R), Q("24", YR, "2024", "", "", R) } },
	{ EN, "the 2023/24 season", { Q("2023", YR, "2023", "", "", R), Q("24", YR, "2024", "", "", R) } },
	{ EN, "5Q24 and FY1", { Q("5Q24", ID, "5", "", "5Q24", 0), Q("FY1", ID, "1", "", "FY1", 0) } },
	{ ZH, "2023财年", { Q("2023财年", YR, "2023", "", "", 0) } },
	{ ZH, "2023/24财年", { Q("2023", YR, "2023", "", "", R), Q("24", YR, "2024", "", "", R) } },
	{ ZH, "2023-24年度", { Q("2023", YR, "2023", "", "", R), Q("24年", YR, "2024", "", "", R) } },
	{ ZH, "3/4", { Q("3", NUM, "3", "", "", 0), Q("4", NUM, "4", "", "", 0) } },
	/* currencies of the region and of trade */
	{ ZH, "净利润为34亿澳门元", { Q("34亿澳门元", MON, "3400000000", "MOP", "", M) } },
	{ ZH, "拨款50亿澳元", { Q("50亿澳元", MON, "5000000000", "AUD", "", M) } },
	{ ZH, "票价为2万韩元", { Q("2万韩元", MON, "20000", "KRW", "", M) } },
	{ ZH, "售价300新加坡元", { Q("300新加坡元", MON, "300", "SGD", "", 0) } },
	{ EN, "Net profit was MOP3.4 billion", { Q("MOP3.4 billion", MON, "3400000000", "MOP", "", M) } },
	{ EN, "A$5 billion", { Q("A$5 billion", MON, "5000000000", "AUD", "", M) } },
	{ EN, "S$300 and C$20", { Q("S$300", MON, "300", "SGD", "", 0), Q("C$20", MON, "20", "CAD", "", 0) } },
	{ EN, "20,000 Korean won", { Q("20,000 Korean won", MON, "20000", "KRW", "", 0) } },
	{ EN, "5 million Swiss francs", { Q("5 million Swiss francs", MON, "5000000", "CHF", "", M) } },
	/* a long month name misspelt by one letter is that month */
	{ EN, "on Novemeber 26, 2008", { Q("Novemeber 26, 2008", DT, "20081126", "", "", 0) } },
	{ EN, "Feburary 3", { Q("Feburary 3", DT, "203", "", "", 0) } },
	{ EN, "Janurary 2020", { Q("Janurary", DT, "100", "", "", 0), Q("2020", YR, "2020", "", "", 0) } },
	{ EN, "Septmber 1", { Q("Septmber 1", DT, "901", "", "", 0) } },
	{ EN, "Decembre 25", { Q("Decembre 25", DT, "1225", "", "", 0) } },
	{ EN, "Marc 26", { Q("26", NUM, "26", "", "", 0) } },
	{ EN, "Novelist 26", { Q("26", NUM, "26", "", "", 0) } },
	{ EN, "november 26", { Q("26", NUM, "26", "", "", 0) } },
};

static void check_case(const struct xcase *c, zhen_convert_mode conv)
{
	zhen_ctx *ctx;
	zhen_quantities *qs;
	size_t n = 0;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, (zhen_lang)c->lang, conv,
	                                      c->text, strlen(c->text), 0), 0);
	while (n < 5 && c->q[n].span)
		n++;
	for (size_t i = 0; i < zhen_quantities_count(qs) && i < n; i++) {
		const zhen_quantity *q = zhen_quantities_get(qs, i);
		const struct xq *x = &c->q[i];
		char v[128];
		zhen_decimal_format(v, sizeof v, q->value, 0);
		ck_assert_msg(q->end >= q->start && q->end <= strlen(c->text),
		              "%s: bad span", c->text);
		ck_assert_msg(strlen(x->span) == q->end - q->start &&
		              !memcmp(x->span, c->text + q->start, q->end - q->start),
		              "%s: #%zu span '%.*s', want '%s'", c->text, i,
		              (int)(q->end - q->start), c->text + q->start, x->span);
		ck_assert_msg((int)q->kind == x->kind, "%s: #%zu kind %s, want %s",
		              c->text, i, zhen_qkind_name(q->kind),
		              zhen_qkind_name((zhen_qkind)x->kind));
		ck_assert_msg(!strcmp(v, x->value), "%s: #%zu value %s, want %s",
		              c->text, i, v, x->value);
		ck_assert_msg(!strcmp(q->currency, x->cur),
		              "%s: #%zu currency '%s', want '%s'", c->text, i,
		              q->currency, x->cur);
		ck_assert_msg(!strcmp(q->unit, x->unit),
		              "%s: #%zu unit '%s', want '%s'", c->text, i, q->unit,
		              x->unit);
		/* the flags of the words around a figure (MEASURED,
		 * INCREASE, DECREASE, DAYPART) are checked by their own
		 * table */
		const unsigned ctxf = ZHEN_QF_MEASURED | ZHEN_QF_INCREASE |
		                      ZHEN_QF_DECREASE | ZHEN_QF_DAYPART;
		ck_assert_msg((q->flags & ~ctxf) == (x->flags & ~ctxf),
		              "%s: #%zu flags %#x, want %#x", c->text, i,
		              q->flags & ~ctxf, x->flags & ~ctxf);
		if (i)
			ck_assert(q->start >= zhen_quantities_get(qs, i - 1)->end);
	}
	ck_assert_msg(zhen_quantities_count(qs) == n, "%s: %zu quantities, want %zu",
	              c->text, zhen_quantities_count(qs), n);
	zhen_quantities_free(qs);
	zhen_ctx_free(ctx);
}

START_TEST(table)
{
	check_case(&cases[_i], ZHEN_CONVERT_NONE);
}
END_TEST

/* ---- a measure word after a Chinese figure: ZHEN_QF_MEASURED ---- */
/* ---- the words around a figure: MEASURED, INCREASE, DECREASE, DAYPART ---- */
enum { MS = ZHEN_QF_MEASURED, UP = ZHEN_QF_INCREASE, DN = ZHEN_QF_DECREASE,
       DP = ZHEN_QF_DAYPART };
static const struct {
	int lang;
	const char *text;
	unsigned flags; /* of the first quantity, among MS | UP | DN */
} measured[] = {
	{ ZH, "3家工厂", MS }, { ZH, "5个国家", MS }, { ZH, "两名乘客", MS },
	{ ZH, "共1,234,567人", MS }, { ZH, "11 分", 0 }, { ZH, "34亿元", 0 },
	{ ZH, "5公里", 0 }, { ZH, "21%", 0 },
	{ ZH, "增长3倍", UP }, { ZH, "增长了超过1.5倍", UP }, { ZH, "是去年的两倍", 0 },
	{ ZH, "同比下降3.4%", DN }, { ZH, "亏损5亿元", DN }, { ZH, "下降至3.4%", 0 },
	{ EN, "rose 1.8 ppt", UP }, { EN, "fell by about 12%", DN },
	{ EN, "GDP contracted 6.8%", DN }, { EN, "a net loss of RMB 350 million", DN },
	{ EN, "fell to 12%", 0 }, { EN, "was 300% of last year's", 0 },
	{ ZH, "下午6点开会", DP }, { ZH, "6点开会", 0 }, { EN, "at 6 pm", DP },
	{ EN, "at 9.15am", DP }, { EN, "at 9:15", 0 },
};

START_TEST(measured_flag)
{
	zhen_ctx *ctx;
	zhen_quantities *qs;
	const unsigned ctxf = MS | UP | DN | DP;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, (zhen_lang)measured[_i].lang,
	                                      ZHEN_CONVERT_NONE, measured[_i].text,
	                                      strlen(measured[_i].text), 0), 0);
	ck_assert_uint_ge(zhen_quantities_count(qs), 1);
	ck_assert_msg((zhen_quantities_get(qs, 0)->flags & ctxf) ==
	              measured[_i].flags, "%s: %#x, want %#x", measured[_i].text,
	              zhen_quantities_get(qs, 0)->flags & ctxf, measured[_i].flags);
	zhen_quantities_free(qs);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- precision: the exponent of the last written digit ---- */
static const struct {
	int lang;
	const char *text;
	int32_t prec;
} precs[] = {
	{ ZH, "34亿", 8 }, { ZH, "1.74亿", 6 }, { ZH, "3", 0 }, { ZH, "三十", 1 },
	{ ZH, "三万五", 3 }, { ZH, "5千4百万", 6 }, { ZH, "一百零五", 0 },
	{ ZH, "0.25", -2 }, { ZH, "12.5万", 3 }, { EN, "174 million", 6 },
	{ EN, "3.4 billion", 8 }, { EN, "1.1bn", 8 }, { EN, "3", 0 },
	{ EN, "0.054 million", 3 }, { EN, "1,234.50", -2 },
};

START_TEST(precision)
{
	zhen_ctx *ctx;
	zhen_quantities *qs;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, (zhen_lang)precs[_i].lang,
	                                      ZHEN_CONVERT_NONE, precs[_i].text,
	                                      strlen(precs[_i].text), 0), 0);
	ck_assert_uint_eq(zhen_quantities_count(qs), 1);
	ck_assert_msg(zhen_quantities_get(qs, 0)->precision == precs[_i].prec,
	              "%s: precision %d, want %d", precs[_i].text,
	              zhen_quantities_get(qs, 0)->precision, precs[_i].prec);
	zhen_quantities_free(qs);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- formatting ---- */
static const struct {
	int lang;
	const char *text;
	const char *grouped, *plain;
} fmts[] = {
	{ ZH, "34亿元", "CNY 3,400,000,000", "CNY 3400000000" },
	{ EN, "21%", "21%", "21%" },
	{ EN, "3.5 percentage points", "3.5 pp", "3.5 pp" },
	{ EN, "10th", "10th", "10th" },
	{ ZH, "第一", "1st", "1st" },
	{ ZH, "第二", "2nd", "2nd" },
	{ ZH, "第三", "3rd", "3rd" },
	{ EN, "11th", "11th", "11th" },
	{ EN, "22nd", "22nd", "22nd" },
	{ ZH, "2024年", "2024", "2024" },
	{ EN, "October 22", "10-22", "10-22" },
	{ EN, "March 5", "03-05", "03-05" },
	{ EN, "October 22, 2024", "2024-10-22", "2024-10-22" },
	{ ZH, "1.7亿", "170,000,000", "170000000" },
	{ EN, "AI 2.0", "2.0", "2.0" },
	{ EN, "A100", "100", "100" },
	{ EN, "200 MW", "200 MW", "200 MW" },
	{ EN, "0.5", "0.5", "0.5" },
};

START_TEST(format)
{
	zhen_ctx *ctx;
	zhen_quantities *qs;
	char buf[64], small[4];
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, (zhen_lang)fmts[_i].lang,
	                                      ZHEN_CONVERT_NONE, fmts[_i].text,
	                                      strlen(fmts[_i].text), 0), 0);
	ck_assert_uint_eq(zhen_quantities_count(qs), 1);
	const zhen_quantity *q = zhen_quantities_get(qs, 0);
	size_t n = zhen_quantity_format(buf, sizeof buf, q, 1);
	ck_assert_str_eq(buf, fmts[_i].grouped);
	ck_assert_uint_eq(n, strlen(fmts[_i].grouped));
	zhen_quantity_format(buf, sizeof buf, q, 0);
	ck_assert_str_eq(buf, fmts[_i].plain);
	/* truncation keeps the snprintf contract */
	ck_assert_uint_eq(zhen_quantity_format(small, sizeof small, q, 1), n);
	ck_assert_uint_eq(strlen(small), n < 3 ? n : 3);
	zhen_quantities_free(qs);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(kind_names)
{
	static const char *const names[] = { "number", "money", "percent",
		"points", "ordinal", "year", "date", "ident", "time" };
	for (int k = 0; k < 9; k++)
		ck_assert_str_eq(zhen_qkind_name((zhen_qkind)k), names[k]);
}
END_TEST

/* ---- offsets: base, width folding, spans into the original bytes ---- */
START_TEST(offsets)
{
	zhen_ctx *ctx;
	zhen_quantities *qs;
	const char *t = "收入３４億元和21%";
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, ZHEN_LANG_ZH,
	                                      ZHEN_CONVERT_NONE, t, strlen(t),
	                                      1000), 0);
	ck_assert_uint_eq(zhen_quantities_count(qs), 2);
	const zhen_quantity *q = zhen_quantities_get(qs, 0);
	ck_assert_uint_eq(q->start, 1000 + strlen("收入"));
	ck_assert_uint_eq(q->end, 1000 + strlen("收入３４億元"));
	q = zhen_quantities_get(qs, 1);
	ck_assert_uint_eq(q->end, 1000 + strlen(t));
	zhen_quantities_free(qs);
	/* bad arguments */
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, ZHEN_LANG_ZH,
	                                      ZHEN_CONVERT_AUTO, t, strlen(t), 0),
	                 ZHEN_EUSAGE);
	ck_assert_ptr_null(qs);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, (zhen_lang)7,
	                                      ZHEN_CONVERT_NONE, t, strlen(t), 0),
	                 ZHEN_EUSAGE);
	ck_assert_uint_eq(zhen_quantities_count(NULL), 0);
	ck_assert_ptr_null(zhen_quantities_get(NULL, 0));
	zhen_quantities_free(NULL);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- one context, many texts: the reader reuses its buffers ----
 * Texts of growing and shrinking length through one context, each read
 * twice (forward and backward order) with the same result; the spans
 * point at the caller's bytes through full-width folds, a window whose
 * conversion changes byte length (䂎 → 𥎝 in t2s: the slow path), a
 * word that ends the text (the English scan reads 8 bytes at a time). */
static const struct {
	int lang;
	zhen_convert_mode conv;
	const char *text;
	size_t n;
	const char *first, *last;
} reuse[] = {
	{ ZH, ZHEN_CONVERT_T2S, "䂎三萬人", 1, "三萬", "三萬" },
	{ ZH, ZHEN_CONVERT_T2S, "䂎䂎，３４億元和２１％", 2, "３４億元", "２１％" },
	{ ZH, ZHEN_CONVERT_NONE, "（注：）共１，２３４人，約３萬", 2, "１，２３４", "３萬" },
	{ ZH, ZHEN_CONVERT_T2S, "你好世界，沒有數字。", 0, NULL, NULL },
	{ ZH, ZHEN_CONVERT_T2S, "", 0, NULL, NULL },
	{ ZH, ZHEN_CONVERT_TW2S, "第十屆，逾五成", 2, "第十", "五成" },
	{ EN, ZHEN_CONVERT_NONE, "seven", 1, "seven", "seven" },
	{ EN, ZHEN_CONVERT_NONE, "", 0, NULL, NULL },
	{ EN, ZHEN_CONVERT_NONE, "internationalization 5 Seventeen", 2, "5", "Seventeen" },
	{ EN, ZHEN_CONVERT_NONE, "ＡＢ twenty-one　and　１２ seven", 3, "twenty-one", "seven" },
	{ EN, ZHEN_CONVERT_NONE, "Characteristically, the thirtyfold twelve", 1, "twelve", "twelve" },
	{ EN, ZHEN_CONVERT_NONE, "one hundred and twenty", 1, "one hundred and twenty", "one hundred and twenty" },
};

static void check_reuse(zhen_ctx *ctx, size_t k)
{
	zhen_quantities *qs;
	const char *t = reuse[k].text;
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, (zhen_lang)reuse[k].lang,
	                                      reuse[k].conv, t, strlen(t), 0), 0);
	size_t n = zhen_quantities_count(qs);
	ck_assert_msg(n == reuse[k].n, "%s: %zu quantities, want %zu", t, n,
	              reuse[k].n);
	for (size_t i = 0; i < n; i += n - 1) {
		const zhen_quantity *q = zhen_quantities_get(qs, i);
		const char *want = i ? reuse[k].last : reuse[k].first;
		ck_assert_msg(q->end - q->start == strlen(want) &&
		              !memcmp(t + q->start, want, strlen(want)),
		              "%s: #%zu '%.*s', want '%s'", t, i,
		              (int)(q->end - q->start), t + q->start, want);
		if (n == 1)
			break;
	}
	zhen_quantities_free(qs);
}

START_TEST(buffer_reuse)
{
	zhen_ctx *ctx;
	size_t n = sizeof reuse / sizeof reuse[0];
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t k = 0; k < n; k++)
		check_reuse(ctx, k);
	for (size_t k = n; k-- > 0;)
		check_reuse(ctx, k);
	zhen_ctx_free(ctx);
}
END_TEST

/* ---- dictionaries given at run time ---- */
/* @p entries added to @p dict, then @p text read: one quantity. */
static zhen_quantities *add_and_read(zhen_ctx *ctx, const char *dict,
                                     const char *entries, zhen_lang lang,
                                     const char *text)
{
	zhen_quantities *qs;
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, dict, entries, strlen(entries)),
	                 0);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, lang, ZHEN_CONVERT_NONE,
	                                      text, strlen(text), 0), 0);
	ck_assert_uint_eq(zhen_quantities_count(qs), 1);
	return qs;
}

START_TEST(add_dict)
{
	zhen_ctx *ctx;
	zhen_quantities *qs;
	const char *t = "5 furlongs and SGD 3 million and S$4m";
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	const char *units = "# Format: text<TAB>canonical<TAB>lang\n"
	                    "furlongs\tfurlong\ten\n";
	const char *cur = "SGD\tSGD\tany\tboth\t-\nS$\tSGD\tany\tpre\t-\n";
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "units.tsv", units,
	                                   strlen(units)), 0);
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "currencies.tsv", cur,
	                                   strlen(cur)), 0);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, ZHEN_LANG_EN,
	                                      ZHEN_CONVERT_NONE, t, strlen(t), 0),
	                 0);
	ck_assert_uint_eq(zhen_quantities_count(qs), 3);
	ck_assert_str_eq(zhen_quantities_get(qs, 0)->unit, "furlong");
	ck_assert_str_eq(zhen_quantities_get(qs, 1)->currency, "SGD");
	ck_assert_str_eq(zhen_quantities_get(qs, 2)->currency, "SGD");
	zhen_quantities_free(qs);

	/* a bad line: error with the line, and nothing of the file kept */
	const char *bad = "xx\tXXX\tany\tpre\t-\nyy\tYYY\tmars\tpre\t-\n";
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "currencies.tsv", bad,
	                                   strlen(bad)), ZHEN_EDICT);
	ck_assert_ptr_nonnull(strstr(zhen_ctx_errmsg(ctx), "line 2"));
	const char *t2 = "xx5";
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, ZHEN_LANG_EN,
	                                      ZHEN_CONVERT_NONE, t2, strlen(t2), 0),
	                 0);
	ck_assert_uint_eq(zhen_quantities_count(qs), 1);
	ck_assert_int_eq(zhen_quantities_get(qs, 0)->kind, ZHEN_Q_IDENT);
	zhen_quantities_free(qs);
	const char *bad2[] = { "a\tb\n", "x\tdigit\tq\n", "x\tnope\t1\n" };
	for (int k = 0; k < 3; k++)
		ck_assert_int_eq(zhen_ctx_add_dict(ctx, "zh_numerals.tsv", bad2[k],
		                                   strlen(bad2[k])), ZHEN_EDICT);
	/* extra numerals: 廿 = 20 as a unit word */
	qs = add_and_read(ctx, "zh_numerals.tsv", "仨\tdigit\t3\n",
	                  ZHEN_LANG_ZH, "仨万");
	ck_assert_int_eq(zhen_quantities_get(qs, 0)->value.coef, 3);
	ck_assert_int_eq(zhen_quantities_get(qs, 0)->value.exp, 4);
	zhen_quantities_free(qs);
	/* values past nine digits: a vague word may stand for 10^12 */
	qs = add_and_read(ctx, "en_number_words.tsv",
	                  "gazillions\tvague\t1000000000000\n", ZHEN_LANG_EN,
	                  "gazillions of dollars");
	ck_assert_int_eq(zhen_quantities_get(qs, 0)->kind, ZHEN_Q_MONEY);
	ck_assert(zhen__dec_eq(zhen_quantities_get(qs, 0)->value,
	                       zhen__dec(1, 12)));
	zhen_quantities_free(qs);
	/* a fourth column: the word a noun-like number word must come
	 * before (a gross of pencils, but a gross profit) */
	qs = add_and_read(ctx, "en_number_words.tsv", "gross\ttimes\t144\tof\n",
	                  ZHEN_LANG_EN, "a gross of pencils, a gross profit");
	ck_assert(zhen__dec_eq(zhen_quantities_get(qs, 0)->value,
	                       zhen__dec(144, 0)));
	zhen_quantities_free(qs);
	const char *longnext = "x\ttimes\t2\tabcdefghijklmnopqrstuvwxyz\n";
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "en_number_words.tsv", longnext,
	                                   strlen(longnext)), ZHEN_EDICT);
	const char *huge = "x\tvague\t1234567890123456789\n";
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "en_number_words.tsv", huge,
	                                   strlen(huge)), ZHEN_EDICT);
	ck_assert_int_eq(zhen_ctx_add_dict(ctx, "nope.tsv", "", 0), ZHEN_EUSAGE);
	zhen_ctx_free(ctx);
}
END_TEST

/* Every built-in dictionary of the number reader starts with its format
 * line. */
START_TEST(dict_headers)
{
	for (int k = 0; k < ZHEN__NDICTS; k++) {
		const struct zhen__dict *d = &zhen__dicts[k];
		if (d->stage != ZHEN__STAGE_NUMBERS)
			continue;
		ck_assert_msg(d->len > 10 && !strncmp(d->text, "# Format: ", 10),
		              "%s", d->name);
	}
}
END_TEST

/* The unit codes the code relies on (numbers.h) are canonical units of
 * dicts/units.tsv, and those the reader sets itself are none: an edit of
 * the dictionary can neither drop nor shadow one. */
static bool canonical_unit(const char *code)
{
	const struct zhen__dict *d = &zhen__dicts[ZHEN__DICT_UNITS];
	struct zhen__dict_iter it;

	zhen__dict_iter_init(&it, d->text, d->len);
	while (zhen__dict_iter_next(&it))
		if (it.nfields >= 2 && it.flen[1] == strlen(code) &&
		    !memcmp(it.field[1], code, it.flen[1]))
			return true;
	return false;
}

/* Latent numerals: only zhen_numbers_extract_all() returns them. */
START_TEST(latent_only_when_asked)
{
	const char t[] = "全球十大零售商，一些人";
	zhen_ctx *ctx;
	zhen_quantities *q;

	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_numbers_extract(&q, ctx, ZHEN_LANG_ZH,
	                                      ZHEN_CONVERT_NONE, t, strlen(t), 0), 0);
	ck_assert_uint_eq(zhen_quantities_count(q), 0);
	zhen_quantities_free(q);
	ck_assert_int_eq(zhen_numbers_extract_all(&q, ctx, ZHEN_LANG_ZH,
	                                          ZHEN_CONVERT_NONE, t, strlen(t),
	                                          0), 0);
	ck_assert_uint_ge(zhen_quantities_count(q), 2);
	const zhen_quantity *ten = zhen_quantities_get(q, 0);
	ck_assert(ten->flags & ZHEN_QF_LATENT);
	char v[32];
	zhen_decimal_format(v, sizeof v, ten->value, 0);
	ck_assert_str_eq(v, "10");
	for (size_t i = 0; i < zhen_quantities_count(q); i++) {
		ck_assert(zhen_quantities_get(q, i)->flags & ZHEN_QF_LATENT);
		if (i)
			ck_assert_uint_ge(zhen_quantities_get(q, i)->start,
			                  zhen_quantities_get(q, i - 1)->start);
	}
	zhen_quantities_free(q);
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(unit_codes)
{
	static const char *const in_dict[] = { ZHEN_UNIT_YEAR, ZHEN_UNIT_MONTH,
		ZHEN_UNIT_WEEK, ZHEN_UNIT_DAY, ZHEN_UNIT_HOUR, ZHEN_UNIT_MINUTE,
		ZHEN_UNIT_SECOND,
		ZHEN_UNIT_METRE, ZHEN_UNIT_KM, ZHEN_UNIT_FOOT, ZHEN_UNIT_POINT,
		ZHEN_UNIT_TIMES, ZHEN_UNIT_TEAM, ZHEN_UNIT_PERSON, ZHEN_UNIT_LIANG };
	static const char *const by_reader[] = { ZHEN_UNIT_QUARTER,
		ZHEN_UNIT_HALF, ZHEN_UNIT_OFF };
	for (size_t i = 0; i < sizeof in_dict / sizeof *in_dict; i++)
		ck_assert_msg(canonical_unit(in_dict[i]), "%s not in units.tsv",
		              in_dict[i]);
	for (size_t i = 0; i < sizeof by_reader / sizeof *by_reader; i++)
		ck_assert_msg(!canonical_unit(by_reader[i]), "%s in units.tsv",
		              by_reader[i]);
}
END_TEST

/* ---- Traditional and Simplified read the same ---- */
static const char *const pairs[][2] = {
	{ "營收34億元，同比增長21%。", "营收34亿元，同比增长21%。" },
	{ "三萬五千人", "三万五千人" },
	{ "兩千六百個", "两千六百个" },
	{ "負十一點五", "负十一点五" },
	{ "一億五千萬零六千三百五十五", "一亿五千万零六千三百五十五" },
	{ "2018-2023年，三年內研發支出分別為31億元、47億元、118億元、165億元、58億美元和61億美元。",
	  "2018-2023年，三年内研发支出分别为31亿元、47亿元、118亿元、165亿元、58亿美元和61亿美元。" },
	{ "從10月22日開始", "从10月22日开始" },
	{ "第三", "第三" },
	{ "1萬1千到2萬2千5百美元", "1万1千到2万2千5百美元" },
	{ "5千4百萬", "5千4百万" },
};

/* Equal readings. The one place the scripts do not read alike: 元 in
 * Traditional text of no known region may be NT$, HK$ or MOP$ as well
 * as 人民币 (numbers.c set_currency()), so its ambiguity is not compared
 * here and is asserted on its own (trad_yuan). */
static bool quantities_equal(const zhen_quantities *a, const zhen_quantities *b)
{
	if (zhen_quantities_count(a) != zhen_quantities_count(b))
		return false;
	for (size_t i = 0; i < zhen_quantities_count(a); i++) {
		const zhen_quantity *x = zhen_quantities_get(a, i);
		const zhen_quantity *y = zhen_quantities_get(b, i);
		unsigned fx = x->flags, fy = y->flags;
		if (!strcmp(x->currency, "CNY") &&
		    !strcmp(x->currency_alt, "TWD HKD MOP"))
			fx &= ~(unsigned)ZHEN_QF_CUR_AMBIGUOUS;
		if (!zhen__dec_eq(x->value, y->value) || x->kind != y->kind ||
		    fx != fy || x->precision != y->precision ||
		    strcmp(x->currency, y->currency) || strcmp(x->unit, y->unit))
			return false;
	}
	return true;
}

/* 元: 人民币 in Simplified, the region's dollar in Taiwan's or Hong Kong's
 * text, any of them in Traditional of no known region. */
START_TEST(trad_yuan)
{
	static const struct {
		zhen_convert_mode conv;
		const char *text, *cur, *alt;
	} c[] = {
		{ ZHEN_CONVERT_NONE, "营收34亿元", "CNY", "" },
		{ ZHEN_CONVERT_T2S, "營收34億元", "CNY", "TWD HKD MOP" },
		{ ZHEN_CONVERT_TW2S, "營收34億元", "TWD", "" },
		{ ZHEN_CONVERT_HK2S, "營收34億元", "HKD", "" },
		{ ZHEN_CONVERT_T2S, "營收34億美元", "USD", "" },
		{ ZHEN_CONVERT_TW2S, "營收34億元人民幣", "CNY", "" },
	};
	zhen_ctx *ctx;
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		zhen_quantities *q;
		ck_assert_int_eq(zhen_numbers_extract(&q, ctx, ZHEN_LANG_ZH,
		                                      c[i].conv, c[i].text,
		                                      strlen(c[i].text), 0), 0);
		ck_assert_uint_eq(zhen_quantities_count(q), 1);
		const zhen_quantity *x = zhen_quantities_get(q, 0);
		ck_assert_str_eq(x->currency, c[i].cur);
		ck_assert_str_eq(x->currency_alt, c[i].alt);
		ck_assert(!(x->flags & ZHEN_QF_CUR_AMBIGUOUS) == !c[i].alt[0]);
		zhen_quantities_free(q);
	}
	zhen_ctx_free(ctx);
}
END_TEST

START_TEST(trad_simp_none)
{
	zhen_ctx *ctx;
	zhen_quantities *qt, *qs;
	const char *t = pairs[_i][0], *s = pairs[_i][1];
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	ck_assert_int_eq(zhen_numbers_extract(&qt, ctx, ZHEN_LANG_ZH,
	                                      ZHEN_CONVERT_NONE, t, strlen(t), 0), 0);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, ZHEN_LANG_ZH,
	                                      ZHEN_CONVERT_NONE, s, strlen(s), 0), 0);
	ck_assert_uint_gt(zhen_quantities_count(qs), 0);
	ck_assert_msg(quantities_equal(qt, qs), "%s", t);
	zhen_quantities_free(qt);
	zhen_quantities_free(qs);
	zhen_ctx_free(ctx);
}
END_TEST

/* With conversion, dictionary words in Traditional (人民幣, 港幣, 個百分點,
 * 週年) read like their Simplified forms. Needs a working convert.c. */
static const char *const tpairs[][2] = {
	{ "港幣12億元", "港币12亿元" },
	{ "人民幣34億元", "人民币34亿元" },
	{ "上升3.5個百分點", "上升3.5个百分点" },
	{ "華昌迎來了公司成立十週年。", "华昌迎来了公司成立十周年。" },
	{ "超過60億美元", "超过60亿美元" },
	{ "約100餘人", "约100余人" },
	{ "新台幣1兆元", "新台币1兆元" },
	{ "營收34億元，同比增長21%。", "营收34亿元，同比增长21%。" },
	{ "兩個", "两个" },
	{ "兩週後，17 分鐘", "两周后，17 分钟" },
	{ "6 個月", "6 个月" },
	{ "典型房客是 20 來歲的年輕人", "典型房客是 20 来岁的年轻人" },
	{ "氣溫為華氏 90 幾度", "气温为华氏 90 几度" },
	{ "2018-2023年，三年內研發支出分別為31億元、47億元、118億元、165億元、58億美元和61億美元。",
	  "2018-2023年，三年内研发支出分别为31亿元、47亿元、118亿元、165亿元、58亿美元和61亿美元。" },
};

static bool opencc_works(zhen_ctx *ctx)
{
	char *o = NULL;
	size_t n = 0;
	int rc = zhen__opencc(&o, &n, ctx, ZHEN_CONVERT_T2S, "億", strlen("億"));
	bool ok = rc == 0 && o && !strcmp(o, "亿");
	free(o);
	return ok;
}

START_TEST(trad_simp_t2s)
{
	zhen_ctx *ctx;
	zhen_quantities *qt, *qs;
	const char *t = tpairs[_i][0], *s = tpairs[_i][1];
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	/* Converting must never fail the extraction, converter or not. */
	ck_assert_int_eq(zhen_numbers_extract(&qt, ctx, ZHEN_LANG_ZH,
	                                      ZHEN_CONVERT_T2S, t, strlen(t), 0), 0);
	ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, ZHEN_LANG_ZH,
	                                      ZHEN_CONVERT_NONE, s, strlen(s), 0), 0);
	if (opencc_works(ctx)) {
		ck_assert_msg(quantities_equal(qt, qs), "%s", t);
		/* spans still point into the Traditional bytes */
		const zhen_quantity *q = zhen_quantities_get(qt, 0);
		ck_assert_uint_le(q->end, strlen(t));
	} else {
		fprintf(stderr, "trad_simp_t2s: OpenCC unavailable, compared"
		        " counts only: %s\n", t);
	}
	zhen_quantities_free(qt);
	zhen_quantities_free(qs);
	zhen_ctx_free(ctx);
}
END_TEST

/* The reader converts code point by code point from a cache of OpenCC's
 * answers, without OpenCC's phrase context (numbers.c, convert_windows):
 * every FLORES Traditional line must read exactly as OpenCC's own
 * whole-line conversion of it does, in each mode, on one context (so
 * the cache is reused across lines). */
static const zhen_convert_mode cache_modes[] = {
	ZHEN_CONVERT_T2S, ZHEN_CONVERT_TW2S, ZHEN_CONVERT_HK2S,
};

START_TEST(cache_vs_opencc)
{
	const char *dir = getenv("ZHEN_SHARED");
	zhen_convert_mode mode = cache_modes[_i];
	char path[4096], line[8192];
	int lines = 0, withq = 0;
	zhen_ctx *ctx;
	FILE *f;

	if (!dir) {
		fprintf(stderr, "cache_vs_opencc: ZHEN_SHARED not set, skipped\n");
		return;
	}
	snprintf(path, sizeof path, "%s/data/flores200-dev/zho_Hant.txt", dir);
	if (!(f = fopen(path, "r"))) {
		fprintf(stderr, "cache_vs_opencc: %s absent, skipped\n", path);
		return;
	}
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	if (!opencc_works(ctx)) {
		fprintf(stderr, "cache_vs_opencc: OpenCC unavailable, skipped\n");
		fclose(f);
		zhen_ctx_free(ctx);
		return;
	}
	while (fgets(line, sizeof line, f)) {
		size_t n = strcspn(line, "\r\n"), sl = 0;
		char *simp = NULL;
		zhen_quantities *qc, *qo;
		ck_assert_int_eq(zhen_convert(&simp, &sl, ctx, mode, line, n), 0);
		ck_assert_int_eq(zhen_numbers_extract(&qc, ctx, ZHEN_LANG_ZH, mode,
		                                      line, n, 0), 0);
		ck_assert_int_eq(zhen_numbers_extract(&qo, ctx, ZHEN_LANG_ZH,
		                                      ZHEN_CONVERT_NONE, simp, sl,
		                                      0), 0);
		ck_assert_msg(quantities_equal(qc, qo), "%s: %.*s",
		              zhen_convert_mode_name(mode), (int)n, line);
		lines++;
		withq += zhen_quantities_count(qc) > 0;
		zhen_quantities_free(qc);
		zhen_quantities_free(qo);
		zhen_free(simp);
	}
	fclose(f);
	zhen_ctx_free(ctx);
	ck_assert_int_gt(lines, 900);
	ck_assert_int_gt(withq, 300);
}
END_TEST

/* ---- the shared vectors: one Chinese numeral per row ---- */

/* Measured: 272 of 296. The misses are by design (a lone 一 or 十 is no
 * number without a measure word; 萬五 starts with a magnitude like 万一),
 * contested (一一 = 11 here, an error in cn2an's strict mode), or not
 * read yet (元整/角/分 amounts, 廿, 幺, 京, 万万). */
#define PARSE_ALL_FLOOR 270

static bool parse_expected(const char *s, size_t n, zhen_decimal *out)
{
	bool neg = n && s[0] == '-';
	if (neg) {
		s++;
		n--;
	}
	if (!zhen__dec_parse(out, NULL, s, n))
		return false;
	if (neg)
		out->coef = -out->coef;
	return true;
}

START_TEST(parse_all)
{
	const char *dir = getenv("ZHEN_SHARED");
	char path[4096];
	FILE *f;
	char line[1024];
	int total = 0, pass = 0;
	zhen_ctx *ctx;

	if (!dir) {
		fprintf(stderr, "parse_all: ZHEN_SHARED not set, skipped\n");
		return;
	}
	snprintf(path, sizeof path, "%s/vectors/parse_all.tsv", dir);
	if (!(f = fopen(path, "r"))) {
		fprintf(stderr, "parse_all: %s absent, skipped\n", path);
		return;
	}
	ck_assert_int_eq(zhen_ctx_new(&ctx), 0);
	bool header = true;
	while (fgets(line, sizeof line, f)) {
		char *tab1 = strchr(line, '\t'), *tab2;
		if (header) {
			header = false;
			continue;
		}
		if (!tab1 || !(tab2 = strchr(tab1 + 1, '\t')))
			continue;
		const char *in = line;
		size_t inlen = (size_t)(tab1 - line);
		const char *want = tab1 + 1;
		size_t wlen = (size_t)(tab2 - want);
		bool error = wlen == 5 && !memcmp(want, "ERROR", 5);
		zhen_decimal wv;
		if (!error && !parse_expected(want, wlen, &wv))
			continue; /* beyond 18 digits: not representable */
		zhen_quantities *qs;
		total++;
		ck_assert_int_eq(zhen_numbers_extract(&qs, ctx, ZHEN_LANG_ZH,
		                                      ZHEN_CONVERT_NONE, in, inlen,
		                                      0), 0);
		const zhen_quantity *q = zhen_quantities_get(qs, 0);
		bool whole = zhen_quantities_count(qs) == 1 && q->start == 0 &&
		             q->end == inlen;
		bool ok = error ? !whole : whole && zhen__dec_eq(q->value, wv);
		if (ok)
			pass++;
		else if (getenv("ZHEN_VERBOSE"))
			fprintf(stderr, "parse_all: miss %.*s -> %.*s\n", (int)inlen,
			        in, (int)wlen, want);
		zhen_quantities_free(qs);
	}
	fclose(f);
	zhen_ctx_free(ctx);
	printf("parse_all.tsv: %d of %d rows pass (floor %d)\n", pass, total,
	       PARSE_ALL_FLOOR);
	ck_assert_int_ge(pass, PARSE_ALL_FLOOR);
}
END_TEST

/* A document's figures are packed while it is aligned (numbers/packed.c):
 * unpacked, every field is back, at the ends of its range too. */
START_TEST(packed_round_trip)
{
	zhen_quantity q[4], *got;
	struct zhen__qpack pk = { 0 };
	struct zhen_quantities out = { 0 };

	memset(q, 0, sizeof q);
	q[0].end = 3;
	q[0].value = (zhen_decimal){ 34, 8 };
	q[0].precision = 8;
	q[0].kind = ZHEN_Q_MONEY;
	q[0].flags = ZHEN_QF_CUR_AMBIGUOUS | ZHEN_QF_MAGNITUDE;
	strcpy(q[0].currency, "USD");
	strcpy(q[0].currency_alt, "HKD TWD SGD AUD CAD NZD");
	q[1].start = SIZE_MAX - 70000;
	q[1].end = SIZE_MAX;
	q[1].value = (zhen_decimal){ INT64_MIN, INT32_MIN };
	q[1].precision = INT32_MAX;
	q[1].kind = ZHEN_Q_IDENT;
	q[1].flags = ZHEN_QF_LONG | ZHEN_QF_LATENT;
	q[1].digits = UINT64_MAX;
	memset(q[1].unit, 'u', sizeof q[1].unit - 1);
	q[2].start = q[2].end = 5;
	q[2].value = (zhen_decimal){ INT64_MAX, INT32_MAX };
	q[2].precision = INT32_MIN;
	q[2].kind = ZHEN_Q_PERCENT;
	memcpy(q[2].currency, "ABCDEFG", 8);
	q[3].value = (zhen_decimal){ -1, -2 };
	q[3].kind = ZHEN_Q_DATE;
	size_t at = 0;

	/* three sentences' groups: three figures, none, one */
	ck_assert_int_eq(zhen__qpack_group(&pk, q, 3), 0);
	ck_assert_int_eq(zhen__qpack_group(&pk, NULL, 0), 0);
	ck_assert_int_eq(zhen__qpack_group(&pk, q + 3, 1), 0);
	/* smaller than the structs, even with these ends of range */
	ck_assert_uint_lt(pk.n, sizeof q / 2);
	ck_assert_int_eq(zhen__qpack_next(&out, &pk, &at), 0);
	ck_assert_uint_eq(out.n, 3);
	ck_assert_int_eq(zhen__qpack_next(&out, &pk, &at), 0);
	ck_assert_uint_eq(out.n, 3);
	ck_assert_int_eq(zhen__qpack_next(&out, &pk, &at), 0);
	ck_assert_uint_eq(out.n, 4);
	ck_assert_uint_eq(at, pk.n);
	got = out.q;
	for (int i = 0; i < 4; i++)
		ck_assert_msg(!memcmp(&got[i], &q[i], sizeof q[i]),
		              "quantity %d differs after unpacking", i);
	free(pk.b);
	free(out.q);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("numbers");
	TCase *tc = tcase_create("core");
	int nf;

	tcase_add_test(tc, packed_round_trip);
	tcase_add_loop_test(tc, table, 0, (int)(sizeof cases / sizeof cases[0]));
	tcase_add_loop_test(tc, measured_flag, 0,
	                    (int)(sizeof measured / sizeof measured[0]));
	tcase_add_loop_test(tc, precision, 0, (int)(sizeof precs / sizeof precs[0]));
	tcase_add_loop_test(tc, format, 0, (int)(sizeof fmts / sizeof fmts[0]));
	tcase_add_test(tc, kind_names);
	tcase_add_test(tc, trad_yuan);
	tcase_add_test(tc, offsets);
	tcase_add_test(tc, buffer_reuse);
	tcase_add_test(tc, add_dict);
	tcase_add_test(tc, dict_headers);
	tcase_add_test(tc, unit_codes);
	tcase_add_test(tc, latent_only_when_asked);
	tcase_add_loop_test(tc, trad_simp_none, 0,
	                    (int)(sizeof pairs / sizeof pairs[0]));
	tcase_add_loop_test(tc, trad_simp_t2s, 0,
	                    (int)(sizeof tpairs / sizeof tpairs[0]));
	suite_add_tcase(s, tc);
	TCase *tv = tcase_create("vectors");
	tcase_add_test(tv, parse_all);
	tcase_add_loop_test(tv, cache_vs_opencc, 0,
	                    (int)(sizeof cache_modes / sizeof cache_modes[0]));
	suite_add_tcase(s, tv);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	nf = srunner_ntests_failed(sr);
	srunner_free(sr);
	return nf ? EXIT_FAILURE : EXIT_SUCCESS;
}
