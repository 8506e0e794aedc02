package org.liaison.stats;

import java.util.Map;

/** The monthly report's words in Chinese and English. */
final class ReportWords {

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("title", "月度统计报告"), Map.entry("area", "范围"), Map.entry("month", "月份"),
            Map.entry("received", "受理"), Map.entry("solved", "办结"), Map.entry("accepted", "接单"),
            Map.entry("acceptOnTime", "按时接单率"), Map.entry("resolveOnTime", "按时办结率"),
            Map.entry("satisfaction", "满意率（满意+基本满意）"), Map.entry("unrated", "未评价"),
            Map.entry("reopened", "重新办理"), Map.entry("overdueNow", "当前超期"), Map.entry("openNow", "当前在办"),
            Map.entry("byVenue", "各阵地受理与办结"), Map.entry("trend", "近十二个月趋势"),
            Map.entry("supervision", "督办清单"), Map.entry("case", "件号"), Map.entry("venue", "阵地"),
            Map.entry("status", "状态"), Map.entry("holder", "承办"), Map.entry("heldFor", "已承办（小时）"),
            Map.entry("queue", "工作人员队列"), Map.entry("none", "无"),
            Map.entry("legend", "蓝：受理　绿：办结"), Map.entry("formula", "满意率 = (满意 + 基本满意) / 已评价件数，未评价不计入分母"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Monthly report"), Map.entry("area", "Area"), Map.entry("month", "Month"),
            Map.entry("received", "Received"), Map.entry("solved", "Solved"), Map.entry("accepted", "Accepted"),
            Map.entry("acceptOnTime", "Accepted on time"), Map.entry("resolveOnTime", "Resolved on time"),
            Map.entry("satisfaction", "Satisfied or basically satisfied"), Map.entry("unrated", "Unrated"),
            Map.entry("reopened", "Reopened"), Map.entry("overdueNow", "Overdue now"), Map.entry("openNow", "Open now"),
            Map.entry("byVenue", "Received and solved by venue"), Map.entry("trend", "Last twelve months"),
            Map.entry("supervision", "Supervision list"), Map.entry("case", "Case"), Map.entry("venue", "Venue"),
            Map.entry("status", "Status"), Map.entry("holder", "Holder"), Map.entry("heldFor", "Held (hours)"),
            Map.entry("queue", "Staff queue"), Map.entry("none", "None"),
            Map.entry("legend", "Blue: received  Green: solved"),
            Map.entry("formula", "Satisfaction = (satisfied + basically satisfied) / rated cases; unrated cases are left out"));

    private ReportWords() {
    }

    static Map<String, String> of(String lang) {
        return "en".equals(lang) ? EN : ZH;
    }
}
