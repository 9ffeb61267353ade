"""Write pairs.jsonl from the hand-made table below and check every surface against its line.

The table is the annotation: each row was read off the national work reports by hand (target line in
year Y's report, result line in year Y+1's review).  Run: python evaluation/track/build_pairs.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = "examples/corpus/national/national_work_report_{}.txt"
LABELS = {"met": "已完成", "not_met": "未完成", "ahead": "快于预期", "on_track": "基本符合预期",
          "lagging": "滞后", "no_data": "无数据"}
GDP, CPI, JOBS, REG, SURV = "国内生产总值增长", "居民消费价格涨幅", "城镇新增就业", "城镇登记失业率", "城镇调查失业率"
ENERGY, M2, TRADE, INCOME, DEFR = "单位国内生产总值能耗降低", "广义货币M2增长", "进出口总额增长", "居民人均可支配收入实际增长", "财政赤字率"
UNITS = {GDP: "%", CPI: "%", JOBS: "万人", REG: "%", SURV: "%", ENERGY: "%", M2: "%", TRADE: "%", INCOME: "%",
         DEFR: "%", "下岗失业人员再就业": "万人", "粮食产量": "亿吨", "研究与试验发展经费投入强度": "%",
         "常住人口城镇化率": "%", "森林覆盖率": "%", "非化石能源占一次能源消费比重": "%", "中央财政赤字": "亿元"}
DIRECTION = {CPI: "down", REG: "down", SURV: "down", M2: "target", DEFR: "down", "中央财政赤字": "down"}

# (target year, indicator, target line, target surface, value, value_max, comparator,
#  obs report year or None, obs line, obs surface, obs value, status, rule, note)
ANNUAL = [
    (2003, GDP, 197, "增长预期目标为7%左右", 7, None, "~", 2004, 11, "比上年增长9.1%", 9.1, "met", "status.approx.v1", ""),
    (2004, GDP, 113, "增长预期目标为7%左右", 7, None, "~", 2005, 11, "比上年增长9.5%", 9.5, "met", "status.approx.v1", ""),
    (2004, JOBS, 206, "新增城镇就业900万人", 900, None, ">=", 2005, 11, "城镇新增就业980万人", 980, "met", "status.threshold.v1", "目标无以上二字, 按计数指标下限判"),
    (2004, "下岗失业人员再就业", 206, "下岗失业人员再就业500万人", 500, None, ">=", None, None, None, None, "no_data", "status.no_data.v1", "2005年报告未给出再就业人数"),
    (2005, GDP, 115, "国内生产总值增长8%左右", 8, None, "~", 2006, 5, "比上年增长9.9%", 9.9, "met", "status.approx.v1", ""),
    (2005, JOBS, 115, "城镇新增就业900万人", 900, None, ">=", 2006, 11, "城镇新增就业人口970万人", 970, "met", "status.threshold.v1", ""),
    (2005, REG, 115, "城镇登记失业率控制在4.6%", 4.6, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2005, CPI, 115, "居民消费价格总水平涨幅控制在4%", 4, None, "<=", 2006, 5, "居民消费价格总水平上涨1.8%", 1.8, "met", "status.threshold.v1", ""),
    (2006, GDP, 69, "国内生产总值增长8%左右", 8, None, "~", 2007, 9, "比上年增长10.7%", 10.7, "met", "status.approx.v1", ""),
    (2006, ENERGY, 69, "单位国内生产总值能耗降低4%左右", 4, None, "~", 2007, 71, "转为下降1.2%", 1.2, "not_met", "status.approx.v1", "2007年报告明言没有实现"),
    (2006, CPI, 69, "居民消费价格总水平涨幅控制在3%", 3, None, "<=", 2007, 9, "居民消费价格总水平上涨1.5%", 1.5, "met", "status.threshold.v1", ""),
    (2006, JOBS, 69, "城镇新增就业900万人", 900, None, ">=", 2007, 23, "城镇新增就业1184万人", 1184, "met", "status.threshold.v1", ""),
    (2006, REG, 69, "城镇登记失业率控制在4.6%", 4.6, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2007, GDP, 85, "国内生产总值增长8%左右", 8, None, "~", None, None, None, None, "no_data", "status.no_data.v1", "2008年报告只给五年年均10.6%, 不是2007年增速"),
    (2007, JOBS, 85, "城镇新增就业人数不低于900万人", 900, None, ">=", None, None, None, None, "no_data", "status.no_data.v1", "2008年报告只给五年合计5100万"),
    (2007, REG, 85, "城镇登记失业率控制在4.6%以内", 4.6, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2007, CPI, 85, "居民消费价格总水平涨幅在 3%以内", 3, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2008, GDP, 127, "国内生产总值增长8%左右", 8, None, "~", 2009, 9, "比上年增长9%", 9, "met", "status.approx.v1", ""),
    (2008, CPI, 127, "居民消费价格总水平涨幅控制在4.8%左右", 4.8, None, "~", None, None, None, None, "no_data", "status.no_data.v1", "2009年报告只说物价总水平涨幅得到控制"),
    (2008, JOBS, 127, "城镇新增就业1000万人", 1000, None, ">=", 2009, 13, "城镇新增就业1113万人", 1113, "met", "status.threshold.v1", ""),
    (2008, REG, 127, "城镇登记失业率控制在4.5%左右", 4.5, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2009, GDP, 95, "国内生产总值增长8%左右", 8, None, "~", 2010, 11, "比上年增长8.7%", 8.7, "met", "status.approx.v1", ""),
    (2009, JOBS, 95, "城镇新增就业900万人以上", 900, None, ">=", 2010, 11, "城镇新增就业1102万人", 1102, "met", "status.threshold.v1", ""),
    (2009, REG, 95, "城镇登记失业率4.6%以内", 4.6, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2009, CPI, 95, "居民消费价格总水平涨幅4%左右", 4, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2009, M2, 121, "广义货币增长17%左右", 17, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2010, GDP, 138, "国内生产总值增长8％左右", 8, None, "~", 2011, 155, "国内生产总值增长10.3%", 10.3, "met", "status.approx.v1", ""),
    (2010, JOBS, 138, "城镇新增就业900万人以上", 900, None, ">=", 2011, 155, "城镇新增就业1168万人", 1168, "met", "status.threshold.v1", ""),
    (2010, REG, 138, "城镇登记失业率控制在4.6％以内", 4.6, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2010, CPI, 138, "居民消费价格涨幅3％左右", 3, None, "~", 2011, 155, "居民消费价格涨幅控制在 3.3%", 3.3, "not_met", "status.approx.v1", "3.3超出3左右的容差(目标的5%即0.15)"),
    (2010, M2, 165, "广义货币M2增长目标为17％左右", 17, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2011, GDP, 162, "国内生产总值增长8%左右", 8, None, "~", 2012, 9, "比上年增长9.2％", 9.2, "met", "status.approx.v1", ""),
    (2011, CPI, 162, "居民消费价格总水平涨幅控制在4%左右", 4, None, "~", None, None, None, None, "no_data", "status.no_data.v1", "2012年报告未给全年涨幅数字"),
    (2011, JOBS, 162, "城镇新增就业900万人以上", 900, None, ">=", 2012, 9, "城镇新增就业1221万人", 1221, "met", "status.threshold.v1", ""),
    (2011, REG, 162, "城镇登记失业率控制在4.6%以内", 4.6, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2011, M2, 168, "广义货币增长目标为16%", 16, None, "=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2012, GDP, 115, "国内生产总值增长7.5％", 7.5, None, "=", 2013, 14, "国内生产总值增长7.8%", 7.8, "met", "status.approx.v1", "目标无左右, 增长目标按预期性下限理解"),
    (2012, JOBS, 115, "城镇新增就业900万人以上", 900, None, ">=", 2013, 14, "城镇新增就业1266万人", 1266, "met", "status.threshold.v1", ""),
    (2012, REG, 115, "城镇登记失业率控制在4.6％以内", 4.6, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2012, CPI, 115, "居民消费价格涨幅控制在4％左右", 4, None, "~", 2013, 14, "居民消费价格涨幅回落到2.6%", 2.6, "met", "status.approx.v1", ""),
    (2012, TRADE, 115, "进出口总额增长10％左右", 10, None, "~", None, None, None, None, "no_data", "status.no_data.v1", "2013年报告只给五年年均12.2%"),
    (2012, DEFR, 121, "赤字率下降到1.5％左右", 1.5, None, "~", 2013, 13, "降到去年的1.5%左右", 1.5, "met", "status.approx.v1", ""),
    (2012, M2, 127, "广义货币预期增长14％", 14, None, "=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2013, GDP, 72, "国内生产总值增长7.5%左右", 7.5, None, "~", 2014, 9, "比上年增长7.7%", 7.7, "met", "status.approx.v1", ""),
    (2013, CPI, 72, "居民消费价格涨幅3.5%左右", 3.5, None, "~", 2014, 9, "居民消费价格涨幅控制在2.6%", 2.6, "met", "status.approx.v1", ""),
    (2013, JOBS, 72, "城镇新增就业900万人以上", 900, None, ">=", 2014, 9, "城镇新增就业1310万人", 1310, "met", "status.threshold.v1", ""),
    (2013, REG, 72, "城镇登记失业率低于4.6%", 4.6, None, "<=", 2014, 9, "城镇登记失业率4.1%", 4.1, "met", "status.threshold.v1", ""),
    (2013, M2, 82, "广义货币M2预期增长目标拟定为13%左右", 13, None, "~", 2014, 31, "增长13.6%", 13.6, "met", "status.approx.v1", "观测值跨行: 广义货币M/2/增长13.6%"),
    (2014, GDP, 79, "国内生产总值增长7.5%左右", 7.5, None, "~", 2015, 9, "比上年增长7.4%", 7.4, "met", "status.approx.v1", "7.4在7.5左右的容差内"),
    (2014, CPI, 79, "居民消费价格涨幅控制在3.5%左右", 3.5, None, "~", 2015, 9, "居民消费价格上涨2%", 2, "met", "status.approx.v1", ""),
    (2014, JOBS, 79, "城镇新增就业1000万人以上", 1000, None, ">=", 2015, 9, "城镇新增就业1322万人", 1322, "met", "status.threshold.v1", ""),
    (2014, REG, 79, "城镇登记失业率控制在4.6%以内", 4.6, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2014, ENERGY, 203, "能源消耗强度要降低3.9%以上", 3.9, None, ">=", 2015, 9, "能耗强度下降4.8%", 4.8, "met", "status.threshold.v1", ""),
    (2014, INCOME, 79, "努力实现居民收入增长和经济发展同步", None, None, "sync", 2015, 9, "全国居民人均可支配收入实际增长8%", 8, "met", "status.relational.v1", "对照同年国内生产总值增长7.4%"),
    (2014, M2, 91, "预期增长13%左右", 13, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2015, GDP, 73, "国内生产总值增长7%左右", 7, None, "~", 2016, 9, "增长6.9%", 6.9, "met", "status.approx.v1", ""),
    (2015, CPI, 73, "居民消费价格涨幅3%左右", 3, None, "~", None, None, None, None, "no_data", "status.no_data.v1", "2016年报告只说保持较低水平"),
    (2015, JOBS, 73, "城镇新增就业1000万人以上", 1000, None, ">=", 2016, 9, "城镇新增就业1312万人", 1312, "met", "status.threshold.v1", ""),
    (2015, REG, 73, "城镇登记失业率4.5%以内", 4.5, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2015, TRADE, 73, "进出口增长6%左右", 6, None, "~", None, None, None, None, "no_data", "status.no_data.v1", "2016年报告第49行说出现下降、预期增长目标未能实现, 但无数字: 按规则无数据"),
    (2015, INCOME, 73, "居民收入增长与经济发展同步", None, None, "sync", 2016, 15, "全国居民人均可支配收入实际增长7.4%", 7.4, "met", "status.relational.v1", "对照国内生产总值增长6.9%"),
    (2015, ENERGY, 73, "能耗强度下降3.1%以上", 3.1, None, ">=", 2016, 11, "单位国内生产总值能耗下降5.6%", 5.6, "met", "status.threshold.v1", ""),
    (2015, M2, 85, "预期增长12%左右", 12, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2015, "粮食产量", 137, "粮食产量要稳定在5.5亿吨以上", 5.5, None, ">=", None, None, None, None, "no_data", "status.no_data.v1", "2016年报告只说十二连增"),
    (2016, GDP, 85, "国内生产总值增长6.5%－7%", 6.5, 7, "range", 2017, 27, "增长6.7%", 6.7, "met", "status.range.v1", "观测值跨行(74.4/万亿元)"),
    (2016, CPI, 85, "居民消费价格涨幅3%左右", 3, None, "~", 2017, 27, "居民消费价格上涨2%", 2, "met", "status.approx.v1", ""),
    (2016, JOBS, 85, "城镇新增就业1000万人以上", 1000, None, ">=", 2017, 29, "全年城镇新增就业1314万人", 1314, "met", "status.threshold.v1", ""),
    (2016, REG, 85, "城镇登记失业率4.5%以内", 4.5, None, "<=", 2017, 29, "年末城镇登记失业率4.02%", 4.02, "met", "status.threshold.v1", ""),
    (2016, ENERGY, 85, "单位国内生产总值能耗下降3.4%以上", 3.4, None, ">=", 2017, 27, "产总值能耗下降5%", 5, "met", "status.threshold.v1", "观测值跨行: 单位国内生/产总值能耗下降5%"),
    (2016, INCOME, 85, "居民收入增长和经济增长基本同步", None, None, "sync", 2017, 53, "全国居民人均可支配收入实际增长6.3%", 6.3, "met", "status.relational.v1", "6.3对6.7, 基本同步容差0.5个百分点"),
    (2016, M2, 103, "广义货币M2预期增长13%左右", 13, None, "~", 2017, 66, "增长11.3%", 11.3, "not_met", "status.approx.v1", "报告自己说低于13%左右的预期目标"),
    (2016, DEFR, 97, "赤字率提高到3%", 3, None, "=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2017, GDP, 125, "国内生产总值增长6.5%左右", 6.5, None, "~", 2018, 21, "国内生产总值增长6.9%", 6.9, "met", "status.approx.v1", ""),
    (2017, CPI, 125, "居民消费价格涨幅3%左右", 3, None, "~", None, None, None, None, "no_data", "status.no_data.v1", "2018年报告只给五年年均1.9%"),
    (2017, JOBS, 125, "城镇新增就业1100万人以上", 1100, None, ">=", 2018, 21, "城镇新增就业1351万人", 1351, "met", "status.threshold.v1", ""),
    (2017, REG, 125, "城镇登记失业率4.5%以内", 4.5, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", "只说失业率为多年来最低"),
    (2017, INCOME, 125, "居民收入和经济增长基本同步", None, None, "sync", 2018, 21, "居民收入增长7.3%", 7.3, "met", "status.relational.v1", "对照6.9%"),
    (2017, M2, 137, "预期增长均为12%左右", 12, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2017, DEFR, 133, "赤字率拟按3%安排", 3, None, "=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2018, GDP, 77, "国内生产总值增长6.5%左右", 6.5, None, "~", 2019, 9, "国内生产总值增长6.6%", 6.6, "met", "status.approx.v1", ""),
    (2018, CPI, 77, "居民消费价格涨幅3%左右", 3, None, "~", 2019, 9, "居民消费价格上涨2.1%", 2.1, "met", "status.approx.v1", ""),
    (2018, JOBS, 77, "城镇新增就业1100万人以上", 1100, None, ">=", 2019, 9, "城镇新增就业1361万人", 1361, "met", "status.threshold.v1", ""),
    (2018, SURV, 77, "城镇调查失业率5.5%以内", 5.5, None, "<=", 2019, 9, "调查失业率稳定在5%左右", 5, "met", "status.threshold.v1", ""),
    (2018, REG, 77, "城镇登记失业率4.5%以内", 4.5, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", "调查失业率与登记失业率是两个指标"),
    (2018, ENERGY, 77, "单位国内生产总值能耗下降3%以上", 3, None, ">=", 2019, 11, "单位国内生产总值能耗下降3.1%", 3.1, "met", "status.threshold.v1", ""),
    (2018, INCOME, 77, "居民收入增长和经济增长基本同步", None, None, "sync", 2019, 21, "居民人均可支配收入实际增长6.5%", 6.5, "met", "status.relational.v1", "对照6.6%"),
    (2018, DEFR, 83, "赤字率拟按2.6%安排", 2.6, None, "=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2019, GDP, 61, "国内生产总值增长6%－6.5%", 6, 6.5, "range", None, None, None, None, "no_data", "status.no_data.v1", "语料无2020年报告"),
    (2019, JOBS, 61, "城镇新增就业1100万人以上", 1100, None, ">=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2019, SURV, 61, "城镇调查失业率5.5%左右", 5.5, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2019, REG, 61, "城镇登记失业率4.5%以内", 4.5, None, "<=", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2019, CPI, 61, "居民消费价格涨幅3%左右", 3, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2019, ENERGY, 61, "单位国内生产总值能耗下降3%左右", 3, None, "~", None, None, None, None, "no_data", "status.no_data.v1", ""),
    (2019, DEFR, 65, "赤字率拟按2.8%安排", 2.8, None, "=", None, None, None, None, "no_data", "status.no_data.v1", ""),
]

# (plan doc year, period, indicator, scope, target line, surface, value, comparator,
#  obs report year, obs line, obs surface, obs value, obs year, status, rule, note)
PERIOD = [
    (2001, (2001, 2005), GDP, "period_average", 67, "年均经济增长速度预期目标为7％左右", 7, "~", 2006, 257, "年均增长9.5%", 9.5, 2005, "met", "status.period_average.v1", ""),
    (2006, (2006, 2010), GDP, "period_average", 285, "今后五年国内生产总值年均增长7.5%", 7.5, ">=", 2011, 9, "年均增长11.2%", 11.2, 2010, "met", "status.period_average.v1", ""),
    (2006, (2006, 2010), ENERGY, "period_cumulative", 293, "单位国内生产总值能源消耗降低20%左右", 20, "~", 2011, 56, "单位国内生产总值能耗下降 19.1%", 19.1, 2010, "met", "status.cumulative.v1", "19.1在20左右的容差内(官方称基本完成)"),
    (2006, (2006, 2010), ENERGY, "period_cumulative", 293, "单位国内生产总值能源消耗降低20%左右", 20, "~", 2009, 37, "单位国内生产总值能耗下降10.08%", 10.08, 2008, "lagging", "status.trajectory.v1", "中期: 三年累计10.08, 按复合进度应约12.5"),
    (2006, (2006, 2010), ENERGY, "period_cumulative", 293, "单位国内生产总值能源消耗降低20%左右", 20, "~", 2010, 54, "单位国内生产总值能耗下降14.38%", 14.38, 2009, "lagging", "status.trajectory.v1", "中期: 四年累计14.38, 按复合进度应约16.4"),
    (2011, (2011, 2015), GDP, "period_average", 137, "年均增长7%", 7, ">=", 2016, 53, "国内生产总值年均增长7.8%", 7.8, 2015, "met", "status.period_average.v1", ""),
    (2011, (2011, 2015), ENERGY, "period_cumulative", 143, "单位国内生产总值能耗和二氧化碳排放分别降低16%和17%", 16, ">=", 2016, 53, "单位国内生产总值能耗下降18.2%", 18.2, 2015, "met", "status.cumulative.v1", ""),
    (2011, (2011, 2015), JOBS, "period_cumulative", 145, "五年城镇新增就业4500万人", 4500, ">=", 2016, 53, "城镇新增就业人数超过6400万人", 6400, 2015, "met", "status.cumulative.v1", ""),
    (2011, (2011, 2015), "研究与试验发展经费投入强度", "annual", 141, "研究与试验发展经费支出占国内生产总值比重达到2.2%", 2.2, ">=", None, None, None, None, 2015, "no_data", "status.no_data.v1", ""),
    (2011, (2011, 2015), "非化石能源占一次能源消费比重", "annual", 143, "非化石能源占一次能源消费比重提高到11.4%", 11.4, ">=", None, None, None, None, 2015, "no_data", "status.no_data.v1", ""),
    (2016, (2016, 2020), GDP, "period_average", 63, "“十三五”时期经济年均增长保持在6.5%以上", 6.5, ">=", 2019, 9, "国内生产总值增长6.6%", 6.6, 2018, "on_track", "status.trajectory.v1", "2016-2018年6.7、6.9、6.6, 平均6.73"),
    (2016, (2016, 2020), JOBS, "period_cumulative", 73, "实现城镇新增就业5000万人以上", 5000, ">=", 2019, 9, "城镇新增就业1361万人", 1361, 2018, "ahead", "status.trajectory.v1", "三年合计1314+1351+1361=4026, 线性进度应为3000"),
    (2016, (2016, 2020), ENERGY, "period_cumulative", 69, "能耗、二氧化碳排放量分别下降23%、15%、18%", 15, ">=", None, None, None, None, 2018, "no_data", "status.no_data.v1", "缺2017年单年数, 不补"),
    (2016, (2016, 2020), "研究与试验发展经费投入强度", "annual", 65, "全社会研发经费投入强度达到2.5%", 2.5, ">=", None, None, None, None, 2020, "no_data", "status.no_data.v1", ""),
    (2016, (2016, 2020), "常住人口城镇化率", "annual", 67, "常住人口城镇化率达到60%", 60, ">=", None, None, None, None, 2020, "no_data", "status.no_data.v1", ""),
    (2016, (2016, 2020), "森林覆盖率", "annual", 69, "森林覆盖率达到23.04%", 23.04, ">=", None, None, None, None, 2020, "no_data", "status.no_data.v1", ""),
]


def _line(year: int, line: int) -> str:
    text = (ROOT / CORPUS.format(year)).read_text(encoding="utf-8").splitlines()
    return text[line - 1]


def _check(year: int, line: int, surface: str) -> None:
    if surface not in _line(year, line):
        raise SystemExit(f"{year}:{line} does not contain {surface!r}")


def _row(**kw: object) -> dict[str, object]:
    ind = str(kw["indicator"])
    status = str(kw["status"])
    return {"id": kw["id"], "jurisdiction": "中华人民共和国", "indicator": ind, "unit": UNITS.get(ind, "%"),
            "direction": DIRECTION.get(ind, "up"), "scope": kw["scope"], "year": kw["year"], "period": kw["period"],
            "target": kw["target"], "observation": kw["observation"], "status": status, "label": LABELS[status],
            "rule": kw["rule"], "holdout": kw["holdout"], "note": kw["note"]}


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for (y, ind, tl, ts, tv, tmax, comp, oy, ol, osurf, ov, status, rule, note) in ANNUAL:
        _check(y, tl, ts)
        obs = None
        if oy is not None:
            _check(oy, ol, osurf)
            obs = {"source": CORPUS.format(oy), "line": ol, "surface": osurf, "value": ov, "year": y}
        target = {"source": CORPUS.format(y), "line": tl, "surface": ts, "value": tv, "value_max": tmax, "comparator": comp}
        out.append(_row(id=f"cn-{y}-{ind}", indicator=ind, scope="annual", year=y, period=None, target=target,
                        observation=obs, status=status, rule=rule, holdout=y % 2 == 1, note=note))
    for (y, period, ind, scope, tl, ts, tv, comp, oy, ol, osurf, ov, obs_year, status, rule, note) in PERIOD:
        _check(y, tl, ts)
        obs = None
        if oy is not None:
            _check(oy, ol, osurf)
            obs = {"source": CORPUS.format(oy), "line": ol, "surface": osurf, "value": ov, "year": obs_year}
        target = {"source": CORPUS.format(y), "line": tl, "surface": ts, "value": tv, "value_max": None, "comparator": comp}
        out.append(_row(id=f"cn-{period[0]}-{period[1]}-{ind}-{obs_year}", indicator=ind, scope=scope,
                        year=period[1] if scope != "annual" else obs_year, period=list(period), target=target,
                        observation=obs, status=status, rule=rule, holdout=y % 2 == 1, note=note))
    return out


if __name__ == "__main__":
    data = rows()
    path = Path(__file__).with_name("pairs.jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in data), encoding="utf-8")
    held = sum(bool(r["holdout"]) for r in data)
    print(f"{len(data)} pairs ({held} holdout) -> {path}")
