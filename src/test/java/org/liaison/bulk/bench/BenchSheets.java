package org.liaison.bulk.bench;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Spreadsheets of a large district for the benchmark: N venues (one home per 100, one station per 10, the rest
 * points), N deputies (saved as GB18030, as Excel on a Chinese Windows does) and N duties, one per point or station.
 */
final class BenchSheets {

    private BenchSheets() {
    }

    static byte[] venues(int rows) {
        StringBuilder csv = new StringBuilder("\uFEFFcode,kind,parent_code,name,region,address,latitude,longitude,opening_hours,active\r\n");
        for (int i = 0; i < rows; i++) {
            String kind = i % 100 == 0 ? "HOME" : i % 10 == 0 || i % 100 < 10 ? "STATION" : "POINT";
            String parent = kind.equals("HOME") ? "" : kind.equals("STATION") ? "V" + (i / 100 * 100) : "V" + (i / 10 * 10);
            csv.append("V").append(i).append(',').append(kind).append(',').append(parent).append(",\"")
                    .append(name(kind, i)).append("\",").append(region(i)).append(",\"无锡市梁溪区测试路 ").append(i)
                    .append(" 号, 社区服务中心\",31.58,120.30,每月第三个星期二 9:00-11:30,true\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] deputies(int rows) {
        StringBuilder csv = new StringBuilder("编码,姓名,层级,选区,职务,简介,照片,电话,关注领域,启用\r\n");
        String[] levels = {"全国", "省", "市", "区", "乡镇", "街道"};
        for (int i = 0; i < rows; i++) {
            csv.append("D").append(i).append(",代表").append(i).append(',').append(levels[i % levels.length])
                    .append(",梁溪区第").append(i % 50).append("选区,社区工作者,\"长期关注社区医疗、养老服务。\",,138")
                    .append(String.format("%08d", i)).append(",养老;医疗,是\r\n");
        }
        return csv.toString().getBytes(Charset.forName("GB18030"));
    }

    static byte[] duties(int rows) {
        StringBuilder csv = new StringBuilder("venue_code,deputy_code,contact_days,starts_at,ends_at\r\n");
        String[] words = {"每月第三个星期二", "每周二、四", "third Tuesday monthly", "每月最后一个星期五"};
        for (int i = 0; i < rows; i++) {
            csv.append("V").append(i).append(",D").append(i).append(',').append(words[i % words.length])
                    .append(",09:00,11:30\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Regions of 1,000 venues each, so a print file of one region holds 1,000 posters. */
    static String region(int i) {
        return "测试区" + (i / 1000);
    }

    static String encodedFirstRegion() {
        return URLEncoder.encode(region(0), StandardCharsets.UTF_8);
    }

    private static String name(String kind, int i) {
        return switch (kind) {
            case "HOME" -> "第" + i + "号人大代表之家";
            case "STATION" -> "第" + i + "号人大代表联络站";
            default -> "第" + i + "号人大代表联系点";
        };
    }
}
